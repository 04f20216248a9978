import "server-only";
import type { Actor } from "@/lib/data/actor";
import { access, accessWith, type Tx } from "@/lib/data/access";
import { assertCursor } from "@/lib/data/access/cursor";
import { NotFoundError } from "@/lib/data/errors";
import { hasRisk, intakeDto, linkedClientIds, peopleOf, withAssignment, type IntakeDto } from "@/lib/data/intake/dto";
import { findDuplicates, type PossibleDuplicate } from "@/lib/data/intake/duplicates";
import { intakePageIds, type IntakePageRequest } from "@/lib/data/intake/page-ids";
import type { Prisma } from "@/lib/generated/prisma/client";
import { toPage, type Page } from "@/lib/validation/common";
import { INTAKE_STATUSES, intakeListQuery, intakeQueueQuery } from "@/lib/validation/intake";

const DAY_MS = 86_400_000;
const rule = { permission: "intake:read", action: "intake.list", entityType: "IntakeRequest" } as const;

/** One page of rows in the order of `intakePageIds`, each read again through the actor's scope. */
async function pageOf(tx: Tx, where: Prisma.IntakeRequestWhereInput, ids: string[]) {
  const rows = await tx.intakeRequest.findMany({ where: { AND: [where, { id: { in: ids } }] }, include: withAssignment });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** What a list row discloses: the requests and the clients they are linked to. */
const disclosed = (rows: { id: string; people: Prisma.JsonValue; clientIds: string[] }[]) => ({
  ids: rows.map((r) => r.id),
  clientIds: rows.flatMap((r) => linkedClientIds(r)),
});

/**
 * The intake queue, one page of it: NEW and WAITLISTED requests (risk-flagged and urgent first,
 * then the longest waiting), then MATCHED ones (most recently matched first); `status` narrows
 * it to one of the three. Therapists see only requests of their caseload as it is now.
 */
export async function listIntakeQueue(actor: Actor, input: unknown = {}): Promise<Page<IntakeQueueItem>> {
  return accessWith(actor, rule, intakeQueueQuery, input, async ({ tx, scope, disclose }, query) => {
    const where = await scope.intake(tx);
    await assertCursor(query.cursor, (id) => tx.intakeRequest.count({ where: { AND: [where, { id }] } }));
    const request: IntakePageRequest = {
      statuses: query.status ? [query.status] : ["NEW", "WAITLISTED", "MATCHED"],
      q: query.q || null, cursor: query.cursor ?? null, take: query.limit + 1, order: "queue",
    };
    const page = toPage(await pageOf(tx, where, await intakePageIds(tx, scope, request)), query.limit);
    disclose(disclosed(page.data));
    const now = Date.now();
    return {
      nextCursor: page.nextCursor,
      data: page.data.map((r) => {
        const risk = hasRisk(r);
        return {
          id: r.id,
          kind: r.kind,
          names: peopleOf(r).map((p) => `${p.firstName} ${p.lastName}`),
          concerns: r.concerns,
          serviceType: r.serviceType,
          urgency: risk ? ("URGENT" as const) : r.urgency,
          risk,
          status: r.status,
          ageDays: Math.floor((now - r.createdAt.getTime()) / DAY_MS),
          waitlistDays: r.waitlistedAt ? Math.floor((now - r.waitlistedAt.getTime()) / DAY_MS) : null,
          waitlistReason: r.waitlistReason,
          matchedAt: r.matchedAt?.toISOString() ?? null,
          assignedClinicianName: r.assignment?.clinician.user.name ?? null,
        };
      }),
    };
  });
}

export interface IntakeQueueItem {
  id: string;
  kind: "INDIVIDUAL" | "COUPLE";
  names: string[];
  concerns: string[];
  serviceType: string;
  urgency: "ROUTINE" | "SOON" | "URGENT";
  risk: boolean;
  status: (typeof INTAKE_STATUSES)[number];
  ageDays: number;
  waitlistDays: number | null;
  waitlistReason: string | null;
  matchedAt: string | null;
  assignedClinicianName: string | null;
}

/** Intake requests as the API lists them, newest first (`?q=` searches names and emails). */
export async function listIntakes(actor: Actor, input: unknown): Promise<Page<IntakeDto>> {
  return accessWith(actor, rule, intakeListQuery, input, async ({ tx, scope, disclose }, query) => {
    const where = await scope.intake(tx);
    await assertCursor(query.cursor, (id) => tx.intakeRequest.count({ where: { AND: [where, { id }] } }));
    const request: IntakePageRequest = {
      statuses: query.status ? [query.status] : INTAKE_STATUSES,
      q: query.q || null, cursor: query.cursor ?? null, take: query.limit + 1, order: "newest",
    };
    const page = toPage(await pageOf(tx, where, await intakePageIds(tx, scope, request)), query.limit);
    disclose(disclosed(page.data));
    return { data: page.data.map(intakeDto), nextCursor: page.nextCursor };
  });
}

/**
 * One request, or NotFoundError (also once its case has moved to another clinician). For those
 * who may read every client (owner, intake) it carries `possibleDuplicates`: clients on file
 * with the same email, or same name and date of birth.
 */
export async function getIntake(actor: Actor, id: string): Promise<IntakeDto & { possibleDuplicates: PossibleDuplicate[] }> {
  const read = { permission: "intake:read", action: "intake.read", entityType: "IntakeRequest", id } as const;
  return access(actor, read, async ({ tx, scope, scopeOf, disclose, record }) => {
    const row = await tx.intakeRequest.findFirst({ where: { AND: [await scope.intake(tx), { id }] }, include: withAssignment });
    if (!row) throw new NotFoundError("Intake request");
    const clients = scopeOf("client:read");
    const possibleDuplicates = clients?.reach.grant === "any" ? await findDuplicates(tx, clients.client, peopleOf(row), linkedClientIds(row)) : [];
    disclose(disclosed([row]));
    for (const d of possibleDuplicates) {
      record({ action: "client.duplicate-check", entityType: "Client", entityId: d.client.id, clientIds: [d.client.id] });
    }
    return { ...intakeDto(row), possibleDuplicates };
  });
}
