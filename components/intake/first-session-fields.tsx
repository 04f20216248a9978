"use client";

import { useId, useState } from "react";

export interface SlotOffer {
  startsAt: string;
  label: string;
}

interface Props {
  slots: SlotOffer[];
  sessionMinutes: number;
  telehealth: boolean;
  timeZone: string;
}

/**
 * Inside the assign confirmation: the first session to book with the match, chosen from the
 * next dates of the hours both sides have free (or another time typed in), or none for now.
 */
export function FirstSessionFields({ slots, sessionMinutes, telehealth, timeZone }: Props) {
  // Booking is a choice the specialist makes (the couple may want to agree a time first).
  const [choice, setChoice] = useState<string>("none");
  const base = useId();
  return (
    <fieldset className="mt-2 rounded-md border border-slate-300 bg-white p-3 text-sm">
      <legend className="px-1 font-medium">First session</legend>
      <input type="hidden" name="timeZone" value={timeZone} />
      <div className="space-y-1">
        {slots.map((slot, i) => (
          <label key={slot.startsAt} className="flex items-center gap-2">
            <input type="radio" name="firstSlot" value={slot.startsAt} checked={choice === slot.startsAt} onChange={() => setChoice(slot.startsAt)} />
            {slot.label}{i === 0 ? " (first time both are free)" : ""}
          </label>
        ))}
        <label className="flex items-center gap-2">
          <input type="radio" name="firstSlot" value="other" checked={choice === "other"} onChange={() => setChoice("other")} />
          Another time
        </label>
        {choice === "other" ? (
          <div className="ml-6">
            <label htmlFor={`${base}-local`} className="block">Date and time ({timeZone.replaceAll("_", " ")})</label>
            <input id={`${base}-local`} type="datetime-local" name="firstLocal" required className="rounded border border-slate-300 px-2 py-1" />
          </div>
        ) : null}
        <label className="flex items-center gap-2">
          <input type="radio" name="firstSlot" value="none" checked={choice === "none"} onChange={() => setChoice("none")} />
          Do not book yet
        </label>
      </div>
      {choice !== "none" ? (
        <div className="mt-2 flex flex-wrap items-center gap-4">
          <label className="flex items-center gap-2">
            Length
            <select name="firstMinutes" defaultValue={String(sessionMinutes)} className="rounded border border-slate-300 px-2 py-1">
              {[45, 50, 60, 80, 90].map((m) => <option key={m} value={m}>{m} minutes</option>)}
            </select>
          </label>
          <label className="flex items-center gap-2">
            <input type="checkbox" name="firstTelehealth" defaultChecked={telehealth} />
            Telehealth (otherwise at the case&apos;s location)
          </label>
        </div>
      ) : null}
    </fieldset>
  );
}
