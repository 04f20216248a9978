import { HINT, LEGEND } from "@/components/notes/styles";
import { PREREQUISITE_LABELS, PREREQUISITES, type Prerequisite } from "@/lib/domain/notes/relational";

/** The prerequisites of intimacy present in the session: what closeness was able to stand on. */
export function PrerequisitesField({ value, onChange }: { value: Prerequisite[]; onChange: (v: Prerequisite[]) => void }) {
  return (
    <fieldset>
      <legend className={LEGEND}>Prerequisites present</legend>
      <p className={HINT}>What the clients had in place for closeness in this session.</p>
      <div className="mt-2 grid grid-cols-2 gap-x-6 gap-y-2 sm:grid-cols-3">
        {PREREQUISITES.map((item) => (
          <label key={item} className="flex items-center gap-2">
            <input type="checkbox" checked={value.includes(item)} className="h-4 w-4 accent-brand-600"
              onChange={(e) => onChange(e.target.checked ? [...value, item] : value.filter((i) => i !== item))} />
            {PREREQUISITE_LABELS[item]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
