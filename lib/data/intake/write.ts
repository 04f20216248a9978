import "server-only";
import type { z } from "zod";
import type { Actor } from "@/lib/data/actor";
import { accessWith, type Tx } from "@/lib/data/access";
import { assertInPractice } from "@/lib/data/access/references";
import { ConflictError, InvalidError, NotFoundError } from "@/lib/data/errors";
import { intakeDto, linkedClientIds, peopleOf, withAssignment, type IntakeDto, type StoredPerson } from "@/lib/data/intake/dto";
import type { Prisma } from "@/lib/generated/prisma/client";
import { intakeCreate, intakeUpdate, peopleCountIssue, type IntakeCreate, type IntakePerson } from "@/lib/validation/intake";

function storedPeople(people: IntakePerson[]): StoredPerson[] {
  return people.map((p) => ({ firstName: p.firstName, lastName: p.lastName, dateOfBirth: p.dateOfBirth, email: p.email, phone: p.phone, clientId: p.clientId }));
}

/** A person linked to a client on file must be linked to a client of this practice (400 otherwise). */
async function assertLinkedClients(tx: Tx, practiceId: string, people: StoredPerson[]): Promise<void> {
  const ids = people.map((p) => p.clientId).filter((x): x is string => !!x);
  if (ids.length === 0) return;
  const found = new Set((await tx.client.findMany({ where: { id: { in: ids }, practiceId }, select: { id: true } })).map((c) => c.id));
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

/** The linked client of each person, in order: what a request discloses. */
const linkedOf = (people: StoredPerson[]) => people.flatMap((p) => (p.clientId ? [p.clientId] : []));

/**
 * Files a new request (status NEW) in the actor's practice; a practiceId in the input is never
 * read. `schema` may be stricter than the API's (the form asks for dates of birth up front).
 */
export async function createIntake(actor: Actor, raw: unknown, schema: z.ZodType<IntakeCreate> = intakeCreate): Promise<IntakeDto> {
  const rule = { permission: "intake:create", action: "intake.create", entityType: "IntakeRequest" } as const;
  return accessWith(actor, rule, schema, raw, async ({ tx, disclose, subject }, input) => {
    const people = storedPeople(input.clients);
    await assertInPractice(tx, actor.practiceId, { locationIds: input.locationIds });
    await assertLinkedClients(tx, actor.practiceId, people);
    const row = await tx.intakeRequest.create({
      data: {
        practiceId: actor.practiceId, kind: input.kind, people: people as unknown as Prisma.InputJsonValue, ...answers(input),
        clientIds: linkedOf(people), createdById: actor.id,
      },
      include: withAssignment,
    });
    subject(row.id);
    disclose({ ids: [row.id], clientIds: linkedOf(people) });
    return intakeDto(row);
  });
}

/**
 * Changes a request that is not yet matched (a matched one is history: 409). `status` may reopen
 * (NEW) or close it; matching and waitlisting go through assignIntake.
 */
export async function updateIntake(actor: Actor, id: string, raw: unknown): Promise<IntakeDto> {
  // Closing is audited as such; the label is read before validation, which decides the rest.
  const closing = typeof raw === "object" && raw !== null && (raw as { status?: unknown }).status === "CLOSED";
  const rule = { permission: "intake:update", action: closing ? "intake.close" : "intake.update", entityType: "IntakeRequest", id } as const;
  return accessWith(actor, rule, intakeUpdate, raw, async ({ tx, scope, disclose }, input) => {
    // The row lock first: an assignment landing meanwhile is seen, never overwritten.
    await tx.$queryRaw`SELECT id FROM "IntakeRequest" WHERE id = ${id} AND "practiceId" = ${actor.practiceId} FOR UPDATE`;
    const existing = await tx.intakeRequest.findFirst({ where: { AND: [await scope.intake(tx), { id }] }, include: withAssignment });
    if (!existing) throw new NotFoundError("Intake request");
    const current = intakeDto(existing);
    const stale = (message: string) => new ConflictError(message, { current }, { ids: [existing.id], clientIds: linkedClientIds(existing) });
    if (input.version !== undefined && input.version !== existing.version) throw stale("This request was changed elsewhere since you opened it. Compare both versions and choose.");
    if (existing.status === "MATCHED") throw stale("This request is already matched; change the client or couple record instead.");
    const kind = input.kind ?? existing.kind;
    const people = input.clients ? storedPeople(input.clients) : peopleOf(existing).map((p, i) => ({ ...p, clientId: linkedClientIds(existing)[i] ?? null }));
    const countIssue = peopleCountIssue(kind, people.length);
    if (countIssue) throw new InvalidError(countIssue, [{ path: ["clients"], message: countIssue }]);
    if (input.locationIds) await assertInPractice(tx, actor.practiceId, { locationIds: input.locationIds });
    if (input.clients) await assertLinkedClients(tx, actor.practiceId, people);
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
    // Under the row lock taken above, the version read is still the stored one.
    const row = await tx.intakeRequest.update({
      where: { id: existing.id, version: existing.version },
      data: {
        version: { increment: 1 },
        kind, people: people as unknown as Prisma.InputJsonValue, clientIds: linkedOf(people), ...merged,
        ...(input.status ? { status: input.status } : {}),
        ...(reopen ? { waitlistedAt: null } : {}),
      },
      include: withAssignment,
    });
    // Both the clients it was linked to and those it is linked to now.
    disclose({ ids: [row.id], clientIds: [...linkedClientIds(existing), ...linkedOf(people)] });
    return intakeDto(row);
  });
}
