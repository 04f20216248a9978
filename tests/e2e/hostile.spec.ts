// Hostile report periods through the browser and the API (issue 9 item 1): year 9999, year 0001
// and a range past three years get a plain refusal at once, and the server keeps answering
// everyone else meanwhile (on main a December 9999 period stopped it for minutes).
import { expect, test } from "@playwright/test";
import { apiAs, signIn } from "./support";

const PERIODS = [
  ["9999-12-01", "9999-12-31"],
  ["0001-01-01", "0001-01-31"],
  ["2020-01-01", "2026-06-30"],
] as const;

test("the reports page refuses each hostile period in words and shows the default period instead", async ({ page, baseURL }) => {
  const other = await apiAs(baseURL, "owner@other.test");
  await signIn(page, "therapist@lakeshore.test");
  for (const [from, to] of PERIODS) {
    const [response] = await Promise.all([page.waitForResponse((r) => r.url().includes("/reports?")), page.goto(`/reports?from=${from}&to=${to}`)]);
    expect(response.status(), `${from}..${to}`).toBe(200);
    await expect(page.locator("#filter-problems"), `${from}..${to}`).toContainText("Showing the last six months instead.");
    await expect(page.getByRole("heading", { name: "Reports", level: 1 })).toBeVisible();
    // Another practice's user is answered meanwhile.
    expect((await other.get("/api/v1/me")).status()).toBe(200);
  }
});

test("the report API answers 400 naming the field for each hostile period, for every report", async ({ baseURL }) => {
  const intake = await apiAs(baseURL, "intake@lakeshore.test");
  const owner = await apiAs(baseURL, "owner@lakeshore.test");
  for (const [from, to] of PERIODS) {
    for (const [api, report] of [[intake, "intake-funnel"], [owner, "caseload"], [owner, "clinical-trends"]] as const) {
      const response = await api.get(`/api/v1/reports/${report}?from=${from}&to=${to}`);
      expect(response.status(), `${report} ${from}..${to}`).toBe(400);
      const body = (await response.json()) as { error: { code: string; issues: { path: (string | number)[] }[] } };
      expect(body.error.issues.length).toBeGreaterThan(0);
      expect(JSON.stringify(body).length).toBeLessThan(2_000);
    }
  }
});
