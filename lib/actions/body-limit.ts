// A server action's body is bounded like an API body (1 MB, lib/api/handler.ts) and refused
// with 413 before any work. Next enforces `serverActions.bodySizeLimit` (next.config.js) itself,
// but Next 16 answers a body over it with HTTP 500 ("Body exceeded 1mb limit", a TODO in its
// action handler), so the proxy refuses such a request first, from its declared length.

/** The most a server action may receive; next.config.js's serverActions.bodySizeLimit says the same ("1mb"). */
export const MAX_ACTION_BODY_BYTES = 1024 * 1024;

const errorBody = (status: number, code: string, message: string) =>
  Response.json({ error: { code, message } }, { status, headers: { "Cache-Control": "no-store" } });

/**
 * A POST to a page is a server action (with JavaScript: a `Next-Action` header; without it, a
 * form post). Such a request declaring more than MAX_ACTION_BODY_BYTES gets 413, one without a
 * declared length (chunked) gets 411: browsers always declare it for an action's form data, so
 * only a hand-made request lacks it, and its size could not be known before reading it.
 * Anything else: null, let it through. API routes bound their bodies themselves.
 */
export function refuseOversizedAction(request: Request): Response | null {
  if (request.method !== "POST") return null;
  if (new URL(request.url).pathname.startsWith("/api/")) return null;
  const declared = request.headers.get("content-length");
  if (declared === null || declared.trim() === "") {
    if (!request.headers.has("transfer-encoding")) return null; // no body at all
    return errorBody(411, "length_required", "Send the request with a Content-Length.");
  }
  const bytes = Number(declared);
  if (!Number.isFinite(bytes) || bytes < 0) return errorBody(400, "malformed_request", "The Content-Length is not a number.");
  if (bytes > MAX_ACTION_BODY_BYTES) return errorBody(413, "body_too_large", "The request body is larger than 1 MB.");
  return null;
}
