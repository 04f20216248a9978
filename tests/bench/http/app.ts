// The app the HTTP benchmark drives: the BUILT app (`next build` unless .next is newer than the
// sources, BENCH_BUILD=always forces it), `next start -p 3109` (BENCH_PORT), connected to the
// bench database as the app role (row-level security on, as in production), never the demo's.
import { randomBytes } from "node:crypto";
import type { ChildProcess } from "node:child_process";
import { appConnection } from "../../../lib/db-tools/app-connection";
import { buildIsFresh, buildNext, spawnNext, waitForHttp } from "../../../scripts/lib/next-app";
import { BENCH_URL } from "../bench-db";

export const BENCH_PORT = Number(process.env.BENCH_PORT ?? 3109);

export interface RunningApp {
  baseUrl: string;
  /** The pool size the app was started with (DATABASE_POOL_MAX, when the app reads it). */
  env: NodeJS.ProcessEnv;
  stop(): Promise<void>;
}

function stopped(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
    setTimeout(() => child.kill("SIGKILL"), 10_000).unref();
  });
}

export async function startApp(log: (line: string) => void): Promise<RunningApp> {
  const app = await appConnection(BENCH_URL);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...app.env,
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    AUTH_TRUST_HOST: "true",
    NEXT_TELEMETRY_DISABLED: "1",
    NODE_ENV: "production",
  };
  if (process.env.BENCH_BUILD !== "always" && buildIsFresh()) {
    log("next build skipped: .next is newer than the sources (BENCH_BUILD=always forces it)");
  } else {
    log("next build (a few minutes)...");
    await buildNext(env);
  }
  const baseUrl = `http://127.0.0.1:${BENCH_PORT}`;
  log(`next start -p ${BENCH_PORT}, connected ${app.describe}`);
  const child = spawnNext(["start", "-p", String(BENCH_PORT), "-H", "127.0.0.1"], env);
  try {
    await waitForHttp(`${baseUrl}/login`, child, 120_000);
  } catch (error) {
    await stopped(child);
    throw error;
  }
  return { baseUrl, env, stop: () => stopped(child) };
}
