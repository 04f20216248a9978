"use client";

import { useActionState } from "react";
import { revokeTokenAction } from "@/app/(app)/admin/tokens/actions";
import { FormStatus, secondaryButton } from "@/components/admin/form-status";
import type { TokenResult } from "@/components/admin/token-create-form";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import type { TokenDto } from "@/lib/data/tokens/schema";

const when = (iso: string) => new Date(iso).toLocaleString("en-US", { dateStyle: "medium", timeStyle: "short" });

/** One token: who made it, when it expires and was last used, and a revoke button while it works. */
export function TokenRow({ token }: { token: TokenDto }) {
  const [result, revoke, revoking] = useActionState<TokenResult, FormData>(revokeTokenAction.bind(null, token.id), {});
  const expired = token.expired;
  const state = token.revokedAt ? `revoked ${when(token.revokedAt)}` : expired ? "expired" : null;
  return (
    <li className="rounded-lg bg-white p-4 shadow-sm">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div>
          <h3 className="font-semibold">{token.name}{state ? <span className="ml-2 text-sm font-normal text-slate-600">({state})</span> : null}</h3>
          <p className="text-sm text-slate-600">
            Created by {token.createdByName ?? "a former colleague"} on {when(token.createdAt)}. {expired ? "Expired" : "Expires"} {when(token.expiresAt)}.{" "}
            {token.lastUsedAt ? `Last used ${when(token.lastUsedAt)}.` : "Never used."}
          </p>
        </div>
        {state ? null : (
          <form action={revoke}>
            <ConfirmSubmit ask label={`Revoke ${token.name}`} disabled={revoking} pendingLabel="Revoking…"
              question={`Revoke ${token.name}? Anything using it stops working at once; this cannot be undone.`}
              confirmLabel={`Yes, revoke ${token.name}`} className={secondaryButton}
              confirmClassName="rounded-md bg-red-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-red-800 disabled:opacity-60" />
          </form>
        )}
      </div>
      <FormStatus result={result} />
    </li>
  );
}
