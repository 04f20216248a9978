"use client";

import { useActionState, useEffect, useRef } from "react";
import { enableMfaAction, setupMfaAction, type EnableResult, type SetupResult } from "@/app/(app)/account/security/actions";
import { QrCode } from "@/components/account/qr-code";
import { RecoveryCodes } from "@/components/account/recovery-codes";
import { FieldMessage, input, primaryButton, secondaryButton } from "@/components/admin/form-status";
import { useKeptForm } from "@/components/ui/use-kept-form";

const grouped = (secret: string) => secret.match(/.{1,4}/g)?.join(" ") ?? secret;
const failure = (r: SetupResult | EnableResult) => ("ok" in r && r.ok === false ? r : null);

/**
 * Setting MFA up: a new key (QR code and text), its first code to turn MFA on, then the recovery
 * codes once. Every step moves focus to where the user acts next and announces what happened.
 */
export function MfaEnrol({ required, onDone }: { required: boolean; onDone: () => void }) {
  const [setup, startSetup, starting] = useActionState<SetupResult, FormData>(setupMfaAction, {});
  const [enabled, enable, enabling] = useActionState<EnableResult, FormData>(enableMfaAction, {});
  const form = useRef<HTMLFormElement>(null);
  const code = useRef<HTMLInputElement>(null);
  const enableFailure = failure(enabled);
  const onSubmit = useKeptForm(form, enable, enabled);
  useEffect(() => {
    if ("ok" in setup && setup.ok) code.current?.focus();
  }, [setup]);

  if ("ok" in enabled && enabled.ok) return <RecoveryCodes codes={enabled.recoveryCodes} onDone={onDone} />;
  const key = "ok" in setup && setup.ok ? setup : null;
  const codeError = enableFailure?.fieldErrors.code ?? enableFailure?.error;
  return (
    <section aria-labelledby="mfa-setup-heading" className="rounded-lg bg-white p-4 shadow-sm">
      <h2 id="mfa-setup-heading" className="text-lg font-semibold">Set up MFA</h2>
      <p className="mt-1 max-w-2xl text-sm text-slate-700">
        With MFA (multi-factor authentication), signing in needs your password and a 6-digit code from an authenticator app on your
        phone, such as Google Authenticator, Microsoft Authenticator or 1Password.
        {required ? " Your practice requires it for your role: set it up to carry on." : ""}
      </p>
      <div role="status" className="mt-2">
        {failure(setup) ? <p className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">{failure(setup)?.error}</p> : null}
      </div>
      <form action={startSetup} className="mt-3">
        <button type="submit" disabled={starting} className={key ? secondaryButton : primaryButton}>
          {starting ? "Making a key…" : key ? "Start again with a new key" : "Set up MFA"}
        </button>
      </form>
      {key ? (
        <div className="mt-4 grid gap-4 md:grid-cols-[auto_1fr]">
          <QrCode drawing={key.qr} label="QR code of your MFA key, for your authenticator app" />
          <div>
            <ol id="mfa-steps" className="list-decimal space-y-1 pl-5 text-sm text-slate-800">
              <li>In your authenticator app, add an account and scan this QR code.</li>
              <li>Or type this key: <code id="mfa-secret" className="rounded bg-slate-100 px-1 font-mono">{grouped(key.secret)}</code> (time-based, 6 digits).</li>
              <li>Enter the 6-digit code the app shows, then turn MFA on.</li>
            </ol>
            <form ref={form} onSubmit={onSubmit} className="mt-3 max-w-xs" noValidate>
              <label htmlFor="mfa-code" className="block text-sm font-medium">Authentication code</label>
              <input ref={code} id="mfa-code" name="code" type="text" inputMode="numeric" autoComplete="one-time-code" maxLength={64} required
                aria-describedby={codeError ? "mfa-steps mfa-code-error" : "mfa-steps"} aria-invalid={codeError ? true : undefined}
                className={input} />
              <FieldMessage id="mfa-code" message={codeError} />
              <button type="submit" disabled={enabling} className={`${primaryButton} mt-3`}>{enabling ? "Checking…" : "Turn on MFA"}</button>
            </form>
          </div>
        </div>
      ) : null}
    </section>
  );
}
