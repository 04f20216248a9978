import { z } from "zod";
import { appointmentsRoutes } from "@/lib/api/docs/appointments";
import { casesRoutes } from "@/lib/api/docs/cases";
import { coreRoutes } from "@/lib/api/docs/core";
import { integrationsRoutes } from "@/lib/api/docs/integrations";
import { measuresRoutes } from "@/lib/api/docs/measures";
import { intakeRoutes } from "@/lib/api/docs/intakes";
import { mfaRoutes } from "@/lib/api/docs/mfa";
import { noteRoutes } from "@/lib/api/docs/notes";
import { reportRoutes } from "@/lib/api/docs/reports";
import type { RouteDoc } from "@/lib/api/docs/types";
import { errorSchema } from "@/lib/validation/dto";

/** Every documented route; features add their lists here. */
export const ROUTES: RouteDoc[] = [
  ...coreRoutes, ...casesRoutes, ...mfaRoutes, ...noteRoutes, ...intakeRoutes, ...appointmentsRoutes, ...measuresRoutes,
  ...reportRoutes, ...integrationsRoutes,
];

const ERROR_WORDS: Record<number, string> = {
  400: "Malformed or invalid input, with zod issues and their paths",
  401: "Not signed in",
  403: "The caller's role may never do this",
  404: "Not found, or not visible to the caller",
  409: "Stale version, signed note, or duplicate",
  413: "Body larger than 1 MB",
  429: "Too many attempts",
};

const schema = (s: z.ZodType, io: "input" | "output") => z.toJSONSchema(s, { io, unrepresentable: "any" });

function parameters(route: RouteDoc) {
  const path = [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => ({ name: m[1], in: "path", required: true, schema: { type: "string" } }));
  const query = route.query
    ? Object.entries(route.query.shape).map(([name, field]) => ({
        name, in: "query", required: !(field as z.ZodType).safeParse(undefined).success, schema: schema(field as z.ZodType, "input"),
      }))
    : [];
  return [...path, ...query];
}

/** The OpenAPI 3.1 document, generated from the same zod schemas that validate requests. */
export function openApiDocument() {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of ROUTES) {
    const responses: Record<string, unknown> = {
      [String(route.status ?? 200)]: {
        description: "OK",
        content: {
          "application/json": route.response ? { schema: schema(route.response, "output") } : {},
          ...(route.csv ? { "text/csv": {} } : {}),
          ...(route.fhir ? { "application/fhir+json": { schema: { type: "object", description: `A FHIR R4 ${route.fhir} (http://hl7.org/fhir/R4/)` } } } : {}),
        },
      },
    };
    for (const code of route.errors) {
      responses[String(code)] = { description: ERROR_WORDS[code] ?? "Error", content: { "application/json": { schema: schema(errorSchema, "output") } } };
    }
    (paths[route.path] ??= {})[route.method] = {
      summary: route.summary,
      description: `Access: ${route.access}.`,
      ...(route.public ? { security: [] } : {}),
      parameters: parameters(route),
      ...(route.body ? { requestBody: { required: true, content: { "application/json": { schema: schema(route.body, "input") } } } } : {}),
      responses,
    };
  }
  return {
    openapi: "3.1.0",
    info: { title: "Lakeshore Practice API", version: "1" },
    components: {
      securitySchemes: {
        session: { type: "apiKey", in: "cookie", name: "authjs.session-token" },
        bearer: { type: "http", scheme: "bearer", description: "An API token (lsk_…) an owner created at /admin/tokens" },
      },
    },
    security: [{ session: [] }, { bearer: [] }],
    paths,
  };
}
