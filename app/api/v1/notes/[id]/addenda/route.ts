import { apiRoute, created, readJson } from "@/lib/api/handler";
import { addAddendum } from "@/lib/data/notes/sign";
import { id } from "@/lib/validation/common";

export const POST = apiRoute<{ id: string }>(async ({ request, actor, params }) =>
  created(await addAddendum(actor, id.parse(params.id), await readJson(request))),
);
