import type { Progress } from "@/lib/data/notes/progress";
import { ENEMY_INFO, INTENSITY_LABELS, levelName } from "@/lib/domain/intimacy";

const level = (l: number | null) => (l === null ? "Not recorded" : `${l} · ${levelName(l)}`);

/** The timeline as a table: the same data as the chart, for screen readers and keyboards. */
export function ProgressTable({ progress, subjectName }: { progress: Progress; subjectName: string }) {
  return (
    <details className="rounded-lg border border-slate-200 bg-white p-3">
      <summary className="cursor-pointer font-medium text-brand-700">Show the sessions as a table</summary>
      <div className="mt-2 overflow-x-auto">
        <table className="w-full text-sm">
          <caption className="text-left text-sm text-slate-600">Level reached and enemies present in each signed session, oldest first.</caption>
          <thead className="bg-slate-100 text-left">
            <tr>
              <th scope="col" className="p-2">Session</th>
              <th scope="col" className="p-2">{progress.kind === "couple" ? "Couple" : subjectName}</th>
              {progress.partners.map((p) => <th key={p.clientId} scope="col" className="p-2">{p.name}</th>)}
              <th scope="col" className="p-2">Enemies (intensity 0-3)</th>
            </tr>
          </thead>
          <tbody>
            {progress.points.map((p) => (
              <tr key={p.noteId} className="border-t border-slate-100">
                <th scope="row" className="p-2 text-left font-normal">{p.sessionDate}</th>
                <td className="p-2">{level(p.level)}</td>
                {p.partnerLevels.map((l, k) => <td key={k} className="p-2">{level(l)}</td>)}
                <td className="p-2">
                  {p.enemies.length
                    ? p.enemies.map((e) => `${ENEMY_INFO[e.enemy].label} ${e.intensity} (${INTENSITY_LABELS[e.intensity]?.toLowerCase()})`).join(", ")
                    : "None"}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
