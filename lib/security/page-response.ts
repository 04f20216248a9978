import { NextResponse } from "next/server";
import { CSP_HEADER, NONCE_HEADER, newNonce, pagePolicy } from "@/lib/security/csp";

const dev = process.env.NODE_ENV === "development";

/**
 * Puts a fresh policy on the proxy's answer to a page request (decision 0032). Auth.js answers
 * either a redirect to /login or "go on" (x-middleware-next), and its "go on" cannot carry request
 * headers: it becomes a NextResponse.next that hands Next the policy as a request header (Next
 * reads the nonce from it for its scripts) and keeps the cookies Auth.js set. Both carry the policy.
 */
export function withPagePolicy(request: Request, answer: Response | undefined): Response {
  const nonce = newNonce();
  const policy = pagePolicy(nonce, { dev });
  let response = answer ?? NextResponse.next();
  if (response.headers.get("x-middleware-next") === "1") {
    const headers = new Headers(request.headers);
    headers.set(CSP_HEADER, policy);
    headers.set(NONCE_HEADER, nonce);
    const next = NextResponse.next({ request: { headers } });
    for (const cookie of response.headers.getSetCookie()) next.headers.append("set-cookie", cookie);
    response = next;
  }
  response.headers.set(CSP_HEADER, policy);
  return response;
}
