"use client";

import { useActionState, useRef } from "react";
import { assignAction } from "@/app/(app)/intake/actions";
import { errorProps, FieldError, inputClass } from "@/components/intake/fields";
import type { FormResult } from "@/components/intake/form-errors";
import { useKeptForm } from "@/components/ui/use-kept-form";

/** Nobody fits: put the request on the waitlist, saying why (the reason is kept and shown in the queue). */
export function WaitlistForm({ intakeId, currentReason }: { intakeId: string; currentReason: string | null }) {
  const [state, action, pending] = useActionState<FormResult, FormData>(assignAction, {});
  const form = useRef<HTMLFormElement>(null);
  const formSubmit = useKeptForm(form, action, state);
  const error = state.fieldErrors?.reason;
  return (
    <form ref={form} onSubmit={formSubmit} className="space-y-2">
      <input type="hidden" name="intakeId" value={intakeId} />
      <input type="hidden" name="mode" value="waitlist" />
      <label htmlFor="waitlist-reason" className="block text-sm font-medium">Why nobody fits</label>
      <textarea id="waitlist-reason" name="reason" rows={3} defaultValue={currentReason ?? ""} className={inputClass} {...errorProps("waitlist-reason", error)} />
      <FieldError id="waitlist-reason-error" message={error} />
      <div role="status">{state.message && !error ? <p className="text-sm font-medium text-red-800">{state.message}</p> : null}</div>
      <button type="submit" disabled={pending} className="rounded-md border border-amber-600 bg-amber-50 px-4 py-2 font-medium text-amber-950 hover:bg-amber-100 disabled:opacity-60">
        {pending ? "Saving…" : "Put on the waitlist"}
      </button>
    </form>
  );
}
