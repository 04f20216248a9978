import { apiRoute } from "@/lib/api/handler";
import { csvResponse, wantsCsv } from "@/app/api/v1/reports/respond";
import { getClinicalTrends } from "@/lib/data/reports/clinical-trends";
import { trendsCsv } from "@/lib/domain/reports/exports";
import { parseReportQuery } from "@/lib/validation/report";

export const GET = apiRoute(async ({ request, actor }) => {
  const query = parseReportQuery(Object.fromEntries(request.nextUrl.searchParams));
  const report = await getClinicalTrends(actor, query);
  return wantsCsv(request, query) ? csvResponse(trendsCsv(report), "clinical-trends", query) : report;
});
