import "server-only";
import type { Actor } from "@/lib/data/actor";
import { accessWith, type Access, type Tx } from "@/lib/data/access";
import { activeCaseloads } from "@/lib/data/clients/caseload-counts";
import { ConflictError, InvalidError, NotFoundError } from "@/lib/data/errors";
import { intakeDto, linkedClientIds, peopleOf, withAssignment, type IntakeDto } from "@/lib/data/intake/dto";
import { asConflict, lockOpenIntake } from "@/lib/data/intake/lock";
import { individualTherapists, locationNames, toMatchClinician, toMatchIntake } from "@/lib/data/intake/match-input";
import { bookFirstSession } from "@/lib/data/intake/first-session";
import { linkOrCreatePeople } from "@/lib/data/intake/people";
import { waitlistIn } from "@/lib/data/intake/waitlist";
import { isoDay } from "@/lib/data/serialize";
import { scoreOne } from "@/lib/domain/matching/rank";
import type { Prisma } from "@/lib/generated/prisma/client";
import { intakeAssign, type FirstAppointment } from "@/lib/validation/intake";

/** What assigning to a clinician takes: the clinician branch of the parsed `intakeAssign` body. */
type AssignInput = {
  clinicianId: string;
  existingClientIds?: (string | null)[] | undefined;
  note?: string | null;
  firstAppointment?: FirstAppointment | undefined;
};

/** Locks the clinician row so that concurrent assignments to them are counted one at a time. */
async function lockClinician(tx: Tx, practiceId: string, clinicianId: string) {
  const [row] = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "ClinicianProfile" WHERE id = ${clinicianId} AND "practiceId" = ${practiceId} FOR UPDATE`;
  if (!row) throw new InvalidError("No such clinician in this practice.", [{ path: ["clinicianId"], message: "No such clinician in this practice." }]);
  return tx.clinicianProfile.findFirstOrThrow({ where: { id: clinicianId, practiceId }, include: { user: { select: { name: true } } } });
}

/**
 * Inside assignIntake's transaction: creates the client(s) (or links the chosen existing
 * records), the couple for a couple request, makes them ACTIVE with the clinician, records the
 * Assignment (who, when, score, reasons) and marks the request MATCHED. 409 when the request was
 * already assigned or closed, or the clinician has no capacity left (counted under a lock, so
 * two assignments can never both take the last slot). `existingClientIds` (one per person, null
 * = new record) overrides the links stored on the request.
 */
async function assignIn(ctx: Access, id: string, input: AssignInput): Promise<IntakeDto> {
  const { tx, actor, scope, disclose, record } = ctx;
  const { practiceId } = actor;
  await lockOpenIntake(tx, practiceId, id);
  const intake = await tx.intakeRequest.findFirst({ where: { AND: [await scope.intake(tx), { id }] } });
  if (!intake) throw new NotFoundError("Intake request");
  const clinician = await lockClinician(tx, practiceId, input.clinicianId);
  const active = (await activeCaseloads(tx, practiceId, [clinician.id])).get(clinician.id) ?? 0;
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
  const { clientIds, coupleId } = await linkOrCreatePeople(ctx, { kind: intake.kind, people, links, clinicianId: clinician.id, locationId });
  // A specialist may override a hard filter (never capacity); the record says which.
  const reasons = [...match.reasons, ...failures.map((f) => ({ factor: "override", points: 0, maxPoints: 0, detail: `Assigned although: ${f.detail}` }))];
  const assignment = await asConflict(() => tx.assignment.create({
    data: {
      practiceId, intakeRequestId: id, clinicianId: clinician.id, assignedById: actor.id, score: match.score,
      reasons: reasons as unknown as Prisma.InputJsonValue, note: input.note ?? "",
      overrideReason: failures.length ? (input.note ?? "") || failures.map((f) => f.detail).join("; ") : null,
    },
  }));
  // The case's assignment history starts here (GET /clients/{id}/assignments).
  const subject = { clinicianId: clinician.id, clientId: coupleId ? null : (clientIds[0] ?? null), coupleId };
  await tx.caseAssignment.create({
    data: { practiceId, ...subject, assignedById: actor.id, assignedAt: assignment.createdAt, reason: input.note || null, source: "MATCH" },
  });
  if (input.firstAppointment) {
    // In person without a room named: the location the case was given above.
    const first = input.firstAppointment;
    const inPerson = first.telehealth === false && !first.locationId ? { ...first, locationId } : first;
    const appointmentId = await bookFirstSession(ctx, subject, inPerson);
    record({ action: "appointment.create", entityType: "Appointment", entityId: appointmentId, clientIds });
  }
  const row = await tx.intakeRequest.update({
    where: { id },
    data: {
      status: "MATCHED", matchedAt: assignment.createdAt, clientIds, coupleId,
      people: people.map((p, i) => ({ ...p, clientId: clientIds[i] ?? null })) as unknown as Prisma.InputJsonValue,
    },
    include: withAssignment,
  });
  record({ action: "assignment.create", entityType: "Assignment", entityId: assignment.id, clientIds });
  disclose({ ids: [id], clientIds });
  return intakeDto(row);
}

/**
 * POST /intakes/{id}/assign: `{ clinicianId }` assigns, `{ waitlist: true, reason }` waitlists,
 * each in one transaction. Intake and owners only: anyone else gets 403 whatever they sent.
 */
export async function assignIntake(actor: Actor, id: string, raw: unknown): Promise<IntakeDto> {
  // Which of the two it is names the audit action; the schema decides whether it is valid.
  const waitlist = typeof raw === "object" && raw !== null && "waitlist" in raw;
  const rule = { permission: "match:run", action: waitlist ? "intake.waitlist" : "intake.assign", entityType: "IntakeRequest", id } as const;
  return accessWith(actor, rule, intakeAssign, raw, (ctx, input) =>
    "waitlist" in input ? waitlistIn(ctx, id, input.reason) : assignIn(ctx, id, input));
}
