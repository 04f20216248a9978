"use client";

import { useActionState, useRef, useState } from "react";
import { FieldMessage, FormStatus, input, primaryButton } from "@/components/admin/form-status";
import { SafetyProtocol } from "@/components/intake/safety-protocol";
import { enterMeasureAction } from "@/components/measures/actions";
import type { MeasureResult } from "@/components/measures/result";
import { useKeptForm } from "@/components/ui/use-kept-form";
import { DEFINITIONS, type Instrument } from "@/lib/domain/measures";

interface Props {
  /** Whom the measure is for: one client, or (couple page) a choice of the partners. */
  people: { id: string; name: string }[];
  coupleId?: string;
  instruments: Instrument[];
  today: string;
  safetyProtocol: string;
  /** The section above already shows the safety protocol (its newest PHQ-9 is flagged). */
  protocolShown: boolean;
}

/** Enters a PHQ-9, GAD-7 or CSI-4: one labelled radio group per item; the server scores it. */
export function MeasureForm({ people, coupleId, instruments, today, safetyProtocol, protocolShown }: Props) {
  const [result, action, pending] = useActionState<MeasureResult, FormData>(enterMeasureAction, {});
  const form = useRef<HTMLFormElement>(null);
  const onSubmit = useKeptForm(form, action, result);
  return (
    <form ref={form} onSubmit={onSubmit} noValidate aria-label="Enter a measure" className="space-y-4 rounded-lg bg-white p-4 shadow-sm">
      {coupleId ? <input type="hidden" name="coupleId" value={coupleId} /> : null}
      {/* A fresh set of fields after each saved measure; everything typed stays on a refusal. */}
      <Fields key={result.savedId ?? "new"} people={people} instruments={instruments} today={today} errors={result.fieldErrors ?? {}} />
      <button type="submit" disabled={pending} className={primaryButton}>{pending ? "Saving…" : "Save measure"}</button>
      <FormStatus result={{ ok: result.ok, message: result.message }} />
      {result.ok && result.selfHarm
        ? protocolShown
          ? <p role="alert" className="rounded-md border-2 border-red-600 bg-red-50 px-3 py-2 text-sm font-medium text-red-950">The self-harm item was answered above 0: follow the practice&apos;s safety protocol shown under Measures.</p>
          : <SafetyProtocol text={safetyProtocol} live />
        : null}
    </form>
  );
}

function Fields({ people, instruments, today, errors }: Omit<Props, "coupleId" | "safetyProtocol" | "protocolShown"> & { errors: Record<string, string> }) {
  const [instrument, setInstrument] = useState<Instrument>(instruments[0] ?? "PHQ9");
  const def = DEFINITIONS[instrument];
  const invalid = (key: string, id: string) => (errors[key] ? { "aria-invalid": true as const, "aria-describedby": `${id}-error` } : {});
  return (
    <>
      <div className="grid gap-3 md:grid-cols-3">
        {people.length > 1 ? (
          <div>
            <label htmlFor="measure-client" className="block text-sm font-medium">Partner</label>
            <select id="measure-client" name="clientId" className={input} {...invalid("clientId", "measure-client")}>
              {people.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
            </select>
            <FieldMessage id="measure-client" message={errors.clientId} />
          </div>
        ) : <input type="hidden" name="clientId" value={people[0]?.id ?? ""} />}
        <div>
          <label htmlFor="measure-instrument" className="block text-sm font-medium">Measure</label>
          <select id="measure-instrument" name="instrument" value={instrument} onChange={(e) => setInstrument(e.target.value as Instrument)} className={input}>
            {instruments.map((code) => <option key={code} value={code}>{DEFINITIONS[code].name}: {DEFINITIONS[code].about}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="measure-date" className="block text-sm font-medium">Taken on</label>
          <input id="measure-date" type="date" name="takenOn" defaultValue={today} max={today} required className={input} {...invalid("takenOn", "measure-date")} />
          <FieldMessage id="measure-date" message={errors.takenOn} />
        </div>
      </div>
      <p className="text-sm text-slate-600">{def.period}.</p>
      {errors.answers ? <p className="text-sm text-red-700">{errors.answers}</p> : null}
      <ol className="space-y-3">
        {def.items.map((item, i) => {
          const id = `measure-${instrument}-item-${i}`;
          const error = errors[`answers.${i}`];
          const numeric = item.anchors.length !== item.max + 1;
          return (
            <li key={id}>
              <fieldset aria-describedby={[numeric ? `${id}-scale` : "", error ? `${id}-error` : ""].join(" ").trim() || undefined}>
                <legend className="text-sm font-medium">{i + 1}. {item.label}</legend>
                {numeric ? <p id={`${id}-scale`} className="text-xs text-slate-600">{item.anchors.join(", ")}</p> : null}
                <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
                  {Array.from({ length: item.max + 1 }, (_, value) => (
                    <label key={value} className="flex items-center gap-1 text-sm">
                      <input type="radio" name={`answer-${i}`} value={value} />
                      {numeric ? value : `${value} ${item.anchors[value]}`}
                    </label>
                  ))}
                </div>
                <FieldMessage id={id} message={error} />
              </fieldset>
            </li>
          );
        })}
      </ol>
    </>
  );
}
