"use client";

import { useRef, useState, useTransition } from "react";
import { createIntakeAction } from "@/app/(app)/intake/actions";
import { AvailabilityEditor } from "@/components/intake/availability-editor";
import { ErrorSummary } from "@/components/intake/error-summary";
import { Group } from "@/components/intake/fields";
import { NeedsSection, PreferencesSection, UrgencySection } from "@/components/intake/intake-form-sections";
import { anyRisk, errorsUnder, initialValues, toPayload, type IntakeFormValues } from "@/components/intake/intake-form-state";
import type { FormResult } from "@/components/intake/form-errors";
import { PersonFields } from "@/components/intake/person-fields";
import { SafetyProtocol } from "@/components/intake/safety-protocol";
import { useLeaveWarning } from "@/components/ui/use-leave-warning";

interface Props {
  locations: { id: string; name: string }[];
  safetyProtocol: string;
}

/** New intake request, individual or couple. Values stay in the browser until the server accepts them. */
export function IntakeForm({ locations, safetyProtocol }: Props) {
  const [values, setValues] = useState<IntakeFormValues>(initialValues);
  const [result, setResult] = useState<FormResult>({});
  const [pending, startTransition] = useTransition();
  const summary = useRef<HTMLDivElement>(null);
  const [touched, setTouched] = useState(false);
  useLeaveWarning(touched && !pending);
  const set = (patch: Partial<IntakeFormValues>) => {
    setTouched(true);
    setValues((v) => ({ ...v, ...patch }));
  };
  const errors = result.fieldErrors ?? {};

  const chooseKind = (kind: IntakeFormValues["kind"]) =>
    set({ kind, serviceType: kind === "COUPLE" ? "COUPLES" : values.serviceType === "COUPLES" ? "INDIVIDUAL" : values.serviceType });

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    startTransition(async () => {
      const answer = await createIntakeAction(toPayload(values));
      // Only reached on failure: success redirects to the new request's page.
      setResult(answer ?? {});
      requestAnimationFrame(() => summary.current?.focus());
    });
  };

  return (
    <form onSubmit={submit} noValidate className="space-y-6">
      <div ref={summary} tabIndex={-1} role="status" className="outline-none">
        {result.message ? (
          <div className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
            <p className="font-medium">{result.message}</p>
            {errors.clients ? <p>{errors.clients}</p> : null}
            <ErrorSummary errors={errors} values={values} />
            {Object.keys(errors).length ? <p className="mt-1">Nothing you typed was lost; fix the marked fields and file it again.</p> : null}
          </div>
        ) : null}
      </div>

      <Group id="kind" legend="Who is this request for?">
        <div className="flex gap-6">
          <label className="flex items-center gap-2 text-sm">
            <input type="radio" name="kind" checked={values.kind === "INDIVIDUAL"} onChange={() => chooseKind("INDIVIDUAL")} /> An individual
          </label>
          <label className="flex items-center gap-2 text-sm">
            <input type="radio" name="kind" checked={values.kind === "COUPLE"} onChange={() => chooseKind("COUPLE")} /> A couple
          </label>
        </div>
      </Group>

      <div className={values.kind === "COUPLE" ? "grid gap-4 md:grid-cols-2" : ""}>
        <PersonFields index={0} legend={values.kind === "COUPLE" ? "Partner 1" : "Client"} value={values.people[0]}
          onChange={(p) => set({ people: [p, values.people[1]] })} errors={errors} />
        {values.kind === "COUPLE" ? (
          <PersonFields index={1} legend="Partner 2" value={values.people[1]} onChange={(p) => set({ people: [values.people[0], p] })} errors={errors} />
        ) : null}
      </div>

      <NeedsSection values={values} set={set} errors={errors} locations={locations} />

      <Group id="availability" legend="When they can come" error={errors.availability}>
        <AvailabilityEditor idPrefix="availability" rows={values.availability} onChange={(availability) => set({ availability })}
          errors={errorsUnder(errors, "availability")} />
      </Group>

      <PreferencesSection values={values} set={set} errors={errors} />
      <UrgencySection values={values} set={set} errors={errors} />
      {anyRisk(values) ? <SafetyProtocol text={safetyProtocol} live /> : null}

      <button type="submit" disabled={pending} className="rounded-md bg-brand-600 px-5 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60">
        {pending ? "Filing…" : "File intake request"}
      </button>
    </form>
  );
}
