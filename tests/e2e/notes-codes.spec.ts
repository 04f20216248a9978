// Relational codes in the note editor: a pattern rated for one partner, an enemy carried by the
// other and a prerequisite save themselves and are there after a reload; a future session date
// is refused in words.
import { expect, test } from "@playwright/test";
import { expectNoSeriousViolations, signIn } from "./support";

test("a therapist codes a couple session per partner, and the codes survive a reload", async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, "therapist@lakeshore.test");
  const coupleLink = page.getByRole("region", { name: "Couples" }).getByRole("link").first();
  const coupleName = (await coupleLink.textContent())!.trim();
  const [first, second] = coupleName.split(" & ").map((n) => n.trim());
  await coupleLink.click();
  await page.getByRole("button", { name: "New note" }).click();
  await page.waitForURL(/\/notes\/[^/]+$/);

  await expect(page.getByRole("group", { name: "Relational patterns" })).toBeVisible();
  await page.getByLabel(`Pursuing, ${first}`).selectOption({ label: "3 · Strong" });
  await page.getByLabel(`Distancing, ${second}`).selectOption({ label: "2 · Moderate" });
  await page.getByLabel("Intimate conflict, Both").selectOption({ label: "1 · Mild" });
  await page.getByRole("checkbox", { name: "Resentment" }).check();
  await page.getByLabel("Resentment carried by").selectOption({ label: second! });
  await page.getByRole("group", { name: "Prerequisites present" }).getByRole("checkbox", { name: "Safety" }).check();
  await expect(page.getByText(/^Saved at/)).toBeVisible({ timeout: 10_000 });
  await page.screenshot({ path: "test-results/notes-codes-editor.png", fullPage: true });
  await expectNoSeriousViolations(page, "note editor with relational codes");

  await page.reload();
  await expect(page.getByLabel(`Pursuing, ${first}`)).toHaveValue("3");
  await expect(page.getByLabel(`Distancing, ${second}`)).toHaveValue("2");
  await expect(page.getByLabel("Intimate conflict, Both")).toHaveValue("1");
  await expect(page.getByLabel("Resentment carried by")).toHaveValue(/.+/);
  await expect(page.getByRole("group", { name: "Prerequisites present" }).getByRole("checkbox", { name: "Safety" })).toBeChecked();

  // A date after today: said in words next to the field, and the server refuses it too.
  await page.getByLabel("Session date").fill("2999-01-01");
  await expect(page.getByText(/cannot be after today/).first()).toBeVisible();
});
