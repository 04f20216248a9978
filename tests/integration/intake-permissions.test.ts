// Who may file, read, rank and assign intake requests, and what they never see.
import { describe, expect, test } from "vitest";
import { ForbiddenError, InvalidError, NotFoundError } from "@/lib/data/errors";
import { assignIntake } from "@/lib/data/intake/assign";
import { getIntakeMatches } from "@/lib/data/intake/matches";
import { createIntake, updateIntake } from "@/lib/data/intake/write";
import { getIntake, listIntakeQueue, listIntakes } from "@/lib/data/intake/intakes";
import { ownerDb as db } from "@/tests/support/owner-db";
import { intakeCreate, intakeListQuery, intakeUpdate } from "@/lib/validation/intake";
import * as f from "@/tests/factories";
import { coupleRequest, individualRequest, intakeWorld } from "./intake-world";

const all = intakeListQuery.parse({ limit: "100" });

describe("filing a request", () => {
  test("intake files it in their own practice; a forged practiceId is ignored", async () => {
    const w = await intakeWorld();
    const other = await f.createPractice();
    const input = intakeCreate.parse({ ...coupleRequest(), practiceId: other.id });
    const created = await createIntake(w.actors.intake, input);
    const row = await db().intakeRequest.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.practiceId).toBe(w.practice.id);
    expect(row.createdById).toBe(w.intake.id);
    expect(created).toMatchObject({ kind: "COUPLE", status: "NEW", clientIds: [], coupleId: null, payment: { type: "SELF_PAY" } });
    expect(created.clients).toHaveLength(2);
  });

  test.each(["owner", "therapist"] as const)("%s may not file one (403, audited as denied)", async (role) => {
    const w = await intakeWorld();
    await expect(createIntake(w.actors[role], individualRequest())).rejects.toBeInstanceOf(ForbiddenError);
    const denied = await db().auditEvent.count({ where: { practiceId: w.practice.id, actorId: w.actors[role].id, outcome: "DENIED", action: "intake.create" } });
    expect(denied).toBe(1);
  });

  test("a positive risk screen makes it URGENT whatever urgency was sent", async () => {
    const w = await intakeWorld();
    const created = await createIntake(w.actors.intake, individualRequest({ urgency: "ROUTINE", riskScreen: { selfHarm: true } }));
    expect(created.urgency).toBe("URGENT");
    expect((await db().intakeRequest.findUniqueOrThrow({ where: { id: created.id } })).urgency).toBe("URGENT");
    const updated = await updateIntake(w.actors.intake, created.id, intakeUpdate.parse({ urgency: "ROUTINE" }));
    expect(updated.urgency).toBe("URGENT");
  });

  test("a location of another practice is refused with the field named", async () => {
    const w = await intakeWorld();
    const other = await f.createPractice();
    const error = await createIntake(w.actors.intake, individualRequest({ locationIds: [other.locationId] })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidError);
    expect((error as InvalidError).issues[0]?.path).toEqual(["locationIds"]);
  });
});

describe("validation answers 400 with the field", () => {
  const paths = (value: unknown) => (intakeCreate.safeParse(value).error?.issues ?? []).map((i) => i.path.join("."));
  test("a couple needs exactly two clients, an individual one", () => {
    const [one] = coupleRequest().clients;
    expect(paths({ ...coupleRequest(), clients: [one] })).toContain("clients");
    expect(paths({ ...individualRequest(), clients: coupleRequest().clients })).toContain("clients");
  });
  test("unknown concerns and malformed availability", () => {
    expect(paths({ ...individualRequest(), concerns: ["LONELINESS"] })).toContain("concerns.0");
    expect(paths({ ...individualRequest(), concerns: [] })).toContain("concerns");
    const bad = [{ weekday: 7, from: "09:00", to: "10:00" }, { weekday: 1, from: "9am", to: "10:00" }, { weekday: 2, from: "12:00", to: "11:00" }];
    expect(paths({ ...individualRequest(), availability: bad })).toEqual(["availability.0.weekday", "availability.1.from", "availability.2.to"]);
  });
  test("PATCH turning an individual request into a couple without a second person is 400", async () => {
    const w = await intakeWorld();
    const created = await createIntake(w.actors.intake, individualRequest());
    await expect(updateIntake(w.actors.intake, created.id, intakeUpdate.parse({ kind: "COUPLE" }))).rejects.toBeInstanceOf(InvalidError);
  });
});

describe("reading", () => {
  test("a therapist reads only requests assigned to them; others are 404 and absent from lists", async () => {
    const w = await intakeWorld();
    const mine = await createIntake(w.actors.intake, coupleRequest());
    const theirs = await createIntake(w.actors.intake, coupleRequest());
    await assignIntake(w.actors.intake, mine.id, { clinicianId: w.therapist.clinicianId! });
    await assignIntake(w.actors.intake, theirs.id, { clinicianId: w.therapist2.clinicianId! });
    expect((await getIntake(w.actors.therapist, mine.id)).id).toBe(mine.id);
    await expect(getIntake(w.actors.therapist, theirs.id)).rejects.toBeInstanceOf(NotFoundError);
    expect((await listIntakes(w.actors.therapist, all)).data.map((i) => i.id)).toEqual([mine.id]);
    expect((await listIntakeQueue(w.actors.therapist)).data.map((i) => i.id)).toEqual([mine.id]);
    expect((await listIntakes(w.actors.owner, all)).data).toHaveLength(2);
  });

  test("another practice's request is 404 for every role, exactly like a missing one", async () => {
    const w = await intakeWorld();
    const other = await intakeWorld();
    const foreign = await createIntake(other.actors.intake, individualRequest());
    for (const actor of [w.actors.intake, w.actors.owner]) {
      await expect(getIntake(actor, foreign.id)).rejects.toBeInstanceOf(NotFoundError);
      await expect(getIntakeMatches(actor, foreign.id)).rejects.toBeInstanceOf(NotFoundError);
      await expect(assignIntake(actor, foreign.id, { clinicianId: w.therapist.clinicianId! })).rejects.toBeInstanceOf(NotFoundError);
    }
    expect((await listIntakes(w.actors.intake, all)).data).toEqual([]);
  });

  test("the queue puts risk-flagged and urgent requests first and finds people by name", async () => {
    const w = await intakeWorld();
    const routine = await createIntake(w.actors.intake, individualRequest());
    const urgent = await createIntake(w.actors.intake, individualRequest({ urgency: "URGENT" }));
    const risky = await createIntake(w.actors.intake, individualRequest({ riskScreen: { violence: true } }));
    expect((await listIntakeQueue(w.actors.intake)).data.map((i) => i.id)).toEqual([risky.id, urgent.id, routine.id]);
    const name = routine.clients[0]!.lastName;
    expect((await listIntakeQueue(w.actors.intake, { q: name.slice(2).toUpperCase() })).data.map((i) => i.id)).toEqual([routine.id]);
    expect((await listIntakes(w.actors.intake, intakeListQuery.parse({ q: name }))).data.map((i) => i.id)).toEqual([routine.id]);
    expect((await listIntakeQueue(w.actors.intake, { q: "%" })).data).toEqual([]);
  });
});

describe("possible duplicates", () => {
  test("same email, or same name and date of birth, within the practice only; never for therapists", async () => {
    const w = await intakeWorld();
    const other = await f.createPractice();
    const request = coupleRequest();
    const [rosa, tom] = request.clients as [(typeof request.clients)[number], (typeof request.clients)[number]];
    const byEmail = await f.createClient(w.practice.id, { email: rosa.email!.toUpperCase(), firstName: "Someone", lastName: "Else" });
    const byName = await f.createClient(w.practice.id, { firstName: tom.firstName.toLowerCase(), lastName: tom.lastName, dateOfBirth: new Date(`${tom.dateOfBirth}T00:00:00Z`) });
    await f.createClient(w.practice.id, { firstName: tom.firstName, lastName: tom.lastName, dateOfBirth: new Date("1999-09-09T00:00:00Z") });
    await f.createClient(other.id, { email: rosa.email! });
    const created = await createIntake(w.actors.intake, request);
    const { possibleDuplicates } = await getIntake(w.actors.intake, created.id);
    expect(possibleDuplicates.map((d) => [d.clientIndex, d.client.id, d.matchedOn])).toEqual([
      [0, byEmail.id, ["email"]],
      [1, byName.id, ["nameAndDateOfBirth"]],
    ]);
    await assignIntake(w.actors.intake, created.id, { clinicianId: w.therapist.clinicianId!, existingClientIds: [null, null] });
    expect((await getIntake(w.actors.therapist, created.id)).possibleDuplicates).toEqual([]);
  });
});

describe("matching and assigning are for intake and owners", () => {
  test("a therapist gets 403 on matches, assign and waitlist, each audited as denied", async () => {
    const w = await intakeWorld();
    const created = await createIntake(w.actors.intake, coupleRequest());
    await expect(getIntakeMatches(w.actors.therapist, created.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(assignIntake(w.actors.therapist, created.id, { clinicianId: w.therapist.clinicianId! })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(assignIntake(w.actors.therapist, created.id, { waitlist: true, reason: "x" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(updateIntake(w.actors.therapist, created.id, intakeUpdate.parse({ urgency: "SOON" }))).rejects.toBeInstanceOf(ForbiddenError);
    const denied = await db().auditEvent.count({ where: { practiceId: w.practice.id, actorId: w.actors.therapist.id, outcome: "DENIED" } });
    expect(denied).toBe(4);
    expect((await db().intakeRequest.findUniqueOrThrow({ where: { id: created.id } })).status).toBe("NEW");
  });

  test("the owner may rank and assign", async () => {
    const w = await intakeWorld();
    const created = await createIntake(w.actors.intake, coupleRequest());
    const matches = await getIntakeMatches(w.actors.owner, created.id);
    expect(matches.data.length).toBeGreaterThan(0);
    const assigned = await assignIntake(w.actors.owner, created.id, { clinicianId: matches.data[0]!.clinicianId });
    expect(assigned.status).toBe("MATCHED");
    expect(assigned.assignment?.assignedById).toBe(w.owner.id);
  });
});
