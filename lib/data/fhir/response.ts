import type { Resource } from "@medplum/fhirtypes";

/** A FHIR resource as the API answers it: `Content-Type: application/fhir+json` (FHIR R4 http.html#mime-type). */
export function fhirJson(resource: Resource): Response {
  return new Response(JSON.stringify(resource), { status: 200, headers: { "content-type": "application/fhir+json; charset=utf-8" } });
}
