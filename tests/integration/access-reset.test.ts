// No takeover by an owner (issue 9 item 5, docs/decisions/0033): an owner's set-password link
// for a colleague already in use ends the colleague's sessions, is the owner's audited act, is
// told to the colleague, and seals the private notes written before it, unless the colleague's
// own MFA guards the next sign-in.
import { randomUUID } from "node:crypto";
import { describe, expect, test } from "vitest";
import { issuePasswordLink } from "@/lib/data/admin/staff";
import { getNote } from "@/lib/data/notes/notes";
import { updateNote } from "@/lib/data/notes/write";
import { setPasswordWithToken } from "@/lib/data/sessions/password-link";
import { resolveSession, signInWithPassword } from "@/lib/data/sessions/sessions";
import * as f from "@/tests/factories";
import { ownerDb as db } from "@/tests/support/owner-db";
import { draftCoupleNote, notesWorld, SECRET } from "@/tests/integration/notes-world";

const NEW_PASSWORD = "a-new-password-2026";

async function sessionOf(email: string, password: string) {
  const signedIn = await signInWithPassword(email, password, randomUUID());
  if (!signedIn) throw new Error(`could not sign in ${email}`);
  const actor = await resolveSession(signedIn.sessionId, randomUUID());
  if (!actor) throw new Error("no actor");
  return { ...signedIn, actor };
}

describe("an owner's set-password link for a colleague in use", () => {
  test("ends their sessions, is audited as the owner's reset, and is told to the colleague", async () => {
    const w = await notesWorld();
    const before = await sessionOf(w.therapist.email, f.TEST_PASSWORD);
    const link = await issuePasswordLink(w.actors.owner, w.therapist.id);
    expect(await resolveSession(before.sessionId, randomUUID())).toBeNull();
    const rows = await db().auditEvent.findMany({ where: { practiceId: w.practice.id, entityId: w.therapist.id, action: { startsWith: "staff." } } });
    expect(rows.map((r) => [r.action, r.actorId])).toEqual(expect.arrayContaining([["staff.access-reset", w.owner.id], ["staff.password-link", w.owner.id]]));
    expect(await setPasswordWithToken(link.token, NEW_PASSWORD)).toBe(true);
    const after = await sessionOf(w.therapist.email, NEW_PASSWORD);
    expect(after.actor.accessReset?.by).toBe(w.owner.name);
  });

  test("seals the private notes written before it, which a later save cannot overwrite either", async () => {
    const w = await notesWorld();
    const old = await draftCoupleNote(w);
    const link = await issuePasswordLink(w.actors.owner, w.therapist.id);
    await setPasswordWithToken(link.token, NEW_PASSWORD);
    const { actor } = await sessionOf(w.therapist.email, NEW_PASSWORD);
    const sealed = await getNote(actor, old.id);
    expect(sealed).toMatchObject({ privateNote: null, privateNoteSealed: true });
    await updateNote(actor, old.id, { version: sealed.version, homework: "x", privateNote: "overwritten" });
    expect((await db().sessionNote.findUniqueOrThrow({ where: { id: old.id } })).privateNote).toBe(SECRET);
    // What they write from now on is theirs to read.
    const fresh = await draftCoupleNote({ ...w, actors: { ...w.actors, author: actor } });
    expect((await getNote(actor, fresh.id)).privateNote).toBe(SECRET);
  });

  test("leaves private notes readable when the colleague's own MFA, enrolled before, guards the sign-in", async () => {
    const w = await notesWorld();
    const old = await draftCoupleNote(w);
    await db().user.update({ where: { id: w.therapist.id }, data: { mfaEnabledAt: new Date(Date.now() - 60_000) } });
    await issuePasswordLink(w.actors.owner, w.therapist.id);
    const stamped = await db().user.findUniqueOrThrow({ where: { id: w.therapist.id } });
    const sid = randomUUID().replace(/-/g, "") + randomUUID().replace(/-/g, "");
    await db().authSession.create({ data: { id: sid, userId: w.therapist.id, practiceId: w.practice.id } });
    const actor = await resolveSession(sid, randomUUID());
    expect(stamped.accessResetAt).not.toBeNull();
    expect(actor?.privateNotesSealedBefore).toBeNull();
    expect((await getNote(actor!, old.id)).privateNote).toBe(SECRET);
  });

  test("an invitation never taken up is no reset: nothing stamped, nothing sealed", async () => {
    const w = await notesWorld();
    const invited = await f.createUser(w.practice.id, ["INTAKE"], { active: false });
    await issuePasswordLink(w.actors.owner, invited.id);
    expect((await db().user.findUniqueOrThrow({ where: { id: invited.id } })).accessResetAt).toBeNull();
    expect(await db().auditEvent.count({ where: { practiceId: w.practice.id, action: "staff.access-reset" } })).toBe(0);
  });
});
