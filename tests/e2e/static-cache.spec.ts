// Caching on the built app (issue 10 item 3): the scripts a page loads are content-hashed and
// served immutable for a year, so a second page load downloads none of them again; the page and
// the API answers themselves are never stored.
import { expect, test } from "@playwright/test";

test("a page's scripts are cached immutable for a year while the page and the API are not stored", async ({ page, request }) => {
  const scripts: string[] = [];
  page.on("response", (response) => {
    if (response.request().resourceType() === "script" && new URL(response.url()).pathname.startsWith("/_next/static/")) scripts.push(response.url());
  });
  const login = await page.goto("/login");
  expect(login?.headers()["cache-control"]).toBe("no-store");
  await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
  expect(scripts.length).toBeGreaterThan(0);

  for (const url of scripts) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(200);
    expect(response.headers()["cache-control"], url).toBe("public, max-age=31536000, immutable");
    // The security headers still come with it.
    expect(response.headers()["x-content-type-options"], url).toBe("nosniff");
  }

  const api = await request.get("/api/v1/openapi.json");
  expect(api.headers()["cache-control"]).toBe("no-store");
});
