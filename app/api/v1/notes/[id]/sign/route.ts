import { apiRoute, readJson } from "@/lib/api/handler";
import { signNote } from "@/lib/data/notes/sign";
import { id } from "@/lib/validation/common";

export const POST = apiRoute<{ id: string }>(async ({ request, actor, params }) =>
  signNote(actor, id.parse(params.id), await readJson(request)),
);
