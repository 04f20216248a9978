import "server-only";
import { asTotpCode, hashRecoveryCode, matchTotp, mfaKey, openSecret } from "@/lib/auth/mfa";
import { writeAudit } from "@/lib/data/access/audit";
import { inTenant, type Tx } from "@/lib/data/access/tenant";
import { DataError } from "@/lib/data/errors";
import type { LoginUser } from "@/lib/data/sessions/attempts";

/** The password was right and MFA is on, but no code came with it: the page asks for one. */
export class MfaRequiredError extends DataError {
  constructor() {
    super("mfa_required", "Enter the authentication code from your app, or one of your recovery codes.");
  }
}

/** The password was right but the code was not (or was used before). Counted like a wrong password. */
export class MfaCodeError extends DataError {
  constructor() {
    super("mfa_invalid", "That authentication code is not right.");
  }
}

/** The audit action of a refused code at sign-in, and of a recovery code used. */
export const WRONG_CODE = "session.mfa-code";
export const RECOVERY_USED = "session.recovery-code";

let key: Buffer | undefined;

/** The key that seals TOTP secrets, derived once from the server's AUTH_SECRET. */
export function sealingKey(): Buffer {
  key ??= mfaKey(process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET ?? "");
  return key;
}

export type SecondFactor = "none" | "missing" | "accepted" | "wrong";

interface MfaRow {
  mfaSecret: string | null;
  mfaLastStep: number | null;
}

/**
 * Uses up `input` as the user's second factor: a TOTP code of a step later than the last one
 * accepted, or an unused recovery code. Each is taken by one conditional UPDATE, so two parallel
 * sign-ins with the same code cannot both pass. Returns what was used, or null.
 */
async function consume(tx: Tx, user: LoginUser, row: MfaRow, input: string): Promise<"totp" | "recovery" | null> {
  const code = asTotpCode(input);
  if (code) {
    const secret = row.mfaSecret ? openSecret(sealingKey(), user.id, row.mfaSecret) : null;
    const step = secret ? matchTotp(secret, code, Date.now(), row.mfaLastStep) : null;
    if (step === null) return null;
    const taken = await tx.$executeRaw`
      UPDATE "User" SET "mfaLastStep" = ${step}
       WHERE id = ${user.id} AND "practiceId" = ${user.practiceId} AND ("mfaLastStep" IS NULL OR "mfaLastStep" < ${step})`;
    return taken === 1 ? "totp" : null;
  }
  const hash = hashRecoveryCode(user.id, input);
  if (!hash) return null;
  const taken = await tx.$executeRaw`
    UPDATE "User" SET "mfaRecoveryCodes" = array_remove("mfaRecoveryCodes", ${hash})
     WHERE id = ${user.id} AND "practiceId" = ${user.practiceId} AND ${hash} = ANY("mfaRecoveryCodes")`;
  return taken === 1 ? "recovery" : null;
}

/**
 * The second step of a sign-in whose password was right (the attempt is already reserved, so
 * the number of codes checked is bounded by the lockout): "none" when MFA is off for the user,
 * "missing" when it is on and no code came, "accepted" or "wrong". A wrong code, and a recovery
 * code used, are audited in the user's practice.
 */
export async function checkSecondFactor(user: LoginUser, input: string | undefined, requestId: string): Promise<SecondFactor> {
  return inTenant(user.practiceId, async (tx): Promise<SecondFactor> => {
    const row = await tx.user.findFirst({
      where: { id: user.id, practiceId: user.practiceId },
      select: { mfaEnabledAt: true, mfaSecret: true, mfaLastStep: true },
    });
    if (!row?.mfaEnabledAt) return "none";
    const code = input?.trim() ?? "";
    if (!code) return "missing";
    const used = await consume(tx, user, row, code);
    const who = { practiceId: user.practiceId, id: user.id, requestId };
    if (!used) {
      await writeAudit(tx, who, [{ action: WRONG_CODE, entityType: "User", entityId: user.id, outcome: "DENIED" }]);
      return "wrong";
    }
    if (used === "recovery") await writeAudit(tx, who, [{ action: RECOVERY_USED, entityType: "User", entityId: user.id }]);
    return "accepted";
  });
}
