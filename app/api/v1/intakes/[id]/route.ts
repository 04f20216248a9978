import { apiRoute, readJson } from "@/lib/api/handler";
import { getIntake } from "@/lib/data/intake/intakes";
import { updateIntake } from "@/lib/data/intake/write";
import { id } from "@/lib/validation/common";

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => getIntake(actor, id.parse(params.id)));

export const PATCH = apiRoute<{ id: string }>(async ({ request, actor, params }) => updateIntake(actor, id.parse(params.id), await readJson(request)));
