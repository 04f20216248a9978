"use client";

import { useActionState, useRef, useState } from "react";
import { createTokenAction } from "@/app/(app)/admin/tokens/actions";
import type { AdminResult } from "@/components/admin/admin-result";
import { FieldMessage, fieldProps, FormStatus, input, primaryButton } from "@/components/admin/form-status";
import { useKeptForm } from "@/components/ui/use-kept-form";

/** What the token form answers: the value, this once. */
export interface TokenResult extends AdminResult {
  token?: string;
  tokenName?: string;
}

/** Creates an API token (a name and 1-365 days) and shows its value once, with a copy button. */
export function TokenCreateForm() {
  const [result, action, pending] = useActionState<TokenResult, FormData>(createTokenAction, {});
  const form = useRef<HTMLFormElement>(null);
  const formSubmit = useKeptForm(form, action, result, { resetOnSuccess: true });
  const name = fieldProps(result, "name", "new-token-name");
  const days = fieldProps(result, "expiresInDays", "new-token-days");
  return (
    <>
      <form ref={form} onSubmit={formSubmit} className="grid gap-3 rounded-lg bg-white p-4 shadow-sm md:grid-cols-[2fr_1fr_auto] md:items-end" noValidate>
        <div>
          <label htmlFor="new-token-name" className="block text-sm font-medium">Name (what it is for)</label>
          <input id="new-token-name" name="name" required maxLength={100} className={input} {...name.props} />
          <FieldMessage id="new-token-name" message={name.message} />
        </div>
        <div>
          <label htmlFor="new-token-days" className="block text-sm font-medium">Expires after (days, 1 to 365)</label>
          <input id="new-token-days" name="expiresInDays" type="number" min={1} max={365} defaultValue={90} required className={input} {...days.props} />
          <FieldMessage id="new-token-days" message={days.message} />
        </div>
        <button type="submit" disabled={pending} className={primaryButton}>{pending ? "Creating…" : "Create token"}</button>
        <div className="md:col-span-3"><FormStatus result={result} /></div>
      </form>
      {result.token ? <TokenShownOnce token={result.token} name={result.tokenName ?? ""} expiresAt={result.expiresAt ?? ""} /> : null}
    </>
  );
}

function TokenShownOnce({ token, name, expiresAt }: { token: string; name: string; expiresAt: string }) {
  const [copied, setCopied] = useState(false);
  const expires = expiresAt ? new Date(expiresAt).toLocaleString("en-US", { dateStyle: "medium", timeStyle: "short" }) : "";
  return (
    <div className="mt-3 rounded-lg border border-amber-300 bg-amber-50 p-4">
      <p className="text-sm font-medium text-amber-950">
        Copy this token now and keep it somewhere safe: it is shown only this once (we keep only a fingerprint of it). It works until {expires}.
        Send it as <code>Authorization: Bearer …</code>; it acts as you, with your roles.
      </p>
      <label htmlFor="new-token-value" className="mt-2 block text-sm font-medium">API token “{name}”</label>
      <div className="mt-1 flex gap-2">
        <input id="new-token-value" readOnly value={token} onFocus={(e) => e.target.select()} className="w-full rounded-md border border-slate-300 bg-white px-3 py-2 font-mono text-xs" />
        <button type="button" className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-100"
          onClick={async () => {
            await navigator.clipboard?.writeText(token).catch(() => undefined);
            setCopied(true);
          }}>
          Copy
        </button>
      </div>
      <p role="status" className="mt-1 text-xs text-slate-700">{copied ? "Copied." : ""}</p>
    </div>
  );
}
