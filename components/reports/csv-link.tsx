/**
 * A download of a report as CSV: the API route with `format=csv` (the same as sending
 * `Accept: text/csv`), with the filters on screen, so the file holds the rows of the table.
 */
export function CsvLink({ report, query, label, by }: { report: "caseload" | "intake-funnel" | "clinical-trends"; query: { from: string; to: string; locationId: string | null }; label: string; by?: "location" }) {
  const params = new URLSearchParams({ from: query.from, to: query.to, format: "csv" });
  if (query.locationId) params.set("locationId", query.locationId);
  if (by) params.set("by", by);
  return (
    <a href={`/api/v1/reports/${report}?${params.toString()}`} download
      className="inline-flex items-center rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-brand-700 hover:bg-brand-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600">
      {label}
    </a>
  );
}
