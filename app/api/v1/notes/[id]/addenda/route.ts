import { apiRoute, created, readBody } from "@/lib/api/handler";
import { addAddendum } from "@/lib/data/notes/sign";
import { id } from "@/lib/validation/common";
import { addendumCreate } from "@/lib/validation/note";

export const POST = apiRoute<{ id: string }>(async ({ request, actor, params }) => {
  const body = await readBody(request, addendumCreate);
  return created(await addAddendum(actor, id.parse(params.id), body.text));
});
