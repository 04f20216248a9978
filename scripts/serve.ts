// The image's default command, for a real deployment (not the demo): no demo data, no default
// secret. With DATABASE_URL of the owner (or a superuser) it applies the migrations, creates or
// updates the app role, and runs the built app connected as that role (APP_DATABASE_PASSWORD is
// its password). AUTH_SECRET is required. See README "Running it for real".
import type { ChildProcess } from "node:child_process";
import { appConnection } from "../lib/db-tools/app-connection";
import { deployMigrations } from "../lib/db-tools/deploy";
import { exited, spawnNext } from "./lib/next-app";

const log = (line: string) => console.log(`[serve] ${line}`);

function required(name: string, hint: string): string {
  const value = process.env[name];
  if (!value) {
    console.error(`[serve] ${name} is not set: ${hint}`);
    process.exit(1);
  }
  return value;
}

let child: ChildProcess | undefined;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => (child && child.exitCode === null ? child.kill(signal) : process.exit(0)));
}

async function main() {
  const ownerUrl = required("DATABASE_URL", "the owner's postgresql:// URL (it runs the migrations)");
  const secret = required("AUTH_SECRET", "a random secret of 32 bytes or more, e.g. `openssl rand -base64 32`");
  if (secret.length < 32) {
    console.error("[serve] AUTH_SECRET is too short: use 32 bytes or more");
    process.exit(1);
  }
  const applied = await deployMigrations(ownerUrl);
  log(applied.length ? `applied ${applied.join(", ")}` : "schema up to date");
  const app = await appConnection(ownerUrl);
  log(`the app connects ${app.describe}`);
  const port = process.env.PORT ?? "3000";
  child = spawnNext(["start", "-p", port], { ...process.env, ...app.env, NEXT_TELEMETRY_DISABLED: "1" });
  process.exit(await exited(child));
}

main().catch((error: unknown) => {
  console.error("[serve] failed:", error instanceof Error ? error.message : error);
  process.exit(1);
});
