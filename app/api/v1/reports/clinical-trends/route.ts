import { apiRoute, queryOf } from "@/lib/api/handler";
import { csvResponse, wantsCsv } from "@/app/api/v1/reports/respond";
import { getClinicalTrends } from "@/lib/data/reports/clinical-trends";
import { trendsCsv } from "@/lib/domain/reports/exports";
import { parseReportQuery } from "@/lib/validation/report";

export const GET = apiRoute(async ({ request, actor }) => {
  const raw = queryOf(request);
  const report = await getClinicalTrends(actor, raw);
  // lib/data checked the query (after the permission); here it only picks the output.
  const query = { ...parseReportQuery(raw), from: report.from, to: report.to, locationId: report.locationId };
  return wantsCsv(request, query) ? csvResponse(trendsCsv(report), "clinical-trends", query) : report;
});
