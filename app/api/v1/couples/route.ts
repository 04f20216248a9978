import { apiRoute, readQuery } from "@/lib/api/handler";
import { listCouples } from "@/lib/data/couples";
import { coupleListQuery } from "@/lib/validation/client";

export const GET = apiRoute(async ({ request, actor }) => listCouples(actor, readQuery(request, coupleListQuery)));
