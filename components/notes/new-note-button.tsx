"use client";

import { useFormStatus } from "react-dom";
import { useSyncExternalStore } from "react";
import { BUTTON } from "@/components/notes/styles";

const noSubscription = () => () => {};

function localToday(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

function Submit({ label }: { label: string }) {
  const { pending } = useFormStatus();
  return <button type="submit" className={BUTTON} disabled={pending}>{pending ? "Starting…" : label}</button>;
}

/** Starts a draft for this client or couple straight away and opens the editor on it. */
export function NewNoteButton({ action, target, label = "New note" }: {
  /** The page's server action (app/(app)/notes/actions.ts: startNoteAction). */
  action: (formData: FormData) => Promise<void>;
  target: { clientId: string } | { coupleId: string };
  label?: string;
}) {
  const today = useSyncExternalStore(noSubscription, localToday, () => "");
  return (
    <form action={action}>
      {"clientId" in target ? <input type="hidden" name="clientId" value={target.clientId} /> : <input type="hidden" name="coupleId" value={target.coupleId} />}
      <input type="hidden" name="sessionDate" value={today} />
      <Submit label={label} />
    </form>
  );
}
