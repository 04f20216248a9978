import { INTIMACY_LEVELS } from "@/lib/domain/intimacy";
import type { Partner } from "@/components/notes/describe";
import { HINT, INPUT, LABEL, LEGEND } from "@/components/notes/styles";

type Levels = { clientId: string; level: number }[];

/** Each partner's own level (optional: partners often reach different depths in one session). */
export function PartnerLevels({ partners, value, onChange }: { partners: Partner[]; value: Levels; onChange: (v: Levels) => void }) {
  const set = (clientId: string, raw: string) => {
    const rest = value.filter((l) => l.clientId !== clientId);
    onChange(raw ? [...rest, { clientId, level: Number(raw) }] : rest);
  };
  return (
    <fieldset>
      <legend className={LEGEND}>Each partner&apos;s level (optional)</legend>
      <p className={HINT}>The deepest level each partner reached themselves in this session.</p>
      <div className="mt-2 grid gap-3 sm:grid-cols-2">
        {partners.map((p) => {
          const id = `partner-level-${p.clientId}`;
          return (
            <div key={p.clientId}>
              <label htmlFor={id} className={LABEL}>Level reached by {p.name}</label>
              <select id={id} className={INPUT} value={value.find((l) => l.clientId === p.clientId)?.level ?? ""}
                onChange={(e) => set(p.clientId, e.target.value)}>
                <option value="">Not recorded</option>
                {INTIMACY_LEVELS.map((l) => <option key={l.level} value={l.level}>{l.level} · {l.name}</option>)}
              </select>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
