// The server the E2E tests drive (Playwright's webServer runs it, see playwright.config.ts): the
// BUILT app on its own scratch database, never the demo's.
//   creates lakeshore_e2e_<timestamp> on TEST_PG_URL's server (default: the local PostgreSQL),
//   migrates and seeds it as the owner, connects the app as lakeshore_app, runs `next build` unless .next is newer than the sources
//   (E2E_BUILD=always forces it), then `next start -p $E2E_PORT` (default 3100).
// On SIGTERM/SIGINT (Playwright's graceful shutdown) it stops the app and drops the database.
import { randomBytes } from "node:crypto";
import type { ChildProcess } from "node:child_process";
import { appConnection } from "../../lib/db-tools/app-connection";
import { createDatabase, deployMigrations, dropDatabase } from "../../lib/db-tools/deploy";
import { seedIfEmpty } from "../../prisma/seed/index";
import { buildIsFresh, exited, spawnNext } from "../../scripts/lib/next-app";

const baseUrl = process.env.TEST_PG_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const port = process.env.E2E_PORT ?? "3100";
const name = `lakeshore_e2e_${Date.now()}`;
const log = (line: string) => console.log(`[e2e-server] ${line}`);

let created = false;
let child: ChildProcess | undefined;
let stopping = false;

async function finish(code: number): Promise<never> {
  if (created) {
    await dropDatabase(baseUrl, name).then(
      () => log(`dropped database ${name}`),
      (error: unknown) => console.error(`[e2e-server] could not drop ${name}:`, error),
    );
  }
  process.exit(code);
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    if (child && child.exitCode === null) child.kill(signal); // main flow cleans up after it exits
    else void finish(0);
  });
}

async function main() {
  const url = await createDatabase(baseUrl, name);
  created = true;
  log(`created database ${name}`);
  await deployMigrations(url);
  await seedIfEmpty(url, (line) => log(`seed: ${line}`));
  const app = await appConnection(url);
  log(`migrated and seeded; the app connects ${app.describe}`);
  if (stopping) return finish(0);

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...app.env,
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    AUTH_TRUST_HOST: "true",
    NEXT_TELEMETRY_DISABLED: "1",
  };
  if (process.env.E2E_BUILD !== "always" && buildIsFresh()) {
    log("next build skipped: .next is newer than the sources (E2E_BUILD=always forces it)");
  } else {
    log("next build...");
    child = spawnNext(["build"], env);
    const code = await exited(child);
    if (code !== 0) throw new Error(`next build failed (exit code ${code})`);
  }
  if (stopping) return finish(0);

  log(`next start -p ${port}`);
  child = spawnNext(["start", "-p", port], env);
  const code = await exited(child);
  return finish(stopping ? 0 : code);
}

main().catch((error: unknown) => {
  console.error("[e2e-server] failed:", error);
  return finish(1);
});
