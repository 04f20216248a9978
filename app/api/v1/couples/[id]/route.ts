import { apiRoute } from "@/lib/api/handler";
import { getCouple } from "@/lib/data/couples";
import { id } from "@/lib/validation/common";

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => getCouple(actor, id.parse(params.id)));
