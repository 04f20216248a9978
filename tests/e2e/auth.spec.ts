// Sign-in through /login for every demo account of DESIGN.md: each lands on its home showing
// real data, /api/v1/me answers for it, and sign-out ends the session on the server at once.
import { expect, request as playwrightRequest, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD, signIn } from "./support";

interface Account {
  email: string;
  roles: string[];
  home: string;
  heading: RegExp;
}

const ACCOUNTS: Account[] = [
  { email: "owner@lakeshore.test", roles: ["OWNER", "THERAPIST"], home: "/dashboard", heading: /dashboard/i },
  { email: "therapist@lakeshore.test", roles: ["THERAPIST"], home: "/caseload", heading: /caseload/i },
  { email: "therapist2@lakeshore.test", roles: ["THERAPIST"], home: "/caseload", heading: /caseload/i },
  { email: "intake@lakeshore.test", roles: ["INTAKE"], home: "/intake", heading: /intake/i },
  { email: "owner@other.test", roles: ["OWNER", "THERAPIST"], home: "/dashboard", heading: /dashboard/i },
];

interface Me {
  id: string;
  email: string;
  roles: string[];
  practiceId: string;
  clinicianId: string | null;
}

/** A sign-in (refused or not) answers after an argon2 check: seconds on a busy 2-core machine. */
const SIGN_IN_CHECK = { timeout: 20_000 };

async function me(page: Page): Promise<Me> {
  const response = await page.request.get("/api/v1/me");
  expect(response.status()).toBe(200);
  return (await response.json()) as Me;
}

/** Names of people on the caller's own caseload, read through the API with the page's cookie. */
async function caseloadNames(page: Page, clinicianId: string): Promise<string[]> {
  const clients = (await (await page.request.get("/api/v1/clients?limit=100")).json()) as { data: { firstName: string; lastName: string; assignedClinicianId: string | null }[] };
  return clients.data.filter((c) => c.assignedClinicianId === clinicianId).map((c) => `${c.firstName} ${c.lastName}`);
}

for (const account of ACCOUNTS) {
  test(`${account.email} signs in and lands on ${account.home} with real data`, async ({ page }) => {
    await signIn(page, account.email);
    await expect(page).toHaveURL(new RegExp(`${account.home}$`));
    await expect(page.getByRole("heading", { level: 1, name: account.heading })).toBeVisible();

    const who = await me(page);
    expect(who.email).toBe(account.email);
    expect([...who.roles].sort()).toEqual([...account.roles].sort());
    expect(who.practiceId).toEqual(expect.any(String));

    const main = page.getByRole("main");
    if (account.home === "/dashboard") {
      // The practice's own name (DESIGN.md's demo practices) and a non-zero count of active clients.
      const practice = account.email.endsWith("@other.test") ? "Other Practice" : "Lakeshore Counseling Collective";
      await expect(main.getByText(practice).first()).toBeVisible();
      await expect(main).toContainText(/[1-9]\d*/);
    } else if (account.home === "/caseload") {
      const names = await caseloadNames(page, who.clinicianId!);
      expect(names.length).toBeGreaterThan(0);
      const text = await main.innerText();
      expect(names.some((name) => text.includes(name))).toBe(true);
    } else {
      // The queue lists open requests: a header row plus at least one request.
      expect(await main.getByRole("row").count()).toBeGreaterThan(1);
    }
  });
}

test("the two demo practices are different tenants", async ({ browser }) => {
  const ids: string[] = [];
  for (const email of ["owner@lakeshore.test", "therapist@lakeshore.test", "owner@other.test"]) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, email);
    await expect(page).not.toHaveURL(/\/login/);
    ids.push((await me(page)).practiceId);
    await context.close();
  }
  expect(ids[0]).toBe(ids[1]);
  expect(ids[2]).not.toBe(ids[0]);
});

test("a wrong password shows a plain-words error and stays on /login", async ({ page }) => {
  // One failed attempt only, on an account other specs do not sign in with wrongly: five within
  // 15 minutes would lock it for the rest of the run.
  await signIn(page, "owner@other.test", { password: "not-the-password", expectLanding: false });
  await expect(page.getByText("That email and password do not match an active account.")).toBeVisible(SIGN_IN_CHECK);
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByLabel("Email")).toHaveValue("owner@other.test");
  expect((await page.request.get("/api/v1/me")).status()).toBe(401);
});

test("an unknown email gets the same error as a wrong password", async ({ page }) => {
  await signIn(page, "nobody@lakeshore.test", { password: DEMO_PASSWORD, expectLanding: false });
  await expect(page.getByText("That email and password do not match an active account.")).toBeVisible(SIGN_IN_CHECK);
  await expect(page).toHaveURL(/\/login$/);
});

test("a signed-out visit to /caseload goes to /login", async ({ page }) => {
  await page.goto("/caseload");
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
});

test("after signing in, a signed-out visitor is back on the page they asked for", async ({ page }) => {
  await page.goto("/reports?from=2026-06-01&to=2026-11-20");
  await expect(page).toHaveURL(/\/login\?.*callbackUrl=/);
  await page.getByLabel("Email").fill("therapist2@lakeshore.test");
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/reports\?from=2026-06-01&to=2026-11-20$/, SIGN_IN_CHECK);
  await expect(page.getByRole("heading", { level: 1, name: "Reports" })).toBeVisible();
});

test("sign-out returns to /login and the old cookie stops working at once", async ({ page, context, baseURL }) => {
  await signIn(page, "therapist2@lakeshore.test");
  await expect(page).toHaveURL(/\/caseload$/);
  const cookies = await context.cookies();
  expect(cookies.some((c) => c.name.includes("session-token"))).toBe(true);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login$/);

  // Replay the cookie captured before sign-out: the session row is revoked, so it is refused.
  const replay = await playwrightRequest.newContext({ baseURL, storageState: { cookies, origins: [] } });
  const response = await replay.get("/api/v1/me");
  expect(response.status()).toBe(401);
  expect(((await response.json()) as { error: { code: string } }).error.code).toBe("unauthenticated");
  await replay.dispose();

  await page.goto("/caseload");
  await expect(page).toHaveURL(/\/login/);
});
