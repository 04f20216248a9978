// Every API response the integration suite sees is checked against the served OpenAPI document
// (GET /api/v1/openapi.json): its status must be one the operation documents, and a JSON body
// must validate against that status's schema (OpenAPI 3.1 schemas are JSON Schema 2020-12, hence
// ajv/dist/2020). tests/setup/integration-env.ts wraps apiRoute with checkResponse, so a drift
// between a route and its document fails whichever test made the call.
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import { GET as openApiJson } from "@/app/api/v1/openapi.json/route";

type Operation = { responses: Record<string, { content?: Record<string, { schema?: object }> }> };
type Doc = { paths: Record<string, Record<string, Operation>> };

/**
 * Answers any route may give without listing it: no session or a bad token, MFA due or a
 * cross-site write, a token past its rate (every v1 route takes bearer tokens), busy, our bug.
 * Their bodies are still checked against the route's error schema.
 */
const ANY_ROUTE = [401, 403, 429, 500, 503];

export class ContractDrift extends Error {}

let served: Promise<{ doc: Doc; templates: { path: string; pattern: RegExp; rank: number[] }[] }> | null = null;
const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false });
const validators = new Map<string, ValidateFunction | null>();

async function document() {
  served ??= (async () => {
    const doc = (await openApiJson().json()) as Doc;
    const templates = Object.keys(doc.paths).map((path) => {
      const segments = path.split("/").filter(Boolean);
      const source = segments.map((s) => (/^\{\w+\}$/.test(s) ? "[^/]+" : s.replace(/[.*+?^$()|[\]\\]/g, "\\$&"))).join("/");
      return { path, pattern: new RegExp(`^/${source}/?$`), rank: segments.map((s) => (s.startsWith("{") ? 0 : 1)) };
    });
    return { doc, templates };
  })();
  return served;
}

/** The document's path template for a concrete path; a static segment beats a {param}. */
export async function templateOf(pathname: string): Promise<string | undefined> {
  const { templates } = await document();
  const matching = templates.filter((t) => t.pattern.test(pathname));
  matching.sort((a, b) => {
    for (let i = 0; i < a.rank.length; i++) if (a.rank[i] !== b.rank[i]) return b.rank[i]! - a.rank[i]!;
    return 0;
  });
  return matching[0]?.path;
}

function validator(key: string, schema: object | undefined): ValidateFunction | null {
  if (!validators.has(key)) validators.set(key, schema ? ajv.compile(schema) : null);
  return validators.get(key)!;
}

/**
 * Throws ContractDrift when the response is not what the document promises for this method, path
 * template and status. Reads a clone: the caller's response stays unread.
 */
export async function checkResponse(method: string, pathname: string, response: Response): Promise<void> {
  const { doc } = await document();
  const template = await templateOf(pathname);
  const where = `${method} ${template ?? pathname}`;
  const operation = template ? doc.paths[template]?.[method.toLowerCase()] : undefined;
  if (!operation) throw new ContractDrift(`${where}: no such operation in /api/v1/openapi.json`);
  const status = String(response.status);
  let documented = operation.responses[status];
  if (!documented && ANY_ROUTE.includes(response.status)) documented = Object.entries(operation.responses).find(([s]) => s.startsWith("4"))?.[1];
  if (!documented) throw new ContractDrift(`${where} answered ${status}, which its document does not list`);
  const type = (response.headers.get("content-type") ?? "").split(";")[0]!.trim();
  const media = documented.content?.[type];
  if (!media) throw new ContractDrift(`${where} ${status}: content type ${type || "(none)"} is not documented`);
  if (type !== "application/json") return;
  const validate = validator(`${method} ${template} ${status}`, media.schema);
  if (!validate) return;
  const body: unknown = await response.clone().json();
  if (!validate(body)) {
    const errors = (validate.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message ?? e.keyword}`).join("; ");
    throw new ContractDrift(`${where} ${status}: body does not match its documented schema: ${errors}`);
  }
}
