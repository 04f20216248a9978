// Helpers the e2e specs share: the demo password, signing in through /login or through Auth.js's
// credentials callback, and the accessibility check.
import AxeBuilder from "@axe-core/playwright";
import { expect, request as playwrightRequest, type APIRequestContext, type Page } from "@playwright/test";

/** Every seeded demo account's password (DESIGN.md). */
export const DEMO_PASSWORD = "practice-demo-2026";

export interface SignInOptions {
  /** Defaults to the demo password. */
  password?: string;
  /** Wait until the browser has left /login (default). Turn off to test a refused sign-in. */
  expectLanding?: boolean;
}

/** Signs in through the /login form. */
export async function signIn(page: Page, email: string, { password = DEMO_PASSWORD, expectLanding = true }: SignInOptions = {}): Promise<void> {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  if (expectLanding) await page.waitForURL((url) => !url.pathname.startsWith("/login"));
}

/** An API client signed in with the session cookie, through Auth.js's credentials callback. */
export async function apiAs(baseURL: string | undefined, email: string, password = DEMO_PASSWORD): Promise<APIRequestContext> {
  const api = await playwrightRequest.newContext({ baseURL });
  const { csrfToken } = (await (await api.get("/api/auth/csrf")).json()) as { csrfToken: string };
  // Accept: JSON goes through the route's lock-to-429 wrapper, which must let success through.
  const response = await api.post("/api/auth/callback/credentials", {
    form: { email, password, csrfToken, callbackUrl: "/" },
    headers: { Accept: "application/json" },
    maxRedirects: 0,
  });
  expect(response.status(), `sign-in of ${email}`).toBe(302);
  expect(response.headers().location ?? "", `sign-in of ${email}`).not.toContain("error=");
  return api;
}

/** Runs axe on the page as it stands and expects no serious or critical violation. */
export async function expectNoSeriousViolations(page: Page, where: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`);
  expect(serious, `axe on the ${where}`).toEqual([]);
}
