import "server-only";
import type { Actor } from "@/lib/data/actor";
import { audit } from "@/lib/data/access/audit";
import { activeCaseloads } from "@/lib/data/clients/caseload-counts";
import { ConflictError, InvalidError } from "@/lib/data/errors";
import { authorize } from "@/lib/data/access/guard";
import { intakeDto, linkedClientIds, peopleOf, withAssignment, type IntakeDto } from "@/lib/data/intake/dto";
import { auditRefusal, lockOpenIntake } from "@/lib/data/intake/lock";
import { individualTherapists, locationNames, toMatchClinician, toMatchIntake } from "@/lib/data/intake/match-input";
import { linkOrCreatePeople } from "@/lib/data/intake/people";
import { waitlistIntake } from "@/lib/data/intake/waitlist";
import { isoDay } from "@/lib/data/serialize";
import { scoreOne } from "@/lib/domain/matching/rank";
import { db, type Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

/** What assign accepts: the parsed `intakeAssign` body (a note is optional when called directly). */
type AssignInput = { clinicianId: string; existingClientIds?: (string | null)[] | undefined; note?: string | null };
export type AssignOrWaitlist = AssignInput | { waitlist: true; reason: string };

/** Locks the clinician row so that concurrent assignments to them are counted one at a time. */
async function lockClinician(tx: Tx, practiceId: string, clinicianId: string) {
  const [row] = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "ClinicianProfile" WHERE id = ${clinicianId} AND "practiceId" = ${practiceId} FOR UPDATE`;
  if (!row) throw new InvalidError("No such clinician in this practice.", [{ path: ["clinicianId"], message: "No such clinician in this practice." }]);
  return tx.clinicianProfile.findUniqueOrThrow({ where: { id: clinicianId }, include: { user: { select: { name: true } } } });
}

/**
 * Assigns a request to a clinician in ONE transaction: creates the client(s) (or links the
 * chosen existing records), the couple for a couple request, makes them ACTIVE with the
 * clinician, records the Assignment (who, when, score, reasons) and marks the request MATCHED.
 * 409 when the request was already assigned or closed, or the clinician has no capacity left
 * (counted under a lock, so two assignments can never both take the last slot).
 * `existingClientIds` (one per person, null = new record) overrides the links stored on the request.
 */
export async function assignIntakeToClinician(actor: Actor, id: string, input: AssignInput): Promise<IntakeDto> {
  await authorize(actor, "match:run", "IntakeRequest", id);
  const practiceId = actor.practiceId;
  try {
    return await db().$transaction(
      async (tx) => {
        await lockOpenIntake(tx, practiceId, id);
        const intake = await tx.intakeRequest.findUniqueOrThrow({ where: { id } });
        const clinician = await lockClinician(tx, practiceId, input.clinicianId);
        const active = (await activeCaseloads(practiceId, [clinician.id], tx)).get(clinician.id) ?? 0;
        if (active >= clinician.maxCaseload) {
          throw new ConflictError(`${clinician.user.name} has no capacity left (${active} of ${clinician.maxCaseload} active cases).`);
        }
        const people = peopleOf(intake);
        const links = input.existingClientIds ?? linkedClientIds(intake);
        if (links.length !== people.length) {
          throw new InvalidError("Give one entry per person.", [{ path: ["existingClientIds"], message: `Expected ${people.length} entries (null for a new record).` }]);
        }
        const partners = await individualTherapists(tx, practiceId, links.filter((x): x is string => x !== null));
        const { match, failures } = scoreOne(toMatchIntake(intake, partners), toMatchClinician(clinician, active), {
          referenceDate: isoDay(new Date()),
          locationNames: await locationNames(tx, practiceId),
        });
        const locationId = intake.locationIds.find((l) => clinician.locationIds.includes(l)) ?? intake.locationIds[0] ?? null;
        const { clientIds, coupleId } = await linkOrCreatePeople(tx, actor, { kind: intake.kind, people, links, clinicianId: clinician.id, locationId });
        // A specialist may override a hard filter (never capacity); the record says which.
        const reasons = [...match.reasons, ...failures.map((f) => ({ factor: "override", points: 0, maxPoints: 0, detail: `Assigned although: ${f.detail}` }))];
        const assignment = await tx.assignment.create({
          data: {
            practiceId, intakeRequestId: id, clinicianId: clinician.id, assignedById: actor.id, score: match.score,
            reasons: reasons as unknown as Prisma.InputJsonValue, note: input.note ?? "",
          },
        });
        const row = await tx.intakeRequest.update({
          where: { id },
          data: {
            status: "MATCHED", matchedAt: assignment.createdAt, clientIds, coupleId,
            people: people.map((p, i) => ({ ...p, clientId: clientIds[i] ?? null })) as unknown as Prisma.InputJsonValue,
          },
          include: withAssignment,
        });
        await audit(tx, actor, { action: "assignment.create", entityType: "Assignment", entityId: assignment.id });
        await audit(tx, actor, { action: "intake.assign", entityType: "IntakeRequest", entityId: id });
        return intakeDto(row);
      },
      { maxWait: 10_000, timeout: 20_000 },
    );
  } catch (error) {
    return auditRefusal(actor, "intake.assign", id, error);
  }
}

/** POST /intakes/{id}/assign: `{ clinicianId }` assigns, `{ waitlist: true, reason }` waitlists. */
export async function assignIntake(actor: Actor, id: string, input: AssignOrWaitlist): Promise<IntakeDto> {
  return "waitlist" in input ? waitlistIntake(actor, id, input.reason) : assignIntakeToClinician(actor, id, input);
}
