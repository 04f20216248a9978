import { apiRoute, readJson } from "@/lib/api/handler";
import { updateClinician } from "@/lib/data/clinicians/profile";
import { getClinician } from "@/lib/data/clinicians/clinicians";
import { id } from "@/lib/validation/common";

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => getClinician(actor, id.parse(params.id)));

export const PATCH = apiRoute<{ id: string }>(async ({ request, actor, params }) =>
  updateClinician(actor, id.parse(params.id), await readJson(request)),
);
