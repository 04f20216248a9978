import { apiRoute, created, queryOf, readJson } from "@/lib/api/handler";
import { createMeasure, listMeasures } from "@/lib/data/measures/measures";

export const GET = apiRoute(async ({ request, actor }) => listMeasures(actor, queryOf(request)));

export const POST = apiRoute(async ({ request, actor }) => created(await createMeasure(actor, await readJson(request))));
