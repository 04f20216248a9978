import { FieldMessage, input } from "@/components/admin/form-status";
import { DISCIPLINES } from "@/lib/validation/admin";

const ROLE_WORDS = [
  { role: "OWNER", label: "Owner", hint: "manages the practice, staff and reports; reads the audit trail" },
  { role: "THERAPIST", label: "Therapist", hint: "sees their own caseload and writes session notes" },
  { role: "INTAKE", label: "Intake specialist", hint: "takes in requests and matches clients; never sees notes" },
] as const;

export const DISCIPLINE_LABELS: Record<(typeof DISCIPLINES)[number], string> = {
  PSYCHOLOGY: "Psychology", MFT: "Marriage and family therapy", COUNSELING: "Professional counseling", SOCIAL_WORK: "Social work",
};

/** Role checkboxes (one or more) and the discipline a therapist's clinician profile needs. */
export function RoleFields({ prefix, roles, errors, disciplineHint }: { prefix: string; roles: string[]; errors: Record<string, string> | undefined; disciplineHint: string }) {
  return (
    <>
      <fieldset aria-describedby={errors?.roles ? `${prefix}-roles-error` : undefined}>
        <legend className="text-sm font-medium">Roles</legend>
        {ROLE_WORDS.map((r) => (
          <label key={r.role} htmlFor={`${prefix}-role-${r.role}`} className="mt-1 flex items-start gap-2 text-sm">
            <input id={`${prefix}-role-${r.role}`} type="checkbox" name="roles" value={r.role} defaultChecked={roles.includes(r.role)} className="mt-1 h-4 w-4" />
            <span><span className="font-medium">{r.label}</span>: {r.hint}</span>
          </label>
        ))}
        <FieldMessage id={`${prefix}-roles`} message={errors?.roles} />
      </fieldset>
      <div>
        <label htmlFor={`${prefix}-discipline`} className="block text-sm font-medium">Discipline (therapists)</label>
        <p className="text-xs text-slate-600">{disciplineHint}</p>
        <select id={`${prefix}-discipline`} name="discipline" defaultValue="" className={input}
          {...(errors?.discipline ? { "aria-invalid": true, "aria-describedby": `${prefix}-discipline-error` } : {})}>
          <option value="">Choose…</option>
          {DISCIPLINES.map((d) => <option key={d} value={d}>{DISCIPLINE_LABELS[d]}</option>)}
        </select>
        <FieldMessage id={`${prefix}-discipline`} message={errors?.discipline} />
      </div>
    </>
  );
}
