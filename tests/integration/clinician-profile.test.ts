// Clinician profiles: a therapist edits their own, the owner edits anyone's (and capacity),
// intake specialists only read.
import { describe, expect, test } from "vitest";
import { updateClinician } from "@/lib/data/clinicians/profile";
import { ForbiddenError, InvalidError, NotFoundError } from "@/lib/data/errors";
import { ownerDb as db } from "@/tests/support/owner-db";
import { clinicianUpdate } from "@/lib/validation/clinician";
import * as f from "@/tests/factories";
import { intakeWorld } from "./intake-world";

const patch = (value: unknown) => clinicianUpdate.parse(value);

describe("a therapist", () => {
  test("edits their own specialties, modalities, locations, languages, availability and accepting", async () => {
    const w = await intakeWorld();
    const input = patch({
      specialties: ["GRIEF", "TRAUMA"], modalities: ["INDIVIDUAL"], locationIds: [w.practice.locationId], languages: ["English", "Polish"],
      availability: [{ weekday: 2, from: "09:00", to: "12:00" }], acceptingNewClients: false,
    });
    const updated = await updateClinician(w.actors.therapist, w.therapist.clinicianId!, input);
    expect(updated).toMatchObject({
      specialties: ["GRIEF", "TRAUMA"], modalities: ["INDIVIDUAL"], locationIds: [w.practice.locationId], languages: ["English", "Polish"],
      availability: [{ weekday: 2, from: "09:00", to: "12:00" }], acceptingNewClients: false, maxCaseload: 20,
    });
    const row = await db().clinicianProfile.findUniqueOrThrow({ where: { id: w.therapist.clinicianId! } });
    expect(row.acceptingNewClients).toBe(false);
    expect(await db().auditEvent.count({ where: { actorId: w.therapist.id, action: "clinician.update", entityId: row.id } })).toBe(1);
  });

  test("cannot change their maximum caseload (403) and nothing changes", async () => {
    const w = await intakeWorld();
    await expect(updateClinician(w.actors.therapist, w.therapist.clinicianId!, patch({ maxCaseload: 99, bio: "x" }))).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db().clinicianProfile.findUniqueOrThrow({ where: { id: w.therapist.clinicianId! } })).toMatchObject({ maxCaseload: 20, bio: "" });
  });

  test("cannot edit a colleague's profile (404, like one that does not exist)", async () => {
    const w = await intakeWorld();
    await expect(updateClinician(w.actors.therapist, w.therapist2.clinicianId!, patch({ bio: "hijacked" }))).rejects.toBeInstanceOf(NotFoundError);
    expect((await db().clinicianProfile.findUniqueOrThrow({ where: { id: w.therapist2.clinicianId! } })).bio).toBe("");
  });
});

describe("the owner and intake", () => {
  test("the owner edits anyone's profile including maxCaseload", async () => {
    const w = await intakeWorld();
    const updated = await updateClinician(w.actors.owner, w.therapist.clinicianId!, patch({ maxCaseload: 8, insurancePanels: ["Aetna", "aetna"] }));
    expect(updated).toMatchObject({ maxCaseload: 8, insurancePanels: ["Aetna"] });
  });

  test("intake specialists may not edit (403), whatever they send; each refusal is audited", async () => {
    const w = await intakeWorld();
    await expect(updateClinician(w.actors.intake, w.therapist.clinicianId!, patch({ bio: "x" }))).rejects.toBeInstanceOf(ForbiddenError);
    // the refusal comes before their input is read: nonsense is 403 too, not 400
    await expect(updateClinician(w.actors.intake, w.therapist.clinicianId!, { maxCaseload: "lots" })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db().auditEvent.count({ where: { actorId: w.intake.id, action: "clinician.update", outcome: "DENIED" } })).toBe(2);
  });

  test("another practice's clinician is 404, and another practice's location 400", async () => {
    const w = await intakeWorld();
    const other = await intakeWorld();
    await expect(updateClinician(w.actors.owner, other.therapist.clinicianId!, patch({ maxCaseload: 1 }))).rejects.toBeInstanceOf(NotFoundError);
    const foreign = await f.createPractice();
    await expect(updateClinician(w.actors.owner, w.therapist.clinicianId!, patch({ locationIds: [foreign.locationId] }))).rejects.toBeInstanceOf(InvalidError);
  });

  test("malformed input is refused by the schema with the field named", () => {
    const issues = clinicianUpdate.safeParse({ specialties: ["BOREDOM"], availability: [{ weekday: 1, from: "18:00", to: "08:00" }], maxCaseload: -1 }).error?.issues;
    expect(issues?.map((i) => i.path.join("."))).toEqual(["specialties.0", "availability.0.to", "maxCaseload"]);
    expect(clinicianUpdate.safeParse({}).success).toBe(false);
  });
});
