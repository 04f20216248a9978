import "server-only";
import { randomBytes } from "node:crypto";
import { verifyPassword } from "@/lib/auth/password";
import { SESSION_IDLE_MS, SESSION_MAX_MS, SESSION_TOUCH_MS } from "@/lib/auth/limits";
import type { Role } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/data/actor";
import { writeAudit } from "@/lib/data/access/audit";
import { beforePractice, inTenant } from "@/lib/data/access/tenant";
import { settleAttempt, reserveAttempt, type LoginUser } from "@/lib/data/sessions/attempts";
import { checkSecondFactor, MfaCodeError, MfaRequiredError } from "@/lib/data/sessions/mfa-sign-in";

export interface SignedIn {
  userId: string;
  sessionId: string;
}

/**
 * Checks an email and password. Five failures on an account within 15 minutes lock it for
 * 15 minutes (kept in Postgres, so it holds across app instances): throws TooManyAttemptsError.
 * Each attempt is counted before its password is checked, under a lock on the email, so N
 * parallel guesses get at most five checks. Returns null for a wrong password, an unknown email
 * or a deactivated account alike (an unknown email locks like an account, so neither answer
 * reveals who has one). On success, opens a server-side session row whose id is all the cookie
 * carries.
 *
 * With MFA on, a right password also needs `code` (a TOTP code or a recovery code): without one
 * it throws MfaRequiredError, with a wrong one MfaCodeError. Either way the attempt stays a
 * failure, so a right password alone never starts the count again, and codes are checked only
 * inside the same five attempts.
 */
export async function signInWithPassword(emailInput: string, password: string, requestId: string, code?: string): Promise<SignedIn | null> {
  const email = emailInput.trim().toLowerCase();
  const [user] = await beforePractice().$queryRaw<LoginUser[]>`SELECT * FROM app_login_user(${email})`;
  const attemptId = await reserveAttempt(email, user ?? null);
  const valid = await verifyPassword(user?.passwordHash ?? null, password);
  if (!user || !valid || !user.active) {
    await settleAttempt(email, user ?? null, attemptId, false);
    return null;
  }
  const second = await checkSecondFactor(user, code, requestId);
  if (second === "missing" || second === "wrong") {
    await settleAttempt(email, user, attemptId, false);
    throw second === "missing" ? new MfaRequiredError() : new MfaCodeError();
  }
  await settleAttempt(email, user, attemptId, true);
  // The id is all the cookie carries: 256 random bits, not a time-ordered cuid one could guess.
  const sessionId = randomBytes(32).toString("base64url");
  await inTenant(user.practiceId, async (tx) => {
    await tx.authSession.create({ data: { id: sessionId, userId: user.id, practiceId: user.practiceId } });
    const actor = toActor(user, user.clinicianId, sessionId, requestId);
    await writeAudit(tx, actor, [{ action: "session.sign-in", entityType: "User", entityId: user.id }]);
  });
  return { userId: user.id, sessionId };
}

interface SessionActorRow {
  sessionId: string;
  userId: string;
  practiceId: string;
  email: string;
  name: string;
  roles: string[];
  clinicianId: string | null;
  mfaEnabled: boolean;
  mfaDue: boolean;
  accessResetAt: Date | null;
  accessResetBy: string | null;
  privateSealedBefore: Date | null;
}

/**
 * The Actor behind a session id, or null when the session is unknown, revoked, idle for more
 * than 30 minutes, older than 12 hours, or its user is deactivated. Checked on every request,
 * in one round trip (SECURITY DEFINER app_session_actor, which also keeps the idle clock). It
 * also tells whether MFA is on and whether the user must enrol first (a role of theirs requires it).
 */
export async function resolveSession(sessionId: string, requestId: string): Promise<Actor | null> {
  const [row] = await beforePractice().$queryRaw<SessionActorRow[]>`
    SELECT * FROM app_session_actor(${sessionId}, ${SESSION_IDLE_MS}::bigint, ${SESSION_MAX_MS}::bigint, ${SESSION_TOUCH_MS}::bigint)`;
  if (!row) return null;
  const actor = toActor({ ...row, id: row.userId, roles: row.roles as Role[] }, row.clinicianId, row.sessionId, requestId);
  return {
    ...actor, mfaEnabled: row.mfaEnabled, mfaDue: row.mfaDue,
    accessReset: row.accessResetAt ? { at: new Date(row.accessResetAt), by: row.accessResetBy } : null,
    privateNotesSealedBefore: row.privateSealedBefore ? new Date(row.privateSealedBefore) : null,
  };
}

/** Ends one session at once (every way of signing out). */
export async function revokeSession(sessionId: string): Promise<void> {
  await beforePractice().$queryRaw`SELECT app_revoke_session(${sessionId})`;
}

function toActor(
  user: { id: string; practiceId: string; email: string; name: string; roles: readonly string[] },
  clinicianId: string | null,
  sessionId: string,
  requestId: string,
): Actor {
  return {
    id: user.id, practiceId: user.practiceId, email: user.email, name: user.name, roles: [...user.roles] as Role[],
    clinicianId, sessionId, requestId,
  };
}
