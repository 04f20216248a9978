import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { hashPassword } from "@/lib/auth/password";
import type { Tx } from "@/lib/data/access";
import { writeAudit } from "@/lib/data/access/audit";
// A set-password link is used before any practice is known, like sign-in (sessions/): the link is
// found by its token's hash through app_password_link, then used under the link's own practice.
// eslint-disable-next-line no-restricted-imports -- see above; no actor exists yet for access()
import { beforePractice, inTenant } from "@/lib/data/access/tenant";
import { passwordToken } from "@/lib/validation/admin";

/** How long a set-password link works. */
export const PASSWORD_LINK_TTL_MS = 72 * 3_600_000;

/** Only this hash of a token is ever stored: a copy of the database cannot set anyone's password. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/**
 * Issues a one-time set-password token for a user, voiding any earlier one, in the caller's
 * transaction. Returns the token itself, which exists nowhere else: the caller shows it once.
 */
export async function issueToken(tx: Tx, user: { id: string; practiceId: string }, now = new Date()): Promise<{ token: string; expiresAt: Date }> {
  await tx.passwordToken.updateMany({ where: { userId: user.id, practiceId: user.practiceId, usedAt: null }, data: { usedAt: now } });
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + PASSWORD_LINK_TTL_MS);
  await tx.passwordToken.create({ data: { practiceId: user.practiceId, userId: user.id, tokenHash: hashToken(token), expiresAt } });
  return { token, expiresAt };
}

interface LinkRow {
  tokenId: string;
  userId: string;
  practiceId: string;
  name: string;
  email: string;
  expiresAt: Date;
  usedAt: Date | null;
}

/**
 * The link behind a token, while it may still be used. Before a practice is known: through the
 * SECURITY DEFINER app_password_link, which answers one link by the hash of its token only.
 */
async function openLink(token: unknown, now = new Date()): Promise<LinkRow | null> {
  if (!passwordToken.safeParse(token).success) return null;
  const [row] = await beforePractice().$queryRaw<LinkRow[]>`SELECT * FROM app_password_link(${hashToken(token as string)})`;
  if (!row || row.usedAt || new Date(row.expiresAt) <= now) return null;
  return row;
}

/** Who a set-password link is for, or null when it is malformed, unknown, used or expired. */
export async function describePasswordToken(token: unknown): Promise<{ name: string; email: string; expiresAt: Date } | null> {
  const link = await openLink(token);
  return link ? { name: link.name, email: link.email, expiresAt: new Date(link.expiresAt) } : null;
}

/**
 * Sets the password of the link's user (argon2id) and activates the account, once: the token
 * is claimed in the same transaction (under the link's practice), so a second use (or a race of
 * two) finds nothing. Any open sessions of the user end, as after any password change. False
 * for a bad link.
 */
export async function setPasswordWithToken(token: unknown, password: string): Promise<boolean> {
  const link = await openLink(token);
  if (!link) return false;
  const passwordHash = await hashPassword(password);
  const { practiceId, userId } = link;
  return inTenant(practiceId, async (tx) => {
    const now = new Date();
    const claimed = await tx.passwordToken.updateMany({ where: { id: link.tokenId, practiceId, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
    if (claimed.count !== 1) return false;
    await tx.user.update({ where: { id: userId }, data: { passwordHash, active: true, lockedUntil: null } });
    await tx.authSession.updateMany({ where: { userId, practiceId, revokedAt: null }, data: { revokedAt: now } });
    await writeAudit(tx, { practiceId, id: userId, requestId: "", tokenId: null }, [{ action: "staff.set-password", entityType: "User", entityId: userId }]);
    return true;
  });
}
