import { apiRoute, readJson } from "@/lib/api/handler";
import { getClient, updateClient } from "@/lib/data/clients/clients";
import { id } from "@/lib/validation/common";

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => getClient(actor, id.parse(params.id)));

export const PATCH = apiRoute<{ id: string }>(async ({ request, actor, params }) =>
  updateClient(actor, id.parse(params.id), await readJson(request)),
);
