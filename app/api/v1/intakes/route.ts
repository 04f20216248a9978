import { apiRoute, created, queryOf, readJson } from "@/lib/api/handler";
import { listIntakes } from "@/lib/data/intake/intakes";
import { createIntake } from "@/lib/data/intake/write";

export const GET = apiRoute(async ({ request, actor }) => listIntakes(actor, queryOf(request)));

export const POST = apiRoute(async ({ request, actor }) => created(await createIntake(actor, await readJson(request))));
