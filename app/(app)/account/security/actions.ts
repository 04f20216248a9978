"use server";

import { actionFailure, type ActionFailure } from "@/lib/actions/safe-action";
import { qrDrawing, type QrDrawing } from "@/lib/auth/qr";
import { requireUserWhileEnrolling } from "@/lib/auth/session";
import { disableMfa, enableMfa, setupMfa } from "@/lib/data/sessions/mfa";

// The account security page's actions: the signed-in user's own MFA only. They accept a user who
// must still enrol (this is where they are sent); lib/data confines each to the caller's account.

export type SetupResult = { ok: true; secret: string; qr: QrDrawing } | ActionFailure | Record<string, never>;
export type EnableResult = { ok: true; recoveryCodes: string[] } | ActionFailure | Record<string, never>;
export type DisableResult = { ok: true; message: string } | ActionFailure | Record<string, never>;

const field = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : undefined;
};

export async function setupMfaAction(): Promise<SetupResult> {
  const actor = await requireUserWhileEnrolling();
  try {
    const { secret, otpauthUrl } = await setupMfa(actor);
    return { ok: true, secret, qr: qrDrawing(otpauthUrl) };
  } catch (error) {
    return actionFailure(error);
  }
}

export async function enableMfaAction(_: EnableResult, form: FormData): Promise<EnableResult> {
  const actor = await requireUserWhileEnrolling();
  try {
    return { ok: true, ...(await enableMfa(actor, { code: field(form, "code") })) };
  } catch (error) {
    return actionFailure(error);
  }
}

export async function disableMfaAction(_: DisableResult, form: FormData): Promise<DisableResult> {
  const actor = await requireUserWhileEnrolling();
  try {
    await disableMfa(actor, { password: field(form, "password") });
    return { ok: true, message: "MFA is off. Signing in now needs only your password." };
  } catch (error) {
    return actionFailure(error);
  }
}
