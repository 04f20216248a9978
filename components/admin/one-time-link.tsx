"use client";

import { useState } from "react";

/**
 * A set-password link, shown to the owner this once: only its hash is stored, so nobody can
 * show it again. The address is built here from the page's own origin (not from a header).
 */
export function OneTimeLink({ path, name, expiresAt }: { path: string; name: string; expiresAt: string }) {
  const [copied, setCopied] = useState(false);
  const url = typeof window === "undefined" ? path : `${window.location.origin}${path}`;
  const expires = new Date(expiresAt).toLocaleString("en-US", { dateStyle: "medium", timeStyle: "short" });
  return (
    <div className="mt-3 rounded-lg border border-amber-300 bg-amber-50 p-4">
      <p className="text-sm font-medium text-amber-950">
        Send this link to {name} yourself (by a channel you trust). It works once, until {expires}, and will not be shown again.
      </p>
      <label htmlFor="one-time-link" className="mt-2 block text-sm font-medium">Set-password link for {name}</label>
      <div className="mt-1 flex gap-2">
        <input id="one-time-link" readOnly value={url} onFocus={(e) => e.target.select()} className="w-full rounded-md border border-slate-300 bg-white px-3 py-2 font-mono text-xs" />
        <button type="button" className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-100"
          onClick={async () => {
            await navigator.clipboard?.writeText(url).catch(() => undefined);
            setCopied(true);
          }}>
          Copy
        </button>
      </div>
      <p role="status" className="mt-1 text-xs text-slate-700">{copied ? "Copied." : ""}</p>
    </div>
  );
}
