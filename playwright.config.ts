import { defineConfig, devices } from "@playwright/test";

// E2E tests drive the BUILT app (next build + next start on port 3100) on a scratch database that
// tests/setup/e2e-server.ts creates, migrates, seeds and drops. E2E_BASE_URL points the tests at
// an app that is already running instead (nothing is started then; its data will be changed).
const external = process.env.E2E_BASE_URL;
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = external ?? `http://localhost:${port}`;

export default defineConfig({
  testDir: "tests/e2e",
  // One worker: the tests share one seeded database and the machine has two cores.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: "list",
  timeout: 30_000,
  expect: { timeout: 5_000 },
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        // Playwright cannot download its own browser here: use Debian's chromium.
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-quic",
          ],
        },
      },
    },
  ],
  webServer: external
    ? undefined
    : {
        command: "node --import tsx tests/setup/e2e-server.ts",
        url: `${baseURL}/login`,
        env: { E2E_PORT: String(port) },
        timeout: 240_000, // migrate + seed + next build on a cold clone
        reuseExistingServer: false,
        stdout: "pipe",
        stderr: "pipe",
        // SIGTERM lets the server script stop the app and drop its database.
        gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
      },
});
