"use client";

import { useActionState, useEffect, useRef } from "react";
import { disableMfaAction, type DisableResult } from "@/app/(app)/account/security/actions";
import { FieldMessage, input, secondaryButton } from "@/components/admin/form-status";
import { useKeptForm } from "@/components/ui/use-kept-form";
import type { MfaStatus } from "@/lib/data/sessions/mfa";

/** MFA is on: how many recovery codes are left, and turning it off with the password. */
export function MfaOn({ status, focusHeading, onDisabled }: { status: MfaStatus; focusHeading: boolean; onDisabled: (message: string) => void }) {
  const [result, disable, disabling] = useActionState<DisableResult, FormData>(disableMfaAction, {});
  const form = useRef<HTMLFormElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const onSubmit = useKeptForm(form, disable, result);
  const failed = "ok" in result && result.ok === false ? result : null;
  const passwordError = failed ? (failed.fieldErrors.password ?? failed.error) : undefined;
  useEffect(() => {
    if (focusHeading) heading.current?.focus();
  }, [focusHeading]);
  useEffect(() => {
    if ("ok" in result && result.ok) onDisabled(result.message);
  }, [result, onDisabled]);
  const few = status.recoveryCodesLeft <= 3;
  return (
    <section aria-labelledby="mfa-on-heading" className="rounded-lg bg-white p-4 shadow-sm">
      <h2 id="mfa-on-heading" ref={heading} tabIndex={-1} className="text-lg font-semibold">MFA is on</h2>
      <p className="mt-1 max-w-2xl text-sm text-slate-700">
        Signing in asks for a code from your authenticator app after your password. Recovery codes left: {status.recoveryCodesLeft} of 10.
      </p>
      {few ? (
        <p className="mt-2 max-w-2xl rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">
          Few recovery codes are left. Turn MFA off and set it up again to get ten new ones.
        </p>
      ) : null}
      <h3 className="mt-6 font-semibold">Turn MFA off</h3>
      <p className="mt-1 max-w-2xl text-sm text-slate-700">
        {status.required
          ? "Your practice requires MFA for your role: after turning it off you must set it up again before you can carry on (for a new phone, say)."
          : "Signing in will then need only your password."}
      </p>
      <form ref={form} onSubmit={onSubmit} className="mt-3 max-w-xs" noValidate>
        <label htmlFor="mfa-off-password" className="block text-sm font-medium">Your password</label>
        <input id="mfa-off-password" name="password" type="password" autoComplete="current-password" required
          aria-invalid={passwordError ? true : undefined} aria-describedby={passwordError ? "mfa-off-password-error" : undefined} className={input} />
        <FieldMessage id="mfa-off-password" message={passwordError} />
        <button type="submit" disabled={disabling} className={`${secondaryButton} mt-3 border-red-300 text-red-800 hover:bg-red-50`}>
          {disabling ? "Checking…" : "Turn MFA off"}
        </button>
      </form>
    </section>
  );
}
