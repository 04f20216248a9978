// The owner's dashboard on the seeded demo practice: filtered by a location, its caseload table
// and the CSV download hold the same rows. Therapists see only their own caseload, intake
// specialists only the funnel, and the API refuses clinical trends to intake.
import { expect, test, type Page } from "@playwright/test";
import { readFile } from "node:fs/promises";
import { apiAs, expectNoSeriousViolations, signIn } from "./support";

/** RFC 4180: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") { row.push(field); field = ""; }
    else if (c === "\r" && text[i + 1] === "\n") { row.push(field); rows.push(row); row = []; field = ""; i++; }
    else field += c;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}

/** The text of every cell (row header included) of a table's body rows. */
async function bodyRows(page: Page, name: string): Promise<string[][]> {
  const table = page.getByRole("table", { name });
  await expect(table).toBeVisible();
  return table.locator("tbody tr").evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("th, td")].map((c) => (c.textContent ?? "").trim())));
}

test("an owner filters the dashboard by location and downloads a CSV whose rows match the table", async ({ page }) => {
  await signIn(page, "owner@lakeshore.test");
  await expect(page.getByRole("heading", { level: 1, name: "Practice dashboard" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "At a glance" })).toBeVisible();
  await expect(page.getByText(/Caseloads are at \d+% of capacity/)).toBeVisible();

  await page.getByLabel("Location", { exact: true }).selectOption({ label: "Brighton" });
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/locationId=/);
  await expect(page.getByText(/Brighton\.$/).first()).toBeVisible();
  // Filtered: the by-location table holds Brighton alone.
  const locations = await bodyRows(page, "Caseload and capacity by location");
  expect(locations.map((r) => r[0])).toEqual(["Brighton"]);

  const table = await bodyRows(page, "Caseload and capacity by clinician");
  expect(table.length).toBeGreaterThan(0);
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download caseload by clinician (CSV)" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^caseload-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}-.+\.csv$/);
  const [header, ...rows] = parseCsv(await readFile((await download.path())!, "utf8"));
  expect(header).toEqual(["clinicianId", "name", "activeClients", "activeCouples", "sessions", "unsignedNotes", "maxCaseload", "utilization", "activeCases", "capacityLeft", "acceptingNewClients"]);
  const col = (name: string) => header!.indexOf(name);
  // Table columns: Clinician, Active clients, Active couples, Sessions, Unsigned, Active cases, Max caseload, Utilisation, New clients.
  const fromCsv = rows.map((r) => [
    r[col("name")], r[col("activeClients")], r[col("activeCouples")], r[col("sessions")], r[col("unsignedNotes")],
    r[col("activeCases")], r[col("maxCaseload")], r[col("utilization")] === "" ? "n/a" : `${Math.round(Number(r[col("utilization")]) * 100)}%`,
    r[col("acceptingNewClients")] === "true" ? "Accepting" : "Closed",
  ]);
  const fromTable = table.map((r) => [r[0]!.replace(/\s*\(deactivated\)$/, ""), ...r.slice(1)]);
  expect(fromCsv).toEqual(fromTable);
  // Brighton's clinicians only: the sessions add up to Brighton's row.
  const brightonSessions = Number(locations[0]![4]);
  expect(fromCsv.reduce((sum, r) => sum + Number(r[3]), 0)).toBe(brightonSessions);
});

test("the dashboard hides small counts and passes an accessibility check", async ({ page }) => {
  await signIn(page, "owner@lakeshore.test");
  const levels = await bodyRows(page, "Sessions by deepest level reached, per month");
  const cells = levels.flatMap((r) => r.slice(1));
  expect(cells.length).toBeGreaterThan(0);
  // every count is 0, 5 or more, or "<5": never 1 to 4
  for (const cell of cells) expect(cell).toMatch(/^(0|[5-9]|\d{2,}|<5)$/);
  await expectNoSeriousViolations(page, "dashboard");
});

test("a therapist's reports cover their own caseload; intake sees the funnel and is refused clinical trends", async ({ page, baseURL }) => {
  await signIn(page, "therapist@lakeshore.test");
  await page.getByRole("link", { name: "Reports" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Reports" })).toBeVisible();
  const own = await bodyRows(page, "Caseload and capacity by clinician");
  expect(own.map((r) => r[0])).toEqual(["Jordan Reyes"]);
  await expect(page.getByRole("heading", { name: "Clinical trends (de-identified)" })).toBeVisible();
  // their funnel: the intake requests matched to them (lib/data scopes it; the API agrees)
  await expect(page.getByRole("heading", { name: "Intake funnel" })).toBeVisible();
  const mine = (await (await page.request.get("/api/v1/reports/intake-funnel")).json()) as { scope: string };
  expect(mine.scope).toBe("own");

  const api = await apiAs(baseURL, "intake@lakeshore.test");
  expect((await api.get("/api/v1/reports/clinical-trends")).status()).toBe(403);
  expect((await api.get("/api/v1/reports/caseload")).status()).toBe(403);
  const csv = await api.get("/api/v1/reports/intake-funnel?from=2026-06-01&to=2026-11-20", { headers: { Accept: "text/csv" } });
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toMatch(/^text\/csv/);
  expect(csv.headers()["content-disposition"]).toMatch(/^attachment; filename="intake-funnel-2026-06-01-to-2026-11-20\.csv"$/);
  expect((await csv.text()).split("\r\n")[0]).toBe("month,new,matched,waitlisted,medianDaysToMatch,waitlistNow,waitlistMedianAgeDays,waitlistOldestAgeDays");
  expect((await api.get("/api/v1/reports/intake-funnel?from=2026-02-30")).status()).toBe(400);
  await api.dispose();
});
