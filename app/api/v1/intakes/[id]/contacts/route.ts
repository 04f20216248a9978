import { apiRoute, created, readJson } from "@/lib/api/handler";
import { addIntakeContact, listIntakeContacts } from "@/lib/data/intake/contacts";
import { id } from "@/lib/validation/common";

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => listIntakeContacts(actor, id.parse(params.id)));

export const POST = apiRoute<{ id: string }>(async ({ request, actor, params }) => created(await addIntakeContact(actor, id.parse(params.id), await readJson(request))));
