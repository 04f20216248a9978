import { NextResponse } from "next/server";
import { ZodError } from "zod";
import { BUSY_RETRY_SECONDS, isOverload } from "@/lib/api/overload";
import {
  ConflictError, DataError, ForbiddenError, InvalidError, NotFoundError, TooManyAttemptsError,
} from "@/lib/data/errors";

export interface Issue {
  path: (string | number)[];
  message: string;
  code?: string;
}

/** DESIGN.md's error body: `{ error: { code, message, issues? } }`. */
export function jsonError(status: number, code: string, message: string, extra: Record<string, unknown> = {}) {
  return NextResponse.json({ error: { code, message, ...extra } }, { status });
}

export class MalformedBodyError extends Error {}
export class BodyTooLargeError extends Error {}

type RawIssue = ZodError["issues"][number];

/**
 * The issues of a union's closest forms, at the union's path: fewest issues, then fewest
 * missing or wrongly typed fields, the sign of a form the caller did not try at all
 * (`{ waitlist: true, reason: "" }` is a waitlist with an empty reason, not an assignment
 * without a clinician). Without this the caller reads only "Invalid input", no field named.
 */
function closest(issue: RawIssue): RawIssue[] {
  if (issue.code !== "invalid_union" || issue.errors.length === 0) return [issue];
  const rank = (branch: RawIssue[]) => branch.length * 1000 + branch.filter((i) => i.code === "invalid_type").length;
  const best = Math.min(...issue.errors.map(rank));
  return issue.errors
    .filter((branch) => rank(branch) === best)
    .flat()
    .flatMap((inner) => closest({ ...inner, path: [...issue.path, ...inner.path] } as RawIssue));
}

export function zodIssues(error: ZodError): Issue[] {
  const seen = new Set<string>();
  return error.issues.flatMap(closest).flatMap((issue) => {
    const path = issue.path.map((p) => (typeof p === "symbol" ? String(p) : p));
    const key = JSON.stringify([path, issue.message]);
    if (seen.has(key)) return [];
    seen.add(key);
    return [{ path, message: issue.message, code: issue.code }];
  });
}

/** Maps anything thrown below a route to its status. Unknown errors: 500 without details. */
export function toErrorResponse(error: unknown): NextResponse {
  if (error instanceof ZodError) {
    return jsonError(400, "invalid_input", "Some fields are missing or invalid.", { issues: zodIssues(error) });
  }
  if (error instanceof MalformedBodyError) return jsonError(400, "malformed_json", "The request body is not valid JSON.");
  if (error instanceof BodyTooLargeError) return jsonError(413, "body_too_large", "The request body is larger than 1 MB.");
  if (error instanceof InvalidError) return jsonError(400, "invalid_input", error.message, { issues: error.issues });
  if (error instanceof NotFoundError) return jsonError(404, "not_found", error.message);
  if (error instanceof ForbiddenError) return jsonError(403, "forbidden", error.message);
  if (error instanceof ConflictError) {
    return jsonError(409, "conflict", error.message, error.details === undefined ? {} : { details: error.details });
  }
  if (error instanceof TooManyAttemptsError) {
    const response = jsonError(429, "too_many_attempts", error.message);
    response.headers.set("Retry-After", String(error.retryAfterSeconds));
    return response;
  }
  if (error instanceof DataError) return jsonError(400, error.code, error.message);
  if (isOverload(error)) {
    const response = jsonError(503, "busy", "The server is busy and nothing was changed. Try again in a moment.");
    response.headers.set("Retry-After", String(BUSY_RETRY_SECONDS));
    return response;
  }
  console.error("Unhandled API error", error instanceof Error ? error.message : error);
  return jsonError(500, "internal", "Something went wrong on our side. Please try again.");
}
