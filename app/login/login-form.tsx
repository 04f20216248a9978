"use client";

import { startTransition, useActionState, useEffect, useRef, type FormEvent } from "react";
import { login, type LoginState } from "@/app/login/actions";

const field = "mt-1 w-full rounded-md border border-slate-300 px-3 py-2 aria-[invalid=true]:border-red-600";

/** `returnTo`: the page a signed-out visit came from (validated again by the action). */
export function LoginForm({ returnTo }: { returnTo: string | null }) {
  const [state, action, pending] = useActionState<LoginState, FormData>(login, {});
  const password = useRef<HTMLInputElement>(null);
  const code = useRef<HTMLInputElement>(null);
  const codeStep = Boolean(state.needsCode);
  const passwordError = Boolean(state.error) && !codeStep;
  // After an answer, focus goes where the user must act: the code field once the password was
  // right (emptied after a wrong code), else the (emptied) password field the error describes.
  useEffect(() => {
    if (state.needsCode && code.current) {
      if (state.error) code.current.value = "";
      code.current.focus();
    } else if (state.error && password.current) {
      password.current.value = "";
      password.current.focus();
    }
  }, [state]);
  // Sent without React's form reset: what was typed stays (the password is needed again with the
  // code). `action` stays on the form for a browser without JavaScript (a plain POST).
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => action(data));
  };
  const message = state.error ?? state.notice;
  return (
    <form action={action} onSubmit={onSubmit} className="space-y-4" noValidate>
      {returnTo ? <input type="hidden" name="returnTo" value={returnTo} /> : null}
      {/* the live region is always there, so the message is announced when it appears */}
      <div role="status">
        {message ? (
          <p id="login-error" className={`rounded-md border px-3 py-2 text-sm ${state.error ? "border-red-300 bg-red-50 text-red-800" : "border-sky-300 bg-sky-50 text-sky-900"}`}>
            {message}
          </p>
        ) : null}
      </div>
      <div>
        <label htmlFor="email" className="block text-sm font-medium">Email</label>
        <input id="email" name="email" type="email" autoComplete="username" required defaultValue={state.email ?? ""}
          aria-describedby={passwordError ? "login-error" : undefined}
          className={field} />
      </div>
      <div>
        <label htmlFor="password" className="block text-sm font-medium">Password</label>
        <input ref={password} id="password" name="password" type="password" autoComplete="current-password" required
          aria-describedby={passwordError ? "login-error" : undefined} aria-invalid={passwordError || undefined}
          className={field} />
      </div>
      {codeStep ? (
        <div>
          <label htmlFor="code" className="block text-sm font-medium">Authentication code</label>
          <p id="code-hint" className="text-xs text-slate-600">6 digits from your authenticator app, or a recovery code such as abcd-efgh-jkmn-pqrs.</p>
          <input ref={code} id="code" name="code" type="text" autoComplete="one-time-code" autoCapitalize="none" spellCheck={false}
            maxLength={64} required aria-invalid={state.error ? true : undefined}
            aria-describedby={state.error || state.notice ? "code-hint login-error" : "code-hint"}
            className={field} />
        </div>
      ) : null}
      <button type="submit" disabled={pending}
        className="w-full rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60">
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
