import { apiRoute, readQuery } from "@/lib/api/handler";
import { listClinicians } from "@/lib/data/clinicians/clinicians";
import { pageQuery } from "@/lib/validation/common";

export const GET = apiRoute(async ({ request, actor }) => listClinicians(actor, readQuery(request, pageQuery)));
