import { apiRoute, created, queryOf, readJson } from "@/lib/api/handler";
import { listNotes } from "@/lib/data/notes/notes";
import { createNote } from "@/lib/data/notes/write";

export const GET = apiRoute(async ({ request, actor }) => listNotes(actor, queryOf(request)));

export const POST = apiRoute(async ({ request, actor }) => created(await createNote(actor, await readJson(request))));
