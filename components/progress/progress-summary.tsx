import type { Progress } from "@/lib/data/notes/progress";
import { ENEMY_INFO, levelName, WINDOW, type ProgressSummary } from "@/lib/domain/intimacy";

function medianWords(m: number | null): string {
  if (m === null) return "—";
  if (Number.isInteger(m)) return `${m} · ${levelName(m)}`;
  return `${m} (between ${levelName(Math.floor(m))} and ${levelName(Math.ceil(m))})`;
}

const TREND_WORDS: Record<ProgressSummary["trend"], string> = {
  rising: "Deepening ↑",
  falling: "Retreating ↓",
  steady: "Steady →",
  "too few sessions": "Too few sessions to compare",
};

function SummaryCard({ title, s }: { title: string; s: ProgressSummary }) {
  const enemy = s.mostFrequentEnemy;
  return (
    <section aria-label={`Summary for ${title}`} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <h3 className="font-semibold text-brand-900">{title}</h3>
      <dl className="mt-2 space-y-1 text-sm">
        <div><dt className="inline text-slate-600">Median, last {WINDOW} sessions: </dt><dd className="inline font-medium">{medianWords(s.recentMedian)}</dd></div>
        <div><dt className="inline text-slate-600">Median, {WINDOW} before: </dt><dd className="inline">{medianWords(s.previousMedian)}</dd></div>
        <div><dt className="inline text-slate-600">Trend: </dt><dd className={`inline font-medium ${s.trend === "falling" ? "text-red-800" : s.trend === "rising" ? "text-emerald-800" : ""}`}>{TREND_WORDS[s.trend]}</dd></div>
        <div>
          <dt className="inline text-slate-600">Most frequent enemy: </dt>
          <dd className="inline">{enemy ? `${ENEMY_INFO[enemy.enemy].label} (${enemy.sessions} of the last ${Math.min(s.sessions, 2 * WINDOW)} sessions)` : "None recorded"}</dd>
        </div>
      </dl>
    </section>
  );
}

/** Per-partner (and couple) summaries: median of the last 4 sessions against the 4 before. */
export function ProgressSummaries({ progress, subjectName }: { progress: Progress; subjectName: string }) {
  return (
    <div className="grid gap-3 md:grid-cols-3">
      <SummaryCard title={progress.kind === "couple" ? "Couple" : subjectName} s={progress.overall} />
      {progress.byPartner.map((p) => <SummaryCard key={p.clientId} title={p.name} s={p.summary} />)}
    </div>
  );
}
