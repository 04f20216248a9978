import { apiRoute, readBody } from "@/lib/api/handler";
import { updateNote } from "@/lib/data/notes/write";
import { getNote } from "@/lib/data/notes/notes";
import { id } from "@/lib/validation/common";
import { notePatch } from "@/lib/validation/note";

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => getNote(actor, id.parse(params.id)));

export const PATCH = apiRoute<{ id: string }>(async ({ request, actor, params }) =>
  updateNote(actor, id.parse(params.id), await readBody(request, notePatch)),
);
