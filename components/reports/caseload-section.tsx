import { BarChart } from "@/components/reports/bar-chart";
import { CsvLink } from "@/components/reports/csv-link";
import { ReportSection } from "@/components/reports/report-section";
import { ReportTable, type Column } from "@/components/reports/report-table";
import type { CaseloadReport, CaseloadRow } from "@/lib/domain/reports/types";
import { NEAR_FULL, showPercent } from "@/lib/domain/reports/utilization";

const CHART_MAX = 20;

const COLUMNS: Column<CaseloadRow>[] = [
  { header: "Clinician", cell: (r) => <>{r.name}{r.active ? null : <span className="ml-1 text-xs text-slate-600">(deactivated)</span>}</> },
  { header: "Active clients", cell: (r) => r.activeClients, numeric: true },
  { header: "Active couples", cell: (r) => r.activeCouples, numeric: true },
  { header: "Sessions", cell: (r) => r.sessions, numeric: true },
  { header: "Unsigned over 72 h", cell: (r) => (r.unsignedNotes ? <strong className="text-amber-800">{r.unsignedNotes}</strong> : 0), numeric: true },
  { header: "Active cases", cell: (r) => r.activeCases, numeric: true },
  { header: "Max caseload", cell: (r) => r.maxCaseload, numeric: true },
  {
    header: "Utilisation",
    cell: (r) => <span className={r.utilization !== null && r.utilization >= NEAR_FULL ? "font-semibold text-amber-800" : ""}>{showPercent(r.utilization)}</span>,
    numeric: true,
  },
  { header: "New clients", cell: (r) => (r.acceptingNewClients ? "Accepting" : "Closed") },
];

/** Caseload and capacity by clinician: chart of the busiest, table of everyone. */
export function CaseloadSection({ report }: { report: CaseloadReport }) {
  const busiest = [...report.data].sort((a, b) => (b.utilization ?? 0) - (a.utilization ?? 0)).slice(0, CHART_MAX);
  const t = report.totals;
  const located = report.locationId !== null;
  return (
    <ReportSection
      id="caseload"
      title="Caseload and capacity by clinician"
      description={<>
        Sessions are notes dated in the period; unsigned notes are drafts started more than 72 hours ago. Utilisation is active
        cases (a couple counts once) against the clinician&apos;s maximum caseload.
        {located ? " Clients, couples and sessions count the chosen location only; active cases and utilisation are each clinician's whole caseload, since capacity belongs to the person." : ""}
      </>}
      download={<CsvLink report="caseload" query={report} label="Download caseload by clinician (CSV)" />}
    >
      {busiest.length > 0 ? (
        <figure className="mb-4 rounded-lg bg-white p-4 shadow-sm">
          <figcaption className="mb-2 text-sm text-slate-600">
            Active cases and places left{report.data.length > CHART_MAX ? ` (the ${CHART_MAX} fullest of ${report.data.length} clinicians)` : ""}. The table below has every figure.
          </figcaption>
          <BarChart horizontal stacked height={Math.max(160, busiest.length * 28 + 60)} xKey="name"
            data={busiest.map((r) => ({ name: r.name, active: r.activeCases, left: r.capacityLeft }))}
            series={[{ key: "active", label: "Active cases", color: "#1f6f6a" }, { key: "left", label: "Places left", color: "#cbd5e1" }]} />
        </figure>
      ) : null}
      <ReportTable caption="Caseload and capacity by clinician" columns={COLUMNS} rows={report.data} rowKey={(r) => r.clinicianId}
        empty="No clinicians in this view."
        footer={report.data.length > 1 ? (
          <tr>
            <th scope="row" className="p-2 text-left">All clinicians</th>
            <td className="p-2 text-right">{t.activeClients}</td><td className="p-2 text-right">{t.activeCouples}</td>
            <td className="p-2 text-right">{t.sessions}</td><td className="p-2 text-right">{t.unsignedNotes}</td>
            <td className="p-2 text-right">{t.activeCases}</td><td className="p-2 text-right">{t.maxCaseload}</td>
            <td className="p-2 text-right">{showPercent(t.utilization)}</td><td className="p-2" />
          </tr>
        ) : null} />
    </ReportSection>
  );
}
