// A note's life: drafts saved with their version (stale: 409 with the current note; two saves
// of one version: exactly one wins), signing with the password, the lock (even against direct
// SQL), and addenda.
import { describe, expect, test } from "vitest";
import { ConflictError, ForbiddenError, InvalidError, TooManyAttemptsError } from "@/lib/data/errors";
import { addAddendum, signNote } from "@/lib/data/notes/sign";
import { updateNote } from "@/lib/data/notes/write";
import { getNote } from "@/lib/data/notes/notes";
import { getProgress } from "@/lib/data/notes/progress";
import { ownerDb as db } from "@/tests/support/owner-db";
import { notePatch } from "@/lib/validation/note";
import { TEST_PASSWORD } from "@/tests/factories";
import { draftCoupleNote, notesWorld } from "@/tests/integration/notes-world";

const patch = (body: Record<string, unknown>) => notePatch.parse(body);

async function conflictOf(promise: Promise<unknown>): Promise<ConflictError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(ConflictError);
  return error as ConflictError;
}

describe("saving a draft", () => {
  test("each save carries its version and moves it on by one", async () => {
    const w = await notesWorld();
    const note = await draftCoupleNote(w);
    const saved = await updateNote(w.actors.author, note.id, patch({
      version: 1, intimacyLevel: 5, enemies: [{ enemy: "SELFISHNESS", intensity: 1 }], ingredients: ["TRUST", "VULNERABILITY"],
    }));
    expect(saved).toMatchObject({ version: 2, intimacyLevel: 5, enemies: [{ enemy: "SELFISHNESS", intensity: 1 }], ingredients: ["VULNERABILITY", "TRUST"] });
    expect(saved.sections).toEqual(note.sections);
    expect(await db().noteEnemy.findMany({ where: { noteId: note.id }, select: { enemy: true } })).toEqual([{ enemy: "SELFISHNESS" }]);
  });

  test("a stale version is 409 carrying the server's current note, and changes nothing", async () => {
    const w = await notesWorld();
    const note = await draftCoupleNote(w);
    await updateNote(w.actors.author, note.id, patch({ version: 1, homework: "Saved from the laptop." }));
    const conflict = await conflictOf(updateNote(w.actors.author, note.id, patch({ version: 1, homework: "Typed on the tablet." })));
    const current = (conflict.details as { current: { version: number; homework: string; privateNote: string } }).current;
    expect(current).toMatchObject({ version: 2, homework: "Saved from the laptop.", privateNote: note.privateNote });
    expect((await getNote(w.actors.author, note.id)).homework).toBe("Saved from the laptop.");
  });

  test("two saves of the same version at once: exactly one wins, the other gets 409", async () => {
    const w = await notesWorld();
    const note = await draftCoupleNote(w);
    const results = await Promise.allSettled([
      updateNote(w.actors.author, note.id, patch({ version: 1, homework: "A", enemies: [{ enemy: "DISHONESTY", intensity: 1 }] })),
      updateNote(w.actors.author, note.id, patch({ version: 1, homework: "B", enemies: [{ enemy: "ENTITLEMENT", intensity: 3 }] })),
    ]);
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r) => r.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect((lost[0] as PromiseRejectedResult).reason).toBeInstanceOf(ConflictError);
    const winner = (won[0] as PromiseFulfilledResult<Awaited<ReturnType<typeof updateNote>>>).value;
    const stored = await getNote(w.actors.author, note.id);
    expect(stored.version).toBe(2);
    expect(stored.homework).toBe(winner.homework);
    expect(stored.enemies).toEqual(winner.enemies);
  });

  test("sections must fit the format, the stored one when only sections are sent", async () => {
    const w = await notesWorld();
    const note = await draftCoupleNote(w);
    await expect(updateNote(w.actors.author, note.id, patch({ version: 1, sections: { text: "free" } }))).rejects.toBeInstanceOf(InvalidError);
    await expect(updateNote(w.actors.author, note.id, patch({ version: 1, format: "FREE" }))).rejects.toMatchObject({
      issues: expect.arrayContaining([{ path: ["sections", "text"], message: expect.any(String) }]),
    });
    expect(await updateNote(w.actors.author, note.id, patch({ version: 1, format: "FREE", sections: { text: "free" } }))).toMatchObject({ format: "FREE", version: 2 });
  });

  test("partner levels must name the couple's own partners", async () => {
    const w = await notesWorld();
    await expect(draftCoupleNote(w, { partnerLevels: [{ clientId: w.client.id, level: 4 }] })).rejects.toMatchObject({
      issues: [{ path: ["partnerLevels", 0, "clientId"], message: expect.any(String) }],
    });
  });
});

describe("signing", () => {
  test("asks for the author's own password: a wrong one is 403 and leaves the draft as it was", async () => {
    const w = await notesWorld();
    const note = await draftCoupleNote(w);
    await expect(signNote(w.actors.author, note.id, { password: "not my password" })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await getNote(w.actors.author, note.id)).toMatchObject({ status: "DRAFT", version: 1, signedAt: null });
  });

  test("locks the note: signing again, saving, or saving on an old version are all 409", async () => {
    const w = await notesWorld();
    const note = await draftCoupleNote(w);
    const before = Date.now();
    const signed = await signNote(w.actors.author, note.id, { password: TEST_PASSWORD, version: 1 });
    expect(signed).toMatchObject({ status: "SIGNED", version: 2 });
    expect(Date.parse(signed.signedAt!)).toBeGreaterThanOrEqual(before);
    await conflictOf(signNote(w.actors.author, note.id, { password: TEST_PASSWORD }));
    const conflict = await conflictOf(updateNote(w.actors.author, note.id, patch({ version: 2, homework: "changed" })));
    expect((conflict.details as { current: { status: string } }).current.status).toBe("SIGNED");
    expect((await getNote(w.actors.author, note.id)).homework).toBe(note.homework);
  });

  test("a version sent with the signature must still be current", async () => {
    const w = await notesWorld();
    const note = await draftCoupleNote(w);
    await updateNote(w.actors.author, note.id, patch({ version: 1, homework: "new" }));
    await conflictOf(signNote(w.actors.author, note.id, { password: TEST_PASSWORD, version: 1 }));
  });

  test("an empty note cannot be signed", async () => {
    const w = await notesWorld();
    const note = await draftCoupleNote(w, { format: "FREE", sections: { text: "  " } });
    await expect(signNote(w.actors.author, note.id, { password: TEST_PASSWORD })).rejects.toBeInstanceOf(InvalidError);
  });

  test("five wrong passwords in a row slow further attempts down (429)", async () => {
    const w = await notesWorld();
    const note = await draftCoupleNote(w);
    for (let i = 0; i < 5; i++) await expect(signNote(w.actors.author, note.id, { password: `guess ${i}` })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(signNote(w.actors.author, note.id, { password: TEST_PASSWORD })).rejects.toBeInstanceOf(TooManyAttemptsError);
  });

  test("a signed note is unchanged even by direct SQL: the database refuses", async () => {
    const w = await notesWorld();
    const note = await draftCoupleNote(w);
    await signNote(w.actors.author, note.id, { password: TEST_PASSWORD });
    const before = await getNote(w.actors.author, note.id);
    const attempts = [
      `UPDATE "SessionNote" SET "intimacyLevel" = 7, sections = '{"subjective":"rewritten"}' WHERE id = $1`,
      `UPDATE "SessionNote" SET status = 'DRAFT', "signedAt" = NULL WHERE id = $1`,
      `UPDATE "SessionNote" SET "privateNote" = NULL WHERE id = $1`,
      `DELETE FROM "SessionNote" WHERE id = $1`,
      `UPDATE "NoteEnemy" SET intensity = 0 WHERE "noteId" = $1`,
      `DELETE FROM "NoteEnemy" WHERE "noteId" = $1`,
      `INSERT INTO "NoteEnemy" ("noteId", "practiceId", enemy, intensity) SELECT id, "practiceId", 'DISHONESTY', 3 FROM "SessionNote" WHERE id = $1`,
    ];
    for (const sql of attempts) await expect(db().$executeRawUnsafe(sql, note.id)).rejects.toThrow(/signed|never deleted/);
    expect(await getNote(w.actors.author, note.id)).toEqual(before);
  });

  test("signing puts the session on the progress timeline; drafts stay off it", async () => {
    const w = await notesWorld();
    const note = await draftCoupleNote(w, { intimacyLevel: 4 });
    expect((await getProgress(w.actors.author, { coupleId: w.couple.id })).points).toEqual([]);
    await signNote(w.actors.author, note.id, { password: TEST_PASSWORD });
    const progress = await getProgress(w.actors.author, { coupleId: w.couple.id });
    expect(progress.points).toEqual([{
      noteId: note.id, sessionDate: "2026-11-20", level: 4, partnerLevels: [3, 2], enemies: [{ enemy: "RESENTMENT", intensity: 2 }],
    }]);
    expect(progress.byPartner.map((p) => p.summary.recentMedian)).toEqual([3, 2]);
  });
});

describe("addenda", () => {
  test("are refused on a draft (409) and, on a signed note, listed with author and time", async () => {
    const w = await notesWorld();
    const note = await draftCoupleNote(w);
    await conflictOf(addAddendum(w.actors.author, note.id, { text: "too early" }));
    await signNote(w.actors.author, note.id, { password: TEST_PASSWORD });
    const added = await addAddendum(w.actors.author, note.id, { text: "Correction: session ran 90 minutes." });
    expect(added).toMatchObject({ text: "Correction: session ran 90 minutes.", authorId: w.therapist.id });
    const read = await getNote(w.actors.author, note.id);
    expect(read.addenda).toEqual([{ ...added, authorName: w.therapist.name }]);
    expect(read.version).toBe(2);
  });

  test("cannot be edited or deleted, even by direct SQL", async () => {
    const w = await notesWorld();
    const note = await draftCoupleNote(w);
    await signNote(w.actors.author, note.id, { password: TEST_PASSWORD });
    const added = await addAddendum(w.actors.author, note.id, { text: "Late entry." });
    await expect(db().$executeRawUnsafe(`UPDATE "NoteAddendum" SET text = 'changed' WHERE id = $1`, added.id)).rejects.toThrow(/addenda/);
    await expect(db().$executeRawUnsafe(`DELETE FROM "NoteAddendum" WHERE id = $1`, added.id)).rejects.toThrow(/addenda/);
    expect((await getNote(w.actors.author, note.id)).addenda[0]?.text).toBe("Late entry.");
  });
});
