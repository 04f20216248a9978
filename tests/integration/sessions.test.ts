// The session cookie carries only a session row's id; every request resolves it again, so
// sign-out, deactivation, 30 minutes idle and 12 hours in all end a session at once.
import { randomUUID } from "node:crypto";
import { describe, expect, test } from "vitest";
import type { Role } from "@/lib/auth/permissions";
import { resolveSession, revokeSession, signInWithPassword } from "@/lib/data/sessions/sessions";
import { ownerDb as db } from "@/tests/support/owner-db";
import * as f from "@/tests/factories";

const rid = () => randomUUID();

/** A user with the given roles, signed in with their password: the session id the cookie would hold. */
async function signedIn(roles: Role[] = ["THERAPIST"]) {
  const practice = await f.createPractice();
  const user = await f.createUser(practice.id, roles);
  const result = await signInWithPassword(user.email, f.TEST_PASSWORD, rid());
  if (!result) throw new Error("sign-in failed");
  return { user, sessionId: result.sessionId };
}

/** Moves a session's timestamps back, as if time passed. */
async function setAges(sessionId: string, ages: { createdMinutesAgo?: number; lastSeenMinutesAgo?: number }) {
  const now = Date.now();
  await db().authSession.update({
    where: { id: sessionId },
    data: {
      ...(ages.createdMinutesAgo !== undefined ? { createdAt: new Date(now - ages.createdMinutesAgo * 60_000) } : {}),
      ...(ages.lastSeenMinutesAgo !== undefined ? { lastSeenAt: new Date(now - ages.lastSeenMinutesAgo * 60_000) } : {}),
    },
  });
}

describe("a fresh session resolves to the right actor", () => {
  test("therapist: id, practice, roles and clinician profile, with the request id given", async () => {
    const { user, sessionId } = await signedIn(["THERAPIST"]);
    const requestId = rid();
    const actor = await resolveSession(sessionId, requestId);
    expect(actor).toEqual({
      id: user.id, practiceId: user.practiceId, email: user.email, name: user.name,
      roles: ["THERAPIST"], clinicianId: user.clinicianId, sessionId, requestId, mfaEnabled: false, mfaDue: false,
      accessReset: null, privateNotesSealedBefore: null,
    });
    expect(actor?.clinicianId).toBeTruthy();
  });

  test("owner who also treats: both roles; intake: no clinician profile", async () => {
    const owner = await signedIn(["OWNER", "THERAPIST"]);
    const ownerActor = await resolveSession(owner.sessionId, rid());
    expect(ownerActor?.roles.sort()).toEqual(["OWNER", "THERAPIST"]);
    expect(ownerActor?.clinicianId).toBe(owner.user.clinicianId);
    const intake = await signedIn(["INTAKE"]);
    const intakeActor = await resolveSession(intake.sessionId, rid());
    expect(intakeActor).toMatchObject({ id: intake.user.id, roles: ["INTAKE"], clinicianId: null, practiceId: intake.user.practiceId });
  });

  test("a change of roles applies on the next request", async () => {
    const { user, sessionId } = await signedIn(["THERAPIST"]);
    await db().user.update({ where: { id: user.id }, data: { roles: ["INTAKE"] } });
    expect((await resolveSession(sessionId, rid()))?.roles).toEqual(["INTAKE"]);
  });

  test("an unknown session id resolves to nothing", async () => {
    expect(await resolveSession(`nope-${randomUUID()}`, rid())).toBeNull();
  });
});

describe("revocation", () => {
  test("sign-out revokes the session at once", async () => {
    const { sessionId } = await signedIn();
    expect(await resolveSession(sessionId, rid())).not.toBeNull();
    await revokeSession(sessionId);
    expect(await resolveSession(sessionId, rid())).toBeNull();
  });

  test("revoking one session leaves the user's other sessions alone", async () => {
    const { user, sessionId } = await signedIn();
    const other = await signInWithPassword(user.email, f.TEST_PASSWORD, rid());
    await revokeSession(sessionId);
    expect(await resolveSession(other!.sessionId, rid())).toMatchObject({ id: user.id });
  });

  test("deactivating the user ends every session at once", async () => {
    const { user, sessionId } = await signedIn();
    await db().user.update({ where: { id: user.id }, data: { active: false } });
    expect(await resolveSession(sessionId, rid())).toBeNull();
  });

  test("idle for more than 30 minutes: ended, and it stays ended", async () => {
    const { sessionId } = await signedIn();
    await setAges(sessionId, { lastSeenMinutesAgo: 31 });
    expect(await resolveSession(sessionId, rid())).toBeNull();
    // Coming back later does not revive it.
    await setAges(sessionId, { lastSeenMinutesAgo: 0 });
    expect(await resolveSession(sessionId, rid())).toBeNull();
  });

  test("idle for 29 minutes: still valid, and the visit counts as activity", async () => {
    const { sessionId } = await signedIn();
    await setAges(sessionId, { lastSeenMinutesAgo: 29 });
    const visit = Date.now();
    expect(await resolveSession(sessionId, rid())).not.toBeNull();
    const row = await db().authSession.findUniqueOrThrow({ where: { id: sessionId } });
    // Moved from 29 minutes ago to the visit (a second of slack for the two clocks' rounding).
    expect(row.lastSeenAt.getTime()).toBeGreaterThanOrEqual(visit - 1_000);
  });

  test("older than 12 hours in all: ended, however recently active", async () => {
    const { sessionId } = await signedIn();
    await setAges(sessionId, { createdMinutesAgo: 12 * 60 + 1, lastSeenMinutesAgo: 1 });
    expect(await resolveSession(sessionId, rid())).toBeNull();
  });

  test("11 hours old and active: still valid", async () => {
    const { sessionId } = await signedIn();
    await setAges(sessionId, { createdMinutesAgo: 11 * 60, lastSeenMinutesAgo: 1 });
    expect(await resolveSession(sessionId, rid())).not.toBeNull();
  });
});
