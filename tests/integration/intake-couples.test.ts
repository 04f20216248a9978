// POST/PATCH couples: intake creates a couple from new people or clients on file; a therapist
// updates their own caseload's couples without reassigning them.
import { describe, expect, test } from "vitest";
import { createCouple, updateCouple } from "@/lib/data/clients/couples-write";
import { ConflictError, ForbiddenError, InvalidError, NotFoundError } from "@/lib/data/errors";
import { ownerDb as db } from "@/tests/support/owner-db";
import { coupleCreate, coupleUpdate } from "@/lib/validation/couple-write";
import * as f from "@/tests/factories";
import { intakeWorld, uniq } from "./intake-world";

describe("creating a couple", () => {
  test("from two new people, in the caller's practice whatever practiceId says", async () => {
    const w = await intakeWorld();
    const other = await f.createPractice();
    const input = coupleCreate.parse({
      practiceId: other.id,
      partners: [{ firstName: `Ana${uniq()}`, lastName: "Lee", dateOfBirth: "1990-01-01" }, { firstName: `Bo${uniq()}`, lastName: "Lee", dateOfBirth: "1989-02-02" }],
      relationshipStatus: "engaged",
    });
    const couple = await createCouple(w.actors.intake, input);
    expect(couple).toMatchObject({ relationshipStatus: "engaged", status: "INQUIRY", secretsPolicy: "NO_SECRETS" });
    expect(await db().couple.findUniqueOrThrow({ where: { id: couple.id } })).toMatchObject({ practiceId: w.practice.id });
    expect(await db().client.count({ where: { id: { in: couple.partners.map((p) => p.id) }, practiceId: w.practice.id } })).toBe(2);
  });

  test("from two clients on file; the same pair again is 409", async () => {
    const w = await intakeWorld();
    const a = await f.createClient(w.practice.id);
    const b = await f.createClient(w.practice.id);
    const couple = await createCouple(w.actors.intake, coupleCreate.parse({ partnerIds: [a.id, b.id] }));
    expect(couple.partners.map((p) => p.id)).toEqual([a.id, b.id]);
    await expect(createCouple(w.actors.intake, coupleCreate.parse({ partners: [{ clientId: b.id }, { clientId: a.id }] }))).rejects.toBeInstanceOf(ConflictError);
  });

  test("a client of another practice, or the same client twice, is 400", async () => {
    const w = await intakeWorld();
    const other = await f.createPractice();
    const mine = await f.createClient(w.practice.id);
    const foreign = await f.createClient(other.id);
    await expect(createCouple(w.actors.intake, coupleCreate.parse({ partnerIds: [mine.id, foreign.id] }))).rejects.toBeInstanceOf(InvalidError);
    await expect(createCouple(w.actors.intake, coupleCreate.parse({ partnerIds: [mine.id, mine.id] }))).rejects.toBeInstanceOf(InvalidError);
    expect(coupleCreate.safeParse({ partnerIds: [mine.id] }).success).toBe(false);
    expect(coupleCreate.safeParse({}).success).toBe(false);
  });

  test.each(["owner", "therapist"] as const)("%s may not create couples (403)", async (role) => {
    const w = await intakeWorld();
    const a = await f.createClient(w.practice.id);
    const b = await f.createClient(w.practice.id);
    await expect(createCouple(w.actors[role], coupleCreate.parse({ partnerIds: [a.id, b.id] }))).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("updating a couple", () => {
  test("a therapist updates their own couple but may not reassign it, nor touch a colleague's", async () => {
    const w = await intakeWorld();
    const own = await f.createCouple(w.practice.id, w.therapist.clinicianId);
    const theirs = await f.createCouple(w.practice.id, w.therapist2.clinicianId);
    const updated = await updateCouple(w.actors.therapist, own.id, coupleUpdate.parse({ secretsPolicy: "LIMITED_SECRETS" }));
    expect(updated.secretsPolicy).toBe("LIMITED_SECRETS");
    await expect(updateCouple(w.actors.therapist, own.id, coupleUpdate.parse({ assignedClinicianId: w.therapist2.clinicianId }))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(updateCouple(w.actors.therapist, theirs.id, coupleUpdate.parse({ relationshipStatus: "x" }))).rejects.toBeInstanceOf(NotFoundError);
  });

  test("intake reassigns any couple; the owner may not update its details (403), only its lifecycle", async () => {
    const w = await intakeWorld();
    const couple = await f.createCouple(w.practice.id, w.therapist.clinicianId);
    const moved = await updateCouple(w.actors.intake, couple.id, coupleUpdate.parse({ assignedClinicianId: w.therapist2.clinicianId }));
    expect(moved.assignedClinicianId).toBe(w.therapist2.clinicianId);
    await expect(updateCouple(w.actors.owner, couple.id, coupleUpdate.parse({ relationshipStatus: "separated" }))).rejects.toBeInstanceOf(ForbiddenError);
    // Status is case:manage, which the owner holds (DESIGN.md "Case lifecycle").
    await expect(updateCouple(w.actors.owner, couple.id, coupleUpdate.parse({ status: "DISCHARGED", dischargeReason: "Moved away" }))).resolves.toMatchObject({ status: "DISCHARGED" });
  });
});
