// Intake end to end: a specialist files a couple request through the form, reads the ranked
// matches with their reasons, assigns the top one, and that clinician finds the couple.
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support";

async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.waitForURL(/\/login/);
}

test("a couple intake is filed, matched with reasons, assigned, and lands in the clinician's caseload", async ({ page }) => {
  const run = Date.now().toString(36);
  const [first1, first2, last] = [`Avery${run}`, `Jules${run}`, `Lindqvist${run}`];

  await signIn(page, "intake@lakeshore.test");
  await expect(page.getByRole("heading", { name: "Intake queue" })).toBeVisible();
  await page.getByRole("link", { name: "New intake" }).click();

  await page.getByLabel("A couple").check();
  const partner1 = page.getByRole("group", { name: "Partner 1" });
  await partner1.getByLabel("First name").fill(first1);
  await partner1.getByLabel("Last name").fill(last);
  await partner1.getByLabel("Date of birth").fill("1986-04-12");
  await partner1.getByLabel("Email").fill(`avery-${run}@example.test`);
  const partner2 = page.getByRole("group", { name: "Partner 2" });
  await partner2.getByLabel("First name").fill(first2);
  await partner2.getByLabel("Last name").fill(last);
  await partner2.getByLabel("Date of birth").fill("1984-09-30");
  for (const concern of ["Trust after infidelity", "Communication", "Intimacy"]) await page.getByLabel(concern, { exact: true }).check();
  await expect(page.getByLabel("Service type")).toHaveValue("COUPLES");
  await page.getByLabel("Brighton", { exact: true }).check();
  await page.getByLabel("Telehealth is fine").check();
  await page.getByRole("button", { name: "Add a time window" }).click();
  await page.getByLabel("Weekday, window 1").selectOption({ label: "Monday" });
  await page.getByLabel("From, window 1").fill("17:00");
  await page.getByLabel("To, window 1").fill("20:00");
  await page.getByLabel("Insurance").check();
  await page.getByLabel("Insurer").fill("HAP");
  await page.getByRole("button", { name: "File intake request" }).click();

  await expect(page.getByRole("heading", { name: `${first1} ${last} & ${first2} ${last}` })).toBeVisible();
  await expect(page.getByText("Intake request filed.")).toBeVisible();
  await page.getByRole("link", { name: "See ranked matches" }).click();

  await expect(page.getByRole("heading", { name: /Ranked clinicians/ })).toBeVisible();
  const top = page.getByRole("article").first();
  await expect(top.getByText("Specialty fit")).toBeVisible();
  await expect(top.getByText(/Treats .*trust after infidelity/)).toBeVisible();
  await expect(top.getByText(/\d+ \/ 100/)).toBeVisible();
  await expect(page.getByRole("heading", { name: /Not a fit/ })).toBeVisible();
  const name = (await top.getByRole("heading").getByRole("link").textContent())!.trim();
  const email = (await top.getByRole("link", { name: /@lakeshore\.test$/ }).textContent())!.trim();

  await top.getByRole("button", { name: `Assign to ${name}` }).click();
  await top.getByRole("button", { name: "Confirm assignment" }).click();
  await expect(page.getByText(`Assigned to ${name}.`)).toBeVisible();
  await expect(page.getByText(/The couple is now active in/)).toBeVisible();
  await signOut(page);

  // Every seeded clinician account shares the demo password.
  await signIn(page, email);
  await page.goto("/caseload");
  await expect(page.getByRole("rowheader", { name: `${first1} ${last} & ${first2} ${last}` })).toBeVisible();
});

test("a positive risk screen shows the safety protocol and forces urgent; errors keep what was typed", async ({ page }) => {
  await signIn(page, "intake@lakeshore.test");
  await page.goto("/intake/new");
  const client = page.getByRole("group", { name: "Client" });
  await client.getByLabel("First name").fill("Morgan");
  await client.getByLabel("Email").fill("morgan@example.test");
  await page.getByLabel("Thoughts of suicide or self-harm").check();
  await expect(page.getByRole("heading", { name: /follow the safety protocol/ })).toBeVisible();
  await expect(page.getByText("Urgent, because the risk screen is positive.")).toBeVisible();
  await expect(page.getByLabel("Routine")).toBeDisabled();

  await page.getByRole("button", { name: "File intake request" }).click();
  await expect(page.getByText("Some fields need your attention.")).toBeVisible();
  const lastName = client.getByLabel("Last name");
  await expect(lastName).toHaveAttribute("aria-invalid", "true");
  await expect(lastName).toHaveAccessibleDescription("Required.");
  await expect(page.getByRole("group", { name: "Presenting concerns" })).toHaveAccessibleDescription("Choose at least one concern.");
  await expect(client.getByLabel("First name")).toHaveValue("Morgan");
  await expect(client.getByLabel("Email")).toHaveValue("morgan@example.test");
  await expect(page.getByLabel("Thoughts of suicide or self-harm")).toBeChecked();
});

test("a therapist's Clinicians link opens their own profile, which they can edit", async ({ page }) => {
  await signIn(page, "therapist2@lakeshore.test");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Clinicians" }).click();
  await expect(page.getByRole("heading", { name: "Nathan Brooks" })).toBeVisible();
  await expect(page.getByText("Your clinician profile")).toBeVisible();
  await page.getByRole("link", { name: "Edit profile" }).click();
  await expect(page.getByText(/set by the practice owner/)).toBeVisible();
  await expect(page.getByLabel("Maximum caseload (active cases)")).toHaveCount(0);
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("Profile saved.")).toBeVisible();
});
