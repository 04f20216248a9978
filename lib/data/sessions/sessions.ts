import "server-only";
import { randomBytes } from "node:crypto";
import { verifyPassword } from "@/lib/auth/password";
import {
  LOCKOUT_DURATION_MS, LOCKOUT_THRESHOLD, LOCKOUT_WINDOW_MS, SESSION_IDLE_MS, SESSION_MAX_MS, SESSION_TOUCH_MS,
} from "@/lib/auth/policy";
import type { Role } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/data/actor";
import { audit } from "@/lib/data/access/audit";
import { TooManyAttemptsError } from "@/lib/data/errors";
import { db } from "@/lib/db";

export interface SignedIn {
  userId: string;
  sessionId: string;
}

/**
 * Checks an email and password. Five failures on an account within 15 minutes lock it for
 * 15 minutes (kept in Postgres, so it holds across app instances): throws TooManyAttemptsError.
 * Returns null for a wrong password, an unknown email or a deactivated account alike (and an
 * unknown email locks like an account, so neither answer reveals who has one).
 * On success, opens a server-side session row whose id is all the cookie carries.
 */
export async function signInWithPassword(emailInput: string, password: string, requestId: string): Promise<SignedIn | null> {
  const email = emailInput.trim().toLowerCase();
  const now = new Date();
  const user = await db().user.findUnique({ where: { email }, include: { clinician: { select: { id: true } } } });
  const lockedUntil = user ? user.lockedUntil : await unknownEmailLockedUntil(email, now);
  if (lockedUntil && lockedUntil > now) {
    await db().loginAttempt.create({ data: { email, practiceId: user?.practiceId ?? null, success: false } });
    throw new TooManyAttemptsError(Math.ceil((lockedUntil.getTime() - now.getTime()) / 1000));
  }
  const valid = await verifyPassword(user?.passwordHash ?? null, password);
  if (!user || !valid || !user.active) {
    await db().loginAttempt.create({ data: { email, practiceId: user?.practiceId ?? null, success: false } });
    await lockIfTooMany(user?.id ?? null, email, user?.lockedUntil ?? null, now);
    return null;
  }
  const session = await db().$transaction(async (tx) => {
    await tx.loginAttempt.create({ data: { email, practiceId: user.practiceId, success: true } });
    // The id is all the cookie carries: 256 random bits, not a time-ordered cuid one could guess.
    const id = randomBytes(32).toString("base64url");
    const created = await tx.authSession.create({ data: { id, userId: user.id, practiceId: user.practiceId } });
    const actor = toActor(user, user.clinician?.id ?? null, created.id, requestId);
    await audit(tx, actor, { action: "session.sign-in", entityType: "User", entityId: user.id });
    return created;
  });
  return { userId: user.id, sessionId: session.id };
}

/**
 * An email without an account is locked exactly when an account would be (five failures within
 * 15 minutes, for 15 minutes), so that a 429 never tells which emails have accounts. With no
 * user row to hold the lock, it lasts until the fifth-latest failure leaves the window.
 */
async function unknownEmailLockedUntil(email: string, now: Date): Promise<Date | null> {
  const recent = await db().loginAttempt.findMany({
    where: { email, success: false, createdAt: { gt: new Date(now.getTime() - LOCKOUT_WINDOW_MS) } },
    orderBy: { createdAt: "desc" },
    take: LOCKOUT_THRESHOLD,
    select: { createdAt: true },
  });
  const oldest = recent[LOCKOUT_THRESHOLD - 1];
  return oldest ? new Date(oldest.createdAt.getTime() + LOCKOUT_WINDOW_MS) : null;
}

async function lockIfTooMany(userId: string | null, email: string, previousLock: Date | null, now: Date) {
  // Failures before the end of an earlier lock, or before the last successful sign-in, do not
  // count again.
  const lastSuccess = await db().loginAttempt.findFirst({
    where: { email, success: true },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  const since = new Date(
    Math.max(now.getTime() - LOCKOUT_WINDOW_MS, previousLock?.getTime() ?? 0, lastSuccess?.createdAt.getTime() ?? 0),
  );
  const failures = await db().loginAttempt.count({ where: { email, success: false, createdAt: { gt: since } } });
  if (failures >= LOCKOUT_THRESHOLD) {
    if (userId) await db().user.update({ where: { id: userId }, data: { lockedUntil: new Date(now.getTime() + LOCKOUT_DURATION_MS) } });
    throw new TooManyAttemptsError(LOCKOUT_DURATION_MS / 1000);
  }
}

/**
 * The Actor behind a session id, or null when the session is unknown, revoked, idle for more
 * than 30 minutes, older than 12 hours, or its user is deactivated. Checked on every request.
 */
export async function resolveSession(sessionId: string, requestId: string): Promise<Actor | null> {
  const session = await db().authSession.findUnique({
    where: { id: sessionId },
    include: { user: { include: { clinician: { select: { id: true } } } } },
  });
  if (!session || session.revokedAt || !session.user.active) return null;
  const now = Date.now();
  if (now - session.createdAt.getTime() > SESSION_MAX_MS || now - session.lastSeenAt.getTime() > SESSION_IDLE_MS) {
    await db().authSession.update({ where: { id: session.id }, data: { revokedAt: new Date(now) } });
    return null;
  }
  if (now - session.lastSeenAt.getTime() > SESSION_TOUCH_MS) {
    await db().authSession.update({ where: { id: session.id }, data: { lastSeenAt: new Date(now) } });
  }
  return toActor(session.user, session.user.clinician?.id ?? null, session.id, requestId);
}

/** Ends one session at once (sign-out). */
export async function revokeSession(sessionId: string): Promise<void> {
  await db().authSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date() } });
}

function toActor(
  user: { id: string; practiceId: string; email: string; name: string; roles: Role[] },
  clinicianId: string | null,
  sessionId: string,
  requestId: string,
): Actor {
  return { id: user.id, practiceId: user.practiceId, email: user.email, name: user.name, roles: [...user.roles], clinicianId, sessionId, requestId };
}
