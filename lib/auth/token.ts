import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { NextRequest } from "next/server";
import { jsonError } from "@/lib/api/errors";
import type { Actor } from "@/lib/data/actor";
import { isRequestId } from "@/lib/data/access/audit";
import { resolveToken } from "@/lib/data/sessions/token-actor";

/** What every API token starts with: tells a leaked one apart (secret scanners, logs). */
export const TOKEN_PREFIX = "lsk_";
/** Requests per minute per token before 429 (counted in Postgres, ApiRateWindow). */
export const TOKEN_RATE_PER_MINUTE = 120;

/** A new token value: the prefix and 32 random bytes, base64url. Shown once, never stored. */
export function newTokenValue(): string {
  return TOKEN_PREFIX + randomBytes(32).toString("base64url");
}

/** What the database keeps of a token: its SHA-256, hex (a 256-bit random value needs no slow hash). */
export function tokenHash(value: string): string {
  return createHash("sha256").update(value, "utf8").digest("hex");
}

/** The token of an `Authorization: Bearer <token>` header, or null when there is no bearer header. */
export function bearerOf(request: Pick<NextRequest, "headers">): string | null {
  const header = request.headers.get("authorization");
  if (!header) return null;
  const match = /^Bearer[ ]+(\S+)\s*$/i.exec(header);
  return match ? match[1]! : null;
}

/**
 * The actor of a bearer request: null when the request carries no bearer token (the cookie
 * session applies), a 401 or 429 Response when the token is refused, else the token creator
 * with their current roles and `tokenId` set (so every audit row names the token). A bearer
 * header wins over a cookie sent with it.
 */
export async function bearerActor(request: Pick<NextRequest, "headers">): Promise<Actor | Response | null> {
  if (!request.headers.get("authorization")?.match(/^Bearer\b/i)) return null;
  const value = bearerOf(request);
  const header = request.headers.get("x-request-id");
  const requestId = header && isRequestId(header) ? header : crypto.randomUUID();
  const resolved = value && value.length <= 200 ? await resolveToken(tokenHash(value), TOKEN_RATE_PER_MINUTE, requestId) : null;
  if (!resolved) return jsonError(401, "unauthenticated", "This API token is unknown, revoked or expired, or its creator's account is deactivated.");
  if ("retryAfter" in resolved) {
    const response = jsonError(429, "rate_limited", `At most ${TOKEN_RATE_PER_MINUTE} requests a minute per token: try again shortly.`);
    response.headers.set("Retry-After", String(resolved.retryAfter));
    return response;
  }
  return resolved;
}
