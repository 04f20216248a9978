// The database's own ceiling for saves: pgbench runs the raw save transaction (saves.ts) on the
// same drafts with as many clients as the HTTP writers, each client on its own draft.
import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type pg from "pg";
import { BENCH_URL } from "../bench-db";
import { rawSaveSql, type Editor } from "./saves";

export async function pgbenchSaves(owner: pg.Pool, editors: Editor[], seconds: number): Promise<number | null> {
  await owner.query(`CREATE SCHEMA IF NOT EXISTS bench_run; DROP TABLE IF EXISTS bench_run.targets;
    CREATE TABLE bench_run.targets (i int PRIMARY KEY, session_id text, note_id text, user_id text)`);
  await owner.query(`INSERT INTO bench_run.targets SELECT i - 1, s, n, u FROM unnest($1::text[], $2::text[], $3::text[]) WITH ORDINALITY AS t(s, n, u, i)`,
    [editors.map((e) => e.sessionId), editors.map((e) => e.noteId), editors.map((e) => e.userId)]);
  const dir = mkdtempSync(path.join(tmpdir(), "bench-pgbench-"));
  const script = path.join(dir, "save.sql");
  writeFileSync(script, `SELECT session_id, note_id, user_id FROM bench_run.targets WHERE i = :client_id \\gset\n${rawSaveSql()}\n`);
  const url = new URL(BENCH_URL);
  const args = ["-n", "-M", "prepared", "-c", String(editors.length), "-j", "2", "-T", String(seconds), "-f", script,
    "-h", url.hostname, "-p", url.port || "5432", "-U", decodeURIComponent(url.username || "postgres"), url.pathname.slice(1)];
  const output = await new Promise<string | null>((resolve) => {
    execFile("pgbench", args, { env: { ...process.env, PGPASSWORD: decodeURIComponent(url.password) } }, (error, stdout, stderr) =>
      resolve(error ? (console.error(`pgbench failed: ${stderr.trim() || error.message}`), null) : stdout));
  });
  await owner.query(`DROP SCHEMA bench_run CASCADE`);
  const tps = output?.match(/tps = ([\d.]+)/);
  return tps ? Number(tps[1]) : null;
}
