// Matches from real rows: filters with reasons, scores with explanations, caseload counted.
import { expect, test } from "vitest";
import { getIntakeMatches } from "@/lib/data/intake/matches";
import { createIntake } from "@/lib/data/intake/write";
import { ownerDb as db } from "@/tests/support/owner-db";
import * as f from "@/tests/factories";
import { coupleRequest, individualRequest, intakeWorld } from "./intake-world";

test("ranks fitting clinicians with reasons and lists the others with why", async () => {
  const w = await intakeWorld();
  await db().clinicianProfile.update({ where: { id: w.therapist2.clinicianId! }, data: { acceptingNewClients: false } });
  // The owner has no clinician profile in the factory world; a third therapist only does individual work.
  const solo = await f.createUser(w.practice.id, ["THERAPIST"], { name: "Solo Practitioner", clinician: { modalities: ["INDIVIDUAL"] } });
  const request = await createIntake(w.actors.intake, coupleRequest());
  const matches = await getIntakeMatches(w.actors.intake, request.id);
  expect(matches.data.map((m) => m.clinicianId)).toEqual([w.therapist.clinicianId]);
  const top = matches.data[0]!;
  expect(top.score).toBe(top.reasons.reduce((sum, r) => sum + r.points, 0));
  expect(top.reasons.find((r) => r.factor === "specialty")?.detail).toBe("Treats all 2 concerns: relationship problems and communication.");
  expect(Object.fromEntries(matches.excluded.map((e) => [e.clinicianId, e.why]))).toEqual({
    [w.therapist2.clinicianId!]: "Not accepting new clients.",
    [solo.clinicianId!]: "Does not offer couples therapy.",
  });
  const audit = await db().auditEvent.count({ where: { actorId: w.intake.id, action: "intake.match", entityId: request.id } });
  expect(audit).toBe(1);
});

test("capacity is measured by active cases, and the reference date decides age bands", async () => {
  const w = await intakeWorld();
  const clinicianId = w.therapist.clinicianId!;
  await db().clinicianProfile.update({ where: { id: clinicianId }, data: { maxCaseload: 1 } });
  await db().clinicianProfile.update({ where: { id: w.therapist2.clinicianId! }, data: { ageGroups: ["ADULT"] } });
  await f.createClient(w.practice.id, { assignedClinicianId: clinicianId, status: "ACTIVE" });
  const teen = await createIntake(w.actors.intake, individualRequest({ clients: [{ firstName: "Kit", lastName: "Young", dateOfBirth: "2008-12-01" }] }));
  const before = await getIntakeMatches(w.actors.intake, teen.id, { referenceDate: "2026-11-30" });
  expect(before.excluded.find((e) => e.clinicianId === clinicianId)?.filters.map((x) => x.filter)).toEqual(["capacity", "ageGroup"]);
  expect(before.excluded.find((e) => e.clinicianId === w.therapist2.clinicianId)?.why).toBe("Does not work with adolescents (the client is 17).");
  const after = await getIntakeMatches(w.actors.intake, teen.id, { referenceDate: "2026-12-01" });
  expect(after.data.map((m) => m.clinicianId)).toEqual([w.therapist2.clinicianId]);
});

test("neutrality: a partner's own individual therapist loses it; seeing them only as a couple does not", async () => {
  const w = await intakeWorld();
  const t1 = w.therapist.clinicianId!;
  const t2 = w.therapist2.clinicianId!;
  // Partner A is t2's individual client; partner B is seen by t1, but only as half of another couple.
  const a = await f.createClient(w.practice.id, { status: "ACTIVE", assignedClinicianId: t2 });
  const earlier = await f.createCouple(w.practice.id, t1);
  const b = earlier.partners[0];
  const base = coupleRequest();
  const request = await createIntake(w.actors.intake, {
    ...base,
    clients: [{ ...base.clients[0]!, clientId: a.id }, { ...base.clients[1]!, clientId: b.id }],
  });
  const matches = await getIntakeMatches(w.actors.intake, request.id);
  const neutrality = (id: string) => matches.data.find((m) => m.clinicianId === id)?.reasons.find((r) => r.factor === "neutrality")?.points;
  expect(neutrality(t2)).toBe(0);
  expect(neutrality(t1)).toBeGreaterThan(0);
});
