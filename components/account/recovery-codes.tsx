"use client";

import { useEffect, useRef, useState } from "react";
import { primaryButton, secondaryButton } from "@/components/admin/form-status";

/** The ten recovery codes, shown once right after MFA was turned on. */
export function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const [copied, setCopied] = useState(false);
  // The step changed under the user: focus goes to its heading, so a screen reader reads on from there.
  useEffect(() => heading.current?.focus(), []);
  return (
    <section aria-labelledby="recovery-heading" className="rounded-lg border border-amber-300 bg-amber-50 p-4">
      <h2 id="recovery-heading" ref={heading} tabIndex={-1} className="text-lg font-semibold text-amber-950">MFA is on. Save your recovery codes</h2>
      <p className="mt-1 text-sm text-amber-950">
        If you lose your phone, each of these codes signs you in once in place of an authentication code. They are shown only now:
        print them or keep them in a password manager, not on the phone itself.
      </p>
      <ol aria-label="Recovery codes" className="mt-3 grid max-w-md grid-cols-2 gap-x-6 gap-y-1 font-mono text-sm">
        {codes.map((code) => <li key={code}>{code}</li>)}
      </ol>
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <button type="button" className={secondaryButton}
          onClick={async () => {
            await navigator.clipboard?.writeText(codes.join("\n")).catch(() => undefined);
            setCopied(true);
          }}>
          Copy the codes
        </button>
        <button type="button" className={primaryButton} onClick={onDone}>I have saved my recovery codes</button>
        <span role="status" className="text-sm text-slate-700">{copied ? "Copied." : ""}</span>
      </div>
    </section>
  );
}
