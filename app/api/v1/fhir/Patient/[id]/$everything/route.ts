import { apiRoute } from "@/lib/api/handler";
import { fhirJson } from "@/lib/data/fhir/response";
import { fhirEverything } from "@/lib/data/fhir/export";
import { id } from "@/lib/validation/common";

export const GET = apiRoute<{ id: string }>(async ({ request, actor, params }) =>
  fhirJson(await fhirEverything(actor, id.parse(params.id), `${request.nextUrl.origin}/api/v1/fhir`)),
);
