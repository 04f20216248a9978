import { apiRoute, created, queryOf, readJson } from "@/lib/api/handler";
import { createClient, listClients } from "@/lib/data/clients/clients";

export const GET = apiRoute(async ({ request, actor }) => listClients(actor, queryOf(request)));

export const POST = apiRoute(async ({ request, actor }) => created(await createClient(actor, await readJson(request))));
