import "server-only";
import { LOCKOUT_DURATION_MS, LOCKOUT_THRESHOLD, LOCKOUT_WINDOW_MS } from "@/lib/auth/limits";
import { inTenant, type Tx } from "@/lib/data/access/tenant";
import { TooManyAttemptsError } from "@/lib/data/errors";

/** What sign-in knows of an email's account (SECURITY DEFINER app_login_user). */
export interface LoginUser {
  id: string;
  practiceId: string;
  email: string;
  name: string;
  roles: string[];
  passwordHash: string;
  active: boolean;
  lockedUntil: Date | null;
  clinicianId: string | null;
}

type Verdict = { ok: true; attemptId: string } | { ok: false; retryAfterSeconds: number };

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

/** Serialises the attempts on one email across every app instance, until the transaction ends. */
async function lockEmail(tx: Tx, email: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`login:${email}`}, 0))`;
}

/**
 * Failures that count now: within the window, after the end of an earlier lock and after the last
 * successful sign-in. Newest first, at most the threshold.
 */
async function countingFailures(tx: Tx, email: string, previousLock: Date | null, now: Date): Promise<Date[]> {
  const lastSuccess = await tx.loginAttempt.findFirst({ where: { email, success: true }, orderBy: { createdAt: "desc" }, select: { createdAt: true } });
  const since = new Date(Math.max(now.getTime() - LOCKOUT_WINDOW_MS, previousLock?.getTime() ?? 0, lastSuccess?.createdAt.getTime() ?? 0));
  const rows = await tx.loginAttempt.findMany({
    where: { email, success: false, createdAt: { gt: since } },
    orderBy: { createdAt: "desc" }, take: LOCKOUT_THRESHOLD, select: { createdAt: true },
  });
  return rows.map((r) => r.createdAt);
}

/** Locks the account (or, for an unknown email, reports how long its failures keep it locked). */
async function lockNow(tx: Tx, user: LoginUser | null, failures: Date[], now: Date): Promise<number> {
  if (user) {
    await tx.user.update({ where: { id: user.id }, data: { lockedUntil: new Date(now.getTime() + LOCKOUT_DURATION_MS) } });
    return seconds(LOCKOUT_DURATION_MS);
  }
  const oldest = failures[LOCKOUT_THRESHOLD - 1] ?? now;
  return seconds(oldest.getTime() + LOCKOUT_WINDOW_MS - now.getTime());
}

/**
 * Counts and records an attempt BEFORE its password is checked, as a failure until proven
 * otherwise: N parallel guesses queue on the email's lock, and only the first five get as far as
 * a password check. Throws TooManyAttemptsError while the account (or unknown email) is locked.
 */
export async function reserveAttempt(email: string, user: LoginUser | null): Promise<string> {
  const verdict = await inTenant(user?.practiceId ?? "", async (tx): Promise<Verdict> => {
    await lockEmail(tx, email);
    const now = new Date();
    const lockedUntil = user ? ((await tx.user.findUnique({ where: { id: user.id }, select: { lockedUntil: true } }))?.lockedUntil ?? null) : null;
    if (lockedUntil && lockedUntil > now) return { ok: false, retryAfterSeconds: seconds(lockedUntil.getTime() - now.getTime()) };
    const failures = await countingFailures(tx, email, lockedUntil, now);
    if (failures.length >= LOCKOUT_THRESHOLD) return { ok: false, retryAfterSeconds: await lockNow(tx, user, failures, now) };
    const row = await tx.loginAttempt.create({ data: { email, practiceId: user?.practiceId ?? null, success: false }, select: { id: true } });
    return { ok: true, attemptId: row.id };
  });
  if (!verdict.ok) throw new TooManyAttemptsError(verdict.retryAfterSeconds);
  return verdict.attemptId;
}

/**
 * Settles a reserved attempt: a success marks it so (and the count starts again); a failure that
 * reaches the threshold locks the account at once and throws TooManyAttemptsError.
 */
export async function settleAttempt(email: string, user: LoginUser | null, attemptId: string, success: boolean): Promise<void> {
  const locked = await inTenant(user?.practiceId ?? "", async (tx): Promise<number | null> => {
    if (success) {
      await tx.loginAttempt.update({ where: { id: attemptId }, data: { success: true, createdAt: new Date() } });
      if (user?.lockedUntil) await tx.user.update({ where: { id: user.id }, data: { lockedUntil: null } });
      return null;
    }
    await lockEmail(tx, email);
    const now = new Date();
    const failures = await countingFailures(tx, email, user?.lockedUntil ?? null, now);
    return failures.length >= LOCKOUT_THRESHOLD ? lockNow(tx, user, failures, now) : null;
  });
  if (locked !== null) throw new TooManyAttemptsError(locked);
}
