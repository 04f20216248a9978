import { apiRoute, queryOf } from "@/lib/api/handler";
import { listAuditEvents } from "@/lib/data/audit/trail";

export const GET = apiRoute(async ({ request, actor }) => listAuditEvents(actor, queryOf(request)));
