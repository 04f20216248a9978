import { apiRoute } from "@/lib/api/handler";
import { revokeToken } from "@/lib/data/tokens/tokens";
import { id } from "@/lib/validation/common";

export const DELETE = apiRoute<{ id: string }>(async ({ actor, params }) => revokeToken(actor, id.parse(params.id)));
