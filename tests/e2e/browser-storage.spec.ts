// Issue 9 item 4 (ADR 0031): nothing typed into a note, private note included, stays readable in
// the browser after sign-out, and nothing typed is lost either. The device copy that survives a
// reload is sealed with a key only its author's editor page receives; signing out saves what it
// can and removes every copy; another user's first page drops any copy left by someone else.
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support";

const stamp = Date.now().toString(36);

/** Everything this origin keeps in the browser: localStorage, sessionStorage, IndexedDB, caches. */
async function dumpStorage(page: Page): Promise<{ text: string; draftKeys: string[] }> {
  return page.evaluate(async () => {
    const entries = (s: Storage) => Array.from({ length: s.length }, (_, i) => [s.key(i), s.getItem(s.key(i) ?? "")]);
    const idb: unknown[] = [];
    for (const { name } of await indexedDB.databases()) {
      if (!name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      for (const store of Array.from(db.objectStoreNames)) {
        const all = db.transaction(store).objectStore(store).getAll();
        idb.push([name, store, await new Promise((resolve) => (all.onsuccess = () => resolve(all.result)))]);
      }
      db.close();
    }
    const cached: string[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) cached.push(request.url, (await (await cache.match(request))?.text()) ?? "");
    }
    const local = entries(localStorage);
    return {
      text: JSON.stringify({ local, session: entries(sessionStorage), idb, cached }),
      draftKeys: local.map(([key]) => key ?? "").filter((key) => key.startsWith("note-draft:")),
    };
  });
}

async function expectNoTrace(page: Page, typed: string[], where: string) {
  const { text } = await dumpStorage(page);
  for (const words of typed) expect(text, `${where}: "${words}" in the browser's storage`).not.toContain(words);
}

/** Opens a new draft for the therapist's first individual client; answers its address. */
async function newDraft(page: Page): Promise<string> {
  await page.getByRole("region", { name: "Individual clients" }).getByRole("link").first().click();
  await page.getByRole("button", { name: "New note" }).click();
  await page.waitForURL(/\/notes\/[^/]+$/);
  await expect(saveStatus(page)).toHaveText(/Saved at|All changes saved/);
  return page.url();
}

const saveStatus = (page: Page) => page.getByRole("status").filter({ hasText: /Saved at|Saving|Offline|Not saved|All changes/ });

/** While this is on, the server never receives a save (the API is out of reach, pages are not). */
const blockSaves = (page: Page) => page.route(/\/api\/v1\/notes\/[^/]+$/, (route) =>
  route.request().method() === "PATCH" ? route.abort("internetdisconnected") : route.fallback());

test("typed offline, signed out, another therapist signs in: no trace of it anywhere, and the author finds it saved", async ({ page }) => {
  test.setTimeout(90_000);
  const typed = { homework: `Offline homework ${stamp}-h`, privateNote: `Private: my pull to side with the pursuer ${stamp}-x` };
  await signIn(page, "therapist@lakeshore.test");
  const noteUrl = await newDraft(page);

  await page.context().setOffline(true);
  await page.getByLabel("Homework").fill(typed.homework);
  await page.getByLabel("Private note").fill(typed.privateNote);
  await expect(saveStatus(page)).toHaveText(/Offline — will retry/, { timeout: 10_000 });
  // The device keeps a copy (nothing is lost), but not a readable one.
  await expect.poll(async () => (await dumpStorage(page)).draftKeys.length).toBe(1);
  await expectNoTrace(page, Object.values(typed), "while offline");

  await page.context().setOffline(false);
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.waitForURL(/\/login$/);
  expect((await dumpStorage(page)).draftKeys).toEqual([]);
  await expectNoTrace(page, Object.values(typed), "after sign-out");

  await signIn(page, "therapist2@lakeshore.test");
  await expect(page.getByRole("heading", { name: "My caseload" })).toBeVisible();
  await expectNoTrace(page, Object.values(typed), "after another therapist signed in");
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.waitForURL(/\/login$/);

  // Signing out sent it first: the author finds it on the server.
  await signIn(page, "therapist@lakeshore.test");
  await page.goto(noteUrl);
  await expect(page.getByLabel("Homework")).toHaveValue(typed.homework);
  await expect(page.getByLabel("Private note")).toHaveValue(typed.privateNote);
});

test("a reload brings back what the server never got, and signing out anyway leaves no trace of it", async ({ page }) => {
  test.setTimeout(90_000);
  const typed = { homework: `Unsent homework ${stamp}-u`, privateNote: `Private: unsent worry ${stamp}-w` };
  await signIn(page, "therapist@lakeshore.test");
  await newDraft(page);

  await page.context().setOffline(true);
  await page.getByLabel("Homework").fill(typed.homework);
  await page.getByLabel("Private note").fill(typed.privateNote);
  await expect(saveStatus(page)).toHaveText(/Offline — will retry/, { timeout: 10_000 });
  await blockSaves(page);
  await page.context().setOffline(false);
  await page.reload();
  await expect(page.getByText("Restored unsaved changes from this device.")).toBeVisible();
  await expect(page.getByLabel("Homework")).toHaveValue(typed.homework);
  await expect(page.getByLabel("Private note")).toHaveValue(typed.privateNote);
  await expectNoTrace(page, Object.values(typed), "after the reload");

  // The server still cannot take it: signing out says so, and staying keeps everything.
  await page.getByRole("button", { name: "Sign out" }).click();
  const warning = page.getByRole("alert").filter({ hasText: "not saved yet" });
  await expect(warning).toBeVisible({ timeout: 10_000 });
  await warning.getByRole("button", { name: "Stay signed in" }).click();
  await expect(page.getByLabel("Private note")).toHaveValue(typed.privateNote);
  expect((await dumpStorage(page)).draftKeys).toHaveLength(1);

  await page.getByRole("button", { name: "Sign out" }).click();
  await warning.getByRole("button", { name: "Sign out anyway" }).click();
  await page.waitForURL(/\/login$/);
  expect((await dumpStorage(page)).draftKeys).toEqual([]);
  await expectNoTrace(page, Object.values(typed), "after signing out anyway");
});

test("a copy left behind by Auth.js's own sign-out opens for nobody and goes when someone else signs in", async ({ page }) => {
  test.setTimeout(90_000);
  const typed = `Left behind ${stamp}-l`;
  await signIn(page, "therapist@lakeshore.test");
  await newDraft(page);
  await blockSaves(page);
  await page.getByLabel("Private note").fill(typed);
  await expect(saveStatus(page)).toHaveText(/Offline — will retry/, { timeout: 10_000 });
  await page.goto("/login"); // leaves the editor without the Sign out button
  expect((await dumpStorage(page)).draftKeys).toHaveLength(1);
  const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  await page.request.post("/api/auth/signout", { form: { csrfToken, callbackUrl: "/login" } });
  await expectNoTrace(page, [typed], "after Auth.js's sign-out");

  await signIn(page, "therapist2@lakeshore.test");
  await expect(page.getByRole("heading", { name: "My caseload" })).toBeVisible();
  await expect.poll(async () => (await dumpStorage(page)).draftKeys).toEqual([]);
});
