import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { hashPassword } from "@/lib/auth/password";
import { db, type Tx } from "@/lib/db";

/** How long a set-password link works. */
export const PASSWORD_LINK_TTL_MS = 72 * 3_600_000;

/** Only this hash of a token is ever stored: a copy of the database cannot set anyone's password. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/**
 * Issues a one-time set-password token for a user, voiding any earlier one. Returns the token
 * itself, which exists nowhere else: the caller shows it once.
 */
export async function issueToken(tx: Tx, user: { id: string; practiceId: string }, now = new Date()): Promise<{ token: string; expiresAt: Date }> {
  await tx.passwordToken.updateMany({ where: { userId: user.id, usedAt: null }, data: { usedAt: now } });
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + PASSWORD_LINK_TTL_MS);
  await tx.passwordToken.create({ data: { practiceId: user.practiceId, userId: user.id, tokenHash: hashToken(token), expiresAt } });
  return { token, expiresAt };
}

/** Who a set-password link is for, or null when it is unknown, used or expired. */
export async function describePasswordToken(token: string): Promise<{ name: string; email: string; expiresAt: Date } | null> {
  const row = await db().passwordToken.findUnique({
    where: { tokenHash: hashToken(token) },
    include: { user: { select: { name: true, email: true } } },
  });
  if (!row || row.usedAt || row.expiresAt <= new Date()) return null;
  return { name: row.user.name, email: row.user.email, expiresAt: row.expiresAt };
}

/**
 * Sets the password of the link's user (argon2id) and activates the account, once: the token
 * is marked used in the same transaction, so a second use (or a race of two) finds nothing.
 * Any open sessions of the user end, as after any password change. False for a bad link.
 */
export async function setPasswordWithToken(token: string, password: string): Promise<boolean> {
  const tokenHash = hashToken(token);
  const passwordHash = await hashPassword(password);
  return db().$transaction(async (tx) => {
    const now = new Date();
    const claimed = await tx.passwordToken.updateMany({ where: { tokenHash, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
    if (claimed.count !== 1) return false;
    const row = await tx.passwordToken.findUniqueOrThrow({ where: { tokenHash }, select: { userId: true, practiceId: true } });
    await tx.user.update({ where: { id: row.userId }, data: { passwordHash, active: true, lockedUntil: null } });
    await tx.authSession.updateMany({ where: { userId: row.userId, revokedAt: null }, data: { revokedAt: now } });
    await tx.auditEvent.create({
      data: { practiceId: row.practiceId, actorId: row.userId, action: "staff.set-password", entityType: "User", entityId: row.userId, outcome: "ALLOWED" },
    });
    return true;
  });
}
