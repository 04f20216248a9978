import { BarChart } from "@/components/reports/bar-chart";
import { CsvLink } from "@/components/reports/csv-link";
import { ReportSection } from "@/components/reports/report-section";
import { ReportTable, type Column } from "@/components/reports/report-table";
import type { CaseloadReport, LocationRow } from "@/lib/domain/reports/types";

const COLUMNS: Column<LocationRow>[] = [
  { header: "Location", cell: (r) => <>{r.name}{r.active ? null : <span className="ml-1 text-xs text-slate-600">(closed)</span>}</> },
  { header: "Active clients", cell: (r) => r.activeClients, numeric: true },
  { header: "Active couples", cell: (r) => r.activeCouples, numeric: true },
  { header: "Active cases", cell: (r) => r.activeCases, numeric: true },
  { header: "Sessions", cell: (r) => r.sessions, numeric: true },
  { header: "Unsigned over 72 h", cell: (r) => r.unsignedNotes, numeric: true },
  { header: "Clinicians", cell: (r) => r.clinicians, numeric: true },
  { header: "Could still take", cell: (r) => r.capacityLeft, numeric: true },
];

/** Where the work is, and where there is room: cases, sessions and capacity per location. */
export function LocationSection({ report }: { report: CaseloadReport }) {
  const chartable = report.byLocation.filter((l) => l.locationId !== null);
  return (
    <ReportSection
      id="locations"
      title="Caseload and capacity by location"
      description="Cases are counted where they are seen. Could still take: the places left of the clinicians who work there and accept new clients (someone at two sites counts at both)."
      download={<CsvLink report="caseload" by="location" query={report} label="Download caseload by location (CSV)" />}
    >
      {chartable.length > 1 ? (
        <figure className="mb-4 rounded-lg bg-white p-4 shadow-sm">
          <figcaption className="mb-2 text-sm text-slate-600">Active cases and the places clinicians there could still take. The table below has every figure.</figcaption>
          <BarChart xKey="name" height={240}
            data={chartable.map((l) => ({ name: l.name, cases: l.activeCases, room: l.capacityLeft }))}
            series={[{ key: "cases", label: "Active cases", color: "#1f6f6a" }, { key: "room", label: "Could still take", color: "#94a3b8" }]} />
        </figure>
      ) : null}
      <ReportTable caption="Caseload and capacity by location" columns={COLUMNS} rows={report.byLocation} rowKey={(r) => r.locationId ?? "none"}
        empty="No locations in this view." />
    </ReportSection>
  );
}
