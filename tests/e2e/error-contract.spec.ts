// The error contract on pages and server actions (issue 9 item 8, DESIGN.md "Pages"): a record
// that does not exist, cannot be an id, or belongs to another practice answers HTTP 404 with the
// not-found view; a server-action body over 1 MB is refused with 413 before any work.
import { expect, test } from "@playwright/test";
import { apiAs, signIn } from "./support";

test("pages answer HTTP 404 for the missing, the malformed and another practice's records", async ({ page, baseURL }) => {
  const other = await apiAs(baseURL, "owner@other.test");
  const theirs = ((await (await other.get("/api/v1/clients?limit=1")).json()) as { data: { id: string }[] }).data[0]!.id;
  await signIn(page, "owner@lakeshore.test");
  for (const path of [
    "/clients/cmzzzzzzzzzzzzzzzzzzzzzzz", `/clients/${theirs}`, "/clients/%00bad", `/clients/${"x".repeat(3000)}`,
    "/couples/cmzzzzzzzzzzzzzzzzzzzzzzz", "/notes/cmzzzzzzzzzzzzzzzzzzzzzzz", "/intake/cmzzzzzzzzzzzzzzzzzzzzzzz",
    "/intake/cmzzzzzzzzzzzzzzzzzzzzzzz/matches", "/clinicians/cmzzzzzzzzzzzzzzzzzzzzzzz", "/admin/staff/cmzzzzzzzzzzzzzzzzzzzzzzz",
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1 }), path).toHaveText("Not found");
  }
});

test("a server-action body over 1 MB is refused with 413, and the app goes on answering", async ({ page, baseURL }) => {
  await signIn(page, "therapist@lakeshore.test");
  const response = await page.request.post(`${baseURL}/caseload`, {
    headers: { "Next-Action": "0".repeat(40), "Content-Type": "text/plain;charset=UTF-8", Origin: baseURL! },
    data: "x".repeat(3 * 1024 * 1024),
  });
  expect(response.status()).toBe(413);
  expect(((await response.json()) as { error: { code: string } }).error.code).toBe("body_too_large");
  expect((await page.goto("/caseload"))?.status()).toBe(200);
});
