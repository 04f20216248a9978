// Accessibility of the pages the other specs do not already check with axe (notes.spec covers the
// caseload, couple, editor and signed note; dashboard.spec the dashboard): axe finds no serious or
// critical violation at desktop width and on a 390 px phone, the page never grows wider than the
// phone, the main navigation marks where the user is, and the forms work by keyboard alone.
// Nothing here changes data the other specs read.
import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousViolations, signIn } from "./support";

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

/** Opens a page and waits until its main heading is there and its scripts have settled. */
async function open(page: Page, path: string, heading: string | RegExp) {
  await page.goto(path);
  await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
  await page.waitForLoadState("networkidle");
}

/** axe at desktop width and on a phone, and no sideways scrolling of the whole page on the phone. */
async function checkPage(page: Page, where: string) {
  await page.setViewportSize(DESKTOP);
  await expectNoSeriousViolations(page, where);
  await page.setViewportSize(PHONE);
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth), { message: `${where} fits a 390 px screen` }).toBeLessThanOrEqual(PHONE.width);
  await expectNoSeriousViolations(page, `${where} on a phone`);
  await page.setViewportSize(DESKTOP);
}

/** The main navigation's link for the section the user is in carries aria-current. */
async function expectCurrent(page: Page, label: string, value: "page" | "true") {
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: label })).toHaveAttribute("aria-current", value);
  await expect(nav.locator("[aria-current]")).toHaveCount(1);
}

test.describe.configure({ timeout: 90_000 });

test("the signed-out pages are accessible: sign-in with its error, and an expired set-password link", async ({ page }) => {
  await open(page, "/login", "Sign in");
  await expect(page).toHaveTitle(/^Sign in ·/);
  await checkPage(page, "sign-in page");
  // An address that is no account, so no real account moves towards its lockout.
  await signIn(page, "nobody@lakeshore.test", { password: "wrong-password-here", expectLanding: false });
  // A refused sign-in answers after an argon2 check: seconds on a busy 2-core machine.
  await expect(page.getByRole("status").filter({ hasText: "do not match an active account" })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByLabel("Password")).toHaveAccessibleDescription("That email and password do not match an active account.");
  await checkPage(page, "sign-in page with its error");

  await open(page, "/set-password/not-a-real-token", "Set your password");
  await expect(page.getByText("This link has expired or was already used.")).toBeVisible();
  await checkPage(page, "expired set-password page");
});

test("an intake specialist's queue, new intake form, request and matches are accessible", async ({ page }) => {
  await signIn(page, "intake@lakeshore.test");
  await open(page, "/intake", "Intake queue");
  await expectCurrent(page, "Intake queue", "page");
  await checkPage(page, "intake queue");

  await page.getByRole("region", { name: /New requests/ }).getByRole("link").first().click();
  await expect(page.getByRole("heading", { name: "The request" })).toBeVisible();
  await page.waitForLoadState("networkidle");
  await expectCurrent(page, "Intake queue", "true");
  await checkPage(page, "intake request page");

  await page.getByRole("link", { name: "See ranked matches" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Matches for / })).toBeVisible();
  await page.waitForLoadState("networkidle");
  await checkPage(page, "matches page");
  // Assigning asks first, and the question takes the focus.
  const first = page.getByRole("region", { name: /Ranked clinicians/ }).getByRole("listitem").first();
  await first.getByRole("button", { name: /^Assign to / }).click();
  await expect(first.getByRole("button", { name: "Confirm assignment" })).toBeFocused();
  await first.getByRole("button", { name: "Cancel" }).click();

  await open(page, "/intake/new", "New intake request");
  await checkPage(page, "new intake form");
  await page.getByRole("radio", { name: "A couple" }).check();
  await expect(page.getByRole("group", { name: "Partner 2" })).toBeVisible();
  await checkPage(page, "new couple intake form");
});

test("the new intake form by keyboard: a refused form lists each problem, and each link takes focus to its field", async ({ page }) => {
  await signIn(page, "intake@lakeshore.test");
  await open(page, "/intake/new", "New intake request");
  const client = page.getByRole("group", { name: "Client" });
  await client.getByLabel("First name").focus();
  await page.keyboard.type("Robin");
  await page.getByRole("button", { name: "Add a time window" }).focus();
  await page.keyboard.press("Enter");
  // The new row's first field takes the focus, so the keyboard user carries on from there.
  await expect(page.getByLabel("Weekday, window 1")).toBeFocused();
  await page.getByLabel("From, window 1").fill("19:00");
  await page.getByLabel("To, window 1").fill("18:00");

  await page.getByRole("button", { name: "File intake request" }).focus();
  await page.keyboard.press("Enter");
  const summary = page.getByRole("status").filter({ hasText: "Some fields need your attention." });
  await expect(summary).toBeFocused();
  const problems = summary.getByRole("link");
  await expect(problems).toHaveText([
    "Client: Last name: Required.",
    "Client: Date of birth: Required.",
    "Presenting concerns: Choose at least one concern.",
    "To, window 1: The end time must be after the start time.",
  ]);
  await problems.nth(0).press("Enter");
  await expect(client.getByLabel("Last name")).toBeFocused();
  await expect(client.getByLabel("Last name")).toHaveAccessibleDescription("Required.");
  await problems.nth(2).press("Enter");
  await expect(page.getByRole("checkbox", { name: "Depression" })).toBeFocused();
  await problems.nth(3).press("Enter");
  await expect(page.getByLabel("To, window 1")).toBeFocused();
  await expect(page.getByLabel("To, window 1")).toHaveAccessibleDescription("The end time must be after the start time.");
  // Nothing typed was lost.
  await expect(client.getByLabel("First name")).toHaveValue("Robin");
  await expect(page.getByLabel("From, window 1")).toHaveValue("19:00");

  // Removing a window leaves the focus on "Add a time window", not at the top of the page.
  await page.getByRole("button", { name: "Remove window 1" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: "Add a time window" })).toBeFocused();
});

test("an owner's administration, audit trail, reports and clinician pages are accessible", async ({ page }) => {
  await signIn(page, "owner@lakeshore.test");
  await open(page, "/admin", "Administration");
  await expectCurrent(page, "Admin", "page");
  await checkPage(page, "administration page");

  await open(page, "/admin/locations", "Locations");
  await expectCurrent(page, "Admin", "true");
  await checkPage(page, "locations page");

  await open(page, "/admin/staff", "Staff");
  await checkPage(page, "staff page");
  await page.getByRole("link", { name: "Priya Natarajan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Priya Natarajan" })).toBeVisible();
  await page.waitForLoadState("networkidle");
  await checkPage(page, "staff member page");

  await open(page, "/audit", "Audit trail");
  await expectCurrent(page, "Audit trail", "page");
  await checkPage(page, "audit trail");

  await open(page, "/reports", "Reports");
  await checkPage(page, "owner's reports page");

  await open(page, "/clinicians", "Clinicians");
  await expectCurrent(page, "Clinicians", "page");
  await checkPage(page, "clinicians list");
  await page.getByRole("table").getByRole("link").first().click();
  await expect(page.getByRole("link", { name: "Edit profile" })).toBeVisible();
  await page.waitForLoadState("networkidle");
  await checkPage(page, "clinician profile");
  await page.getByRole("link", { name: "Edit profile" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Edit / })).toBeVisible();
  await page.waitForLoadState("networkidle");
  await checkPage(page, "clinician profile form");
});

test("deactivating a location asks first; Cancel changes nothing and gives the focus back", async ({ page }) => {
  await signIn(page, "owner@lakeshore.test");
  await open(page, "/admin/locations", "Locations");
  const brighton = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Brighton" }) });
  await brighton.getByRole("button", { name: "Deactivate Brighton" }).focus();
  await page.keyboard.press("Enter");
  const question = brighton.getByRole("group", { name: /^Deactivate Brighton\?/ });
  await expect(question).toBeVisible();
  await expect(question.getByRole("button", { name: "Yes, deactivate Brighton" })).toBeFocused();
  await expectNoSeriousViolations(page, "location deactivation question");
  await question.getByRole("button", { name: "Cancel" }).press("Enter");
  await expect(brighton.getByRole("button", { name: "Deactivate Brighton" })).toBeFocused();
  await page.reload();
  await expect(page.getByRole("button", { name: "Deactivate Brighton" })).toBeVisible();
});

test("a therapist's reports and own clinician profile are accessible", async ({ page }) => {
  await signIn(page, "therapist2@lakeshore.test");
  await expectCurrent(page, "Caseload", "page");
  await open(page, "/reports", "Reports");
  await expectCurrent(page, "Reports", "page");
  await checkPage(page, "therapist's reports page");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Clinicians" }).click();
  await expect(page.getByRole("link", { name: "Edit profile" })).toBeVisible();
  await page.waitForLoadState("networkidle");
  await expectCurrent(page, "Clinicians", "true");
  await checkPage(page, "own clinician profile");
});

test("an intake specialist's reports are accessible, and so are the not-found answers", async ({ page }) => {
  await signIn(page, "intake@lakeshore.test");
  await open(page, "/reports", "Reports");
  await checkPage(page, "intake specialist's reports page");
  await page.goto("/no-such-page");
  await expect(page.getByRole("heading", { level: 1, name: "Not found" })).toBeVisible();
  await expect(page).toHaveTitle(/^Not found ·/);
  await checkPage(page, "not-found page");
  await page.goto("/clients/cnotarealclientid0000000");
  await expect(page.getByRole("heading", { level: 1, name: "Not found" })).toBeVisible();
  await expect(page).toHaveTitle(/^Not found ·/);
  await checkPage(page, "not-found answer inside the app");
});

test("a refused staff invitation keeps everything typed and puts the focus on the field to fix", async ({ page }) => {
  await signIn(page, "owner@lakeshore.test");
  await open(page, "/admin/staff", "Staff");
  await page.getByLabel("Full name").fill("Sam Kept");
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByLabel(/^Intake specialist/).check();
  await page.getByRole("button", { name: "Invite" }).press("Enter");
  const email = page.getByLabel("Email");
  await expect(email).toBeFocused();
  await expect(email).toHaveAttribute("aria-invalid", "true");
  await expect(email).toHaveValue("not-an-email");
  await expect(page.getByLabel("Full name")).toHaveValue("Sam Kept");
  await expect(page.getByLabel(/^Intake specialist/)).toBeChecked();
});
