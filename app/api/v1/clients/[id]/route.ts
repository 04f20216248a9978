import { apiRoute, readBody } from "@/lib/api/handler";
import { getClient, updateClient } from "@/lib/data/clients/clients";
import { clientUpdate } from "@/lib/validation/client";
import { id } from "@/lib/validation/common";

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => getClient(actor, id.parse(params.id)));

export const PATCH = apiRoute<{ id: string }>(async ({ request, actor, params }) =>
  updateClient(actor, id.parse(params.id), await readBody(request, clientUpdate)),
);
