import { NextResponse } from "next/server";
import { ZodError } from "zod";
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

export function zodIssues(error: ZodError): Issue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map((p) => (typeof p === "symbol" ? String(p) : p)),
    message: issue.message,
    code: issue.code,
  }));
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
  console.error("Unhandled API error", error instanceof Error ? error.message : error);
  return jsonError(500, "internal", "Something went wrong on our side. Please try again.");
}
