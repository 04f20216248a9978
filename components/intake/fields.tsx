// Small form primitives for the intake and clinician forms: a label, the control, and the error
// right under it, tied together with aria-describedby so a screen reader reads the problem.
import type { ReactNode } from "react";

export const inputClass = "mt-1 w-full rounded-md border border-slate-300 bg-white px-3 py-2 aria-[invalid=true]:border-red-600";

export function FieldError({ id, message }: { id: string; message?: string | undefined }) {
  return message ? <p id={id} className="mt-1 text-sm text-red-700">{message}</p> : null;
}

/** Props an input needs to announce its error (and its hint, when it has one). */
export function errorProps(id: string, message?: string, hintId?: string) {
  const describedBy = [hintId, message ? `${id}-error` : undefined].filter(Boolean).join(" ");
  return { ...(message ? { "aria-invalid": true as const } : {}), ...(describedBy ? { "aria-describedby": describedBy } : {}) };
}

interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  type?: "text" | "email" | "tel" | "date" | "number";
  required?: boolean;
  autoComplete?: string;
  hint?: string;
}

export function TextField({ id, label, value, onChange, error, type = "text", required, autoComplete, hint }: TextFieldProps) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
        {required ? <span className="text-red-700" aria-hidden="true"> *</span> : null}
      </label>
      {hint ? <p id={`${id}-hint`} className="text-xs text-slate-600">{hint}</p> : null}
      <input id={id} type={type} value={value} onChange={(e) => onChange(e.target.value)} required={required} autoComplete={autoComplete}
        className={inputClass} {...errorProps(id, error, hint ? `${id}-hint` : undefined)} />
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

/** A fieldset whose legend names the group (so "First name" inside is found per partner). */
export function Group({ legend, children, error, id }: { legend: string; children: ReactNode; error?: string | undefined; id: string }) {
  return (
    <fieldset id={id} className="rounded-lg border border-slate-200 bg-white p-4" aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="px-1 font-semibold text-brand-900">{legend}</legend>
      <FieldError id={`${id}-error`} message={error} />
      {children}
    </fieldset>
  );
}

/** A checkbox with its label to the right. */
export function Check({ id, label, checked, onChange, disabled }: { id: string; label: string; checked: boolean; onChange: (checked: boolean) => void; disabled?: boolean }) {
  return (
    <label htmlFor={id} className="flex items-center gap-2 text-sm">
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} disabled={disabled} className="h-4 w-4" />
      {label}
    </label>
  );
}
