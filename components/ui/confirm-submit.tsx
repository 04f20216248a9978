"use client";

import { useEffect, useId, useRef, useState } from "react";
import { useFormStatus } from "react-dom";

interface Props {
  /** The first button, naming the action ("Deactivate Jordan Reyes"). */
  label: string;
  /**
   * False: the button submits at once (the undo of the confirmed action, "Reactivate"). Keeping one
   * component in both states keeps focus on the button when the form's answer swaps them.
   */
  ask?: boolean;
  /** The question asked before anything is written, with what will happen. */
  question: string;
  /** The submit button inside the question ("Yes, deactivate"). */
  confirmLabel: string;
  pendingLabel?: string;
  disabled?: boolean;
  className: string;
  confirmClassName: string;
}

/**
 * A submit button for a consequential action that asks once more before the form is sent. It sits
 * inside the form: the first button only opens the question, whose own button submits. Focus moves
 * to the confirm button, and back to the first button on Cancel or once the form has answered.
 */
export function ConfirmSubmit({ label, ask = true, question, confirmLabel, pendingLabel = "Saving…", disabled, className, confirmClassName }: Props) {
  const { pending } = useFormStatus();
  const [asking, setAsking] = useState(false);
  const [wasPending, setWasPending] = useState(pending);
  // Bumped to send focus back to the first button (after Cancel, or once the form has answered).
  const [refocus, setRefocus] = useState(0);
  const opener = useRef<HTMLButtonElement>(null);
  const confirm = useRef<HTMLButtonElement>(null);
  const questionId = useId();

  // The form answered: close the question (its status message says what happened).
  if (pending !== wasPending) {
    setWasPending(pending);
    if (!pending) {
      setAsking(false);
      setRefocus((n) => n + 1);
    }
  }

  useEffect(() => {
    if (asking) confirm.current?.focus();
  }, [asking]);
  useEffect(() => {
    // Only when the focus was dropped (its button vanished or was disabled): never steal it.
    const dropped = !document.activeElement || document.activeElement === document.body;
    if (refocus > 0 && dropped) opener.current?.focus();
  }, [refocus]);

  if (!asking) {
    return (
      <button type={ask ? "button" : "submit"} ref={opener} disabled={disabled || (!ask && pending)} className={className}
        onClick={ask ? () => setAsking(true) : undefined}>
        {!ask && pending ? pendingLabel : label}
      </button>
    );
  }
  return (
    <div role="group" aria-labelledby={questionId} className="rounded-md border border-red-300 bg-red-50 p-3">
      <p id={questionId} className="text-sm font-medium text-red-900">{question}</p>
      <div className="mt-2 flex flex-wrap gap-2">
        <button type="submit" ref={confirm} disabled={pending} className={confirmClassName}>{pending ? pendingLabel : confirmLabel}</button>
        <button type="button" disabled={pending} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-100"
          onClick={() => { setAsking(false); setRefocus((n) => n + 1); }}>
          Cancel
        </button>
      </div>
    </div>
  );
}
