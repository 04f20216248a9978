// Assigning: one transaction that creates or links the people, makes them the clinician's, and
// records why; exactly one winner when two specialists act at once; capacity never overrun.
import { describe, expect, test } from "vitest";
import { getOwnCaseload } from "@/lib/data/clients/caseload";
import { getClinician } from "@/lib/data/clinicians/clinicians";
import { ConflictError, InvalidError } from "@/lib/data/errors";
import { assignIntake } from "@/lib/data/intake/assign";
import { createIntake } from "@/lib/data/intake/write";
import { ownerDb as db } from "@/tests/support/owner-db";
import * as f from "@/tests/factories";
import { coupleRequest, individualRequest, intakeWorld } from "./intake-world";

describe("assigning a couple request", () => {
  test("creates both clients and the couple, ACTIVE with the clinician, and records the assignment", async () => {
    const w = await intakeWorld();
    const request = await createIntake(w.actors.intake, coupleRequest());
    const clinicianId = w.therapist.clinicianId!;
    const assigned = await assignIntake(w.actors.intake, request.id, { clinicianId });

    expect(assigned).toMatchObject({ status: "MATCHED", assignment: { clinicianId, assignedById: w.intake.id } });
    expect(assigned.matchedAt).not.toBeNull();
    expect(assigned.clientIds).toHaveLength(2);
    const couple = await db().couple.findUniqueOrThrow({ where: { id: assigned.coupleId! }, include: { partnerA: true, partnerB: true } });
    expect(couple).toMatchObject({ practiceId: w.practice.id, status: "ACTIVE", assignedClinicianId: clinicianId });
    expect([couple.partnerA.firstName, couple.partnerB.firstName]).toEqual(request.clients.map((c) => c.firstName));
    for (const partner of [couple.partnerA, couple.partnerB]) expect(partner).toMatchObject({ status: "ACTIVE", assignedClinicianId: clinicianId });

    const assignment = await db().assignment.findUniqueOrThrow({ where: { intakeRequestId: request.id } });
    expect(assignment.score).toBeGreaterThan(0);
    expect((assignment.reasons as { factor: string }[]).map((r) => r.factor)).toEqual(
      ["specialty", "availability", "preferences", "caseload", "couplesExperience", "neutrality"],
    );

    // The therapist sees the couple at once, and capacity counts it once.
    const caseload = await getOwnCaseload(w.actors.therapist);
    expect(caseload.couples.map((c) => c.id)).toEqual([couple.id]);
    expect((await getClinician(w.actors.owner, clinicianId)).activeCaseload).toBe(1);
  });

  test("the audit trail records each step without names or other demographics", async () => {
    const w = await intakeWorld();
    const request = await createIntake(w.actors.intake, coupleRequest());
    await assignIntake(w.actors.intake, request.id, { clinicianId: w.therapist.clinicianId! });
    const rows = await db().auditEvent.findMany({ where: { practiceId: w.practice.id, actorId: w.intake.id } });
    expect(rows.map((r) => r.action).sort()).toEqual(["assignment.create", "client.create", "client.create", "couple.create", "intake.assign", "intake.create"]);
    const text = JSON.stringify(rows, (_key, value: unknown) => (typeof value === "bigint" ? value.toString() : value));
    for (const person of request.clients) {
      expect(text).not.toContain(person.firstName);
      expect(text).not.toContain(person.lastName);
      expect(text).not.toContain(person.dateOfBirth!);
    }
  });

  test("links chosen existing clients instead of creating duplicates; a partner keeps their own individual therapist", async () => {
    const w = await intakeWorld();
    const request = await createIntake(w.actors.intake, coupleRequest());
    const inquiry = await f.createClient(w.practice.id, { status: "INQUIRY" });
    const inTherapy = await f.createClient(w.practice.id, { status: "ACTIVE", assignedClinicianId: w.therapist2.clinicianId });
    const before = await db().client.count({ where: { practiceId: w.practice.id } });
    const assigned = await assignIntake(w.actors.intake, request.id, { clinicianId: w.therapist.clinicianId!, existingClientIds: [inquiry.id, inTherapy.id] });
    expect(await db().client.count({ where: { practiceId: w.practice.id } })).toBe(before);
    expect(assigned.clientIds).toEqual([inquiry.id, inTherapy.id]);
    expect(await db().client.findUniqueOrThrow({ where: { id: inquiry.id } })).toMatchObject({ status: "ACTIVE", assignedClinicianId: w.therapist.clinicianId });
    expect(await db().client.findUniqueOrThrow({ where: { id: inTherapy.id } })).toMatchObject({ status: "ACTIVE", assignedClinicianId: w.therapist2.clinicianId });
    const reasons = (await db().assignment.findUniqueOrThrow({ where: { intakeRequestId: request.id } })).reasons as { factor: string; points: number }[];
    expect(reasons.find((r) => r.factor === "neutrality")?.points).toBeGreaterThan(0);
  });

  test("a client of another practice cannot be linked (400, nothing written)", async () => {
    const w = await intakeWorld();
    const other = await f.createPractice();
    const foreign = await f.createClient(other.id);
    const request = await createIntake(w.actors.intake, individualRequest());
    await expect(assignIntake(w.actors.intake, request.id, { clinicianId: w.therapist.clinicianId!, existingClientIds: [foreign.id] })).rejects.toBeInstanceOf(InvalidError);
    expect(await db().intakeRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({ status: "NEW" });
    expect(await db().assignment.count({ where: { intakeRequestId: request.id } })).toBe(0);
  });
});

describe("conflicts", () => {
  test("a second assignment of the same request is 409", async () => {
    const w = await intakeWorld();
    const request = await createIntake(w.actors.intake, individualRequest());
    await assignIntake(w.actors.intake, request.id, { clinicianId: w.therapist.clinicianId! });
    await expect(assignIntake(w.actors.intake, request.id, { clinicianId: w.therapist2.clinicianId! })).rejects.toBeInstanceOf(ConflictError);
    await expect(assignIntake(w.actors.intake, request.id, { waitlist: true, reason: "late" })).rejects.toBeInstanceOf(ConflictError);
    expect(await db().assignment.count({ where: { intakeRequestId: request.id } })).toBe(1);
  });

  test("two specialists assigning the same request at once: exactly one wins, the other gets 409", async () => {
    const w = await intakeWorld();
    const second = await f.actorFor(await f.createUser(w.practice.id, ["INTAKE"]));
    const request = await createIntake(w.actors.intake, coupleRequest());
    const results = await Promise.allSettled([
      assignIntake(w.actors.intake, request.id, { clinicianId: w.therapist.clinicianId! }),
      assignIntake(second, request.id, { clinicianId: w.therapist2.clinicianId! }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.filter((r) => r.status === "rejected");
    expect(rejected).toHaveLength(1);
    expect((rejected[0] as PromiseRejectedResult).reason).toBeInstanceOf(ConflictError);
    // The loser left nothing behind: one assignment, one couple, two new clients.
    expect(await db().assignment.count({ where: { intakeRequestId: request.id } })).toBe(1);
    expect(await db().couple.count({ where: { practiceId: w.practice.id } })).toBe(1);
    expect(await db().client.count({ where: { practiceId: w.practice.id } })).toBe(2);
  });

  test("capacity holds: two requests racing for a clinician's last slot, exactly one succeeds", async () => {
    const w = await intakeWorld();
    const clinicianId = w.therapist.clinicianId!;
    await f.createClient(w.practice.id, { assignedClinicianId: clinicianId, status: "ACTIVE" });
    await db().clinicianProfile.update({ where: { id: clinicianId }, data: { maxCaseload: 2 } });
    const a = await createIntake(w.actors.intake, individualRequest());
    const b = await createIntake(w.actors.intake, coupleRequest());
    const results = await Promise.allSettled([
      assignIntake(w.actors.intake, a.id, { clinicianId }),
      assignIntake(w.actors.intake, b.id, { clinicianId }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const failure = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(failure.reason).toBeInstanceOf(ConflictError);
    expect((failure.reason as Error).message).toContain("no capacity left (2 of 2");
    expect((await getClinician(w.actors.owner, clinicianId)).activeCaseload).toBe(2);
    expect(await db().intakeRequest.count({ where: { id: { in: [a.id, b.id] }, status: "NEW" } })).toBe(1);
  });
});

describe("waitlist", () => {
  test("records the reason and date, then the request can still be assigned later", async () => {
    const w = await intakeWorld();
    const request = await createIntake(w.actors.intake, individualRequest());
    const waitlisted = await assignIntake(w.actors.intake, request.id, { waitlist: true, reason: "Needs Saturday mornings in Fenton." });
    expect(waitlisted).toMatchObject({ status: "WAITLISTED", waitlistReason: "Needs Saturday mornings in Fenton." });
    expect(waitlisted.waitlistedAt).not.toBeNull();
    const again = await assignIntake(w.actors.intake, request.id, { waitlist: true, reason: "Still no Saturday slot." });
    expect(again.waitlistedAt).toBe(waitlisted.waitlistedAt);
    const assigned = await assignIntake(w.actors.intake, request.id, { clinicianId: w.therapist.clinicianId! });
    expect(assigned.status).toBe("MATCHED");
  });

  test("people already on file as inquiries become WAITLISTED", async () => {
    const w = await intakeWorld();
    const inquiry = await f.createClient(w.practice.id, { status: "INQUIRY" });
    const base = individualRequest();
    const request = await createIntake(w.actors.intake, { ...base, clients: [{ ...base.clients[0]!, clientId: inquiry.id }] });
    expect(request.clientIds).toEqual([inquiry.id]);
    await assignIntake(w.actors.intake, request.id, { waitlist: true, reason: "No opening yet." });
    expect((await db().client.findUniqueOrThrow({ where: { id: inquiry.id } })).status).toBe("WAITLISTED");
  });
});
