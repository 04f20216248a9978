import { apiRoute } from "@/lib/api/handler";
import { getClinician } from "@/lib/data/clinicians";
import { id } from "@/lib/validation/common";

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => getClinician(actor, id.parse(params.id)));
