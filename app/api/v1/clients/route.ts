import { apiRoute, created, readBody, readQuery } from "@/lib/api/handler";
import { createClient, listClients } from "@/lib/data/clients/clients";
import { clientCreate, clientListQuery } from "@/lib/validation/client";

export const GET = apiRoute(async ({ request, actor }) => listClients(actor, readQuery(request, clientListQuery)));

export const POST = apiRoute(async ({ request, actor }) => created(await createClient(actor, await readBody(request, clientCreate))));
