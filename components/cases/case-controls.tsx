"use client";

import { useActionState, useRef } from "react";
import { FieldMessage, FormStatus, input, primaryButton, secondaryButton } from "@/components/admin/form-status";
import { caseAction } from "@/components/cases/actions";
import type { CaseResult } from "@/components/cases/result";
import { useKeptForm } from "@/components/ui/use-kept-form";

export interface CaseControlsProps {
  kind: "client" | "couple";
  id: string;
  version: number;
  status: string;
  today: string;
  /** Clinicians a case may go to (shown only to those who may reassign). */
  clinicians: { id: string; name: string }[] | null;
  assignedClinicianId: string | null;
}

/** The hidden fields every case form sends: which case, and the version the page showed. */
function Hidden({ p, intent }: { p: CaseControlsProps; intent: string }) {
  return (
    <>
      <input type="hidden" name="kind" value={p.kind} />
      <input type="hidden" name="id" value={p.id} />
      <input type="hidden" name="version" value={p.version} />
      <input type="hidden" name="shownStatus" value={p.status} />
      <input type="hidden" name="intent" value={intent} />
    </>
  );
}

function useCaseForm() {
  const [result, action, pending] = useActionState<CaseResult, FormData>(caseAction, {});
  const form = useRef<HTMLFormElement>(null);
  const onSubmit = useKeptForm(form, action, result);
  return { result, pending, form, onSubmit, errors: result.fieldErrors ?? {} };
}

const invalid = (errors: Record<string, string>, key: string, id: string) => (errors[key] ? { "aria-invalid": true as const, "aria-describedby": `${id}-error` } : {});

function DischargeForm(p: CaseControlsProps) {
  const { result, pending, form, onSubmit, errors } = useCaseForm();
  const prefix = `${p.kind}-discharge`;
  return (
    <form ref={form} onSubmit={onSubmit} noValidate aria-label="Discharge" className="space-y-3">
      <Hidden p={p} intent="discharge" />
      <div className="grid gap-3 sm:grid-cols-[10rem_1fr]">
        <div>
          <label htmlFor={`${prefix}-on`} className="block text-sm font-medium">Discharge date</label>
          <input id={`${prefix}-on`} name="dischargedOn" type="date" defaultValue={p.today} max={p.today} className={input} {...invalid(errors, "dischargedOn", `${prefix}-on`)} />
          <FieldMessage id={`${prefix}-on`} message={errors.dischargedOn} />
        </div>
        <div>
          <label htmlFor={`${prefix}-reason`} className="block text-sm font-medium">Reason for discharge</label>
          <input id={`${prefix}-reason`} name="dischargeReason" maxLength={500} className={input} {...invalid(errors, "dischargeReason", `${prefix}-reason`)} />
          <FieldMessage id={`${prefix}-reason`} message={errors.dischargeReason} />
        </div>
      </div>
      <button type="submit" disabled={pending} className={primaryButton}>{pending ? "Discharging…" : "Discharge"}</button>
      <FormStatus result={result} />
    </form>
  );
}

function ReopenForm(p: CaseControlsProps) {
  const { result, pending, form, onSubmit } = useCaseForm();
  return (
    <form ref={form} onSubmit={onSubmit} noValidate aria-label="Reopen" className="space-y-2">
      <Hidden p={p} intent="reopen" />
      <p className="text-sm text-slate-700">Reopening makes the case active again and clears the discharge.</p>
      <button type="submit" disabled={pending} className={primaryButton}>{pending ? "Reopening…" : "Reopen case"}</button>
      <FormStatus result={result} />
    </form>
  );
}

function ReassignForm(p: CaseControlsProps & { clinicians: { id: string; name: string }[] }) {
  const { result, pending, form, onSubmit, errors } = useCaseForm();
  const prefix = `${p.kind}-reassign`;
  const others = p.clinicians.filter((c) => c.id !== p.assignedClinicianId);
  if (others.length === 0) return <p className="text-sm text-slate-700">There is no other clinician to reassign this case to.</p>;
  return (
    <form ref={form} onSubmit={onSubmit} noValidate aria-label="Reassign" className="space-y-3">
      <Hidden p={p} intent="reassign" />
      <div className="grid gap-3 sm:grid-cols-2">
        <div>
          <label htmlFor={`${prefix}-to`} className="block text-sm font-medium">New clinician</label>
          <select id={`${prefix}-to`} name="assignedClinicianId" className={input} {...invalid(errors, "assignedClinicianId", `${prefix}-to`)}>
            {others.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
          </select>
          <FieldMessage id={`${prefix}-to`} message={errors.assignedClinicianId} />
        </div>
        <div>
          <label htmlFor={`${prefix}-reason`} className="block text-sm font-medium">Reason (optional)</label>
          <input id={`${prefix}-reason`} name="reason" maxLength={500} className={input} {...invalid(errors, "reason", `${prefix}-reason`)} />
          <FieldMessage id={`${prefix}-reason`} message={errors.reason} />
        </div>
      </div>
      <button type="submit" disabled={pending} className={secondaryButton}>{pending ? "Reassigning…" : "Reassign"}</button>
      <FormStatus result={result} />
    </form>
  );
}

/** Discharge (date and reason), reopen, and (intake, owner) reassign: what the status allows. */
export function CaseControls(p: CaseControlsProps) {
  const discharged = p.status === "DISCHARGED";
  const dischargeable = p.status === "ACTIVE" || p.status === "WAITLISTED";
  return (
    <div className="space-y-5">
      {dischargeable ? <section aria-label="Discharge"><h3 className="mb-2 font-medium">Discharge</h3><DischargeForm {...p} /></section> : null}
      {discharged ? <section aria-label="Reopen"><h3 className="mb-2 font-medium">Reopen</h3><ReopenForm {...p} /></section> : null}
      {p.clinicians ? <section aria-label="Reassign"><h3 className="mb-2 font-medium">Reassign</h3><ReassignForm {...p} clinicians={p.clinicians} /></section> : null}
    </div>
  );
}
