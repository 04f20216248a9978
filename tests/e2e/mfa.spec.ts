// MFA by keyboard (issue 9 item 2): a therapist opens Security from the nav, sets MFA up (the key
// is read off the page like a person typing it into an app), turns it on with a code, sees the
// recovery codes once, signs out, and signs in again: after the password the page asks for the
// "Authentication code", keeps what was typed, refuses a wrong code in plain words and lets the
// right one in. The account used is one no other spec signs in with; MFA is turned off after.
import { expect, request as playwrightRequest, test, type Page } from "@playwright/test";
import { stepAt, totpCodeForStep } from "../../lib/auth/mfa";
import { DEMO_PASSWORD, expectNoSeriousViolations, signIn } from "./support";

const EMAIL = "elena.vasquez@lakeshore.test";
let recoveryCodes: string[] = [];
let mfaOn = false;

/** A code of the step after now: accepted (within one step) and later than any used before. */
const nextCode = (secret: string) => totpCodeForStep(secret, stepAt(Date.now()) + 1);

async function typeCredentials(page: Page) {
  await page.getByLabel("Email").focus();
  await page.keyboard.type(EMAIL);
  await page.keyboard.press("Tab");
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press("Enter");
}

test.afterAll(async ({ baseURL }) => {
  if (!mfaOn) return;
  // The test stopped half-way: sign in with an unused recovery code and turn MFA off again.
  const api = await playwrightRequest.newContext({ baseURL });
  const { csrfToken } = (await (await api.get("/api/auth/csrf")).json()) as { csrfToken: string };
  await api.post("/api/auth/callback/credentials", { form: { email: EMAIL, password: DEMO_PASSWORD, code: recoveryCodes.at(-1) ?? "", csrfToken, callbackUrl: "/" }, maxRedirects: 0 });
  await api.post("/api/v1/me/mfa/disable", { data: { password: DEMO_PASSWORD } });
  await api.dispose();
});

test("enrol on the security page by keyboard, sign out, sign in with the password and then the authentication code", async ({ page }) => {
  const consoleErrors: string[] = [];
  page.on("console", (message) => {
    // The app has no favicon: the browser's own request for one is not the page's error.
    if (message.type() === "error" && !message.location().url.endsWith("/favicon.ico")) consoleErrors.push(`${message.text()} (${message.location().url})`);
  });

  await page.goto("/login");
  await typeCredentials(page);
  await page.waitForURL(/\/caseload$/);

  await page.getByRole("link", { name: "Security", exact: true }).focus();
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/account\/security$/);
  await expect(page.getByRole("heading", { level: 1, name: "Account security" })).toBeVisible();

  await page.getByRole("button", { name: "Set up MFA" }).focus();
  await page.keyboard.press("Enter");
  const codeField = page.getByLabel("Authentication code");
  await expect(codeField).toBeFocused();
  await expect(page.getByRole("img", { name: /QR code/ })).toBeVisible();
  await expectNoSeriousViolations(page, "MFA setup step");
  const secret = ((await page.locator("#mfa-secret").textContent()) ?? "").replace(/\s/g, "");
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);

  await page.keyboard.type(totpCodeForStep(secret, stepAt(Date.now())));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "MFA is on. Save your recovery codes" })).toBeFocused();
  mfaOn = true;
  recoveryCodes = await page.getByRole("list", { name: "Recovery codes" }).getByRole("listitem").allTextContents();
  expect(recoveryCodes).toHaveLength(10);
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "I have saved my recovery codes" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "MFA is on", exact: true })).toBeFocused();
  expect(((await (await page.request.get("/api/v1/me")).json()) as { mfaEnabled: boolean }).mfaEnabled).toBe(true);

  await page.getByRole("button", { name: "Sign out" }).focus();
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/login$/);

  await typeCredentials(page);
  await expect(codeField).toBeFocused();
  await expect(page.getByText("Your password is right. Now enter the 6-digit code")).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue(EMAIL);
  await expect(page.getByLabel("Password")).toHaveValue(DEMO_PASSWORD);
  expect(page.url()).toMatch(/\/login$/);
  await expectNoSeriousViolations(page, "sign-in code step");

  const valid = new Set([-1, 0, 1, 2].map((d) => totpCodeForStep(secret, stepAt(Date.now()) + d)));
  const wrong = ["000000", "111111", "222222"].find((c) => !valid.has(c))!;
  await page.keyboard.type(wrong);
  await page.keyboard.press("Enter");
  await expect(page.getByText("That authentication code is not right")).toBeVisible();
  await expect(codeField).toBeFocused();
  await expect(codeField).toHaveValue("");

  await page.keyboard.type(nextCode(secret));
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/caseload$/);
  const me = (await (await page.request.get("/api/v1/me")).json()) as { email: string; mfaEnabled: boolean };
  expect(me).toMatchObject({ email: EMAIL, mfaEnabled: true });

  // Leave the demo account as it was: MFA off (turning it off needs the password).
  expect((await page.request.post("/api/v1/me/mfa/disable", { data: { password: "not the password" } })).status()).toBe(403);
  expect((await page.request.post("/api/v1/me/mfa/disable", { data: { password: DEMO_PASSWORD } })).status()).toBe(200);
  mfaOn = false;
  expect(consoleErrors).toEqual([]);
});

/** Saves the practice's "Require MFA for" boxes as an owner (also the clean-up). */
async function requireMfaFor(page: Page, labels: string[]) {
  await page.goto("/admin/security");
  for (const label of ["Owners", "Therapists", "Intake specialists"]) await page.getByLabel(label, { exact: true }).setChecked(labels.includes(label));
  await page.getByRole("button", { name: "Save MFA requirement" }).click();
  await expect(page.getByText(/^Saved\./)).toBeVisible();
}

let policyChanged = false;
test.afterAll(async ({ browser }) => {
  if (!policyChanged) return;
  const page = await browser.newPage();
  await signIn(page, "owner@lakeshore.test");
  await requireMfaFor(page, []);
  await page.close();
});

test("an owner requires MFA for intake specialists: the intake specialist is sent to set it up before anything else", async ({ page, browser }) => {
  await signIn(page, "owner@lakeshore.test");
  await page.getByRole("link", { name: "Admin", exact: true }).click();
  await page.getByRole("link", { name: /^Practice security/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Practice security" })).toBeVisible();
  await expectNoSeriousViolations(page, "admin security page");
  // The demo data requires MFA of nobody, and nobody has it on.
  for (const label of ["Owners", "Therapists", "Intake specialists"]) await expect(page.getByLabel(label, { exact: true })).not.toBeChecked();
  await expect(page.getByRole("cell", { name: "On", exact: true })).toHaveCount(0);
  const intakeBox = page.getByLabel("Intake specialists", { exact: true });
  await intakeBox.focus();
  await page.keyboard.press("Space");
  await expect(intakeBox).toBeChecked();
  policyChanged = true;
  await page.getByRole("button", { name: "Save MFA requirement" }).click();
  await expect(page.getByText("Saved. Who has no MFA yet is asked to set it up at their next page.")).toBeVisible();
  await expect(page.getByRole("row", { name: /Priya Natarajan/ })).toContainText("Not set up: asked to at their next page");

  const intake = await browser.newPage();
  await signIn(intake, "intake@lakeshore.test");
  await intake.waitForURL(/\/account\/security$/);
  await expect(intake.getByText("Your practice requires MFA for your role.")).toBeVisible();
  await expect(intake.getByRole("link", { name: "Intake queue" })).toHaveCount(0);
  await intake.goto("/intake");
  await intake.waitForURL(/\/account\/security$/);
  const api = await intake.request.get("/api/v1/clients");
  expect(api.status()).toBe(403);
  expect(((await api.json()) as { error: { code: string } }).error.code).toBe("mfa_required");
  await intake.close();

  await requireMfaFor(page, []);
  policyChanged = false;
});
