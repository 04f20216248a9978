"use client";

// Weekly windows: add or remove rows of weekday, from, to. Times use the browser's 24-hour
// time input, whose value is always "HH:MM".
import { errorProps, FieldError, inputClass } from "@/components/intake/fields";
import { WEEKDAY_NAMES } from "@/lib/domain/matching/vocabulary";

export interface WindowRow {
  key: string;
  weekday: number;
  from: string;
  to: string;
}

interface Props {
  idPrefix: string;
  rows: WindowRow[];
  onChange: (rows: WindowRow[]) => void;
  /** Errors by path below the list, e.g. "1.to". */
  errors: Record<string, string>;
}

// Keys of rows added in the browser; rows rendered on the server use fixed keys (toWindowRows),
// so element ids match when the page hydrates.
let counter = 0;
export const newWindowRow = (weekday = 1, from = "17:00", to = "20:00"): WindowRow => ({ key: `n${++counter}`, weekday, from, to });

export function toWindowRows(windows: { weekday: number; from: string; to: string }[]): WindowRow[] {
  return windows.map((w, i) => ({ key: `i${i}`, ...w }));
}

export const fromWindowRows = (rows: WindowRow[]) => rows.map(({ weekday, from, to }) => ({ weekday, from, to }));

// After a row is added or removed its button is gone or far away: focus goes to the new row's
// first field, or to "Add a time window", instead of falling back to the top of the page.
const focusSoon = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus());

export function AvailabilityEditor({ idPrefix, rows, onChange, errors }: Props) {
  const set = (index: number, patch: Partial<WindowRow>) => onChange(rows.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  const addId = `${idPrefix}-add`;
  return (
    <div>
      {rows.length === 0 ? <p className="text-sm text-slate-600">No time windows yet: any time works.</p> : null}
      <ul className="space-y-2">
        {rows.map((row, i) => {
          const n = i + 1;
          const id = `${idPrefix}-${row.key}`;
          return (
            <li key={row.key} className="flex flex-wrap items-start gap-3">
              <div>
                <label htmlFor={`${id}-day`} className="block text-xs font-medium">Weekday, window {n}</label>
                <select id={`${id}-day`} value={row.weekday} onChange={(e) => set(i, { weekday: Number(e.target.value) })}
                  className={inputClass} {...errorProps(`${id}-day`, errors[`${i}.weekday`])}>
                  {WEEKDAY_NAMES.map((name, d) => <option key={name} value={d}>{name}</option>)}
                </select>
                <FieldError id={`${id}-day-error`} message={errors[`${i}.weekday`]} />
              </div>
              <div>
                <label htmlFor={`${id}-from`} className="block text-xs font-medium">From, window {n}</label>
                <input id={`${id}-from`} type="time" value={row.from} onChange={(e) => set(i, { from: e.target.value })}
                  className={inputClass} {...errorProps(`${id}-from`, errors[`${i}.from`])} />
                <FieldError id={`${id}-from-error`} message={errors[`${i}.from`]} />
              </div>
              <div>
                <label htmlFor={`${id}-to`} className="block text-xs font-medium">To, window {n}</label>
                <input id={`${id}-to`} type="time" value={row.to} onChange={(e) => set(i, { to: e.target.value })}
                  className={inputClass} {...errorProps(`${id}-to`, errors[`${i}.to`])} />
                <FieldError id={`${id}-to-error`} message={errors[`${i}.to`]} />
              </div>
              <button type="button" onClick={() => { onChange(rows.filter((_, j) => j !== i)); focusSoon(addId); }}
                className="mt-5 rounded-md border border-slate-300 px-3 py-2 text-sm hover:bg-slate-100">
                Remove window {n}
              </button>
            </li>
          );
        })}
      </ul>
      <button type="button" id={addId} onClick={() => { const row = newWindowRow(); onChange([...rows, row]); focusSoon(`${idPrefix}-${row.key}-day`); }}
        className="mt-3 rounded-md border border-brand-600 px-3 py-1.5 text-sm text-brand-700 hover:bg-brand-50">
        Add a time window
      </button>
    </div>
  );
}
