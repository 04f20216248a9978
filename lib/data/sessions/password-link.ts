import "server-only";
import { hashPassword } from "@/lib/auth/password";
import { writeAudit } from "@/lib/data/access/audit";
import { beforePractice, inTenant } from "@/lib/data/access/tenant";
import { hashToken } from "@/lib/data/admin/tokens";
import { passwordToken } from "@/lib/validation/admin";

// A set-password link is used before any practice is known, like sign-in: the link is found by
// its token's hash through app_password_link, then used under the link's own practice.

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
