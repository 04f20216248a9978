"use client";

import { useRouter } from "next/navigation";
import { useCallback, useState } from "react";
import { MfaEnrol } from "@/components/account/mfa-enrol";
import { MfaOn } from "@/components/account/mfa-on";
import type { MfaStatus } from "@/lib/data/sessions/mfa";

/**
 * The user's MFA, on or off. A change is saved by the step's own action; the page is then read
 * again from the server (router.refresh), which also brings the navigation back to someone who
 * had to enrol first.
 */
export function MfaSettings({ status }: { status: MfaStatus }) {
  const router = useRouter();
  const [justEnabled, setJustEnabled] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const onDisabled = useCallback((words: string) => {
    setMessage(words);
    router.refresh();
  }, [router]);
  const onDone = useCallback(() => {
    setJustEnabled(true);
    setMessage(null);
    router.refresh();
  }, [router]);
  return (
    <div className="space-y-4">
      <div role="status">
        {message ? <p className="rounded-md border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">{message}</p> : null}
      </div>
      {status.enabled ? (
        <MfaOn status={status} focusHeading={justEnabled} onDisabled={onDisabled} />
      ) : justEnabled ? (
        <p className="text-sm text-slate-700">Saving…</p>
      ) : (
        <MfaEnrol required={status.required} onDone={onDone} />
      )}
    </div>
  );
}
