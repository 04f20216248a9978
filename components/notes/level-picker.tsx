import { INTIMACY_LEVELS } from "@/lib/domain/intimacy";
import { LEGEND } from "@/components/notes/styles";

/**
 * The intimacy level as a native radio group: Tab reaches the chosen level, arrow keys move
 * between levels, and each level's one-line description is read with it.
 */
export function LevelPicker({ name, legend, hint, value, onChange }: {
  name: string;
  legend: string;
  hint?: string;
  value: number;
  onChange: (level: number) => void;
}) {
  return (
    <fieldset>
      <legend className={LEGEND}>{legend}</legend>
      {hint ? <p className="mt-1 text-sm text-slate-600">{hint}</p> : null}
      <div className="mt-2 grid gap-2">
        {INTIMACY_LEVELS.map((l) => {
          const id = `${name}-${l.level}`;
          return (
            <div key={l.level}
              className="flex gap-3 rounded-md border border-slate-200 p-2 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50">
              <input type="radio" id={id} name={name} value={l.level} checked={value === l.level}
                onChange={() => onChange(l.level)} aria-describedby={`${id}-desc`} className="mt-1 h-4 w-4 accent-brand-600" />
              <div>
                <label htmlFor={id} className="font-medium">{l.level} · {l.name}</label>
                <p id={`${id}-desc`} className="text-sm text-slate-600">{l.description}</p>
              </div>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
