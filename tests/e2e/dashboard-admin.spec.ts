// Administration by the practice owner: a location's life (add, rename, deactivate) and a staff
// member's (invite with a one-time link, set a password, sign in, be deactivated and signed out
// at once). The link works once; the last owner cannot give up the role.
import { expect, test } from "@playwright/test";
import { signIn } from "./support";

const stamp = Date.now().toString(36);

test("an owner adds, renames and deactivates a location", async ({ page }) => {
  await signIn(page, "owner@lakeshore.test");
  await page.getByRole("link", { name: "Admin" }).click();
  await page.getByRole("link", { name: /Locations/ }).click();
  await page.waitForLoadState("networkidle");
  await page.getByLabel("Name").first().fill(`Howell ${stamp}`);
  await page.getByLabel("Address").first().fill("1 Grand River Ave, Howell, MI");
  await page.getByRole("button", { name: "Add location" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Howell ${stamp} was added.` })).toBeVisible();

  await page.getByLabel("Name").first().fill(`Howell ${stamp}`);
  await page.getByRole("button", { name: "Add location" }).click();
  await expect(page.getByText(`There is already a location called "Howell ${stamp}".`)).toBeVisible();

  const item = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: `Howell ${stamp}` }) });
  await item.getByText("Rename or change the address").click();
  await item.getByLabel("Name").fill(`Howell Downtown ${stamp}`);
  await item.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("heading", { name: `Howell Downtown ${stamp}` })).toBeVisible();
  await page.getByRole("button", { name: `Deactivate Howell Downtown ${stamp}` }).click();
  await page.getByRole("button", { name: `Yes, deactivate Howell Downtown ${stamp}` }).click();
  await expect(page.getByRole("button", { name: `Reactivate Howell Downtown ${stamp}` })).toBeVisible();
});

test("an invited person sets a password once, signs in, and is signed out when deactivated", async ({ page, browser }) => {
  test.setTimeout(90_000);
  const name = `Casey Invite ${stamp}`;
  const email = `casey-${stamp}@lakeshore.test`;
  await signIn(page, "owner@lakeshore.test");
  await page.goto("/admin/staff");
  await page.waitForLoadState("networkidle");
  await page.getByLabel("Full name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel(/Intake specialist/).check();
  await page.getByRole("button", { name: "Invite" }).click();
  const link = await page.getByLabel(`Set-password link for ${name}`).inputValue();
  expect(link).toMatch(/\/set-password\/[A-Za-z0-9_-]{43}$/);
  await expect(page.getByText("will not be shown again")).toBeVisible();

  const invitee = await (await browser.newContext()).newPage();
  await invitee.goto(link);
  await expect(invitee.getByRole("heading", { name: "Set your password" })).toBeVisible();
  await invitee.getByLabel("New password").fill("short");
  await invitee.getByLabel("Type it again").fill("short");
  await invitee.getByRole("button", { name: "Set password" }).click();
  await expect(invitee.getByText("Use at least 12 characters.")).toBeVisible();
  const password = `violet harbor lantern ${stamp}`;
  await invitee.getByLabel("New password").fill(password);
  await invitee.getByLabel("Type it again").fill(password);
  await invitee.getByRole("button", { name: "Set password" }).click();
  await expect(invitee.getByRole("heading", { name: "Your password is set" })).toBeVisible();
  await invitee.goto(link);
  await expect(invitee.getByText("This link has expired or was already used.")).toBeVisible();

  await signIn(invitee, email, { password });
  await expect(invitee).toHaveURL(/\/intake/);

  await page.reload();
  await page.getByRole("link", { name }).click();
  await page.getByRole("button", { name: `Deactivate ${name}` }).click();
  await page.getByRole("button", { name: `Yes, deactivate ${name}` }).click();
  await expect(page.getByText(`${name} was deactivated and signed out everywhere.`)).toBeVisible();
  await invitee.goto("/intake");
  await expect(invitee).toHaveURL(/\/login/);
});

test("the practice's only owner cannot give up the role", async ({ page }) => {
  await signIn(page, "owner@lakeshore.test");
  await page.goto("/admin/staff");
  await page.getByRole("link", { name: "Dr. Maya Ellison" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Dr. Maya Ellison" })).toBeVisible();
  // a box ticked before the page has hydrated can be reset by hydration: wait for the scripts
  await page.waitForLoadState("networkidle");
  const owner = page.getByLabel(/^Owner/);
  await owner.uncheck();
  await expect(owner).not.toBeChecked();
  await page.getByRole("button", { name: "Save roles" }).click();
  await expect(page.getByText(/is the practice's only owner/)).toBeVisible();
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { level: 1, name: "Practice dashboard" })).toBeVisible();
});
