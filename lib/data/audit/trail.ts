import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/data/actor";
import { access, accessWith, type Access } from "@/lib/data/access";
import { assertCursor } from "@/lib/data/access/cursor";
import { endExclusive } from "@/lib/domain/reports/date-range";
import { auditQuery } from "@/lib/validation/admin";
import { toPage, type Page } from "@/lib/validation/common";

export interface AuditEventDto {
  id: string;
  at: string;
  actorId: string | null;
  /** The actor's name at the time of reading (null for events without an actor). */
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  outcome: "ALLOWED" | "DENIED" | "NOT_FOUND";
  requestId: string | null;
}

/** The filters of the trail as a form or the API sends them: blank fields mean "any". */
export const auditFilters = z
  .preprocess(
    (raw) => (typeof raw === "object" && raw !== null
      ? Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined && !(typeof v === "string" && v.trim() === "")))
      : raw),
    auditQuery,
  )
  .superRefine((q, ctx) => {
    if (q.from && q.to && q.from > q.to) ctx.addIssue({ code: "custom", path: ["from"], message: "The start date must be on or before the end date." });
  });

interface EventRow {
  id: string;
  at: Date;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  outcome: AuditEventDto["outcome"];
  requestId: string | null;
}

/** A UTC instant as Postgres `timestamp` text (the trail's `at` is UTC without a zone). */
const utc = (date: Date) => date.toISOString().replace("Z", "");

/**
 * The practice's audit trail, newest first: who read or changed what, when, and with which
 * outcome. OWNER only (403 otherwise). Filters: person, record (the event's own, or one of the
 * records it showed), client (every event that disclosed that client: reads of them, of their
 * couples, notes and intake requests, and list and search reads that showed them), action or
 * its start, outcome, days. Through SECURITY DEFINER app_audit_page, confined to the
 * transaction's practice like the row-level policy, so that its array filters can use their
 * GIN indexes (under RLS they could not). Reading the trail is audited too.
 */
export async function listAuditEvents(actor: Actor, raw: unknown): Promise<Page<AuditEventDto>> {
  const rule = { permission: "audit:read", action: "audit.read", entityType: "AuditEvent" } as const;
  return accessWith(actor, rule, auditFilters, raw, (ctx, query) => listAuditEventsIn(ctx, query));
}

/** One page of the trail inside an access() call that may read it (the list, the export). */
export async function listAuditEventsIn(
  { tx, scope, actor, disclose }: Access, query: z.output<typeof auditFilters>, { discloseIds = true } = {},
): Promise<Page<AuditEventDto>> {
  await assertCursor(query.cursor, (id) => tx.auditEvent.count({ where: { AND: [scope.practice, { id }] } }));
  const from = query.from ? `${query.from}T00:00:00` : null;
  const to = query.to ? utc(endExclusive(query.to)) : null;
  const rows = await tx.$queryRaw<EventRow[]>`
    SELECT id, at, "actorId", action, "entityType", "entityId", outcome::text AS outcome, "requestId"
      FROM app_audit_page(${query.clientId ?? null}, ${query.entityId ?? null}, ${query.actorId ?? null}, ${query.action ?? null},
                          ${query.outcome ?? null}, ${from}::timestamp, ${to}::timestamp, ${query.cursor ?? null}, ${query.limit + 1}::int)
     WHERE "practiceId" = ${actor.practiceId}`;
  const actorIds = [...new Set(rows.map((r) => r.actorId).filter((v): v is string => v !== null))];
  const users = actorIds.length ? await tx.user.findMany({ where: { AND: [scope.staff, { id: { in: actorIds } }] }, select: { id: true, name: true } }) : [];
  const names = new Map(users.map((u) => [u.id, u.name]));
  const page = toPage(
    rows.map((r) => ({
      id: r.id,
      at: new Date(r.at).toISOString(),
      actorId: r.actorId,
      actorName: r.actorId ? (names.get(r.actorId) ?? null) : null,
      action: r.action,
      entityType: r.entityType,
      entityId: r.entityId,
      outcome: r.outcome,
      requestId: r.requestId,
    })),
    query.limit,
  );
  if (discloseIds) disclose({ ids: page.data.map((e) => e.id) });
  return page;
}

/** Actions recorded in the practice in the last 90 days, for the audit page's suggestions. OWNER only. */
export async function recentAuditActions(actor: Actor): Promise<string[]> {
  return access(actor, { permission: "audit:read", action: "audit.actions", entityType: "AuditEvent" }, async ({ tx }) => {
    const since = utc(new Date(Date.now() - 90 * 86_400_000));
    const rows = await tx.$queryRaw<{ action: string }[]>`
      SELECT DISTINCT action FROM "AuditEvent" WHERE "practiceId" = ${actor.practiceId} AND at >= ${since}::timestamp ORDER BY action LIMIT 500`;
    return rows.map((r) => r.action);
  });
}
