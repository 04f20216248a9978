import { apiRoute } from "@/lib/api/handler";
import { csvResponse, wantsCsv } from "@/app/api/v1/reports/respond";
import { getIntakeFunnel } from "@/lib/data/reports/intake-funnel";
import { funnelCsv } from "@/lib/domain/reports/exports";
import { parseReportQuery } from "@/lib/validation/report";

export const GET = apiRoute(async ({ request, actor }) => {
  const query = parseReportQuery(Object.fromEntries(request.nextUrl.searchParams));
  const report = await getIntakeFunnel(actor, query);
  return wantsCsv(request, query) ? csvResponse(funnelCsv(report), "intake-funnel", query) : report;
});
