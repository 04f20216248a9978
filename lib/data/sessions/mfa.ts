import "server-only";
import { LOCKOUT_THRESHOLD, LOCKOUT_WINDOW_MS } from "@/lib/auth/limits";
import { hashRecoveryCode, matchTotp, newRecoveryCodes, newTotpSecret, openSecret, otpauthUrl, sealSecret } from "@/lib/auth/mfa";
import { verifyPassword } from "@/lib/auth/password";
import type { Actor } from "@/lib/data/actor";
import { access, accessWith, type Access } from "@/lib/data/access";
import { ConflictError, ForbiddenError, InvalidError, NotFoundError, TooManyAttemptsError } from "@/lib/data/errors";
import { sealingKey } from "@/lib/data/sessions/mfa-sign-in";
import { mfaDisableInput, mfaEnableInput } from "@/lib/validation/mfa";

// A signed-in user's own MFA: status, setup, enable, disable. Every role reaches its own account
// through its "staff:read" grant ("own" for therapists and intake; owners are confined to their
// own row here too): these act on the caller's account only, never on a colleague's.

export interface MfaStatus {
  enabled: boolean;
  enabledAt: string | null;
  /** A setup was started and not finished (a secret waits for its first code). */
  pending: boolean;
  recoveryCodesLeft: number;
  /** A role of theirs is one the practice requires MFA of. */
  required: boolean;
}

export interface MfaSetup {
  /** Base32, for typing into an app by hand. */
  secret: string;
  otpauthUrl: string;
}

/** The audit action of a wrong password when turning MFA off: the rows the limit counts. */
export const DISABLE_WRONG_PASSWORD = "mfa.disable.password";

const own = (action: string, actor: Actor) => ({ permission: "staff:read", action, entityType: "User", id: actor.id }) as const;

async function ownRow(ctx: Pick<Access, "tx" | "actor">) {
  const { tx, actor } = ctx;
  const row = await tx.user.findFirst({
    where: { id: actor.id, practiceId: actor.practiceId },
    select: {
      email: true, passwordHash: true, roles: true, mfaSecret: true, mfaEnabledAt: true, mfaLastStep: true, mfaRecoveryCodes: true,
      practice: { select: { mfaRequiredRoles: true } },
    },
  });
  if (!row) throw new NotFoundError("Staff member");
  return row;
}

/** The caller's MFA status, for the security page and `GET /api/v1/me`. */
export async function getMfaStatus(actor: Actor): Promise<MfaStatus> {
  return access(actor, own("mfa.read", actor), async (ctx) => {
    const row = await ownRow(ctx);
    ctx.disclose({ ids: [actor.id] });
    return {
      enabled: row.mfaEnabledAt !== null, enabledAt: row.mfaEnabledAt?.toISOString() ?? null,
      pending: row.mfaEnabledAt === null && row.mfaSecret !== null, recoveryCodesLeft: row.mfaRecoveryCodes.length,
      required: row.roles.some((r) => row.practice.mfaRequiredRoles.includes(r)),
    };
  });
}

/**
 * Starts MFA setup: a new secret, stored sealed, waiting for its first code (a setup started
 * before is replaced). 409 while MFA is on: turning it off first needs the password.
 */
export async function setupMfa(actor: Actor): Promise<MfaSetup> {
  return access(actor, own("mfa.setup", actor), async (ctx) => {
    const row = await ownRow(ctx);
    if (row.mfaEnabledAt) throw new ConflictError("MFA is already on. To use another device, turn MFA off first (it asks for your password).");
    const secret = newTotpSecret();
    await ctx.tx.user.update({ where: { id: actor.id }, data: { mfaSecret: sealSecret(sealingKey(), actor.id, secret), mfaLastStep: null, mfaRecoveryCodes: [] } });
    return { secret, otpauthUrl: otpauthUrl(secret, row.email) };
  });
}

/**
 * Turns MFA on with the first code of the secret from setup, and answers ten recovery codes,
 * each usable once, shown this once (only their hashes are kept). 400 for a wrong code; 409 when
 * it is on already or no setup was started.
 */
export async function enableMfa(actor: Actor, raw: unknown): Promise<{ recoveryCodes: string[] }> {
  return accessWith(actor, own("mfa.enable", actor), mfaEnableInput, raw, async (ctx, input) => {
    const row = await ownRow(ctx);
    if (row.mfaEnabledAt) throw new ConflictError("MFA is already on.");
    const secret = row.mfaSecret ? openSecret(sealingKey(), actor.id, row.mfaSecret) : null;
    if (!secret) throw new ConflictError("Start the MFA setup first: it gives the secret your app needs.");
    const step = matchTotp(secret, input.code, Date.now(), row.mfaLastStep);
    if (step === null) {
      throw new InvalidError("That code is not right.", [{ path: ["code"], message: "That code is not right. Enter the 6-digit code your app shows now." }]);
    }
    const recoveryCodes = newRecoveryCodes();
    await ctx.tx.user.update({
      where: { id: actor.id },
      data: { mfaEnabledAt: new Date(), mfaLastStep: step, mfaRecoveryCodes: recoveryCodes.map((c) => hashRecoveryCode(actor.id, c)!) },
    });
    return { recoveryCodes };
  });
}

/**
 * Turns MFA off after checking the caller's password: 403 when it is wrong, at most five wrong
 * ones per 15 minutes (then 429), checked one at a time under a per-user try-lock, each failure
 * committed before the lock is released. 409 when MFA is not on. Where the practice requires MFA
 * of their role, the user is sent to set it up again at their next page.
 */
export async function disableMfa(actor: Actor, raw: unknown): Promise<{ mfaEnabled: false }> {
  return accessWith(actor, own("mfa.disable", actor), mfaDisableInput, raw, async (ctx, input) => {
    const { tx } = ctx;
    const [lock] = await tx.$queryRaw<{ held: boolean }[]>`SELECT pg_try_advisory_xact_lock(hashtextextended(${`mfa-off:${actor.id}`}, 0)) AS held`;
    if (!lock?.held) throw new TooManyAttemptsError(1, "Another attempt is still being checked. Try again in a moment.");
    const failures = await tx.auditEvent.count({
      where: { practiceId: actor.practiceId, actorId: actor.id, action: DISABLE_WRONG_PASSWORD, outcome: "DENIED", at: { gt: new Date(Date.now() - LOCKOUT_WINDOW_MS) } },
    });
    if (failures >= LOCKOUT_THRESHOLD) throw new TooManyAttemptsError(LOCKOUT_WINDOW_MS / 1000);
    const row = await ownRow(ctx);
    if (!(await verifyPassword(row.passwordHash, input.password))) {
      ctx.refuseAndKeep(new ForbiddenError("That password is not correct."), { action: DISABLE_WRONG_PASSWORD });
    }
    if (!row.mfaEnabledAt && !row.mfaSecret) throw new ConflictError("MFA is not on.");
    await tx.user.update({ where: { id: actor.id }, data: { mfaSecret: null, mfaEnabledAt: null, mfaLastStep: null, mfaRecoveryCodes: [] } });
    return { mfaEnabled: false as const };
  });
}
