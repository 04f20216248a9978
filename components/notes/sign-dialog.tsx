"use client";

import { useRef, useState, type FormEvent } from "react";
import type { NoteDto } from "@/components/notes/note-fields";
import { BUTTON, BUTTON_SECONDARY, INPUT, LABEL } from "@/components/notes/styles";

interface Props {
  noteId: string;
  disabled: boolean;
  /** Saves pending edits first; false when they could not be saved. */
  beforeSign: () => Promise<boolean>;
  version: () => number;
  onSigned: (note: NoteDto) => void;
  onConflict: (current: NoteDto | null) => void;
}

/**
 * Signing is an attestation: a modal <dialog> (focus moves in, Escape closes, focus returns to
 * the button) asks for the author's password before the note is locked.
 */
export function SignDialog({ noteId, disabled, beforeSign, version, onSigned, onConflict }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const passwordField = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const close = () => dialog.current?.close();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const password = String(new FormData(form).get("password") ?? "");
    setBusy(true);
    setError(null);
    try {
      if (!(await beforeSign())) {
        setError("Your latest changes are not saved yet, so the note cannot be signed. Check the save status and try again.");
        return;
      }
      const response = await fetch(`/api/v1/notes/${noteId}/sign`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ password, version: version() }),
      });
      const body = (await response.json().catch(() => ({}))) as NoteDto & { error?: { message?: string; details?: { current?: NoteDto | null } } };
      if (response.ok) {
        form.reset();
        close();
        onSigned(body);
      } else if (response.status === 409) {
        close();
        onConflict(body.error?.details?.current ?? null);
      } else {
        setError(response.status === 403 ? "That password is not correct." : (body.error?.message ?? "The note could not be signed."));
        requestAnimationFrame(() => passwordField.current?.select());
      }
    } catch {
      setError("You appear to be offline. Your note is kept on this device; sign once you are back online.");
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <button type="button" ref={opener} className={BUTTON} disabled={disabled}
        onClick={() => { setError(null); dialog.current?.showModal(); }}>
        Sign note…
      </button>
      <dialog ref={dialog} aria-labelledby="sign-title" aria-describedby="sign-desc" onClose={() => opener.current?.focus()}
        className="m-auto w-full max-w-md rounded-lg p-6 shadow-xl backdrop:bg-slate-900/50">
        <form onSubmit={submit} className="space-y-4">
          <h2 id="sign-title" className="text-lg font-semibold text-brand-900">Sign this note</h2>
          <p id="sign-desc" className="text-sm text-slate-700">
            Signing attests that this note is accurate and complete. It locks the note for good: later corrections are
            added as addenda. Enter your password to confirm it is you.
          </p>
          <div>
            <label htmlFor="sign-password" className={LABEL}>Password</label>
            <input ref={passwordField} id="sign-password" name="password" type="password" autoComplete="current-password" required autoFocus className={INPUT}
              aria-invalid={error ? true : undefined} aria-describedby={error ? "sign-error" : undefined} />
          </div>
          <p id="sign-error" role="status" className="min-h-5 text-sm font-medium text-red-800">{error ?? ""}</p>
          <div className="flex justify-end gap-3">
            <button type="button" className={BUTTON_SECONDARY} onClick={close}>Cancel</button>
            <button type="submit" className={BUTTON} disabled={busy}>{busy ? "Signing…" : "Sign note"}</button>
          </div>
        </form>
      </dialog>
    </>
  );
}
