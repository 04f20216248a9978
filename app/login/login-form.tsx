"use client";

import { useActionState, useEffect, useRef } from "react";
import { login, type LoginState } from "@/app/login/actions";

/** `returnTo`: the page a signed-out visit came from (validated again by the action). */
export function LoginForm({ returnTo }: { returnTo: string | null }) {
  const [state, action, pending] = useActionState<LoginState, FormData>(login, {});
  const password = useRef<HTMLInputElement>(null);
  // A refused sign-in: focus goes to the (emptied) password field, which the error describes,
  // instead of staying lost on the page after the disabled button.
  useEffect(() => {
    if (state.error) password.current?.focus();
  }, [state]);
  return (
    <form action={action} className="space-y-4" noValidate>
      {returnTo ? <input type="hidden" name="returnTo" value={returnTo} /> : null}
      {/* the live region is always there, so the message is announced when it appears */}
      <div role="status">
        {state.error ? (
          <p id="login-error" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">{state.error}</p>
        ) : null}
      </div>
      <div>
        <label htmlFor="email" className="block text-sm font-medium">Email</label>
        <input id="email" name="email" type="email" autoComplete="username" required defaultValue={state.email ?? ""}
          aria-describedby={state.error ? "login-error" : undefined}
          className="mt-1 w-full rounded-md border border-slate-300 px-3 py-2" />
      </div>
      <div>
        <label htmlFor="password" className="block text-sm font-medium">Password</label>
        <input ref={password} id="password" name="password" type="password" autoComplete="current-password" required
          aria-describedby={state.error ? "login-error" : undefined}
          className="mt-1 w-full rounded-md border border-slate-300 px-3 py-2" />
      </div>
      <button type="submit" disabled={pending}
        className="w-full rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60">
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
