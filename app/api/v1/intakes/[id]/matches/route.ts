import { apiRoute, readQuery } from "@/lib/api/handler";
import { getIntakeMatches } from "@/lib/data/intake/matches";
import { id } from "@/lib/validation/common";
import { matchQuery } from "@/lib/validation/intake";

export const GET = apiRoute<{ id: string }>(async ({ request, actor, params }) => {
  const { referenceDate } = readQuery(request, matchQuery);
  return getIntakeMatches(actor, id.parse(params.id), referenceDate ? { referenceDate } : {});
});
