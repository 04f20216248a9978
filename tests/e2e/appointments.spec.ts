// The week calendar in a browser: a therapist sees their own week in Detroit time and records
// what happened by keyboard; intake switches between clinicians. Changes only seeded
// appointments of the week of 2026-11-23, which no other spec reads.
import { expect, test } from "@playwright/test";
import { expectNoSeriousViolations, signIn } from "./support";

test("a therapist marks a past appointment a no-show by keyboard, and the page says so", async ({ page }) => {
  await signIn(page, "therapist@lakeshore.test");
  await page.goto("/appointments?week=2026-11-23");
  await expect(page.getByRole("heading", { level: 1, name: "Appointments" })).toBeVisible();
  await expect(page.getByText("times in America/Detroit")).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Clinician" })).toHaveCount(0);
  const noShow = page.getByRole("button", { name: /^No-show/ }).first();
  await expect(noShow).toBeVisible();
  await expectNoSeriousViolations(page, "appointments week");
  await noShow.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByText("Marked a no-show.")).toBeVisible();
  await expect(page.getByText("Status: A no-show").first()).toBeVisible();
});

test("intake chooses another clinician's week", async ({ page }) => {
  await signIn(page, "intake@lakeshore.test");
  await page.goto("/appointments?week=2026-11-16");
  const chooser = page.getByRole("combobox", { name: "Clinician" });
  await expect(chooser).toBeVisible();
  const options = await chooser.locator("option").allTextContents();
  expect(options.length).toBeGreaterThan(2);
  await chooser.selectOption({ label: options[2]! });
  await page.getByRole("button", { name: "Show", exact: true }).click();
  await expect(page.getByText(new RegExp(`^${options[2]}: the week of 2026-11-16`))).toBeVisible();
  await expect(page.getByText("Status: Attended").first()).toBeVisible();
});
