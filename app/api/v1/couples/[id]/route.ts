import { apiRoute, readJson } from "@/lib/api/handler";
import { getCouple } from "@/lib/data/clients/couples";
import { updateCouple } from "@/lib/data/clients/couples-write";
import { id } from "@/lib/validation/common";

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => getCouple(actor, id.parse(params.id)));

export const PATCH = apiRoute<{ id: string }>(async ({ request, actor, params }) =>
  updateCouple(actor, id.parse(params.id), await readJson(request)),
);
