// The Content-Security-Policy of every answer (docs/decisions/0032-strict-csp.md). Pure: proxy.ts
// draws a nonce per page request and sends pagePolicy(nonce) both to the browser and, as a request
// header, to Next, which reads the nonce from it and puts it on every script it renders. API
// answers are JSON, never a document: next.config.js sends them API_POLICY, which allows nothing.

/** The request header Next reads the nonce from (its name for the policy itself). */
export const CSP_HEADER = "Content-Security-Policy";
/** A request header that hands the nonce to a server component that needs it (none does today). */
export const NONCE_HEADER = "x-nonce";

/** What an API answer may load: nothing, and it may not be framed. next.config.js sends the same string. */
export const API_POLICY = "default-src 'none'; frame-ancestors 'none'";

/** Base64 of 16 bytes (128 bits), the form Next extracts from `'nonce-…'`. */
const NONCE_SHAPE = /^[A-Za-z0-9+/]{22}==$/;

/** A fresh nonce: 128 bits from the platform's CSPRNG, base64 (a new one for every page request). */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

export interface PagePolicyOptions {
  /** `next dev` only: React's dev build evaluates code and Next's dev server injects <style> elements. */
  dev?: boolean;
}

/**
 * The policy of an HTML page.
 * - script-src: only scripts carrying this request's nonce, and what they load ('strict-dynamic':
 *   Next's chunks). 'self' is a fallback for browsers without 'strict-dynamic', which ignore it
 *   otherwise; never 'unsafe-inline', so an injected <script> or onclick= does not run.
 * - style-src: Tailwind is one stylesheet from 'self'; no inline <style> element is needed.
 * - style-src-attr 'unsafe-inline': React renders `style={…}` as style="" attributes on the
 *   server (bar widths, chart sizes, a CSS variable); a nonce cannot cover an attribute. An
 *   attribute can restyle its element but not run code or read the page, and url() loads are
 *   bounded by img-src/font-src.
 */
export function pagePolicy(nonce: string, { dev = false }: PagePolicyOptions = {}): string {
  if (!NONCE_SHAPE.test(nonce)) throw new Error("A CSP nonce must be 16 random bytes in base64 (newNonce()).");
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    ["script-src", `'nonce-${nonce}'`, "'strict-dynamic'", "'self'", ...(dev ? ["'unsafe-eval'"] : [])],
    ["style-src", "'self'", ...(dev ? ["'unsafe-inline'"] : [])],
    ["style-src-attr", "'unsafe-inline'"],
    ["img-src", "'self'", "data:"],
    ["font-src", "'self'"],
    ["connect-src", "'self'"],
    ["object-src", "'none'"],
    ["base-uri", "'self'"],
    ["form-action", "'self'"],
    ["frame-ancestors", "'none'"],
  ];
  return directives.map((words) => words.join(" ")).join("; ");
}

/** The sources a policy lists for one directive ([] when absent). For tests and the e2e. */
export function sourcesOf(policy: string, directive: string): string[] {
  for (const part of policy.split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name?.toLowerCase() === directive) return sources;
  }
  return [];
}
