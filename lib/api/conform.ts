import type { z } from "zod";
import type { RouteDoc } from "@/lib/api/docs/types";
import { ROUTES } from "@/lib/api/openapi";

// A route's documented response schema produces its body (decision 0037): what a handler returns
// is parsed by the same zod schema the OpenAPI document is generated from, so the two cannot drift.

interface Compiled {
  route: RouteDoc;
  pattern: RegExp;
  /** 1 per literal segment, 0 per {param}: Next prefers a static segment over a dynamic one. */
  rank: number[];
}

let compiled: Compiled[] | null = null;

function compile(): Compiled[] {
  return ROUTES.map((route) => {
    const segments = route.path.split("/").filter(Boolean);
    const source = segments.map((s) => (/^\{\w+\}$/.test(s) ? "[^/]+" : s.replace(/[.*+?^$()|[\]\\]/g, "\\$&"))).join("/");
    return { route, pattern: new RegExp(`^/${source}/?$`), rank: segments.map((s) => (s.startsWith("{") ? 0 : 1)) };
  });
}

const before = (a: number[], b: number[]) => {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! > b[i]!;
  return false;
};

/** The documented route a request reaches: method plus the path matched against ROUTES' templates. */
export function documentedRoute(method: string, pathname: string): RouteDoc | undefined {
  compiled ??= compile(); // lazily: ROUTES is built by a module that imports this one's importers
  let best: Compiled | undefined;
  for (const c of compiled) {
    if (c.route.method !== method.toLowerCase() || !c.pattern.test(pathname)) continue;
    if (!best || before(c.rank, best.rank)) best = c;
  }
  return best?.route;
}

export type Conformed = { ok: true; body: unknown; stray: string[] } | { ok: false; issues: string[]; stray: string[] };

/**
 * Parses a success body with the route's response schema. The body is first put through JSON, as
 * the client will see it (Dates become strings). Undocumented keys are stripped (z.object's
 * default) and named in `stray`; a missing or mistyped field fails. Only paths and issue codes
 * are reported, never values: a response body holds clinical data.
 */
export function conform(schema: z.ZodType, body: unknown): Conformed {
  const wire: unknown = body === undefined ? undefined : JSON.parse(JSON.stringify(body));
  const parsed = schema.safeParse(wire);
  if (!parsed.success) {
    return { ok: false, issues: parsed.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.code}`), stray: [] };
  }
  return { ok: true, body: parsed.data, stray: strayKeys(wire, parsed.data, "") };
}

/** Keys present in what the handler sent but absent from the parsed output, as dotted paths. */
export function strayKeys(sent: unknown, kept: unknown, at: string): string[] {
  if (Array.isArray(sent) && Array.isArray(kept)) return sent.flatMap((item, i) => strayKeys(item, kept[i], `${at}${i}.`));
  if (!isPlain(sent) || !isPlain(kept)) return [];
  return Object.keys(sent).flatMap((key) => (key in kept ? strayKeys(sent[key], kept[key], `${at}${key}.`) : [`${at}${key}`]));
}

const isPlain = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
