// Five failed sign-ins on an account within 15 minutes lock it for 15 minutes, in Postgres (so
// every app instance sees it); the right password is refused while locked; other accounts are
// untouched.
import { randomUUID } from "node:crypto";
import { describe, expect, test } from "vitest";
import { TooManyAttemptsError } from "@/lib/data/errors";
import { signInWithPassword } from "@/lib/data/sessions/sessions";
import { ownerDb as db } from "@/tests/support/owner-db";
import * as f from "@/tests/factories";

const WRONG = "not the password";
const rid = () => randomUUID();

async function account(practiceId?: string) {
  const pid = practiceId ?? (await f.createPractice()).id;
  return f.createUser(pid, ["THERAPIST"]);
}

/** Four failures, each answered null (no lock yet), then the fifth locks. */
async function lockOut(email: string) {
  for (let i = 0; i < 4; i += 1) await expect(signInWithPassword(email, WRONG, rid())).resolves.toBeNull();
  await expect(signInWithPassword(email, WRONG, rid())).rejects.toBeInstanceOf(TooManyAttemptsError);
}

/** Moves the lock and every recorded attempt of `email` back in time, as if `minutes` passed. */
async function age(email: string, minutes: number) {
  await db().$executeRaw`UPDATE "LoginAttempt" SET "createdAt" = "createdAt" - make_interval(mins => ${minutes}) WHERE email = ${email}`;
  await db().$executeRaw`UPDATE "User" SET "lockedUntil" = "lockedUntil" - make_interval(mins => ${minutes}) WHERE email = ${email}`;
}

describe("lockout", () => {
  test("the right password signs in and opens a session", async () => {
    const user = await account();
    const signedIn = await signInWithPassword(user.email, f.TEST_PASSWORD, rid());
    expect(signedIn?.userId).toBe(user.id);
    const session = await db().authSession.findUniqueOrThrow({ where: { id: signedIn!.sessionId } });
    expect(session).toMatchObject({ userId: user.id, practiceId: user.practiceId, revokedAt: null });
  });

  test("five wrong passwords lock the account for 15 minutes from the fifth", async () => {
    const user = await account();
    for (let i = 0; i < 4; i += 1) await expect(signInWithPassword(user.email, WRONG, rid())).resolves.toBeNull();
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).lockedUntil).toBeNull();
    // Bracket the fifth attempt, however long its password check takes on a busy machine.
    const before = Date.now();
    await expect(signInWithPassword(user.email, WRONG, rid())).rejects.toBeInstanceOf(TooManyAttemptsError);
    const after = Date.now();
    const lockedUntil = (await db().user.findUniqueOrThrow({ where: { id: user.id } })).lockedUntil!.getTime();
    // Set during the fifth attempt: 15 minutes after some moment between `before` and `after`.
    expect(lockedUntil - 15 * 60_000).toBeGreaterThanOrEqual(before);
    expect(after - (lockedUntil - 15 * 60_000)).toBeGreaterThanOrEqual(0);
    expect(await db().loginAttempt.count({ where: { email: user.email, success: false } })).toBe(5);
  });

  test("while locked, even the right password is refused, and no session opens", async () => {
    const user = await account();
    await lockOut(user.email);
    const error = await signInWithPassword(user.email, f.TEST_PASSWORD, rid()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TooManyAttemptsError);
    expect((error as TooManyAttemptsError).retryAfterSeconds).toBeGreaterThan(0);
    expect((error as TooManyAttemptsError).retryAfterSeconds).toBeLessThanOrEqual(15 * 60);
    expect(await db().authSession.count({ where: { userId: user.id } })).toBe(0);
  });

  test("a successful sign-in starts the count again", async () => {
    const user = await account();
    for (let i = 0; i < 4; i += 1) await expect(signInWithPassword(user.email, WRONG, rid())).resolves.toBeNull();
    await age(user.email, 1); // the success must come after the failures, not in the same millisecond
    expect(await signInWithPassword(user.email, f.TEST_PASSWORD, rid())).not.toBeNull();
    // Four more failures: eight within 15 minutes, but only four since the last success.
    for (let i = 0; i < 4; i += 1) await expect(signInWithPassword(user.email, WRONG, rid())).resolves.toBeNull();
    await expect(signInWithPassword(user.email, WRONG, rid())).rejects.toBeInstanceOf(TooManyAttemptsError);
  });

  test("the email's case and spaces do not dodge the lock", async () => {
    const user = await account();
    await lockOut(user.email);
    await expect(signInWithPassword(`  ${user.email.toUpperCase()} `, f.TEST_PASSWORD, rid())).rejects.toBeInstanceOf(TooManyAttemptsError);
  });

  test("after the lock has passed, the right password works again", async () => {
    const user = await account();
    await lockOut(user.email);
    await age(user.email, 16);
    const signedIn = await signInWithPassword(user.email, f.TEST_PASSWORD, rid());
    expect(signedIn?.userId).toBe(user.id);
  });

  test("failures from before a lock ended do not count again: one new failure does not re-lock", async () => {
    const user = await account();
    await lockOut(user.email);
    // Lock over a minute ago; the five failures still lie inside the 15-minute window.
    await age(user.email, 16);
    await db().$executeRaw`UPDATE "LoginAttempt" SET "createdAt" = now() - interval '5 minutes' WHERE email = ${user.email}`;
    await expect(signInWithPassword(user.email, WRONG, rid())).resolves.toBeNull();
    await expect(signInWithPassword(user.email, f.TEST_PASSWORD, rid())).resolves.toMatchObject({ userId: user.id });
  });

  test("failures older than 15 minutes do not count toward a lock", async () => {
    const user = await account();
    for (let i = 0; i < 4; i += 1) await signInWithPassword(user.email, WRONG, rid());
    await age(user.email, 16);
    await expect(signInWithPassword(user.email, WRONG, rid())).resolves.toBeNull();
    await expect(signInWithPassword(user.email, f.TEST_PASSWORD, rid())).resolves.toMatchObject({ userId: user.id });
  });

  test("attempts on one account do not lock another, in the same practice or not", async () => {
    const victim = await account();
    const colleague = await account(victim.practiceId);
    const stranger = await account();
    await lockOut(victim.email);
    await expect(signInWithPassword(colleague.email, f.TEST_PASSWORD, rid())).resolves.toMatchObject({ userId: colleague.id });
    await expect(signInWithPassword(stranger.email, f.TEST_PASSWORD, rid())).resolves.toMatchObject({ userId: stranger.id });
    // And the colleague's own failures start from zero.
    await expect(signInWithPassword(colleague.email, WRONG, rid())).resolves.toBeNull();
    expect((await db().user.findUniqueOrThrow({ where: { id: colleague.id } })).lockedUntil).toBeNull();
  });

  test("an unknown email and a deactivated account answer null, like a wrong password", async () => {
    const inactive = await f.createUser((await f.createPractice()).id, ["INTAKE"], { active: false });
    await expect(signInWithPassword(`nobody-${randomUUID()}@test.example`, f.TEST_PASSWORD, rid())).resolves.toBeNull();
    await expect(signInWithPassword(inactive.email, f.TEST_PASSWORD, rid())).resolves.toBeNull();
    expect(await db().authSession.count({ where: { userId: inactive.id } })).toBe(0);
  });

  test("a successful sign-in is audited, with no password in the trail", async () => {
    const user = await account();
    const requestId = rid();
    await signInWithPassword(user.email, f.TEST_PASSWORD, requestId);
    const rows = await db().auditEvent.findMany({ where: { requestId } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actorId: user.id, practiceId: user.practiceId, action: "session.sign-in", outcome: "ALLOWED" });
    expect(JSON.stringify(rows, (_key, value: unknown) => (typeof value === "bigint" ? value.toString() : value))).not.toContain(f.TEST_PASSWORD);
  });
});
