// A therapist's day with a couple: open them from the caseload, write a session note with levels
// and enemies, lose nothing on a reload mid-draft, sign it with the password, add an addendum,
// and see the session on the timeline. An intake specialist cannot even see that it exists.
import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD, expectNoSeriousViolations, signIn } from "./support";

/** Rows of the progress table (opened first), header row excluded. */
async function timelineRows(page: Page) {
  const details = page.locator("details", { hasText: "Show the sessions as a table" });
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await page.getByText("Show the sessions as a table").click();
  const table = page.getByRole("table", { name: /Level reached and enemies present/ });
  await expect(table).toBeVisible();
  return table.getByRole("row").filter({ has: page.getByRole("cell") });
}

const stamp = Date.now().toString(36);
const words = {
  subjective: `Both partners described a calmer week ${stamp}-s.`,
  objective: `Sat closer, made eye contact ${stamp}-o.`,
  assessment: `Resentment easing; shared feelings safely ${stamp}-a.`,
  plan: `Continue weekly; practise repair attempts ${stamp}-p.`,
  interventions: `Softened start-up rehearsal ${stamp}-i.`,
  homework: `Daily stress-reducing conversation ${stamp}-h.`,
  privateNote: `Watch my pull to side with the pursuer ${stamp}-x.`,
};

test("a therapist writes a couple note, loses nothing on reload, signs it, amends it and sees it on the timeline", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await signIn(page, "therapist@lakeshore.test");
  await expect(page.getByRole("heading", { name: "My caseload" })).toBeVisible();
  await expectNoSeriousViolations(page, "caseload page");

  // Search narrows the caseload to the couple, which links to its page.
  const coupleLink = page.getByRole("region", { name: "Couples" }).getByRole("link").first();
  const coupleName = (await coupleLink.textContent())!.trim();
  const lastName = coupleName.split(" & ")[0]!.split(" ").at(-1)!;
  await page.getByLabel("Search by name").fill(lastName);
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(new RegExp(`q=${lastName}`));
  await page.getByRole("link", { name: coupleName }).click();
  await expect(page.getByRole("heading", { level: 1, name: coupleName })).toBeVisible();
  const before = await (await timelineRows(page)).count();
  expect(before).toBeGreaterThan(3); // the demo couples have a history
  await expectNoSeriousViolations(page, "couple progress page");

  await page.getByRole("button", { name: "New note" }).click();
  await page.waitForURL(/\/notes\/[^/]+$/);
  const noteUrl = page.url();
  await page.getByLabel("Format").selectOption("SOAP");
  await page.getByRole("radio", { name: "5 · Feelings" }).check();
  const partnerLevels = page.getByLabel(/^Level reached by /);
  await partnerLevels.nth(0).selectOption({ label: "6 · Fears, faults and failures" });
  await partnerLevels.nth(1).selectOption({ label: "4 · Hopes and dreams" });
  await page.getByRole("checkbox", { name: "Resentment" }).check();
  await page.getByRole("group", { name: "Resentment intensity" }).getByRole("radio", { name: "2 · Moderate" }).check();
  await page.getByRole("checkbox", { name: "Selfishness" }).check();
  await page.getByRole("checkbox", { name: "Vulnerability" }).check();
  await page.getByLabel("Interventions").fill(words.interventions);
  await page.getByLabel("Homework").fill(words.homework);
  await page.getByLabel("Private note").fill(words.privateNote);
  await page.getByLabel("Subjective").fill(words.subjective);
  await page.getByLabel("Objective").fill(words.objective);
  await page.getByLabel("Assessment").fill(words.assessment);
  await page.getByLabel("Plan").fill(words.plan);
  // Mid-draft, before autosave has had its second: reload.
  await page.reload();

  for (const [field, label] of [["subjective", "Subjective"], ["objective", "Objective"], ["assessment", "Assessment"], ["plan", "Plan"],
    ["interventions", "Interventions"], ["homework", "Homework"], ["privateNote", "Private note"]] as const) {
    await expect(page.getByLabel(label)).toHaveValue(words[field]);
  }
  await expect(page.getByRole("radio", { name: "5 · Feelings" })).toBeChecked();
  await expect(partnerLevels.nth(0)).toHaveValue("6");
  await expect(partnerLevels.nth(1)).toHaveValue("4");
  await expect(page.getByRole("group", { name: "Resentment intensity" }).getByRole("radio", { name: "2 · Moderate" })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: "Selfishness" })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: "Vulnerability" })).toBeChecked();
  await expect(page.getByRole("status").filter({ hasText: /Saved at \d/ })).toBeVisible({ timeout: 10_000 });
  await expectNoSeriousViolations(page, "note editor");

  // Keyboard alone: arrow keys move the level, and the change is saved too.
  await page.getByRole("radio", { name: "5 · Feelings" }).focus();
  await page.keyboard.press("ArrowUp");
  await expect(page.getByRole("radio", { name: "4 · Hopes and dreams" })).toBeChecked();
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("radio", { name: "5 · Feelings" })).toBeChecked();

  await page.getByRole("button", { name: "Sign note…" }).click();
  const dialog = page.getByRole("dialog", { name: "Sign this note" });
  await expect(dialog.getByLabel("Password")).toBeFocused();
  await dialog.getByLabel("Password").fill("not-my-password");
  await dialog.getByRole("button", { name: "Sign note", exact: true }).click();
  await expect(dialog.getByRole("status")).toHaveText("That password is not correct.");
  await dialog.getByLabel("Password").fill(DEMO_PASSWORD);
  await dialog.getByRole("button", { name: "Sign note", exact: true }).click();
  await expect(page.getByText(/^Signed by .*This note is locked/)).toBeVisible();
  await expect(page.getByLabel("Subjective")).toHaveCount(0);
  await expect(page.getByText(words.assessment)).toBeVisible();
  await expect(page.getByText(words.privateNote)).toBeVisible();

  const addendum = `Correction: the session ran 85 minutes ${stamp}.`;
  await page.getByLabel("Addendum").fill(addendum);
  await page.getByRole("button", { name: "Add addendum" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: addendum })).toContainText("Signed by");
  await expectNoSeriousViolations(page, "signed note");

  await page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: coupleName }).click();
  await expect(page.getByRole("heading", { level: 1, name: coupleName })).toBeVisible();
  await expect(await timelineRows(page)).toHaveCount(before + 1);

  // An intake specialist opening the note's address learns nothing.
  const intake = await browser.newContext();
  const intakePage = await intake.newPage();
  await signIn(intakePage, "intake@lakeshore.test");
  await intakePage.goto(noteUrl);
  await expect(intakePage.getByRole("heading", { name: "Not found" })).toBeVisible();
  await expect(intakePage.getByText(words.assessment)).toHaveCount(0);
  await intake.close();
});

test("a save that went offline retries, and two tabs on one draft never overwrite each other silently", async ({ page, browser }) => {
  test.setTimeout(90_000);
  await signIn(page, "therapist@lakeshore.test");
  await page.getByRole("region", { name: "Individual clients" }).getByRole("link").first().click();
  await page.getByRole("button", { name: "New note" }).click();
  await page.waitForURL(/\/notes\/[^/]+$/);
  await page.getByLabel("Format").selectOption("FREE");
  const status = page.getByRole("status").filter({ hasText: /Saved at|Saving|Offline|Not saved|All changes/ });
  await expect(status).toHaveText(/Saved at|All changes saved/);

  // The connection drops: the text stays, the status says so, and it saves once back online.
  await page.context().setOffline(true);
  await page.getByLabel("Homework").fill(`Offline homework ${stamp}`);
  await expect(status).toHaveText(/Offline — will retry/, { timeout: 10_000 });
  await page.context().setOffline(false);
  await expect(status).toHaveText(/Saved at/, { timeout: 15_000 });

  // Another tab saves first; this tab's next save is refused and both versions are shown.
  const other = await browser.newContext();
  const tab2 = await other.newPage();
  await signIn(tab2, "therapist@lakeshore.test");
  await tab2.goto(page.url());
  await tab2.getByLabel("Note", { exact: true }).fill(`Written in the other tab ${stamp}`);
  await expect(tab2.getByRole("status").filter({ hasText: /Saved at/ })).toBeVisible({ timeout: 10_000 });
  await page.getByLabel("Note", { exact: true }).fill(`Written in this tab ${stamp}`);
  const panel = page.getByRole("region", { name: "This note was changed elsewhere" });
  await expect(panel).toBeVisible({ timeout: 10_000 });
  await expect(panel.getByRole("columnheader", { name: "Your version" })).toBeVisible();
  await expect(panel.getByRole("row", { name: /Note/ })).toContainText(`Written in this tab ${stamp}`);
  await expect(panel.getByRole("row", { name: /Note/ })).toContainText(`Written in the other tab ${stamp}`);
  await expect(page.getByRole("button", { name: "Sign note…" })).toBeDisabled();
  await panel.getByRole("button", { name: "Keep mine" }).click();
  await expect(status).toHaveText(/Saved at/, { timeout: 10_000 });
  await tab2.reload();
  await expect(tab2.getByLabel("Note", { exact: true })).toHaveValue(`Written in this tab ${stamp}`);
  await expect(tab2.getByLabel("Homework")).toHaveValue(`Offline homework ${stamp}`);
  await other.close();
});
