import type { NextRequest } from "next/server";
import { apiRoute, queryOf } from "@/lib/api/handler";
import { wantsCsv } from "@/app/api/v1/reports/respond";
import { exportAuditEvents } from "@/lib/data/audit/export";
import { auditCsv } from "@/lib/domain/audit/csv";
import { listAuditEvents } from "@/lib/data/audit/trail";

const format = (request: NextRequest) => {
  const value = request.nextUrl.searchParams.get("format");
  return value === "csv" || value === "json" ? value : undefined;
};

// JSON pages, or (`?format=csv` / `Accept: text/csv`) every matching event up to 10,000 as one
// CSV: with `clientId`, that client's accounting of disclosures.
export const GET = apiRoute(async ({ request, actor }) => {
  const query = queryOf(request);
  if (!wantsCsv(request, { format: format(request) })) return listAuditEvents(actor, query);
  const { events, truncated } = await exportAuditEvents(actor, query);
  const name = ["audit", query.clientId ? `client-${query.clientId}` : "trail", query.from, query.to].filter(Boolean).join("-");
  return new Response(auditCsv(events, truncated), {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${name}.csv"`, "Cache-Control": "no-store" },
  });
});
