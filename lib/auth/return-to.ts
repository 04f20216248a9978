/**
 * Where to go after signing in: the path (and query) of `value`, which may be a relative path
 * or the absolute URL the proxy put in `callbackUrl`. Only the path is kept, so the redirect can
 * never leave this site, whatever host the value names. Null for anything unusable.
 */
export function safeReturnPath(value: unknown): string | null {
  if (typeof value !== "string" || value.length === 0 || value.length > 1000) return null;
  if (value.startsWith("//") || value.startsWith("/\\")) return null;
  let url: URL;
  try {
    url = new URL(value, "http://app.invalid");
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  const path = `${url.pathname}${url.search}`;
  if (!path.startsWith("/") || path.startsWith("//") || path === "/login" || path.startsWith("/login?") || path.startsWith("/api/")) return null;
  return path;
}
