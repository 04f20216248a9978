"use client";

// The middle and end of the new-intake form: what they need, where and when, who they would
// prefer, how they pay, and how urgent it is.
import { Check, FieldError, Group, inputClass, TextField } from "@/components/intake/fields";
import { anyRisk, type IntakeFormValues, type Risk } from "@/components/intake/intake-form-state";
import { CONCERN_LABELS, CONCERNS, MODALITIES, MODALITY_LABELS, type Modality } from "@/lib/domain/matching/vocabulary";

interface SectionProps {
  values: IntakeFormValues;
  set: (patch: Partial<IntakeFormValues>) => void;
  errors: Record<string, string>;
}

const toggle = <T,>(list: T[], item: T, on: boolean) => (on ? [...list, item] : list.filter((x) => x !== item));

export function NeedsSection({ values, set, errors, locations }: SectionProps & { locations: { id: string; name: string }[] }) {
  return (
    <>
      <Group id="concerns" legend="Presenting concerns" error={errors.concerns}>
        <div className="grid gap-2 sm:grid-cols-2 md:grid-cols-3">
          {CONCERNS.map((c) => (
            <Check key={c} id={`concern-${c}`} label={CONCERN_LABELS[c]} checked={values.concerns.includes(c)} onChange={(on) => set({ concerns: toggle(values.concerns, c, on) })} />
          ))}
        </div>
      </Group>
      <div>
        <label htmlFor="serviceType" className="block text-sm font-medium">Service type</label>
        <select id="serviceType" value={values.serviceType} onChange={(e) => set({ serviceType: e.target.value as Modality })} className={inputClass}
          aria-invalid={errors.serviceType ? true : undefined} aria-describedby={errors.serviceType ? "serviceType-error" : undefined}>
          {MODALITIES.map((m) => <option key={m} value={m}>{MODALITY_LABELS[m]}</option>)}
        </select>
        <FieldError id="serviceType-error" message={errors.serviceType} />
      </div>
      <Group id="where" legend="Where" error={errors.locationIds}>
        <p className="mb-2 text-sm text-slate-600">Offices the client can reach, and whether video sessions work for them.</p>
        <div className="grid gap-2 sm:grid-cols-3">
          {locations.map((l) => (
            <Check key={l.id} id={`location-${l.id}`} label={l.name} checked={values.locationIds.includes(l.id)} onChange={(on) => set({ locationIds: toggle(values.locationIds, l.id, on) })} />
          ))}
          <Check id="telehealthOk" label="Telehealth is fine" checked={values.telehealthOk} onChange={(on) => set({ telehealthOk: on })} />
        </div>
      </Group>
    </>
  );
}

export function PreferencesSection({ values, set, errors }: SectionProps) {
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <Group id="preferences" legend="Preferences">
        <label htmlFor="clinicianGender" className="block text-sm font-medium">Preferred clinician gender</label>
        <select id="clinicianGender" value={values.clinicianGender} onChange={(e) => set({ clinicianGender: e.target.value })} className={inputClass}>
          <option value="">No preference</option>
          <option value="female">Female</option>
          <option value="male">Male</option>
          <option value="nonbinary">Nonbinary</option>
        </select>
        <div className="mt-3">
          <TextField id="language" label="Preferred language" hint="Leave empty for English or no preference." value={values.language}
            onChange={(v) => set({ language: v })} error={errors["preferences.language"]} />
        </div>
      </Group>
      <Group id="payment" legend="Payment">
        <div className="flex gap-4">
          <label className="flex items-center gap-2 text-sm">
            <input type="radio" name="paymentType" checked={values.paymentType === "SELF_PAY"} onChange={() => set({ paymentType: "SELF_PAY" })} /> Self-pay
          </label>
          <label className="flex items-center gap-2 text-sm">
            <input type="radio" name="paymentType" checked={values.paymentType === "INSURANCE"} onChange={() => set({ paymentType: "INSURANCE" })} /> Insurance
          </label>
        </div>
        {values.paymentType === "INSURANCE" ? (
          <div className="mt-3">
            <TextField id="insurer" label="Insurer" value={values.insurer} onChange={(v) => set({ insurer: v })} error={errors["payment.insurer"]} />
          </div>
        ) : null}
      </Group>
    </div>
  );
}

const RISKS: [Risk, string][] = [
  ["selfHarm", "Thoughts of suicide or self-harm"],
  ["violence", "Thoughts of hurting someone, or violence at home"],
  ["substance", "Substance use that puts them at risk"],
];

export function UrgencySection({ values, set }: SectionProps) {
  const forced = anyRisk(values);
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <Group id="risk" legend="Risk screen">
        <div className="space-y-2">
          {RISKS.map(([key, label]) => (
            <Check key={key} id={`risk-${key}`} label={label} checked={values.risk[key]} onChange={(on) => set({ risk: { ...values.risk, [key]: on } })} />
          ))}
        </div>
      </Group>
      <Group id="urgency" legend="Urgency">
        <div className="flex gap-4">
          {(["ROUTINE", "SOON", "URGENT"] as const).map((u) => (
            <label key={u} className="flex items-center gap-2 text-sm">
              <input type="radio" name="urgency" checked={(forced ? "URGENT" : values.urgency) === u} disabled={forced && u !== "URGENT"} onChange={() => set({ urgency: u })}
                aria-describedby={forced ? "urgency-forced" : undefined} />
              {u.charAt(0) + u.slice(1).toLowerCase()}
            </label>
          ))}
        </div>
        {forced ? <p id="urgency-forced" className="mt-2 text-sm font-medium text-red-800">Urgent, because the risk screen is positive.</p> : null}
      </Group>
    </div>
  );
}
