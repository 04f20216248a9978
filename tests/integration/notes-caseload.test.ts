// The therapist's caseload page and a case's header: search and filters stay inside the
// caseload, last session and unsigned counts are per case, and intake data is shown only as far
// as the viewer may read it.
import { describe, expect, test } from "vitest";
import { getOwnCaseload } from "@/lib/data/clients/caseload";
import { getCaseRecord } from "@/lib/data/clients/case-record";
import { NotFoundError } from "@/lib/data/errors";
import { signNote } from "@/lib/data/notes/sign";
import { createNote, startDraft } from "@/lib/data/notes/write";
import { ownerDb as db } from "@/tests/support/owner-db";
import * as f from "@/tests/factories";
import { clientNoteInput, draftCoupleNote, notesWorld } from "@/tests/integration/notes-world";

describe("caseload search and filters", () => {
  test("search by a partner's name finds the couple, and never reaches another caseload", async () => {
    const w = await notesWorld();
    const partner = w.couple.partners[1];
    const found = await getOwnCaseload(w.actors.author, { q: partner.lastName.slice(3).toUpperCase() });
    expect(found.couples.map((c) => c.id)).toEqual([w.couple.id]);
    expect(found.clients).toEqual([]);
    expect((await getOwnCaseload(w.actors.author, { q: w.colleagueClient.lastName })).clients).toEqual([]);
  });

  test("status and location filters narrow both lists", async () => {
    const w = await notesWorld();
    await db().client.update({ where: { id: w.client.id }, data: { locationId: w.practice.locationId } });
    const discharged = await f.createClient(w.practice.id, { assignedClinicianId: w.therapist.clinicianId, status: "DISCHARGED" });
    const here = await getOwnCaseload(w.actors.author, { locationId: w.practice.locationId });
    expect(here.clients.map((c) => c.id)).toEqual([w.client.id]);
    expect(here.clients[0]?.locationName).toMatch(/^Main /);
    expect(here.couples).toEqual([]);
    const gone = await getOwnCaseload(w.actors.author, { status: "DISCHARGED" });
    expect(gone.clients.map((c) => c.id)).toEqual([discharged.id]);
    expect(here.locations.map((l) => l.id)).toContain(w.practice.locationId);
  });

  test("last session and unsigned notes are counted per case", async () => {
    const w = await notesWorld();
    const signed = await draftCoupleNote(w, { sessionDate: "2026-11-01" });
    await signNote(w.actors.author, signed.id, { password: f.TEST_PASSWORD });
    await draftCoupleNote(w, { sessionDate: "2026-11-15" });
    await draftCoupleNote(w, { sessionDate: "2026-11-08" });
    await createNote(w.actors.author, clientNoteInput(w.client.id, { sessionDate: "2026-10-30" }));
    const caseload = await getOwnCaseload(w.actors.author);
    expect(caseload.couples).toEqual([expect.objectContaining({ id: w.couple.id, lastSessionDate: "2026-11-15", unsignedNotes: 2 })]);
    expect(caseload.clients).toEqual([expect.objectContaining({ id: w.client.id, lastSessionDate: "2026-10-30", unsignedNotes: 1 })]);
  });
});

describe("starting a note from the editor's New note", () => {
  test("carries format, duration, service type and level over from the case's last note", async () => {
    const w = await notesWorld();
    await draftCoupleNote(w, { sessionDate: "2026-11-01", format: "FREE", sections: { text: "x" }, intimacyLevel: 6, durationMinutes: 90 });
    const draft = await startDraft(w.actors.author, { coupleId: w.couple.id }, "2026-11-21");
    expect(draft).toMatchObject({ status: "DRAFT", version: 1, sessionDate: "2026-11-21", format: "FREE", sections: { text: "" }, intimacyLevel: 6, durationMinutes: 90, partnerLevels: [] });
    const first = await startDraft(w.actors.author, { clientId: w.client.id }, "2026-11-21");
    expect(first).toMatchObject({ format: "SOAP", intimacyLevel: 1, durationMinutes: 50, serviceType: "90834" });
    await expect(startDraft(w.actors.colleague, { coupleId: w.couple.id }, "2026-11-21")).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("a case's header", () => {
  async function withIntake(w: Awaited<ReturnType<typeof notesWorld>>, clinicianId: string | null) {
    const intake = await db().intakeRequest.create({
      data: {
        practiceId: w.practice.id, kind: "COUPLE", people: [], concerns: ["INTIMACY"], serviceType: "COUPLES", riskSelfHarm: true,
        clientIds: w.couple.partners.map((p) => p.id), coupleId: w.couple.id, createdById: w.intake.id, status: "MATCHED",
      },
    });
    if (clinicianId) {
      await db().assignment.create({
        data: { practiceId: w.practice.id, intakeRequestId: intake.id, clinicianId, assignedById: w.intake.id, score: 80, reasons: [] },
      });
    }
    return intake;
  }

  test("shows the treating therapist the intake that led to the case, urgent because of its risk screen", async () => {
    const w = await notesWorld();
    const intake = await withIntake(w, w.therapist.clinicianId);
    const record = await getCaseRecord(w.actors.author, { coupleId: w.couple.id });
    expect(record).toMatchObject({ kind: "couple", clinicianName: w.therapist.name });
    expect(record.intakes).toEqual([expect.objectContaining({ id: intake.id, urgency: "URGENT", risk: { selfHarm: true, violence: false, substance: false } })]);
  });

  test("shows intake requests by the current assignment, not the first match, and hides other caseloads", async () => {
    const w = await notesWorld();
    // Matched first to the colleague, the couple is the author's now: the request follows the case.
    const intake = await withIntake(w, w.therapist2.clinicianId);
    expect((await getCaseRecord(w.actors.author, { coupleId: w.couple.id })).intakes.map((i) => i.id)).toEqual([intake.id]);
    expect((await getCaseRecord(w.actors.intake, { coupleId: w.couple.id })).intakes).toHaveLength(1);
    await expect(getCaseRecord(w.actors.colleague, { coupleId: w.couple.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getCaseRecord(w.actors.author, { clientId: w.colleagueClient.id })).rejects.toBeInstanceOf(NotFoundError);
  });
});
