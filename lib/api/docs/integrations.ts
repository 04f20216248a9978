import { pageOf } from "@/lib/validation/dto";
import { pageQuery } from "@/lib/validation/common";
import { tokenCreate, tokenCreatedSchema, tokenDtoSchema } from "@/lib/data/tokens/schema";
import type { RouteDoc } from "@/lib/api/docs/types";

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
];
