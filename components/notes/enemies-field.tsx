import { ENEMIES, ENEMY_INFO, INTENSITY_LABELS, type Enemy, type EnemyTag } from "@/lib/domain/intimacy";
import type { Partner } from "@/components/notes/describe";
import { HINT, INPUT, LEGEND } from "@/components/notes/styles";

/**
 * Enemies of intimacy: a checkbox says the enemy was present; only then its intensity (0 barely
 * to 3 strong) is asked, as a radio group, and for a couple who carries it (optional). An enemy
 * that is not ticked is simply absent.
 */
export function EnemiesField({ value, onChange, partners = [] }: { value: EnemyTag[]; onChange: (v: EnemyTag[]) => void; partners?: Partner[] }) {
  const set = (enemy: Enemy, intensity: number | null, clientId?: string | null) => {
    const rest = value.filter((t) => t.enemy !== enemy);
    const carrier = clientId === undefined ? (value.find((t) => t.enemy === enemy)?.clientId ?? null) : clientId;
    onChange(intensity === null ? rest : [...rest, { enemy, intensity, clientId: carrier }]);
  };
  return (
    <fieldset>
      <legend className={LEGEND}>Enemies of intimacy present</legend>
      <p className={HINT}>Tick each enemy seen in this session, then rate how strongly it showed.</p>
      <div className="mt-2 grid gap-2 sm:grid-cols-2">
        {ENEMIES.map((enemy) => {
          const tag = value.find((t) => t.enemy === enemy);
          const id = `enemy-${enemy}`;
          const info = ENEMY_INFO[enemy];
          return (
            <div key={enemy} className="rounded-md border border-slate-200 p-3 has-[:checked]:border-red-300">
              <div className="flex items-start gap-2">
                <input type="checkbox" id={id} checked={!!tag} onChange={(e) => set(enemy, e.target.checked ? 1 : null)}
                  aria-describedby={`${id}-desc`} className="mt-1 h-4 w-4 accent-brand-600" />
                <div>
                  <label htmlFor={id} className="font-medium">{info.label}</label>
                  <p id={`${id}-desc`} className="text-sm text-slate-600">{info.description}</p>
                </div>
              </div>
              {tag ? (
                <fieldset className="mt-2 pl-6">
                  <legend className="text-sm font-medium">{info.label} intensity</legend>
                  <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
                    {INTENSITY_LABELS.map((label, intensity) => (
                      <label key={label} className="flex items-center gap-1 text-sm">
                        <input type="radio" name={`${id}-intensity`} value={intensity} checked={tag.intensity === intensity}
                          onChange={() => set(enemy, intensity)} className="h-4 w-4 accent-brand-600" />
                        {intensity} · {label}
                      </label>
                    ))}
                  </div>
                </fieldset>
              ) : null}
              {tag && partners.length ? (
                <div className="mt-2 pl-6">
                  <label htmlFor={`${id}-carrier`} className="text-sm font-medium">{info.label} carried by</label>
                  <select id={`${id}-carrier`} className={`${INPUT} py-1 text-sm`} value={tag.clientId ?? ""}
                    onChange={(e) => set(enemy, tag.intensity, e.target.value || null)}>
                    <option value="">Both, or not attributed</option>
                    {partners.map((p) => <option key={p.clientId} value={p.clientId}>{p.name}</option>)}
                  </select>
                </div>
              ) : null}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
