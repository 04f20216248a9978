import { apiRoute } from "@/lib/api/handler";
import { fhirJson } from "@/lib/data/fhir/response";
import { fhirPatient } from "@/lib/data/fhir/export";
import { id } from "@/lib/validation/common";

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => fhirJson(await fhirPatient(actor, id.parse(params.id))));
