import { apiRoute } from "@/lib/api/handler";
import { csvResponse, wantsCsv } from "@/app/api/v1/reports/respond";
import { getCaseloadReport } from "@/lib/data/reports/caseload";
import { caseloadCsv } from "@/lib/domain/reports/exports";
import { parseReportQuery } from "@/lib/validation/report";

export const GET = apiRoute(async ({ request, actor }) => {
  const query = parseReportQuery(Object.fromEntries(request.nextUrl.searchParams));
  const report = await getCaseloadReport(actor, query);
  if (!wantsCsv(request, query)) return report;
  const by = query.by ?? "clinician";
  return csvResponse(caseloadCsv(report, by), by === "location" ? "caseload-by-location" : "caseload", query);
});
