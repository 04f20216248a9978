import { BarChart } from "@/components/reports/bar-chart";
import { CsvLink } from "@/components/reports/csv-link";
import { ReportSection } from "@/components/reports/report-section";
import { ReportTable, type Column } from "@/components/reports/report-table";
import { Tiles } from "@/components/reports/tiles";
import { monthLabel } from "@/lib/domain/reports/date-range";
import type { FunnelMonth, FunnelReport } from "@/lib/domain/reports/types";

const days = (n: number | null) => (n === null ? "none" : `${n} ${n === 1 ? "day" : "days"}`);

const COLUMNS: Column<FunnelMonth>[] = [
  { header: "Month", cell: (r) => monthLabel(r.month) },
  { header: "Requests received", cell: (r) => r.new, numeric: true },
  { header: "Matched", cell: (r) => r.matched, numeric: true },
  { header: "Put on the waitlist", cell: (r) => r.waitlisted, numeric: true },
  { header: "Median days to match", cell: (r) => (r.medianDaysToMatch === null ? "–" : r.medianDaysToMatch), numeric: true },
];

/** The intake funnel: how many came in, how fast they were matched, who is still waiting. */
export function FunnelSection({ report }: { report: FunnelReport }) {
  return (
    <ReportSection
      id="funnel"
      title="Intake funnel"
      description="Requests received, matched to a clinician and put on the waitlist in the period (for a location: requests that asked for it). Awaiting a decision and the waitlist are as of today."
      download={<CsvLink report="intake-funnel" query={report} label="Download intake funnel (CSV)" />}
    >
      <Tiles items={[
        { label: "Requests received", value: report.new },
        { label: "Matched", value: report.matched },
        { label: "Put on the waitlist", value: report.waitlisted },
        { label: "Median time to match", value: days(report.medianDaysToMatch) },
        { label: "Awaiting a decision now", value: report.openNow },
        { label: "On the waitlist now", value: report.waitlist.count, hint: report.waitlist.count ? `Median ${days(report.waitlist.medianAgeDays)}, longest ${days(report.waitlist.oldestAgeDays)}` : "Nobody waiting" },
      ]} />
      <figure className="mb-4 rounded-lg bg-white p-4 shadow-sm">
        <figcaption className="mb-2 text-sm text-slate-600">Requests per month. The table below has every figure.</figcaption>
        <BarChart xKey="label" height={220}
          data={report.data.map((m) => ({ label: monthLabel(m.month), new: m.new, matched: m.matched, waitlisted: m.waitlisted }))}
          series={[
            { key: "new", label: "Received", color: "#64748b" },
            { key: "matched", label: "Matched", color: "#1f6f6a" },
            { key: "waitlisted", label: "Waitlisted", color: "#d97706" },
          ]} />
      </figure>
      <ReportTable caption="Intake funnel by month" columns={COLUMNS} rows={report.data} rowKey={(r) => r.month} empty="No months in this period."
        footer={
          <tr>
            <th scope="row" className="p-2 text-left">Whole period</th>
            <td className="p-2 text-right">{report.new}</td><td className="p-2 text-right">{report.matched}</td>
            <td className="p-2 text-right">{report.waitlisted}</td><td className="p-2 text-right">{report.medianDaysToMatch ?? "–"}</td>
          </tr>
        } />
    </ReportSection>
  );
}
