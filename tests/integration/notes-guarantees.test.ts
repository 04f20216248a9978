// What the access path guarantees for notes beyond their rules: the signing password cannot be
// raced past its limit, a 409 that shows the current note is audited as a disclosure, a save
// rewrites only the enemy tags it changes, and a role that may never list notes is refused
// before its input is read.
import { describe, expect, test } from "vitest";
import { LOCKOUT_THRESHOLD } from "@/lib/auth/limits";
import { ConflictError, ForbiddenError, TooManyAttemptsError } from "@/lib/data/errors";
import { listNotes } from "@/lib/data/notes/notes";
import { signNote } from "@/lib/data/notes/sign";
import { WRONG_PASSWORD } from "@/lib/data/notes/sign-password";
import { updateNote } from "@/lib/data/notes/write";
import { ownerDb as db } from "@/tests/support/owner-db";
import { TEST_PASSWORD } from "@/tests/factories";
import { draftCoupleNote, notesWorld } from "@/tests/integration/notes-world";

const checksOf = (practiceId: string, actorId: string) =>
  db().auditEvent.count({ where: { practiceId, actorId, action: WRONG_PASSWORD, outcome: "DENIED" } });

describe("the signing password", () => {
  test("30 parallel wrong passwords get at most the limit of checks; the rest, and then the right one, get 429", async () => {
    const w = await notesWorld();
    const note = await draftCoupleNote(w);
    const outcomes = await Promise.allSettled(
      Array.from({ length: 30 }, () => signNote(w.actors.author, note.id, { password: "wrong-password-guess" })),
    );
    for (const o of outcomes) {
      expect(o.status).toBe("rejected");
      const reason = (o as PromiseRejectedResult).reason as unknown;
      expect(reason instanceof ForbiddenError || reason instanceof TooManyAttemptsError).toBe(true);
    }
    expect(await checksOf(w.practice.id, w.therapist.id)).toBeLessThanOrEqual(LOCKOUT_THRESHOLD);
    // One at a time now: the count reaches the limit and stays there.
    for (let i = 0; i < LOCKOUT_THRESHOLD + 2; i++) {
      await signNote(w.actors.author, note.id, { password: "wrong-password-guess" }).catch(() => undefined);
    }
    expect(await checksOf(w.practice.id, w.therapist.id)).toBe(LOCKOUT_THRESHOLD);
    await expect(signNote(w.actors.author, note.id, { password: TEST_PASSWORD })).rejects.toBeInstanceOf(TooManyAttemptsError);
    expect((await db().sessionNote.findUniqueOrThrow({ where: { id: note.id } })).status).toBe("DRAFT");
  });
});

describe("a 409 that shows the current note", () => {
  test("is audited as a refusal naming the note and the clients it concerns", async () => {
    const w = await notesWorld();
    const note = await draftCoupleNote(w);
    await updateNote(w.actors.author, note.id, { version: 1, homework: "First." });
    await expect(updateNote(w.actors.author, note.id, { version: 1, homework: "Stale." })).rejects.toBeInstanceOf(ConflictError);
    const row = await db().auditEvent.findFirstOrThrow({ where: { practiceId: w.practice.id, action: "note.update", outcome: "DENIED" } });
    expect(row.entityIds).toEqual([note.id]);
    expect([...row.clientIds].sort()).toEqual(w.couple.partners.map((p) => p.id).sort());
  });
});

describe("a save", () => {
  const tagVersions = async (noteId: string) =>
    new Map((await db().$queryRaw<{ enemy: string; xmin: string }[]>`SELECT enemy::text, xmin::text FROM "NoteEnemy" WHERE "noteId" = ${noteId}`).map((r) => [r.enemy, r.xmin]));

  test("rewrites only the enemy tags it changes, and none when it sends them unchanged", async () => {
    const w = await notesWorld();
    const note = await draftCoupleNote(w, { enemies: [{ enemy: "RESENTMENT", intensity: 2 }, { enemy: "DISHONESTY", intensity: 1 }] });
    const before = await tagVersions(note.id);
    await updateNote(w.actors.author, note.id, { version: 1, homework: "x", enemies: [{ enemy: "RESENTMENT", intensity: 2 }, { enemy: "DISHONESTY", intensity: 1 }] });
    expect(await tagVersions(note.id)).toEqual(before);
    const saved = await updateNote(w.actors.author, note.id, { version: 2, enemies: [{ enemy: "RESENTMENT", intensity: 3 }, { enemy: "DISHONESTY", intensity: 1 }] });
    const after = await tagVersions(note.id);
    expect(after.get("DISHONESTY")).toBe(before.get("DISHONESTY"));
    expect(after.get("RESENTMENT")).not.toBe(before.get("RESENTMENT"));
    // Each tag says who carries it; null: the couple (DESIGN.md, relational codes).
    expect(saved.enemies).toEqual([{ enemy: "DISHONESTY", intensity: 1, clientId: null }, { enemy: "RESENTMENT", intensity: 3, clientId: null }]);
  });
});

describe("authorisation before validation", () => {
  test("an intake specialist listing notes is 403 whatever the query, audited as DENIED", async () => {
    const w = await notesWorld();
    for (const query of [{}, { limit: "abc" }, { clientId: "x".repeat(5000) }]) {
      await expect(listNotes(w.actors.intake, query)).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect(await db().auditEvent.count({ where: { practiceId: w.practice.id, actorId: w.intake.id, action: "note.list", outcome: "DENIED" } })).toBe(3);
  });
});
