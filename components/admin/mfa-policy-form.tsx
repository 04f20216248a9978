"use client";

import { useActionState, useRef } from "react";
import { setMfaPolicyAction } from "@/app/(app)/admin/security/actions";
import type { AdminResult } from "@/components/admin/admin-result";
import { FormStatus, primaryButton } from "@/components/admin/form-status";
import { useKeptForm } from "@/components/ui/use-kept-form";

const ROLE_WORDS = [
  { role: "OWNER", label: "Owners" },
  { role: "THERAPIST", label: "Therapists" },
  { role: "INTAKE", label: "Intake specialists" },
] as const;

/** The practice setting "require MFA for roles". */
export function MfaPolicyForm({ requiredRoles }: { requiredRoles: string[] }) {
  const [result, save, saving] = useActionState<AdminResult, FormData>(setMfaPolicyAction, {});
  const form = useRef<HTMLFormElement>(null);
  const onSubmit = useKeptForm(form, save, result);
  return (
    <form ref={form} onSubmit={onSubmit} noValidate>
      <fieldset aria-describedby="mfa-policy-hint">
        <legend className="text-sm font-medium">Require MFA for</legend>
        <p id="mfa-policy-hint" className="text-xs text-slate-600">
          Applies at each person&apos;s next page: someone in a checked role without MFA is sent to set it up before anything else,
          you included.
        </p>
        {ROLE_WORDS.map((r) => (
          <label key={r.role} htmlFor={`mfa-require-${r.role}`} className="mt-1 flex items-center gap-2 text-sm">
            <input id={`mfa-require-${r.role}`} type="checkbox" name="requiredRoles" value={r.role} defaultChecked={requiredRoles.includes(r.role)} className="h-4 w-4" />
            {r.label}
          </label>
        ))}
      </fieldset>
      <button type="submit" disabled={saving} className={`${primaryButton} mt-3`}>{saving ? "Saving…" : "Save MFA requirement"}</button>
      <div className="mt-3"><FormStatus result={result} /></div>
    </form>
  );
}
