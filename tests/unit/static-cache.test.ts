// Caching (issue 10 item 3): pages and API answers can hold clinical data, so no browser or proxy
// may keep them; Next's content-hashed build files under /_next/static must stay cacheable for a
// year, or every page load downloads all its JavaScript again. The rules are matched the way Next
// compiles them into its routes manifest.
import { createRequire } from "node:module";
import { describe, expect, test } from "vitest";
import nextConfig from "@/next.config.js";

const { buildCustomRoute } = createRequire(import.meta.url)("next/dist/lib/build-custom-route") as {
  buildCustomRoute(type: "header", route: { source: string; headers: unknown[] }): { regex: string };
};

/** Every Cache-Control value next.config.js's headers() gives a request for this path. */
async function cacheControlOf(path: string): Promise<string[]> {
  const rules = (await nextConfig.headers?.()) ?? [];
  return rules
    .filter((rule) => new RegExp(buildCustomRoute("header", rule).regex).test(path))
    .flatMap((rule) => rule.headers.filter((h) => h.key.toLowerCase() === "cache-control").map((h) => h.value));
}

describe("Cache-Control from next.config.js", () => {
  test.each(["/", "/login", "/dashboard", "/clients/abc/notes/def", "/api/v1/me", "/api/v1/reports/caseload.csv", "/_next/image"])(
    "%s is never stored",
    async (path) => {
      expect(await cacheControlOf(path)).toEqual(["no-store"]);
    },
  );

  test.each(["/_next/static/chunks/0a1b2c3d.js", "/_next/static/css/9f8e7d.css", "/_next/static/media/font.woff2"])(
    "%s keeps Next's own year-long immutable caching (no rule overrides it)",
    async (path) => {
      expect(await cacheControlOf(path)).toEqual([]);
    },
  );

  test("the security headers still reach every path, static files included", async () => {
    const rules = (await nextConfig.headers?.()) ?? [];
    for (const path of ["/login", "/api/v1/me", "/_next/static/chunks/0a1b2c3d.js"]) {
      const keys = rules
        .filter((rule) => new RegExp(buildCustomRoute("header", rule).regex).test(path))
        .flatMap((rule) => rule.headers.map((h) => h.key));
      expect(keys, path).toEqual(expect.arrayContaining(["X-Content-Type-Options", "Strict-Transport-Security", "X-Frame-Options"]));
    }
  });
});
