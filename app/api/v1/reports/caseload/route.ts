import { apiRoute, queryOf } from "@/lib/api/handler";
import { csvResponse, wantsCsv } from "@/app/api/v1/reports/respond";
import { getCaseloadReport } from "@/lib/data/reports/caseload";
import { caseloadCsv } from "@/lib/domain/reports/exports";
import { parseReportQuery } from "@/lib/validation/report";

export const GET = apiRoute(async ({ request, actor }) => {
  const raw = queryOf(request);
  const report = await getCaseloadReport(actor, raw);
  // lib/data checked the query (after the permission); here it only picks the output.
  const query = { ...parseReportQuery(raw), from: report.from, to: report.to, locationId: report.locationId };
  if (!wantsCsv(request, query)) return report;
  const by = query.by ?? "clinician";
  return csvResponse(caseloadCsv(report, by), by === "location" ? "caseload-by-location" : "caseload", query);
});
