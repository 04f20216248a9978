import { apiRoute, created, readBody, readQuery } from "@/lib/api/handler";
import { createNote } from "@/lib/data/notes/write";
import { listNotes } from "@/lib/data/notes/notes";
import { noteCreate, noteListQuery } from "@/lib/validation/note";

export const GET = apiRoute(async ({ request, actor }) => listNotes(actor, readQuery(request, noteListQuery)));

export const POST = apiRoute(async ({ request, actor }) => created(await createNote(actor, await readBody(request, noteCreate))));
