import { apiRoute } from "@/lib/api/handler";
import { listAuditEvents } from "@/lib/data/audit/trail";
import { parseAuditQuery } from "@/lib/validation/admin";

export const GET = apiRoute(async ({ request, actor }) => listAuditEvents(actor, parseAuditQuery(Object.fromEntries(request.nextUrl.searchParams))));
