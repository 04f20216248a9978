import { apiRoute, readJson } from "@/lib/api/handler";
import { getNote } from "@/lib/data/notes/notes";
import { updateNote } from "@/lib/data/notes/write";
import { id } from "@/lib/validation/common";

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => getNote(actor, id.parse(params.id)));

export const PATCH = apiRoute<{ id: string }>(async ({ request, actor, params }) =>
  updateNote(actor, id.parse(params.id), await readJson(request)),
);
