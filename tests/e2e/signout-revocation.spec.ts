// Issue 9 item 3: every way of signing out ends the session on the server at once. A cookie
// copied before signing out (a shared computer, a stolen backup of the profile) must be worthless
// afterwards, whether the user pressed the nav's Sign out button or something posted to
// Auth.js's own /api/auth/signout.
import { expect, request as playwrightRequest, test, type APIRequestContext } from "@playwright/test";
import { apiAs, signIn } from "./support";

type Cookies = Awaited<ReturnType<APIRequestContext["storageState"]>>["cookies"];

/** What /api/v1/me answers a fresh client that carries only the captured cookies. */
async function replay(baseURL: string | undefined, cookies: Cookies): Promise<number> {
  const client = await playwrightRequest.newContext({ baseURL, storageState: { cookies, origins: [] } });
  try {
    return (await client.get("/api/v1/me")).status();
  } finally {
    await client.dispose();
  }
}

const sessionCookies = (cookies: Cookies) => cookies.filter((c) => c.name.includes("session-token"));

test("the nav's Sign out button ends the session: the copied cookie gets 401", async ({ page, context, baseURL }) => {
  await signIn(page, "therapist2@lakeshore.test");
  const captured = sessionCookies(await context.cookies());
  expect(captured.length).toBeGreaterThan(0);
  expect(await replay(baseURL, captured)).toBe(200);

  await page.getByRole("button", { name: "Sign out" }).click();
  await page.waitForURL(/\/login$/);

  expect(await replay(baseURL, captured)).toBe(401);
});

test("Auth.js's own POST /api/auth/signout ends the session: the copied cookie gets 401", async ({ baseURL }) => {
  const api = await apiAs(baseURL, "therapist2@lakeshore.test");
  const captured = sessionCookies((await api.storageState()).cookies);
  expect(captured.length).toBeGreaterThan(0);
  expect(await replay(baseURL, captured)).toBe(200);

  const { csrfToken } = (await (await api.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const signedOut = await api.post("/api/auth/signout", { form: { csrfToken, callbackUrl: "/login" }, maxRedirects: 0 });
  expect(signedOut.status()).toBe(302);
  // Auth.js cleared the cookie in this client...
  expect(sessionCookies((await api.storageState()).cookies).filter((c) => c.value !== "")).toEqual([]);
  await api.dispose();

  // ...and the server no longer honours the copy.
  expect(await replay(baseURL, captured)).toBe(401);
});
