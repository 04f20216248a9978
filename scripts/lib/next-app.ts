// Building and serving the production app from scripts (the demo, the E2E setup).
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const NEXT_BIN = path.resolve("node_modules/next/dist/bin/next");

/** Everything whose change makes a `next build` stale. */
const BUILD_INPUTS = [
  "app", "components", "lib", "public", "styles", "proxy.ts", "auth.ts", "auth.config.ts",
  "next.config.js", "next.config.ts", "next.config.mjs", "postcss.config.mjs", "tsconfig.json",
  "package.json", "package-lock.json",
];

function newestMtime(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs; // a deleted file shows up as a newer directory
  for (const child of readdirSync(entry)) newest = Math.max(newest, newestMtime(path.join(entry, child)));
  return newest;
}

/** True when .next/BUILD_ID is newer than every build input (so `next build` can be skipped). */
export function buildIsFresh(): boolean {
  const buildId = path.resolve(".next/BUILD_ID");
  if (!existsSync(buildId)) return false;
  const built = statSync(buildId).mtimeMs;
  return BUILD_INPUTS.every((entry) => newestMtime(path.resolve(entry)) < built);
}

/** Runs `next <args>` with the given environment, inheriting stdio. */
export function spawnNext(args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, [NEXT_BIN, ...args], { env, stdio: "inherit" });
}

/** Resolves with the exit code (a signal counts as failure). */
export function exited(child: ChildProcess): Promise<number> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once("exit", (code) => resolve(code ?? 1)));
}

/** `next build`; throws when it fails. */
export async function buildNext(env: NodeJS.ProcessEnv): Promise<void> {
  const code = await exited(spawnNext(["build"], env));
  if (code !== 0) throw new Error(`next build failed (exit code ${code})`);
}

/** Polls `url` until the server answers at all (any status), or throws after `timeoutMs`. */
export async function waitForHttp(url: string, child?: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`server exited (code ${child.exitCode}) before answering`);
    try {
      await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(5_000) });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}
