import { apiRoute, queryOf } from "@/lib/api/handler";
import { listClinicians } from "@/lib/data/clinicians/clinicians";

export const GET = apiRoute(async ({ request, actor }) => listClinicians(actor, queryOf(request)));
