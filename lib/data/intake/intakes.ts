import "server-only";
import { can, type Grant } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/data/actor";
import { audit, auditMany } from "@/lib/data/access/audit";
import { assertCursor } from "@/lib/data/access/cursor";
import { NotFoundError } from "@/lib/data/errors";
import { authorize, authorizeOrHide } from "@/lib/data/access/guard";
import { hasRisk, intakeDto, linkedClientIds, peopleOf, withAssignment, type IntakeDto } from "@/lib/data/intake/dto";
import { findDuplicates, type PossibleDuplicate } from "@/lib/data/intake/duplicates";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { IntakeStatus } from "@/lib/generated/prisma/enums";
import { toPage, type Page } from "@/lib/validation/common";
import type { IntakeListQuery } from "@/lib/validation/intake";

const DAY_MS = 86_400_000;

/** A therapist ("own") reads only the requests assigned to them. */
function scope(actor: Actor, grant: Grant): Prisma.IntakeRequestWhereInput {
  return grant === "any" ? { practiceId: actor.practiceId } : { practiceId: actor.practiceId, assignment: { clinicianId: actor.clinicianId ?? "__none__" } };
}

/** Ids of the practice's requests where someone's name or email contains `q`. */
async function searchIds(practiceId: string, q: string): Promise<string[]> {
  const pattern = `%${q.replace(/[\\%_]/g, "\\$&")}%`;
  const rows = await db().$queryRaw<{ id: string }[]>`
    SELECT r.id FROM "IntakeRequest" r
     WHERE r."practiceId" = ${practiceId}
       AND EXISTS (
         SELECT 1 FROM jsonb_array_elements(CASE WHEN jsonb_typeof(r.people) = 'array' THEN r.people ELSE '[]'::jsonb END) p
          WHERE (coalesce(p->>'firstName', '') || ' ' || coalesce(p->>'lastName', '')) ILIKE ${pattern}
             OR coalesce(p->>'email', '') ILIKE ${pattern})`;
  return rows.map((r) => r.id);
}

const URGENCY_RANK = { URGENT: 1, SOON: 2, ROUTINE: 3 } as const;

/**
 * The intake queue: NEW and WAITLISTED requests (urgent and risk-flagged first, then the longest
 * waiting) and the most recently MATCHED ones. Therapists see only requests of their caseload.
 */
export async function listIntakeQueue(actor: Actor, options: { q?: string; status?: IntakeStatus } = {}) {
  const grant = await authorize(actor, "intake:read", "IntakeRequest");
  const q = options.q?.trim();
  const ids = q ? await searchIds(actor.practiceId, q) : null;
  const where = { ...scope(actor, grant), ...(ids ? { id: { in: ids } } : {}) };
  const wanted = (s: IntakeStatus) => !options.status || options.status === s;
  const [open, matched] = await Promise.all([
    wanted("NEW") || wanted("WAITLISTED")
      ? db().intakeRequest.findMany({
          where: { ...where, status: { in: (["NEW", "WAITLISTED"] as const).filter(wanted) } },
          orderBy: [{ createdAt: "asc" }, { id: "asc" }], take: 500, include: withAssignment,
        })
      : [],
    wanted("MATCHED")
      ? db().intakeRequest.findMany({ where: { ...where, status: "MATCHED" }, orderBy: [{ matchedAt: "desc" }, { id: "asc" }], take: 50, include: withAssignment })
      : [],
  ]);
  await audit(db(), actor, { action: "intake.list", entityType: "IntakeRequest" });
  const now = Date.now();
  const items = [...open, ...matched].map((r) => {
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
  });
  const rank = (i: (typeof items)[number]) => (i.risk ? 0 : URGENCY_RANK[i.urgency]);
  const waiting = items.filter((i) => i.status !== "MATCHED").sort((a, b) => rank(a) - rank(b) || b.ageDays - a.ageDays);
  return [...waiting, ...items.filter((i) => i.status === "MATCHED")];
}
export type IntakeQueueItem = Awaited<ReturnType<typeof listIntakeQueue>>[number];

/** Intake requests as the API lists them, newest first (`?q=` searches names and emails). */
export async function listIntakes(actor: Actor, query: IntakeListQuery): Promise<Page<IntakeDto>> {
  const grant = await authorize(actor, "intake:read", "IntakeRequest");
  await assertCursor(query.cursor, (id) => db().intakeRequest.count({ where: { id, ...scope(actor, grant) } }));
  const q = query.q?.trim();
  const ids = q ? await searchIds(actor.practiceId, q) : null;
  const rows = await db().intakeRequest.findMany({
    where: { ...scope(actor, grant), ...(ids ? { id: { in: ids } } : {}), ...(query.status ? { status: query.status } : {}) },
    include: withAssignment,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: query.limit + 1,
    ...(query.cursor ? { cursor: { id: query.cursor }, skip: 1 } : {}),
  });
  await audit(db(), actor, { action: "intake.list", entityType: "IntakeRequest" });
  return toPage(rows.map(intakeDto), query.limit);
}

/**
 * One request, or NotFoundError. For those who may read every client (owner, intake) it carries
 * `possibleDuplicates`: clients on file with the same email, or same name and date of birth.
 */
export async function getIntake(actor: Actor, id: string): Promise<IntakeDto & { possibleDuplicates: PossibleDuplicate[] }> {
  const grant = await authorizeOrHide(actor, "intake:read", "IntakeRequest", id);
  const row = await db().intakeRequest.findFirst({ where: { id, ...scope(actor, grant) }, include: withAssignment });
  if (!row) {
    await audit(db(), actor, { action: "intake.read", entityType: "IntakeRequest", entityId: id, outcome: "NOT_FOUND" });
    throw new NotFoundError("Intake request");
  }
  const possibleDuplicates = can(actor, "client:read") === "any" ? await findDuplicates(db(), actor.practiceId, peopleOf(row), linkedClientIds(row)) : [];
  await auditMany(db(), actor, [
    { action: "intake.read", entityType: "IntakeRequest", entityId: id },
    ...possibleDuplicates.map((d) => ({ action: "client.duplicate-check", entityType: "Client", entityId: d.client.id })),
  ]);
  return { ...intakeDto(row), possibleDuplicates };
}
