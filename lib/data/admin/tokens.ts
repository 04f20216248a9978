import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { Tx } from "@/lib/data/access";

// Issuing set-password links (an owner's act, inside access()). Using one happens before any
// practice is known, like sign-in: lib/data/sessions/password-link.ts.

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
