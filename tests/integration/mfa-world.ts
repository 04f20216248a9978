// Helpers of the MFA integration tests: users with and without MFA, codes for the current
// 30 s step and the next one (both inside the ±1 step window whenever the server checks them),
// a code no step of the window accepts, and what the database holds afterwards.
import { randomUUID } from "node:crypto";
import { stepAt, totpCode, totpCodeForStep } from "@/lib/auth/mfa";
import type { Role } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/data/actor";
import { enableMfa, setupMfa } from "@/lib/data/sessions/mfa";
import { signInWithPassword } from "@/lib/data/sessions/sessions";
import * as f from "@/tests/factories";
import { ownerDb as db } from "@/tests/support/owner-db";

// The key that seals TOTP secrets is derived from AUTH_SECRET (read when first needed).
process.env.AUTH_SECRET ??= `test-secret-${randomUUID()}`;

export const rid = () => randomUUID();
export const nextStepCode = (secret: string) => totpCodeForStep(secret, stepAt(Date.now()) + 1);

/** A 6-digit code that no step near now accepts. */
export function wrongCode(secret: string): string {
  const now = stepAt(Date.now());
  const valid = new Set([-2, -1, 0, 1, 2].map((d) => totpCodeForStep(secret, now + d)));
  for (let n = 0; ; n += 1) if (!valid.has(String(n).padStart(6, "0"))) return String(n).padStart(6, "0");
}

export async function member(roles: Role[] = ["THERAPIST"], practiceId?: string) {
  const pid = practiceId ?? (await f.createPractice()).id;
  const user = await f.createUser(pid, roles);
  return { user, actor: await f.actorFor(user) };
}

/** A user who set MFA up and turned it on with the current step's code. */
export async function enrolled(roles: Role[] = ["THERAPIST"], practiceId?: string) {
  const { user, actor } = await member(roles, practiceId);
  const { secret } = await setupMfa(actor);
  const { recoveryCodes } = await enableMfa(actor, { code: totpCode(secret, Date.now()) });
  return { user, actor, secret, recoveryCodes };
}

export const signIn = (email: string, code?: string) => signInWithPassword(email, f.TEST_PASSWORD, rid(), code);

/** Sessions opened by signing in (not the one the test's actor was given). */
export const sessionsOf = (who: { user: { id: string }; actor: Actor }) =>
  db().authSession.count({ where: { userId: who.user.id, NOT: { id: who.actor.sessionId } } });

export const auditOf = (userId: string, action: string) => db().auditEvent.findMany({ where: { entityId: userId, action } });
