import "server-only";
import type { Actor } from "@/lib/data/actor";
import { audit } from "@/lib/data/access/audit";
import { assertCursor } from "@/lib/data/access/cursor";
import { authorize } from "@/lib/data/access/guard";
import { dayToDate } from "@/lib/data/serialize";
import { endExclusive } from "@/lib/domain/reports/date-range";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AuditQuery } from "@/lib/validation/admin";
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

/**
 * Ids of the records that belong to a client: the client, their couples, the notes of both and
 * their intake requests. Empty when the client is not in the actor's practice.
 */
async function clientEntityIds(practiceId: string, clientId: string): Promise<string[]> {
  const client = await db().client.findFirst({ where: { id: clientId, practiceId }, select: { id: true } });
  if (!client) return [];
  const [couples, intakes] = await Promise.all([
    db().couple.findMany({ where: { practiceId, OR: [{ partnerAId: clientId }, { partnerBId: clientId }] }, select: { id: true } }),
    db().intakeRequest.findMany({ where: { practiceId, clientIds: { has: clientId } }, select: { id: true } }),
  ]);
  const coupleIds = couples.map((c) => c.id);
  const notes = await db().sessionNote.findMany({
    where: { practiceId, OR: [{ clientId }, ...(coupleIds.length ? [{ coupleId: { in: coupleIds } }] : [])] },
    select: { id: true },
  });
  return [clientId, ...coupleIds, ...notes.map((n) => n.id), ...intakes.map((i) => i.id)];
}

/**
 * The practice's audit trail, newest first: who read or changed what, when, and with which
 * outcome. OWNER only (403 otherwise). Filters: person, record, client (with their couples,
 * notes and intake requests), action or its start, outcome, days. Reading it is audited too.
 */
export async function listAuditEvents(actor: Actor, query: AuditQuery): Promise<Page<AuditEventDto>> {
  await authorize(actor, "audit:read", "AuditEvent");
  const practiceId = actor.practiceId;
  await assertCursor(query.cursor, (id) => db().auditEvent.count({ where: { id, practiceId } }));
  const clientIds = query.clientId ? await clientEntityIds(practiceId, query.clientId) : null;
  const entityFilters: Prisma.AuditEventWhereInput[] = [
    ...(query.entityId ? [{ entityId: query.entityId }] : []),
    ...(clientIds ? [{ entityId: { in: clientIds } }] : []),
  ];
  const rows = await db().auditEvent.findMany({
    where: {
      practiceId,
      ...(query.actorId ? { actorId: query.actorId } : {}),
      ...(entityFilters.length ? { AND: entityFilters } : {}),
      ...(query.action ? { action: { startsWith: query.action } } : {}),
      ...(query.outcome ? { outcome: query.outcome } : {}),
      ...(query.from || query.to
        ? { at: { ...(query.from ? { gte: dayToDate(query.from) } : {}), ...(query.to ? { lt: endExclusive(query.to) } : {}) } }
        : {}),
    },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: query.limit + 1,
    ...(query.cursor ? { cursor: { id: query.cursor }, skip: 1 } : {}),
  });
  const actorIds = [...new Set(rows.map((r) => r.actorId).filter((v): v is string => v !== null))];
  const users = actorIds.length
    ? await db().user.findMany({ where: { practiceId, id: { in: actorIds } }, select: { id: true, name: true } })
    : [];
  const names = new Map(users.map((u) => [u.id, u.name]));
  await audit(db(), actor, { action: "audit.read", entityType: "AuditEvent" });
  return toPage(
    rows.map((r) => ({
      id: r.id,
      at: r.at.toISOString(),
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
}

/** Actions recorded in the practice in the last 90 days, for the audit page's suggestions. OWNER only. */
export async function recentAuditActions(actor: Actor): Promise<string[]> {
  await authorize(actor, "audit:read", "AuditEvent");
  const since = new Date(Date.now() - 90 * 86_400_000);
  const rows = await db().$queryRaw<{ action: string }[]>`
    SELECT DISTINCT action FROM "AuditEvent" WHERE "practiceId" = ${actor.practiceId} AND at >= ${since} ORDER BY action LIMIT 500`;
  return rows.map((r) => r.action);
}
