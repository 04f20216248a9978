import "server-only";
import type { Actor } from "@/lib/data/actor";
import { audit } from "@/lib/data/access/audit";
import { ConflictError, InvalidError, NotFoundError } from "@/lib/data/errors";
import { authorize } from "@/lib/data/access/guard";
import { intakeDto, linkedClientIds, peopleOf, withAssignment, type IntakeDto, type StoredPerson } from "@/lib/data/intake/dto";
import { assertInPractice } from "@/lib/data/access/references";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { peopleCountIssue, type IntakeCreate, type IntakePerson, type IntakeUpdate } from "@/lib/validation/intake";

function storedPeople(people: IntakePerson[]): StoredPerson[] {
  return people.map((p) => ({ firstName: p.firstName, lastName: p.lastName, dateOfBirth: p.dateOfBirth, email: p.email, phone: p.phone, clientId: p.clientId }));
}

/** A person linked to a client on file must be linked to a client of this practice (400 otherwise). */
async function assertLinkedClients(actor: Actor, people: StoredPerson[]): Promise<void> {
  const ids = people.map((p) => p.clientId).filter((x): x is string => !!x);
  if (ids.length === 0) return;
  const found = new Set((await db().client.findMany({ where: { id: { in: ids }, practiceId: actor.practiceId }, select: { id: true } })).map((c) => c.id));
  const issues = people.flatMap((p, i) => (p.clientId && !found.has(p.clientId) ? [{ path: ["clients", i, "clientId"], message: "No such client in this practice." }] : []));
  if (new Set(ids).size !== ids.length) issues.push({ path: ["clients"], message: "Two people cannot be the same client." });
  if (issues.length) throw new InvalidError("Some linked clients do not exist.", issues);
}

/** The columns that hold the request's answers; a positive risk screen always makes it URGENT. */
function answers(input: Omit<IntakeCreate, "clients" | "kind">) {
  const risk = input.riskScreen.selfHarm || input.riskScreen.violence || input.riskScreen.substance;
  return {
    concerns: input.concerns,
    serviceType: input.serviceType,
    locationIds: input.locationIds,
    telehealthOk: input.telehealthOk,
    availability: input.availability,
    preferences: { ...(input.preferences.clinicianGender ? { clinicianGender: input.preferences.clinicianGender } : {}), ...(input.preferences.language ? { language: input.preferences.language } : {}) },
    paymentType: input.payment.type,
    insurer: input.payment.insurer ?? null,
    urgency: risk ? ("URGENT" as const) : input.urgency,
    riskSelfHarm: input.riskScreen.selfHarm,
    riskViolence: input.riskScreen.violence,
    riskSubstance: input.riskScreen.substance,
  };
}

/** Files a new request (status NEW) in the actor's practice; a practiceId in the input is never read. */
export async function createIntake(actor: Actor, input: IntakeCreate): Promise<IntakeDto> {
  await authorize(actor, "intake:create", "IntakeRequest");
  const people = storedPeople(input.clients);
  await assertInPractice(actor, { locationIds: input.locationIds });
  await assertLinkedClients(actor, people);
  return db().$transaction(async (tx) => {
    const row = await tx.intakeRequest.create({
      data: {
        practiceId: actor.practiceId, kind: input.kind, people: people as unknown as Prisma.InputJsonValue, ...answers(input),
        clientIds: people.flatMap((p) => (p.clientId ? [p.clientId] : [])), createdById: actor.id,
      },
      include: withAssignment,
    });
    await audit(tx, actor, { action: "intake.create", entityType: "IntakeRequest", entityId: row.id });
    return intakeDto(row);
  });
}

/**
 * Changes a request that is not yet matched (a matched one is history: 409). `status` may reopen
 * (NEW) or close it; matching and waitlisting go through assignIntake.
 */
export async function updateIntake(actor: Actor, id: string, input: IntakeUpdate): Promise<IntakeDto> {
  await authorize(actor, "intake:update", "IntakeRequest", id);
  const existing = await db().intakeRequest.findFirst({ where: { id, practiceId: actor.practiceId }, include: withAssignment });
  if (!existing) {
    await audit(db(), actor, { action: "intake.update", entityType: "IntakeRequest", entityId: id, outcome: "NOT_FOUND" });
    throw new NotFoundError("Intake request");
  }
  if (existing.status === "MATCHED") throw new ConflictError("This request is already matched; change the client or couple record instead.");
  const current = intakeDto(existing);
  const kind = input.kind ?? existing.kind;
  const people = input.clients ? storedPeople(input.clients) : peopleOf(existing).map((p, i) => ({ ...p, clientId: linkedClientIds(existing)[i] ?? null }));
  const countIssue = peopleCountIssue(kind, people.length);
  if (countIssue) throw new InvalidError(countIssue, [{ path: ["clients"], message: countIssue }]);
  if (input.locationIds) await assertInPractice(actor, { locationIds: input.locationIds });
  if (input.clients) await assertLinkedClients(actor, people);
  const merged = answers({
    concerns: input.concerns ?? current.concerns,
    serviceType: input.serviceType ?? current.serviceType,
    locationIds: input.locationIds ?? current.locationIds,
    telehealthOk: input.telehealthOk ?? current.telehealthOk,
    availability: input.availability ?? current.availability,
    preferences: input.preferences ?? { clinicianGender: current.preferences.clinicianGender ?? null, language: current.preferences.language ?? null },
    payment: input.payment ?? { type: current.payment.type, insurer: current.payment.insurer ?? null },
    urgency: input.urgency ?? existing.urgency,
    riskScreen: input.riskScreen ?? current.riskScreen,
  });
  const reopen = input.status === "NEW" && existing.status !== "NEW";
  return db().$transaction(async (tx) => {
    // An assignment may have landed since the read above: re-check under the row lock it takes.
    const [locked] = await tx.$queryRaw<{ status: string }[]>`SELECT status FROM "IntakeRequest" WHERE id = ${existing.id} FOR UPDATE`;
    if (locked?.status === "MATCHED") throw new ConflictError("This request was matched meanwhile; change the client or couple record instead.");
    const row = await tx.intakeRequest.update({
      where: { id: existing.id },
      data: {
        kind, people: people as unknown as Prisma.InputJsonValue, clientIds: people.flatMap((p) => (p.clientId ? [p.clientId] : [])), ...merged,
        ...(input.status ? { status: input.status } : {}),
        ...(reopen ? { waitlistedAt: null } : {}),
      },
      include: withAssignment,
    });
    await audit(tx, actor, { action: input.status === "CLOSED" ? "intake.close" : "intake.update", entityType: "IntakeRequest", entityId: id });
    return intakeDto(row);
  });
}
