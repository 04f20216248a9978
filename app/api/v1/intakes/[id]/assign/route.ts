import { apiRoute, readJson } from "@/lib/api/handler";
import { assignIntake } from "@/lib/data/intake/assign";
import { id } from "@/lib/validation/common";

export const POST = apiRoute<{ id: string }>(async ({ request, actor, params }) => assignIntake(actor, id.parse(params.id), await readJson(request)));
