import { apiRoute, queryOf } from "@/lib/api/handler";
import { getIntakeMatches } from "@/lib/data/intake/matches";
import { id } from "@/lib/validation/common";

export const GET = apiRoute<{ id: string }>(async ({ request, actor, params }) => getIntakeMatches(actor, id.parse(params.id), queryOf(request)));
