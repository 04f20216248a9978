import type { Partner } from "@/components/notes/describe";
import { HINT, LEGEND } from "@/components/notes/styles";
import { INTENSITY_LABELS } from "@/lib/domain/intimacy";
import { PATTERN_GROUPS, PATTERN_INFO, PATTERNS, type Pattern, type PatternTag } from "@/lib/domain/notes/relational";

type Column = { clientId: string | null; name: string };

/**
 * Relational patterns as one compact grid: a row per pattern (grouped, each with a one-line
 * description), a column per partner and one for both together (an individual note: one
 * column). Each cell is a native select, "Not seen" or an intensity 0-3, labelled with the
 * pattern and the person, so Tab walks the grid and a screen reader names every cell.
 */
export function PatternsField({ partners, value, onChange }: { partners: Partner[]; value: PatternTag[]; onChange: (v: PatternTag[]) => void }) {
  const columns: Column[] = partners.length ? [...partners, { clientId: null, name: "Both" }] : [{ clientId: null, name: "Client" }];
  const find = (pattern: Pattern, clientId: string | null) => value.find((t) => t.pattern === pattern && (t.clientId ?? null) === clientId);
  const set = (pattern: Pattern, clientId: string | null, raw: string) => {
    const rest = value.filter((t) => !(t.pattern === pattern && (t.clientId ?? null) === clientId));
    onChange(raw === "" ? rest : [...rest, { pattern, clientId, intensity: Number(raw) }]);
  };
  return (
    <fieldset>
      <legend className={LEGEND}>Relational patterns</legend>
      <p className={HINT}>
        Leave a pattern at &quot;Not seen&quot; unless it showed in this session{partners.length ? "; rate it for the partner who showed it, or for both" : ""}.
      </p>
      <div className="mt-2 overflow-x-auto">
        <table className="w-full min-w-[36rem] text-left text-sm">
          <thead>
            <tr className="text-slate-700">
              <th scope="col" className="p-1 font-medium">Pattern</th>
              {columns.map((c) => <th key={c.clientId ?? "both"} scope="col" className="w-32 p-1 font-medium">{c.name}</th>)}
            </tr>
          </thead>
          {PATTERN_GROUPS.map((g) => (
            <tbody key={g.group}>
              <tr><th scope="colgroup" colSpan={columns.length + 1} className="bg-slate-50 p-1 pt-2 font-semibold text-slate-800">{g.label}</th></tr>
              {PATTERNS.filter((p) => PATTERN_INFO[p].group === g.group).map((pattern) => {
                const info = PATTERN_INFO[pattern];
                const descId = `pattern-${pattern}-desc`;
                return (
                  <tr key={pattern} className="border-t border-slate-100 align-top">
                    <th scope="row" className="p-1 font-normal">
                      <span className="font-medium">{info.label}</span>
                      <span id={descId} className="block text-slate-600">{info.description}</span>
                    </th>
                    {columns.map((c) => {
                      const id = `pattern-${pattern}-${c.clientId ?? "both"}`;
                      const tag = find(pattern, c.clientId);
                      return (
                        <td key={id} className="p-1">
                          <label htmlFor={id} className="sr-only">{info.label}, {c.name}</label>
                          <select id={id} aria-describedby={descId} value={tag ? String(tag.intensity) : ""}
                            onChange={(e) => set(pattern, c.clientId, e.target.value)}
                            className={`w-full rounded-md border px-1 py-1 ${tag ? "border-brand-600 bg-brand-50" : "border-slate-300 bg-white"}`}>
                            <option value="">Not seen</option>
                            {INTENSITY_LABELS.map((label, n) => <option key={label} value={n}>{n} · {label}</option>)}
                          </select>
                        </td>
                      );
                    })}
                  </tr>
                );
              })}
            </tbody>
          ))}
        </table>
      </div>
    </fieldset>
  );
}
