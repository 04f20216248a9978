import type { NextRequest } from "next/server";
import type { ParsedReportQuery } from "@/lib/validation/report";

/** Weight of a media type in an Accept header (0 when absent). */
function weight(accept: string, type: string): number {
  for (const part of accept.split(",")) {
    const [media, ...params] = part.trim().toLowerCase().split(";");
    if (media?.trim() !== type) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    return q ? Number(q.slice(2)) || 0 : 1;
  }
  return 0;
}

/** CSV when `?format=csv`, or when the Accept header prefers text/csv to JSON. */
export function wantsCsv(request: NextRequest, query: Pick<ParsedReportQuery, "format">): boolean {
  if (query.format) return query.format === "csv";
  const accept = request.headers.get("accept") ?? "";
  const csv = weight(accept, "text/csv");
  return csv > 0 && csv >= weight(accept, "application/json");
}

/** A CSV download: `report-from-to[-location].csv`. */
export function csvResponse(body: string, report: string, query: ParsedReportQuery): Response {
  const name = [report, query.from, "to", query.to, ...(query.locationId ? [query.locationId] : [])].join("-");
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${name}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
