import { apiRoute } from "@/lib/api/handler";
import { getMeasure } from "@/lib/data/measures/measures";
import { id } from "@/lib/validation/common";

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => getMeasure(actor, id.parse(params.id)));
