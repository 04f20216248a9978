"use client";

import { useActionState, useRef } from "react";
import { setPasswordAction, type SetPasswordState } from "@/app/set-password/[token]/actions";
import { useKeptForm } from "@/components/ui/use-kept-form";

const input = "mt-1 w-full rounded-md border border-slate-300 px-3 py-2 aria-[invalid=true]:border-red-600";

/** The invitee's new password, typed twice. */
export function SetPasswordForm({ token, email }: { token: string; email: string }) {
  const [state, action, pending] = useActionState<SetPasswordState, FormData>(setPasswordAction.bind(null, token), {});
  const form = useRef<HTMLFormElement>(null);
  const formSubmit = useKeptForm(form, action, state);
  const error = (name: string) => state.fieldErrors?.[name];
  return (
    <form ref={form} onSubmit={formSubmit} className="space-y-4" noValidate>
      <div role="status">
        {state.message ? <p className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">{state.message}</p> : null}
      </div>
      {/* lets a password manager file the new password under the right account */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <div>
        <label htmlFor="password" className="block text-sm font-medium">New password</label>
        <p id="password-hint" className="text-xs text-slate-600">At least 12 characters. A few unrelated words make a strong one.</p>
        <input id="password" name="password" type="password" autoComplete="new-password" required className={input}
          aria-invalid={error("password") ? true : undefined} aria-describedby={error("password") ? "password-hint password-error" : "password-hint"} />
        {error("password") ? <p id="password-error" className="mt-1 text-sm text-red-700">{error("password")}</p> : null}
      </div>
      <div>
        <label htmlFor="confirm" className="block text-sm font-medium">Type it again</label>
        <input id="confirm" name="confirm" type="password" autoComplete="new-password" required className={input}
          aria-invalid={error("confirm") ? true : undefined} aria-describedby={error("confirm") ? "confirm-error" : undefined} />
        {error("confirm") ? <p id="confirm-error" className="mt-1 text-sm text-red-700">{error("confirm")}</p> : null}
      </div>
      <button type="submit" disabled={pending} className="w-full rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60">
        {pending ? "Saving…" : "Set password"}
      </button>
    </form>
  );
}
