"use client";

import { useRef, useState, useTransition } from "react";
import { updateClinicianAction } from "@/app/(app)/clinicians/actions";
import { AvailabilityEditor, fromWindowRows, toWindowRows, type WindowRow } from "@/components/intake/availability-editor";
import { Check, FieldError, Group, inputClass, TextField } from "@/components/intake/fields";
import type { FormResult } from "@/components/intake/form-errors";
import { errorsUnder } from "@/components/intake/intake-form-state";
import { useLeaveWarning } from "@/components/ui/use-leave-warning";
import type { ClinicianDto } from "@/lib/data/clinicians/clinicians";
import { AGE_GROUP_LABELS, AGE_GROUPS, CONCERN_LABELS, CONCERNS, MODALITIES, MODALITY_LABELS } from "@/lib/domain/matching/vocabulary";

interface Props {
  clinician: ClinicianDto;
  locations: { id: string; name: string }[];
  /** The owner may change capacity; a therapist editing their own profile may not. */
  canSetCapacity: boolean;
}

const toggle = <T,>(list: T[], item: T, on: boolean) => (on ? [...list, item] : list.filter((x) => x !== item));
const words = (text: string) => text.split(",").map((w) => w.trim()).filter(Boolean);

/** Edits what matching reads from a profile. Values stay in the browser until saved. */
export function ClinicianForm({ clinician, locations, canSetCapacity }: Props) {
  const [v, setV] = useState({
    credentials: clinician.credentials, gender: clinician.gender ?? "", bio: clinician.bio,
    specialties: [...clinician.specialties], modalities: [...clinician.modalities], ageGroups: [...clinician.ageGroups],
    locationIds: [...clinician.locationIds], telehealth: clinician.telehealth, languages: clinician.languages.join(", "),
    insurancePanels: clinician.insurancePanels.join(", "), couplesYears: String(clinician.couplesYears),
    availability: toWindowRows(clinician.availability) as WindowRow[], acceptingNewClients: clinician.acceptingNewClients,
    maxCaseload: String(clinician.maxCaseload),
  });
  const [result, setResult] = useState<FormResult>({});
  const [pending, startTransition] = useTransition();
  const summary = useRef<HTMLDivElement>(null);
  const [touched, setTouched] = useState(false);
  useLeaveWarning(touched && !pending);
  const set = (patch: Partial<typeof v>) => {
    setTouched(true);
    setV((old) => ({ ...old, ...patch }));
  };
  const errors = result.fieldErrors ?? {};

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const payload = {
      credentials: v.credentials, gender: v.gender || null, bio: v.bio, specialties: v.specialties, modalities: v.modalities, ageGroups: v.ageGroups,
      locationIds: v.locationIds, telehealth: v.telehealth, languages: words(v.languages), insurancePanels: words(v.insurancePanels),
      couplesYears: Number(v.couplesYears), availability: fromWindowRows(v.availability), acceptingNewClients: v.acceptingNewClients,
      ...(canSetCapacity ? { maxCaseload: Number(v.maxCaseload) } : {}),
      // The version this form was opened on: a save made elsewhere meanwhile is refused (409), never overwritten.
      version: clinician.version,
    };
    startTransition(async () => {
      setResult((await updateClinicianAction(clinician.id, payload)) ?? {});
      requestAnimationFrame(() => summary.current?.focus());
    });
  };

  return (
    <form onSubmit={submit} noValidate className="space-y-6">
      <div ref={summary} tabIndex={-1} role="status" className="outline-none">
        {result.message ? <p className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">{result.message}</p> : null}
      </div>
      <Group id="accepting" legend="New clients">
        <Check id="acceptingNewClients" label="Accepting new clients" checked={v.acceptingNewClients} onChange={(on) => set({ acceptingNewClients: on })} />
        <div className="mt-3 max-w-xs">
          {canSetCapacity ? (
            <TextField id="maxCaseload" label="Maximum caseload (active cases)" type="number" value={v.maxCaseload} onChange={(x) => set({ maxCaseload: x })} error={errors.maxCaseload} />
          ) : (
            <p className="text-sm text-slate-700">Maximum caseload: {clinician.maxCaseload} active cases (set by the practice owner).</p>
          )}
        </div>
      </Group>
      <Group id="specialties" legend="Specialties" error={errors.specialties}>
        <div className="grid gap-2 sm:grid-cols-2 md:grid-cols-3">
          {CONCERNS.map((c) => <Check key={c} id={`specialty-${c}`} label={CONCERN_LABELS[c]} checked={v.specialties.includes(c)} onChange={(on) => set({ specialties: toggle(v.specialties, c, on) })} />)}
        </div>
      </Group>
      <div className="grid gap-4 md:grid-cols-2">
        <Group id="modalities" legend="Modalities" error={errors.modalities}>
          {MODALITIES.map((m) => <Check key={m} id={`modality-${m}`} label={MODALITY_LABELS[m]} checked={v.modalities.includes(m)} onChange={(on) => set({ modalities: toggle(v.modalities, m, on) })} />)}
        </Group>
        <Group id="ageGroups" legend="Age groups" error={errors.ageGroups}>
          {AGE_GROUPS.map((g) => <Check key={g} id={`age-${g}`} label={AGE_GROUP_LABELS[g]} checked={v.ageGroups.includes(g)} onChange={(on) => set({ ageGroups: toggle(v.ageGroups, g, on) })} />)}
        </Group>
      </div>
      <Group id="locations" legend="Locations" error={errors.locationIds}>
        <div className="grid gap-2 sm:grid-cols-3">
          {locations.map((l) => <Check key={l.id} id={`loc-${l.id}`} label={l.name} checked={v.locationIds.includes(l.id)} onChange={(on) => set({ locationIds: toggle(v.locationIds, l.id, on) })} />)}
          <Check id="telehealth" label="Offers telehealth" checked={v.telehealth} onChange={(on) => set({ telehealth: on })} />
        </div>
      </Group>
      <div className="grid gap-4 md:grid-cols-2">
        <TextField id="languages" label="Languages" hint="Separated by commas, e.g. English, Spanish" value={v.languages} onChange={(x) => set({ languages: x })} error={errors.languages} />
        <TextField id="insurancePanels" label="Insurance panels" hint="Separated by commas" value={v.insurancePanels} onChange={(x) => set({ insurancePanels: x })} error={errors.insurancePanels} />
        <TextField id="credentials" label="Credentials" value={v.credentials} onChange={(x) => set({ credentials: x })} error={errors.credentials} />
        <TextField id="couplesYears" label="Years of couples therapy" type="number" value={v.couplesYears} onChange={(x) => set({ couplesYears: x })} error={errors.couplesYears} />
        <div>
          <label htmlFor="gender" className="block text-sm font-medium">Gender (used for clients&rsquo; stated preferences)</label>
          <select id="gender" value={v.gender} onChange={(e) => set({ gender: e.target.value })} className={inputClass}>
            <option value="">Not stated</option><option value="female">Female</option><option value="male">Male</option><option value="nonbinary">Nonbinary</option>
          </select>
        </div>
      </div>
      <div>
        <label htmlFor="bio" className="block text-sm font-medium">Short bio</label>
        <textarea id="bio" rows={3} value={v.bio} onChange={(e) => set({ bio: e.target.value })} className={inputClass} aria-invalid={errors.bio ? true : undefined} aria-describedby={errors.bio ? "bio-error" : undefined} />
        <FieldError id="bio-error" message={errors.bio} />
      </div>
      <Group id="availability" legend="Weekly availability" error={errors.availability}>
        <AvailabilityEditor idPrefix="availability" rows={v.availability} onChange={(availability) => set({ availability })} errors={errorsUnder(errors, "availability")} />
      </Group>
      <button type="submit" disabled={pending} className="rounded-md bg-brand-600 px-5 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60">
        {pending ? "Saving…" : "Save profile"}
      </button>
    </form>
  );
}
