import { toErrorResponse } from "@/lib/api/errors";
import { LOCKOUT_DURATION_MS } from "@/lib/auth/limits";
import { TooManyAttemptsError } from "@/lib/data/errors";

/**
 * Auth.js answers a failed credentials sign-in with a redirect to `/login?error=...&code=...`,
 * which suits browsers. A client that asked for JSON gets DESIGN.md's contract instead when the
 * account is locked: 429 `too_many_attempts`. Everything else (browsers, and next-auth/react,
 * which sends X-Auth-Return-Redirect and reads the redirect URL) keeps Auth.js's own answer.
 */
export function lockedAsJson(request: Request, response: Response): Response {
  if (request.method !== "POST" || !new URL(request.url).pathname.endsWith("/callback/credentials")) return response;
  const accept = request.headers.get("accept") ?? "";
  if (!accept.includes("application/json") || request.headers.has("x-auth-return-redirect")) return response;
  const location = response.headers.get("location");
  if (!location) return response;
  const target = new URL(location, request.url);
  if (target.searchParams.get("error") !== "CredentialsSignin" || target.searchParams.get("code") !== "locked") return response;
  // The lock's exact end is not in the redirect; its full length is a safe upper bound.
  return toErrorResponse(new TooManyAttemptsError(LOCKOUT_DURATION_MS / 1000));
}
