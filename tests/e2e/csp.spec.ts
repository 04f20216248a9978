// Strict Content-Security-Policy (issue 9 item 7, decision 0032). Every page a role uses loads
// and runs without one CSP violation (events collected from the first byte, console messages,
// page errors), every page answer has a new nonce that each <script> Next rendered carries, and an
// injected handler or <style> is refused by the browser.
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support";

interface Watch {
  problems: string[];
  nonces: string[];
}

/** Collects, for the page's whole life, every sign that the policy refused something. */
async function watchPolicy(page: Page): Promise<Watch> {
  const watch: Watch = { problems: [], nonces: [] };
  await page.exposeFunction("reportCspViolation", (line: string) => watch.problems.push(`violation: ${line}`));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const report = (window as unknown as { reportCspViolation(line: string): void }).reportCspViolation;
      report(`${event.effectiveDirective} refused ${event.blockedURI || "inline"} on ${event.documentURI} ${event.sample}`);
    });
  });
  page.on("console", (message) => {
    if (/content[- ]security[- ]policy|refused to/i.test(message.text())) watch.problems.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => watch.problems.push(`page error on ${page.url()}: ${error.message}`));
  return watch;
}

function sources(policy: string, directive: string): string[] {
  const found = policy.split(";").map((part) => part.trim().split(/\s+/)).find(([name]) => name === directive);
  return found ? found.slice(1) : [];
}

/** Loads the page afresh and checks its policy, its scripts' nonces and that Next's runtime ran. */
async function visit(page: Page, watch: Watch, path: string, status = 200): Promise<void> {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(status);
  // One policy: a second one (next.config.js) would be enforced too, and carry no nonce.
  expect(await response?.headerValues("content-security-policy"), `policies of ${path}`).toHaveLength(1);
  const policy = (await response?.headerValue("content-security-policy")) ?? "";
  const scriptSources = sources(policy, "script-src");
  expect(scriptSources, `script-src of ${path}`).toContain("'strict-dynamic'");
  expect(scriptSources, `script-src of ${path}`).not.toContain("'unsafe-inline'");
  expect(scriptSources, `script-src of ${path}`).not.toContain("'unsafe-eval'");
  expect(sources(policy, "default-src"), path).toEqual(["'self'"]);
  const nonce = scriptSources.find((source) => source.startsWith("'nonce-"))?.slice("'nonce-".length, -1) ?? "";
  expect(nonce, `nonce of ${path}`).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  expect(watch.nonces, `a nonce seen before, on ${path}`).not.toContain(nonce);
  watch.nonces.push(nonce);

  const html = (await response?.text()) ?? "";
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length, `scripts of ${path}`).toBeGreaterThan(0);
  expect(scripts.filter((tag) => !tag.includes(` nonce="${nonce}"`)), `scripts without the nonce on ${path}`).toEqual([]);
  // Next's client runtime sets window.next once its scripts have run: the nonce let them.
  await expect.poll(() => page.evaluate(() => "next" in window), { message: `Next's scripts ran on ${path}` }).toBe(true);
}

test("every role's pages load under the policy without one violation, each with a fresh nonce", async ({ browser }) => {
  test.setTimeout(120_000);
  const signedOut = await browser.newContext();
  const loginPage = await signedOut.newPage();
  const watch = await watchPolicy(loginPage);
  await visit(loginPage, watch, "/login");
  await visit(loginPage, watch, "/login"); // the same page twice: two nonces
  await signedOut.close();

  const therapist = await browser.newContext();
  const page = await therapist.newPage();
  const therapistWatch = await watchPolicy(page);
  therapistWatch.nonces = watch.nonces;
  await signIn(page, "therapist@lakeshore.test");
  await visit(page, therapistWatch, "/caseload");
  await page.getByRole("region", { name: "Individual clients" }).getByRole("link").first().click();
  await page.getByRole("button", { name: "New note" }).click();
  await page.waitForURL(/\/notes\/[^/]+$/);
  await visit(page, therapistWatch, new URL(page.url()).pathname);
  await page.getByLabel("Homework").fill("Notice one bid for connection a day.");
  await expect(page.getByRole("status").filter({ hasText: /Saved at/ })).toBeVisible({ timeout: 15_000 });
  await visit(page, therapistWatch, "/no-such-page", 404); // the not-found page is rendered per request too
  await therapist.close();

  const intake = await browser.newContext();
  const intakePage = await intake.newPage();
  const intakeWatch = await watchPolicy(intakePage);
  intakeWatch.nonces = watch.nonces;
  await signIn(intakePage, "intake@lakeshore.test");
  await visit(intakePage, intakeWatch, "/intake");
  await intake.close();

  const owner = await browser.newContext();
  const ownerPage = await owner.newPage();
  const ownerWatch = await watchPolicy(ownerPage);
  ownerWatch.nonces = watch.nonces;
  await signIn(ownerPage, "owner@lakeshore.test");
  await visit(ownerPage, ownerWatch, "/dashboard");
  await visit(ownerPage, ownerWatch, "/reports");
  // The charts are SVG drawn on the server (no script, no <style>): they are in the page as it arrives.
  await expect(ownerPage.locator("figure svg rect").first()).toBeVisible();
  await visit(ownerPage, ownerWatch, "/audit");
  await owner.close();

  expect([...watch.problems, ...therapistWatch.problems, ...intakeWatch.problems, ...ownerWatch.problems]).toEqual([]);
  expect(new Set(watch.nonces).size).toBe(9);
});

test("an injected handler, <script> or <style> is refused by the browser, and the refusal is seen", async ({ page }) => {
  const watch = await watchPolicy(page);
  await visit(page, watch, "/login");
  await page.evaluate(() => {
    // What an HTML injection would add: none of it may run or apply.
    document.body.insertAdjacentHTML("beforeend", `<img src="data:," onerror="window.injected = 'handler'" alt="">`);
    document.body.insertAdjacentHTML("beforeend", `<style>body { display: none }</style>`);
    const frame = document.createElement("iframe");
    frame.srcdoc = `<script>parent.injected = 'script'</script>`;
    document.body.append(frame);
  });
  await expect.poll(() => watch.problems.filter((line) => line.startsWith("violation:")).length).toBeGreaterThanOrEqual(2);
  expect(await page.evaluate(() => (window as unknown as { injected?: string }).injected)).toBeUndefined();
  await expect(page.locator("body")).toBeVisible();
  expect(watch.problems.join("\n")).toMatch(/script-src-attr|script-src-elem/);
  expect(watch.problems.join("\n")).toMatch(/style-src-elem/);
});

test("an API answer may load nothing and not be framed", async ({ request }) => {
  for (const path of ["/api/v1/openapi.json", "/api/v1/me"]) {
    const response = await request.get(path);
    expect(response.headers()["content-security-policy"], path).toBe("default-src 'none'; frame-ancestors 'none'");
  }
});
