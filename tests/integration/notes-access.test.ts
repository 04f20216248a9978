// Who may do what with session notes (DESIGN.md's table): the treating clinician only. Intake
// specialists learn nothing (403 to list, 404 for an id); colleagues and non-treating owners get
// 404; the private note reaches its author alone.
import { describe, expect, test } from "vitest";
import type { Actor } from "@/lib/data/actor";
import { ForbiddenError, NotFoundError } from "@/lib/data/errors";
import { addAddendum, signNote } from "@/lib/data/notes/sign";
import { createNote, updateNote } from "@/lib/data/notes/write";
import { getNote, listNotes } from "@/lib/data/notes/notes";
import { getProgress } from "@/lib/data/notes/progress";
import { ownerDb as db } from "@/tests/support/owner-db";
import { noteListQuery, notePatch } from "@/lib/validation/note";
import * as f from "@/tests/factories";
import { clientNoteInput, draftCoupleNote, notesWorld, SECRET, type NotesWorld } from "@/tests/integration/notes-world";

const list = (coupleId: string) => noteListQuery.parse({ coupleId });

/** Everything an outsider might try on one note and its couple: each must answer NotFound. */
async function expectHidden(w: NotesWorld, actor: Actor, noteId: string) {
  await expect(getNote(actor, noteId)).rejects.toBeInstanceOf(NotFoundError);
  await expect(listNotes(actor, list(w.couple.id))).rejects.toBeInstanceOf(NotFoundError);
  await expect(updateNote(actor, noteId, notePatch.parse({ version: 1, homework: "x" }))).rejects.toBeInstanceOf(NotFoundError);
  await expect(signNote(actor, noteId, { password: f.TEST_PASSWORD })).rejects.toBeInstanceOf(NotFoundError);
  await expect(addAddendum(actor, noteId, { text: "late entry" })).rejects.toBeInstanceOf(NotFoundError);
  await expect(getProgress(actor, { coupleId: w.couple.id })).rejects.toBeInstanceOf(NotFoundError);
  const unchanged = await db().sessionNote.findUniqueOrThrow({ where: { id: noteId } });
  expect(unchanged).toMatchObject({ status: "DRAFT", version: 1, homework: "Daily check-in." });
}

describe("the author, as treating clinician", () => {
  test("creates a DRAFT at version 1 and reads it back whole, private note included", async () => {
    const w = await notesWorld();
    const note = await draftCoupleNote(w);
    expect(note).toMatchObject({
      coupleId: w.couple.id, clientId: null, status: "DRAFT", version: 1, authorId: w.therapist.id, signedAt: null, addenda: [],
      intimacyLevel: 3, enemies: [{ enemy: "RESENTMENT", intensity: 2 }], ingredients: ["COMMITMENT"], privateNote: SECRET,
    });
    expect(await getNote(w.actors.author, note.id)).toEqual(note);
    const page = await listNotes(w.actors.author, list(w.couple.id));
    expect(page.data.map((n) => n.id)).toEqual([note.id]);
    expect(page.data[0]?.privateNote).toBe(SECRET);
  });

  test("lists newest session first, with cursor pagination", async () => {
    const w = await notesWorld();
    const older = await draftCoupleNote(w, { sessionDate: "2026-10-01" });
    const newest = await draftCoupleNote(w, { sessionDate: "2026-11-19" });
    const middle = await draftCoupleNote(w, { sessionDate: "2026-11-01" });
    const first = await listNotes(w.actors.author, noteListQuery.parse({ coupleId: w.couple.id, limit: "2" }));
    expect(first.data.map((n) => n.id)).toEqual([newest.id, middle.id]);
    const second = await listNotes(w.actors.author, noteListQuery.parse({ coupleId: w.couple.id, limit: "2", cursor: first.nextCursor }));
    expect(second).toEqual({ data: [expect.objectContaining({ id: older.id })], nextCursor: null });
  });

  test("cannot write a note for a client outside their caseload: 404 for that client", async () => {
    const w = await notesWorld();
    await expect(createNote(w.actors.author, clientNoteInput(w.colleagueClient.id))).rejects.toBeInstanceOf(NotFoundError);
    const unassigned = await f.createClient(w.practice.id);
    await expect(createNote(w.actors.author, clientNoteInput(unassigned.id))).rejects.toBeInstanceOf(NotFoundError);
    expect(await db().sessionNote.count({ where: { practiceId: w.practice.id } })).toBe(0);
  });
});

describe("everyone else", () => {
  test("another therapist gets 404 for the note, the list, every write and the progress", async () => {
    const w = await notesWorld();
    const note = await draftCoupleNote(w);
    await expectHidden(w, w.actors.colleague, note.id);
    await expect(createNote(w.actors.colleague, clientNoteInput(w.client.id))).rejects.toBeInstanceOf(NotFoundError);
  });

  test("an owner who is not the treating clinician gets 404 too, and cannot write notes for the practice's clients", async () => {
    const w = await notesWorld();
    const note = await draftCoupleNote(w);
    await expectHidden(w, w.actors.owner, note.id);
    await expect(createNote(w.actors.owner, clientNoteInput(w.client.id))).rejects.toBeInstanceOf(NotFoundError);
  });

  test("an owner who treats works their own caseload only", async () => {
    const w = await notesWorld();
    const own = await createNote(w.actors.ownerTreating, clientNoteInput(w.ownersClient.id));
    expect(own).toMatchObject({ authorId: w.ownerTreating.id, clientId: w.ownersClient.id, status: "DRAFT" });
    const signed = await signNote(w.actors.ownerTreating, own.id, { password: f.TEST_PASSWORD });
    expect(signed.status).toBe("SIGNED");
    await expectHidden(w, w.actors.ownerTreating, (await draftCoupleNote(w)).id);
  });

  test("an intake specialist gets 403 to list or for a case's timeline, 404 for a note id, and cannot create", async () => {
    const w = await notesWorld();
    const note = await draftCoupleNote(w);
    await expect(listNotes(w.actors.intake, list(w.couple.id))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(createNote(w.actors.intake, clientNoteInput(w.client.id))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getNote(w.actors.intake, note.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateNote(w.actors.intake, note.id, notePatch.parse({ version: 1, homework: "x" }))).rejects.toBeInstanceOf(NotFoundError);
    await expect(signNote(w.actors.intake, note.id, { password: f.TEST_PASSWORD })).rejects.toBeInstanceOf(NotFoundError);
    await expect(addAddendum(w.actors.intake, note.id, { text: "x" })).rejects.toBeInstanceOf(NotFoundError);
    // Intake sees the couple itself, so its timeline is refused as such (403), not hidden.
    await expect(getProgress(w.actors.intake, { coupleId: w.couple.id })).rejects.toBeInstanceOf(ForbiddenError);
    const denied = await db().auditEvent.findMany({ where: { practiceId: w.practice.id, actorId: w.intake.id, outcome: "DENIED" } });
    expect(denied.length).toBeGreaterThanOrEqual(7);
  });

  test("a therapist of another practice gets 404, whatever ids they hold", async () => {
    const w = await notesWorld();
    const note = await draftCoupleNote(w);
    const other = await f.createPractice();
    const stranger = await f.actorFor(await f.createUser(other.id, ["OWNER", "THERAPIST"]));
    await expectHidden(w, stranger, note.id);
  });
});

describe("when the case moves to another clinician", () => {
  test("the new treating clinician reads the notes but never the private note, and may not edit or sign the draft", async () => {
    const w = await notesWorld();
    const draft = await draftCoupleNote(w);
    const signed = await signNote(w.actors.author, (await draftCoupleNote(w)).id, { password: f.TEST_PASSWORD });
    await db().couple.update({ where: { id: w.couple.id }, data: { assignedClinicianId: w.therapist2.clinicianId } });
    const seen = await getNote(w.actors.colleague, draft.id);
    expect(seen.privateNote).toBeNull();
    expect(seen.sections).toEqual(draft.sections);
    for (const n of (await listNotes(w.actors.colleague, list(w.couple.id))).data) expect(n.privateNote).toBeNull();
    await expect(updateNote(w.actors.colleague, draft.id, notePatch.parse({ version: 1, homework: "x" }))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(signNote(w.actors.colleague, draft.id, { password: f.TEST_PASSWORD })).rejects.toBeInstanceOf(ForbiddenError);
    const addendum = await addAddendum(w.actors.colleague, signed.id, { text: "Taking over care; reviewed history." });
    expect(addendum.authorId).toBe(w.therapist2.id);
    // The former author is no longer treating: the notes are out of their reach now.
    await expect(getNote(w.actors.author, draft.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("audit", () => {
  test("each read, save, sign and addendum writes a row naming the note, and no row holds note text", async () => {
    const w = await notesWorld();
    const note = await draftCoupleNote(w);
    await getNote(w.actors.author, note.id);
    await updateNote(w.actors.author, note.id, notePatch.parse({ version: 1, homework: "Write a letter." }));
    await signNote(w.actors.author, note.id, { password: f.TEST_PASSWORD });
    await addAddendum(w.actors.author, note.id, { text: "Correction: 80 minutes." });
    await listNotes(w.actors.author, list(w.couple.id));
    const rows = await db().auditEvent.findMany({
      where: { practiceId: w.practice.id, OR: [{ entityId: note.id }, { entityIds: { has: note.id } }] },
      orderBy: { seq: "asc" },
    });
    // The list row names every note it showed, and each row the clients the note concerns.
    expect(rows.map((r) => r.action)).toEqual(["note.create", "note.read", "note.update", "note.sign", "note.addendum", "note.list"]);
    const partners = w.couple.partners.map((p) => p.id).sort();
    for (const row of rows) expect([...row.clientIds].sort()).toEqual(partners);
    expect(rows.every((r) => r.actorId === w.therapist.id && r.outcome === "ALLOWED")).toBe(true);
    const text = JSON.stringify(await db().auditEvent.findMany({ where: { practiceId: w.practice.id } }), (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v));
    for (const secret of [SECRET, "Write a letter.", "Correction", "tense week"]) expect(text).not.toContain(secret);
  });
});
