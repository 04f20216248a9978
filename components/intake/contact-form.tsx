"use client";

import { useActionState, useRef } from "react";
import { addContactAction, type ContactFormResult } from "@/app/(app)/intake/[id]/contact-actions";
import { errorProps, FieldError, inputClass } from "@/components/intake/fields";
import { useKeptForm } from "@/components/ui/use-kept-form";
import { CONTACT_KIND_LABELS } from "@/components/intake/contact-kinds";
import { CONTACT_KINDS } from "@/lib/validation/intake-contact";

/** Log a call, message, email or voicemail; what was typed stays when the server refuses it. */
export function ContactForm({ intakeId }: { intakeId: string }) {
  const [state, action, pending] = useActionState<ContactFormResult, FormData>(addContactAction, {});
  const form = useRef<HTMLFormElement>(null);
  const onSubmit = useKeptForm(form, action, state, { resetOnSuccess: true });
  const errors = state.fieldErrors ?? {};
  return (
    <form ref={form} onSubmit={onSubmit} className="space-y-3 rounded-lg bg-white p-4 shadow-sm" aria-labelledby="contact-form-heading">
      <h3 id="contact-form-heading" className="font-semibold">Log a contact</h3>
      <input type="hidden" name="intakeId" value={intakeId} />
      <div className="grid gap-3 sm:grid-cols-[12rem_1fr]">
        <div>
          <label htmlFor="contact-kind" className="block text-sm font-medium">Kind of contact</label>
          <select id="contact-kind" name="kind" defaultValue="CALL" className={inputClass} {...errorProps("contact-kind", errors.kind)}>
            {CONTACT_KINDS.map((k) => <option key={k} value={k}>{CONTACT_KIND_LABELS[k]}</option>)}
          </select>
          <FieldError id="contact-kind-error" message={errors.kind} />
        </div>
        <div>
          <label htmlFor="contact-outcome" className="block text-sm font-medium">Outcome</label>
          <p id="contact-outcome-hint" className="text-xs text-slate-600">For example: reached, left a message, no answer, booked a call back.</p>
          <input id="contact-outcome" name="outcome" maxLength={200} className={inputClass} {...errorProps("contact-outcome", errors.outcome, "contact-outcome-hint")} />
          <FieldError id="contact-outcome-error" message={errors.outcome} />
        </div>
      </div>
      <div>
        <label htmlFor="contact-note" className="block text-sm font-medium">Note (optional)</label>
        <textarea id="contact-note" name="note" rows={3} maxLength={2000} className={inputClass} {...errorProps("contact-note", errors.note)} />
        <FieldError id="contact-note-error" message={errors.note} />
      </div>
      <div role="status">
        {state.message ? <p className={`text-sm font-medium ${state.ok ? "text-emerald-800" : "text-red-800"}`}>{state.message}</p> : null}
      </div>
      <button type="submit" disabled={pending} className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60">
        {pending ? "Saving…" : "Log contact"}
      </button>
    </form>
  );
}
