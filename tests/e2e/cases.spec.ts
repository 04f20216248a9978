// The Case panel (DESIGN.md "Case lifecycle and concurrency") in the built app: intake reassigns
// a client and the history names both clinicians; the treating therapist discharges (a reason
// is asked for first, nothing typed lost) and reopens; a page left open on an old version is
// told what changed instead of overwriting it.
import { expect, test } from "@playwright/test";
import { apiAs, expectNoSeriousViolations, signIn } from "@/tests/e2e/support";

type Client = { id: string; status: string; assignedClinicianId: string | null; version: number };

async function activeClientOf(baseURL: string | undefined, email: string): Promise<Client> {
  const api = await apiAs(baseURL, email);
  const list = (await (await api.get("/api/v1/clients?status=ACTIVE&limit=50")).json()) as { data: Client[] };
  // The last of the list: the other specs take the first ones.
  return list.data[list.data.length - 1]!;
}

test("intake reassigns a client; the history lists it newest first with both clinicians' names", async ({ page, baseURL }) => {
  const client = await activeClientOf(baseURL, "therapist2@lakeshore.test");
  await signIn(page, "intake@lakeshore.test");
  await page.goto(`/clients/${client.id}`);
  const panel = page.getByRole("region", { name: "Case" });
  await expect(panel).toContainText("Status: Active");
  const form = panel.getByRole("form", { name: "Reassign" });
  const target = form.getByLabel("New clinician");
  const chosen = (await target.locator("option").first().textContent())!;
  await form.getByLabel("Reason (optional)").fill("Closer to home");
  await form.getByRole("button", { name: "Reassign" }).click();
  await expect(form.getByRole("status")).toContainText("Reassigned.");
  const history = panel.getByRole("list");
  await expect(history.getByRole("listitem").first()).toContainText(`to ${chosen}`);
  await expect(history.getByRole("listitem").first()).toContainText("Reason: Closer to home");
  await expectNoSeriousViolations(page, "client page with the case panel");
});

test("the treating therapist discharges with a reason and reopens; a stale page is told, not obeyed", async ({ page, baseURL }) => {
  const client = await activeClientOf(baseURL, "therapist@lakeshore.test");
  await signIn(page, "therapist@lakeshore.test");
  await page.goto(`/clients/${client.id}`);
  const panel = page.getByRole("region", { name: "Case" });
  await expect(panel.getByRole("form", { name: "Reassign" })).toHaveCount(0);
  const discharge = panel.getByRole("form", { name: "Discharge" });
  await discharge.getByRole("button", { name: "Discharge" }).click();
  await expect(discharge.getByText("Give a reason for the discharge.").first()).toBeVisible();
  await discharge.getByLabel("Reason for discharge").fill("Goals met");
  await discharge.getByRole("button", { name: "Discharge" }).click();
  await expect(panel).toContainText("Status: Discharged");
  await expect(panel).toContainText("Goals met");

  // Someone else reopens meanwhile; this page still shows the discharged version.
  const api = await apiAs(baseURL, "intake@lakeshore.test");
  const current = (await (await api.get(`/api/v1/clients/${client.id}`)).json()) as Client;
  expect((await api.patch(`/api/v1/clients/${client.id}`, { data: { status: "ACTIVE", version: current.version } })).status()).toBe(200);
  const reopen = panel.getByRole("form", { name: "Reopen" });
  await reopen.getByRole("button", { name: "Reopen case" }).click();
  await expect(reopen.getByRole("status")).toContainText("changed elsewhere");
  await expect(reopen.getByRole("status")).toContainText("it is now Active");
  await page.reload();
  await expect(page.getByRole("region", { name: "Case" })).toContainText("Status: Active");
});
