import "server-only";
import { LOCKOUT_THRESHOLD, LOCKOUT_WINDOW_MS } from "@/lib/auth/limits";
import { verifyPassword } from "@/lib/auth/password";
import type { Access } from "@/lib/data/access";
import { ForbiddenError, TooManyAttemptsError } from "@/lib/data/errors";

/** The audit action of a wrong password at signing: these rows are what the limit counts. */
export const WRONG_PASSWORD = "note.sign.password";

/**
 * The re-entered password of a signature, checked at most LOCKOUT_THRESHOLD times per window.
 * Atomic: the check runs under a per-user lock taken with a try (a parallel attempt is refused at
 * once instead of queueing), and a wrong password's audit row commits in the same transaction,
 * before the lock is released, so the next attempt always counts it.
 */
export async function checkSigningPassword(ctx: Pick<Access, "tx" | "actor" | "refuseAndKeep">, password: string): Promise<void> {
  const { tx, actor } = ctx;
  const [lock] = await tx.$queryRaw<{ held: boolean }[]>`SELECT pg_try_advisory_xact_lock(hashtextextended(${`sign:${actor.id}`}, 0)) AS held`;
  if (!lock?.held) throw new TooManyAttemptsError(1, "Another signing attempt is still being checked. Try again in a moment.");
  const since = new Date(Date.now() - LOCKOUT_WINDOW_MS);
  const failures = await tx.auditEvent.count({
    where: { practiceId: actor.practiceId, actorId: actor.id, action: WRONG_PASSWORD, outcome: "DENIED", at: { gt: since } },
  });
  if (failures >= LOCKOUT_THRESHOLD) throw new TooManyAttemptsError(LOCKOUT_WINDOW_MS / 1000);
  const user = await tx.user.findFirst({ where: { id: actor.id, practiceId: actor.practiceId, active: true }, select: { passwordHash: true } });
  if (!(await verifyPassword(user?.passwordHash ?? null, password))) {
    ctx.refuseAndKeep(new ForbiddenError("That password is not correct. Signing needs your own password."), { action: WRONG_PASSWORD });
  }
}
