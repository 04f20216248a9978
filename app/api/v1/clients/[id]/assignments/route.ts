import { apiRoute } from "@/lib/api/handler";
import { listAssignments } from "@/lib/data/clients/assignments";
import { id } from "@/lib/validation/common";

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => listAssignments(actor, { clientId: id.parse(params.id) }));
