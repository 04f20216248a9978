import { apiRoute, created, readBody, readQuery } from "@/lib/api/handler";
import { listCouples } from "@/lib/data/clients/couples";
import { createCouple } from "@/lib/data/clients/couples-write";
import { coupleListQuery } from "@/lib/validation/client";
import { coupleCreate } from "@/lib/validation/couple-write";

export const GET = apiRoute(async ({ request, actor }) => listCouples(actor, readQuery(request, coupleListQuery)));

export const POST = apiRoute(async ({ request, actor }) => created(await createCouple(actor, await readBody(request, coupleCreate))));
