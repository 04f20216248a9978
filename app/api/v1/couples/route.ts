import { apiRoute, created, queryOf, readJson } from "@/lib/api/handler";
import { listCouples } from "@/lib/data/clients/couples";
import { createCouple } from "@/lib/data/clients/couples-write";

export const GET = apiRoute(async ({ request, actor }) => listCouples(actor, queryOf(request)));

export const POST = apiRoute(async ({ request, actor }) => created(await createCouple(actor, await readJson(request))));
