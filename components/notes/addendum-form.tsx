"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import { BUTTON, HINT, INPUT, LABEL } from "@/components/notes/styles";

/** Adds a signed, timestamped addendum under a signed note (the only way to correct it). */
export function AddendumForm({ noteId }: { noteId: string }) {
  const router = useRouter();
  const [text, setText] = useState("");
  const [message, setMessage] = useState("");
  const [busy, setBusy] = useState(false);
  const field = useRef<HTMLTextAreaElement>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setMessage("");
    try {
      const response = await fetch(`/api/v1/notes/${noteId}/addenda`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ text }),
      });
      const body = (await response.json().catch(() => ({}))) as { error?: { message?: string; issues?: { message: string }[] } };
      if (response.ok) {
        setText("");
        setMessage("Addendum added and signed.");
        router.refresh();
      } else {
        setMessage(body.error?.issues?.[0]?.message ?? body.error?.message ?? "The addendum could not be added.");
      }
    } catch {
      setMessage("You appear to be offline. Your text is still here; try again once you are back online.");
    } finally {
      setBusy(false);
      // The button was disabled while sending, which dropped the focus: back to the text.
      requestAnimationFrame(() => field.current?.focus());
    }
  }

  return (
    <form onSubmit={submit} className="space-y-2">
      <label htmlFor="addendum-text" className={LABEL}>Addendum</label>
      <p id="addendum-hint" className={HINT}>A correction or late entry. It is signed with your name and the time, and cannot be changed later.</p>
      <textarea ref={field} id="addendum-text" rows={3} required className={INPUT} value={text} aria-describedby="addendum-hint"
        onChange={(e) => setText(e.target.value)} />
      <div className="flex items-center gap-3">
        <button type="submit" className={BUTTON} disabled={busy || !text.trim()}>{busy ? "Adding…" : "Add addendum"}</button>
        <p role="status" className="text-sm text-slate-700">{message}</p>
      </div>
    </form>
  );
}
