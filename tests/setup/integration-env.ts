// Runs in each integration test worker before the test file is imported, so lib/db (the app
// role) and tests/support/owner-db (the owner) see the scratch database of integration-global.ts.
import { inject, vi } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
process.env.OWNER_DATABASE_URL = inject("ownerDatabaseUrl");

// Every response of a route built with apiRoute is checked against /api/v1/openapi.json
// (tests/support/openapi-check.ts): a drift between a route and its document fails the test.
vi.mock("@/lib/api/handler", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/api/handler")>();
  const { checkResponse } = await import("@/tests/support/openapi-check");
  const apiRoute: typeof real.apiRoute = (handler) => {
    const route = real.apiRoute(handler);
    return async (request, context) => {
      const response = await route(request, context);
      await checkResponse(request.method, request.nextUrl.pathname, response);
      return response;
    };
  };
  return { ...real, apiRoute };
});
