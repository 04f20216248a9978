import { apiRoute, queryOf } from "@/lib/api/handler";
import { csvResponse, wantsCsv } from "@/app/api/v1/reports/respond";
import { getIntakeFunnel } from "@/lib/data/reports/intake-funnel";
import { funnelCsv } from "@/lib/domain/reports/exports";
import { parseReportQuery } from "@/lib/validation/report";

export const GET = apiRoute(async ({ request, actor }) => {
  const raw = queryOf(request);
  const report = await getIntakeFunnel(actor, raw);
  // lib/data checked the query (after the permission); here it only picks the output.
  const query = { ...parseReportQuery(raw), from: report.from, to: report.to, locationId: report.locationId };
  return wantsCsv(request, query) ? csvResponse(funnelCsv(report), "intake-funnel", query) : report;
});
