"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { assignAction } from "@/app/(app)/intake/actions";
import { FirstSessionFields, type SlotOffer } from "@/components/intake/first-session-fields";
import type { FormResult } from "@/components/intake/form-errors";

interface Props {
  intakeId: string;
  clinicianId: string;
  clinicianName: string;
  /** What assigning will do, in words (which records are created or linked). */
  consequence: string;
  who: string;
  /** The first session to offer with the assignment (null: booking is not offered here). */
  booking: { slots: SlotOffer[]; sessionMinutes: number; telehealth: boolean; timeZone: string } | null;
}

/** "Assign" asks once more before it writes: assigning creates client records and cannot be undone here. */
export function AssignControl({ intakeId, clinicianId, clinicianName, consequence, who, booking }: Props) {
  const [confirming, setConfirming] = useState(false);
  const [state, action, pending] = useActionState<FormResult, FormData>(assignAction, {});
  const confirmButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);
  const headingId = `confirm-${clinicianId}`;
  return (
    <div className="mt-3">
      {!confirming ? (
        <button type="button" onClick={() => setConfirming(true)} className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
          Assign to {clinicianName}
        </button>
      ) : (
        <div role="group" aria-labelledby={headingId} className="rounded-md border border-brand-600 bg-brand-50 p-3">
          <p id={headingId} className="font-semibold">Assign {who} to {clinicianName}?</p>
          <p className="text-sm">{consequence}</p>
          <form action={action} className="mt-2">
            <input type="hidden" name="intakeId" value={intakeId} />
            <input type="hidden" name="clinicianId" value={clinicianId} />
            {booking ? <FirstSessionFields {...booking} /> : null}
            <div className="mt-2 flex gap-2">
            <button ref={confirmButton} type="submit" disabled={pending} className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60">
              {pending ? "Assigning…" : "Confirm assignment"}
            </button>
            <button type="button" onClick={() => setConfirming(false)} className="rounded-md border border-slate-300 bg-white px-4 py-2 hover:bg-slate-100">Cancel</button>
            </div>
          </form>
        </div>
      )}
      <div role="status">{state.message ? <p className="mt-2 text-sm font-medium text-red-800">{state.message}</p> : null}</div>
    </div>
  );
}
