import { apiRoute, created, queryOf, readJson } from "@/lib/api/handler";
import { createToken, listTokens } from "@/lib/data/tokens/tokens";

export const GET = apiRoute(async ({ request, actor }) => listTokens(actor, queryOf(request)));

export const POST = apiRoute(async ({ request, actor }) => created(await createToken(actor, await readJson(request))));
