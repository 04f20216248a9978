import { pageOf } from "@/lib/validation/dto";
import { pageQuery } from "@/lib/validation/common";
import { tokenCreate, tokenCreatedSchema, tokenDtoSchema } from "@/lib/data/tokens/schema";
import type { RouteDoc } from "@/lib/api/docs/types";
import { LAKESHORE_CODES } from "@/lib/domain/fhir/codes";

const NOTES = "THERAPIST (and OWNER who treats): the clients they treat now, as for notes; INTAKE 403; others 404";
const TOKENS = "OWNER, signed in (a bearer token gets 403: tokens are managed in the app, not with a token)";

/**
 * The integrations routes of API v1 (DESIGN.md, "Integrations"). Every v1 route also accepts
 * `Authorization: Bearer lsk_…` (security scheme `bearer`): the request acts as the token's
 * creator with their roles as they are now, is audited under the token, is not CSRF-checked,
 * and wins over a cookie sent with it; 401 for a revoked or expired token or a deactivated
 * creator, 429 with Retry-After past 120 requests a minute per token.
 */
export const integrationsRoutes: RouteDoc[] = [
  {
    method: "post", path: "/api/v1/tokens", summary: "Create an API token (its value is in this answer only; only its SHA-256 is kept)",
    access: TOKENS, body: tokenCreate, response: tokenCreatedSchema, status: 201, errors: [400, 401, 403, 413, 429],
  },
  {
    method: "get", path: "/api/v1/tokens", summary: "The practice's API tokens, newest first (never their values)",
    access: TOKENS, query: pageQuery, response: pageOf(tokenDtoSchema), errors: [400, 401, 403, 429],
  },
  {
    method: "delete", path: "/api/v1/tokens/{id}", summary: "Revoke an API token at once (its next request is 401)",
    access: TOKENS, response: tokenDtoSchema, errors: [400, 401, 403, 404, 429],
  },
  {
    method: "get", path: "/api/v1/fhir/Patient/{id}", summary: "One client as a FHIR R4 Patient (application/fhir+json)",
    access: NOTES, fhir: "Patient", errors: [400, 401, 403, 404, 429],
  },
  {
    method: "get", path: "/api/v1/fhir/Patient/{id}/$everything",
    summary: "FHIR R4 Patient/$everything: a searchset Bundle of the Patient, their Practitioners, an Encounter per signed session, and Observations: "
      + "the session's intimacy level (system " + LAKESHORE_CODES + ", code intimacy-level, 1-7) and each measure's total (LOINC 44261-6 PHQ-9, "
      + "70274-6 GAD-7; CSI-4 as code csi-4-total of the same system). Never a private note or a note's text",
    access: NOTES, fhir: "Bundle", errors: [400, 401, 403, 404, 429],
  },
];
