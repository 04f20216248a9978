// The Measures section (DESIGN.md "Measures") in the built app: a couple's CSI-4 per partner,
// a PHQ-9 whose self-harm item brings up the practice's safety protocol, and intake kept out.
import { expect, test } from "@playwright/test";
import { apiAs, expectNoSeriousViolations, signIn } from "@/tests/e2e/support";

const QUIET_COUPLE = "/couples/cqu1etd1stressc0up1e0000";

test("the quiet couple's CSI-4 stays distressed; a new one is entered per partner with the keyboard-reachable radios", async ({ page }) => {
  await signIn(page, "therapist@lakeshore.test");
  await page.goto(QUIET_COUPLE);
  const section = page.getByRole("region", { name: "Measures" });
  await expect(section.getByRole("heading", { name: "Measures" })).toBeVisible();
  const table = section.getByRole("table", { name: "CSI-4 scores of each partner, newest first" });
  await expect(table.getByRole("row").nth(1)).toContainText("distressed");
  await expect(section.getByRole("img", { name: /CSI-4 scores over time/ })).toBeVisible();
  await expectNoSeriousViolations(page, "couple page with measures");

  const form = section.getByRole("form", { name: "Enter a measure" });
  await form.getByLabel("Partner").selectOption({ label: "Daniel Okafor" });
  for (const [item, value] of [[1, "5"], [2, "4"], [3, "4"], [4, "4"]] as const) {
    await form.getByRole("group", { name: new RegExp(`^${item}\\.`) }).getByRole("radio", { name: value, exact: true }).check();
  }
  await form.getByRole("button", { name: "Save measure" }).click();
  await expect(form.getByRole("status")).toContainText("CSI-4 saved: score 17, not distressed.");
  await expect(table).toContainText("Daniel Okafor");
});

test("a PHQ-9 with the self-harm item answered shows the safety protocol; an unanswered item is named, nothing typed lost", async ({ page, baseURL }) => {
  const api = await apiAs(baseURL, "therapist@lakeshore.test");
  const clients = (await (await api.get("/api/v1/clients?limit=5")).json()) as { data: { id: string }[] };
  const clientId = clients.data[0]!.id;
  await signIn(page, "therapist@lakeshore.test");
  await page.goto(`/clients/${clientId}`);
  const form = page.getByRole("form", { name: "Enter a measure" });
  await form.getByLabel("Measure").selectOption("PHQ9");
  for (let item = 1; item <= 8; item++) {
    await form.getByRole("group", { name: new RegExp(`^${item}\\.`) }).getByRole("radio", { name: "1 Several days" }).check();
  }
  await form.getByRole("button", { name: "Save measure" }).click();
  await expect(form.getByText("Choose an answer for item 9.")).toBeVisible();
  await expect(form.getByRole("group", { name: /^1\./ }).getByRole("radio", { name: "1 Several days" })).toBeChecked();
  await form.getByRole("group", { name: /^9\./ }).getByRole("radio", { name: "1 Several days" }).check();
  await form.getByRole("button", { name: "Save measure" }).click();
  await expect(form.getByRole("status")).toContainText("PHQ-9 saved: score 9, mild.");
  await expect(page.getByRole("alert").filter({ hasText: "safety protocol" }).first()).toBeVisible();
  await expect(page.getByRole("heading", { name: "Positive risk screen: follow the safety protocol" })).toHaveCount(1);
  await expect(page.getByRole("table", { name: "Measures, newest first" })).toContainText("Self-harm item answered");
  await expectNoSeriousViolations(page, "client page after a flagged PHQ-9");
});

test("intake sees no Measures section on a couple's page, and the API refuses them", async ({ page, baseURL }) => {
  await signIn(page, "intake@lakeshore.test");
  await page.goto(QUIET_COUPLE);
  await expect(page.getByRole("heading", { name: "Measures" })).toHaveCount(0);
  const api = await apiAs(baseURL, "intake@lakeshore.test");
  expect((await api.get("/api/v1/measures?coupleId=cqu1etd1stressc0up1e0000")).status()).toBe(403);
});
