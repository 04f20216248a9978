import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import type { z } from "zod";
import { currentActor } from "@/lib/auth/session";
import { bearerActor } from "@/lib/auth/token";
import type { Actor } from "@/lib/data/actor";
import { conform, documentedRoute } from "@/lib/api/conform";
import type { RouteDoc } from "@/lib/api/docs/types";
import { BodyTooLargeError, jsonError, MalformedBodyError, toErrorResponse } from "@/lib/api/errors";

export const MAX_BODY_BYTES = 1024 * 1024;

export interface ApiContext<P> {
  request: NextRequest;
  actor: Actor;
  params: P;
}

type Handler<P> = (ctx: ApiContext<P>) => Promise<unknown>;

/**
 * Wraps a v1 route: requires a signed-in actor (401), runs the handler, and turns whatever it
 * throws into DESIGN.md's error contract. Returns JSON unless the handler returns a Response.
 * A JSON success body is parsed by the route's documented response schema (see documented()).
 */
export function apiRoute<P extends Record<string, string> = Record<string, never>>(handler: Handler<P>) {
  return async (request: NextRequest, context: { params: Promise<P> }): Promise<Response> => {
    try {
      // A bearer token (no cookie to ride on, so no CSRF check) wins over a cookie sent with it.
      const bearer = await bearerActor(request);
      if (bearer instanceof Response) return bearer;
      if (!bearer && crossSiteWrite(request)) return jsonError(403, "forbidden", "Requests from another site may not change data.");
      const actor = bearer ?? (await currentActor());
      if (!actor) return jsonError(401, "unauthenticated", "Sign in to use the API.");
      if (actor.mfaDue && !/^\/api\/v1\/me(\/mfa(\/|$)|$)/.test(request.nextUrl.pathname)) {
        return jsonError(403, "mfa_required", "Your practice requires MFA for your role: set it up (POST /api/v1/me/mfa/setup) first.");
      }
      const result = await handler({ request, actor, params: await context.params });
      return await documented(request, result);
    } catch (error) {
      return toErrorResponse(error);
    }
  };
}

/**
 * The body a handler built, parsed by the response schema the OpenAPI document shows for this
 * method and path (decision 0037). Handlers opt out by returning a Response that is not
 * application/json (CSV, application/fhir+json) or not a success. A body that fails its schema is
 * a server bug: logged (paths and issue codes, no data) and answered 500. Undocumented fields are
 * stripped; outside production they are a 500 too, so the suites catch the drift.
 */
async function documented(request: NextRequest, result: unknown): Promise<Response> {
  const route = documentedRoute(request.method, request.nextUrl.pathname);
  if (!(result instanceof Response)) return send(route, result, 200, undefined);
  const json = (result.headers.get("content-type") ?? "").split(";")[0]?.trim() === "application/json";
  if (!route?.response || !result.ok || !json) return result;
  const headers = new Headers(result.headers);
  headers.delete("content-length");
  return send(route, await result.json(), result.status, headers);
}

function send(route: RouteDoc | undefined, body: unknown, status: number, headers: Headers | undefined): Response {
  if (!route?.response) return NextResponse.json(body, { status, headers });
  const checked = conform(route.response, body);
  const where = `${route.method.toUpperCase()} ${route.path}`;
  if (!checked.ok) {
    console.error(`Response of ${where} does not match its documented schema: ${checked.issues.join("; ")}`);
    return jsonError(500, "internal", "Something went wrong on our side. Please try again.");
  }
  if (checked.stray.length) {
    console.error(`Response of ${where} has undocumented fields (stripped): ${checked.stray.join(", ")}`);
    if (process.env.NODE_ENV !== "production") return jsonError(500, "internal", "Something went wrong on our side. Please try again.");
  }
  return NextResponse.json(checked.body, { status, headers });
}

/**
 * A browser's write from another site riding on the session cookie (CSRF): a plain form may post
 * a JSON-looking text/plain body to any of these routes. Browsers name the page's origin on every
 * cross-origin POST/PATCH; it must be this host. Clients without a browser send no Origin.
 */
function crossSiteWrite(request: NextRequest): boolean {
  if (request.method === "GET" || request.method === "HEAD") return false;
  const origin = request.headers.get("origin");
  if (origin === null) return false;
  const host = (request.headers.get("x-forwarded-host") ?? request.headers.get("host") ?? request.nextUrl.host).split(",")[0]?.trim();
  return URL.canParse(origin) ? new URL(origin).host !== host : true;
}

/** A 201 with the created resource. */
export function created(body: unknown): NextResponse {
  return NextResponse.json(body, { status: 201 });
}

/**
 * Reads a JSON body without validating it: 413 past 1 MB, 400 when it is not JSON. lib/data
 * parses it after the permission check, so a role that may never act is refused whatever it sent.
 */
export async function readJson(request: NextRequest): Promise<unknown> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_BODY_BYTES) throw new BodyTooLargeError();
  const text = await readCapped(request);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new MalformedBodyError();
  }
}

/** Reads and validates a JSON body: 413 past 1 MB, 400 when malformed or invalid. */
export async function readBody<S extends z.ZodType>(request: NextRequest, schema: S): Promise<z.output<S>> {
  return schema.parse(await readJson(request));
}

/** Reads the body but stops at 1 MB, whatever Content-Length claimed (it may be absent or false). */
async function readCapped(request: NextRequest): Promise<string> {
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      throw new BodyTooLargeError();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** The query string as a plain object, for lib/data to parse after the permission check. */
export function queryOf(request: NextRequest): Record<string, string> {
  return Object.fromEntries(request.nextUrl.searchParams);
}

/** Validates the query string (400 with issues when invalid). */
export function readQuery<S extends z.ZodType>(request: NextRequest, schema: S): z.output<S> {
  return schema.parse(Object.fromEntries(request.nextUrl.searchParams));
}
