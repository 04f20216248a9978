import { SAVE_STATUS_ID } from "@/components/notes/save-status";
import { SERVICE_TYPES } from "@/components/notes/service-types";
import { INPUT, LABEL, LEGEND } from "@/components/notes/styles";
import type { NoteFields } from "@/lib/validation/note";

type Session = Pick<NoteFields, "sessionDate" | "durationMinutes" | "serviceType" | "riskFlag">;

/** When, how long, what was billed, and whether a risk concern came up. */
export function SessionFields({ value, onChange, invalid, today }: {
  value: Session;
  onChange: (change: Partial<Session>) => void;
  invalid: Set<string>;
  /** Today in the practice's time zone: a session cannot be dated later. */
  today?: string;
}) {
  const future = !!today && value.sessionDate > today;
  const options = SERVICE_TYPES.some((s) => s.value === value.serviceType)
    ? SERVICE_TYPES
    : [{ value: value.serviceType, label: value.serviceType }, ...SERVICE_TYPES];
  return (
    <fieldset>
      <legend className={LEGEND}>Session</legend>
      <div className="mt-2 grid gap-3 sm:grid-cols-3">
        <div>
          <label htmlFor="session-date" className={LABEL}>Session date</label>
          <input id="session-date" type="date" className={INPUT} value={value.sessionDate} required max={today}
            aria-invalid={invalid.has("sessionDate") || future || undefined}
            aria-describedby={future ? "session-date-error" : invalid.has("sessionDate") ? SAVE_STATUS_ID : undefined}
            onChange={(e) => onChange({ sessionDate: e.target.value })} />
          {future ? <p id="session-date-error" className="mt-1 text-sm text-red-800">The session date cannot be after today ({today}).</p> : null}
        </div>
        <div>
          <label htmlFor="duration" className={LABEL}>Duration (minutes)</label>
          <input id="duration" type="number" inputMode="numeric" min={5} max={480} step={5} className={INPUT} required
            value={Number.isFinite(value.durationMinutes) ? value.durationMinutes : ""}
            aria-invalid={invalid.has("durationMinutes") || undefined} aria-describedby={invalid.has("durationMinutes") ? SAVE_STATUS_ID : undefined}
            onChange={(e) => onChange({ durationMinutes: e.target.value === "" ? Number.NaN : Math.round(Number(e.target.value)) })} />
        </div>
        <div>
          <label htmlFor="service-type" className={LABEL}>Service type</label>
          <select id="service-type" className={INPUT} value={value.serviceType} onChange={(e) => onChange({ serviceType: e.target.value })}>
            {options.map((s) => <option key={s.value} value={s.value}>{s.label}</option>)}
          </select>
        </div>
      </div>
      <label className="mt-3 flex items-start gap-2 rounded-md border border-red-200 bg-red-50 p-3 text-red-900 has-[:checked]:border-red-500">
        <input type="checkbox" checked={value.riskFlag} onChange={(e) => onChange({ riskFlag: e.target.checked })} className="mt-1 h-4 w-4 accent-red-700" />
        <span>
          <span className="font-medium">Risk concern noted in this session</span>
          <span className="block text-sm">For example self-harm, violence or substance use. Follow the practice&apos;s safety protocol.</span>
        </span>
      </label>
    </fieldset>
  );
}
