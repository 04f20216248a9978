// `npm run demo`: one command from a fresh clone to a running app with demo data.
//   1. database: DATABASE_URL if set, else an embedded PostgreSQL (PGlite) persisted in .data/pglite
//   2. migrations (wasm schema engine), 3. demo data if the database is empty,
//   4. the app role lakeshore_app (row-level security binds it), AUTH_SECRET (generated once into
//      .data/auth-secret) and AUTH_TRUST_HOST=true,
//   5. `next build`, skipped when .next/BUILD_ID is newer than every source file (DEMO_BUILD=always
//      forces it), 6. `next start -p $PORT` (default 3000) until Ctrl-C.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import type { ChildProcess } from "node:child_process";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "../lib/db-tools/embedded-postgres";
import { appConnection } from "../lib/db-tools/app-connection";
import { deployMigrations, ensureDatabase } from "../lib/db-tools/deploy";
import { seedIfEmpty } from "../prisma/seed/index";
import { buildIsFresh, exited, spawnNext, waitForHttp } from "./lib/next-app";

const DATA_DIR = ".data";
const PORT = process.env.PORT ?? "3000";
const ACCOUNTS = [
  ["owner@lakeshore.test", "OWNER, THERAPIST"],
  ["therapist@lakeshore.test", "THERAPIST (couples caseload)"],
  ["therapist2@lakeshore.test", "THERAPIST"],
  ["intake@lakeshore.test", "INTAKE"],
  ["owner@other.test", "OWNER, THERAPIST of Other Practice"],
];

let embedded: EmbeddedPostgres | undefined;
let child: ChildProcess | undefined;
let stopping = false;

const log = (line: string) => console.log(`[demo] ${line}`);
const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;
const redact = (url: string) => url.replace(/\/\/([^:@/]+):[^@/]*@/, "//$1:***@");

async function step<T>(title: string, run: () => Promise<T> | T): Promise<T> {
  const started = Date.now();
  log(`${title}...`);
  const result = await run();
  log(`  done in ${seconds(started)}`);
  return result;
}

async function finish(code: number): Promise<never> {
  if (embedded) {
    log("stopping the embedded database...");
    await embedded.stop().catch((error: unknown) => console.error("[demo] could not stop the database cleanly:", error));
  }
  process.exit(code);
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    log(`${signal} received, shutting down`);
    // With a child running, the main flow sees it exit and cleans up; otherwise clean up here.
    if (child && child.exitCode === null) child.kill(signal);
    else void finish(0);
  });
}

function authSecret(): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const file = `${DATA_DIR}/auth-secret`;
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(DATA_DIR, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  log(`  generated a new AUTH_SECRET into ${file}`);
  return secret;
}

async function main() {
  const started = Date.now();
  let databaseUrl = process.env.DATABASE_URL;
  if (databaseUrl) {
    log(`1/6 using DATABASE_URL ${redact(databaseUrl)}`);
    if (await ensureDatabase(databaseUrl)) log("  the database did not exist: created it");
  } else {
    embedded = await step(`1/6 starting embedded PostgreSQL (PGlite) with data in ${DATA_DIR}/pglite`, () =>
      startEmbeddedPostgres(`${DATA_DIR}/pglite`),
    );
    databaseUrl = embedded.url;
    log(`  listening at ${databaseUrl}`);
  }
  if (stopping) return finish(0);

  const applied = await step("2/6 applying migrations", () => deployMigrations(databaseUrl));
  log(applied.length ? `  applied ${applied.join(", ")}` : "  schema already up to date");

  const seeded = await step("3/6 loading demo data if the database is empty", () =>
    seedIfEmpty(databaseUrl, (line) => log(`  ${line}`)),
  );
  log(seeded === "seeded" ? "  demo data loaded" : "  data already present: left as is");

  const ownerUrl = databaseUrl;
  const app = await step("4/6 app role and auth secret", () => appConnection(ownerUrl, { embedded: embedded !== undefined }));
  log(`  the app connects ${app.describe}`);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...app.env,
    AUTH_SECRET: authSecret(),
    AUTH_TRUST_HOST: "true",
    PORT,
    NEXT_TELEMETRY_DISABLED: "1",
  };
  if (stopping) return finish(0);

  if (process.env.DEMO_BUILD !== "always" && buildIsFresh()) {
    log("5/6 next build skipped: .next is newer than the sources (DEMO_BUILD=always forces it)");
  } else {
    await step("5/6 next build (about 25 s)", async () => {
      child = spawnNext(["build"], env);
      const code = await exited(child);
      if (code !== 0) throw new Error(`next build failed (exit code ${code})`);
    });
  }
  if (stopping) return finish(0);

  log(`6/6 next start -p ${PORT}`);
  child = spawnNext(["start", "-p", PORT], env);
  const url = `http://localhost:${PORT}`;
  waitForHttp(`${url}/login`, child).then(
    () => {
      console.log(`\n  Lakeshore practice app is running at ${url}  (ready in ${seconds(started)})\n`);
      console.log("  Demo accounts, all with password practice-demo-2026:");
      for (const [email, roles] of ACCOUNTS) console.log(`    ${email!.padEnd(28)} ${roles}`);
      console.log("\n  Ctrl-C stops the app and the database.\n");
    },
    () => undefined, // the exit code below tells what happened
  );
  const code = await exited(child);
  return finish(stopping ? 0 : code);
}

main().catch((error: unknown) => {
  if (!stopping) console.error("[demo] failed:", error instanceof Error ? error.message : error);
  return finish(stopping ? 0 : 1);
});
