import { BarChart } from "@/components/reports/bar-chart";
import { Count } from "@/components/reports/count";
import { CsvLink } from "@/components/reports/csv-link";
import { ReportSection } from "@/components/reports/report-section";
import { ReportTable, type Column } from "@/components/reports/report-table";
import { ENEMIES, ENEMY_INFO, INTIMACY_LEVELS } from "@/lib/domain/intimacy";
import { monthLabel } from "@/lib/domain/reports/date-range";
import { LEVEL_KEYS, type TrendMonth, type TrendsReport } from "@/lib/domain/reports/types";
import { showPercent } from "@/lib/domain/reports/utilization";

// Shallow levels in cool greys, deeper ones in the brand's greens: depth reads at a glance.
const LEVEL_COLORS = ["#cbd5e1", "#94a3b8", "#64748b", "#9fd6cf", "#4fa89f", "#1f6f6a", "#0e3633"];
const ENEMY_COLORS = ["#d97706", "#b91c1c", "#7c3aed", "#0369a1"];
const levelName = (k: string) => `${k} ${INTIMACY_LEVELS[Number(k) - 1]?.name ?? ""}`;

const LEVEL_COLUMNS: Column<TrendMonth>[] = [
  { header: "Month", cell: (r) => monthLabel(r.month) },
  ...LEVEL_KEYS.map((k) => ({ header: levelName(k), cell: (r: TrendMonth) => <Count value={r.levels[k]} />, numeric: true })),
];

const ENEMY_COLUMNS: Column<TrendMonth>[] = [
  { header: "Month", cell: (r) => monthLabel(r.month) },
  ...ENEMIES.map((e) => ({ header: ENEMY_INFO[e].label, cell: (r: TrendMonth) => <Count value={r.enemies[e]} />, numeric: true })),
];

const PROGRESS_COLUMNS: Column<TrendMonth>[] = [
  { header: "Month", cell: (r) => monthLabel(r.month) },
  { header: "Couples with 8+ sessions", cell: (r) => <Count value={r.couplesEvaluated} />, numeric: true },
  { header: "Median level rose", cell: (r) => <Count value={r.couplesImproved} />, numeric: true },
  { header: "Share", cell: (r) => (r.improvedShare === null ? "–" : showPercent(r.improvedShare)), numeric: true },
];

/** Counts for the charts: a suppressed count is left out, never drawn as a number. */
const chartRow = (label: string, values: Record<string, number | null>) => ({ label, ...values });

/** De-identified clinical trends: levels reached, enemies present, couples' progress. */
export function TrendsSection({ report }: { report: TrendsReport }) {
  const p = report.progress;
  return (
    <ReportSection
      id="trends"
      title="Clinical trends (de-identified)"
      description={<>Counts of sessions per month, with no names, ids or note text. Any count from 1 to 4 is shown as &lt;5 (and left out of the charts) so that no small group can be singled out.{report.scope === "own" ? " Your own caseload only." : ""}</>}
      download={<CsvLink report="clinical-trends" query={report} label="Download clinical trends (CSV)" />}
    >
      <h3 className="mb-2 font-semibold">Deepest intimacy level reached</h3>
      <figure className="mb-3 rounded-lg bg-white p-4 shadow-sm">
        <figcaption className="mb-2 text-sm text-slate-600">Sessions per month by the deepest level reached, from 1 (clichés) to 7 (legitimate needs).</figcaption>
        <BarChart stacked xKey="label" height={260}
          data={report.data.map((m) => chartRow(monthLabel(m.month), Object.fromEntries(LEVEL_KEYS.map((k) => [`l${k}`, m.levels[k]]))))}
          series={LEVEL_KEYS.map((k, i) => ({ key: `l${k}`, label: levelName(k), color: LEVEL_COLORS[i] ?? "#64748b" }))} />
      </figure>
      <div className="mb-8"><ReportTable caption="Sessions by deepest level reached, per month" columns={LEVEL_COLUMNS} rows={report.data} rowKey={(r) => r.month} empty="No sessions in this period." /></div>

      <h3 className="mb-2 font-semibold">Enemies of intimacy</h3>
      <figure className="mb-3 rounded-lg bg-white p-4 shadow-sm">
        <figcaption className="mb-2 text-sm text-slate-600">Sessions per month in which each enemy was present.</figcaption>
        <BarChart xKey="label" height={240}
          data={report.data.map((m) => chartRow(monthLabel(m.month), { ...m.enemies }))}
          series={ENEMIES.map((e, i) => ({ key: e, label: ENEMY_INFO[e].label, color: ENEMY_COLORS[i] ?? "#64748b" }))} />
      </figure>
      <div className="mb-8"><ReportTable caption="Sessions with each enemy present, per month" columns={ENEMY_COLUMNS} rows={report.data} rowKey={(r) => r.month} empty="No sessions in this period." /></div>

      <h3 className="mb-1 font-semibold">Couples&apos; progress</h3>
      <p className="mb-3 max-w-3xl text-sm text-slate-600">
        For each couple seen in a month, at their last session of the month: did the median level of their last 4 sessions rise above the median of the 4 before?
        Couples with fewer than 8 sessions so far are not judged. At the end of the period:{" "}
        <strong>{p.improvedShare === null ? "not shown (too few couples to report without identifying anyone)" : `${showPercent(p.improvedShare)} of ${p.couplesEvaluated} couples rose`}</strong>.
      </p>
      <ReportTable caption="Couples whose median level rose over their last 8 sessions, per month" columns={PROGRESS_COLUMNS} rows={report.data} rowKey={(r) => r.month} empty="No couples' sessions in this period." />
    </ReportSection>
  );
}
