// Where the benchmark's data lives: its OWN database (BENCH_DATABASE_URL), never the demo's
// (DATABASE_URL, lakeshore_dev) nor a test run's. The name must say "bench" so that a slip of
// an environment variable cannot point the generator at real data.
import pg from "pg";
import { BENCH_PRACTICE_ID } from "./generate-sql";

export const BENCH_URL = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/lakeshore_bench";

export function benchDatabaseName(url = BENCH_URL): string {
  const name = decodeURIComponent(new URL(url).pathname.replace(/^\//, ""));
  if (!/bench/.test(name)) throw new Error(`BENCH_DATABASE_URL must name a database with "bench" in it (got "${name}").`);
  if (process.env.DATABASE_URL && new URL(process.env.DATABASE_URL).pathname === new URL(url).pathname && new URL(process.env.DATABASE_URL).host === new URL(url).host) {
    throw new Error("BENCH_DATABASE_URL must not be the app's DATABASE_URL.");
  }
  return name;
}

/** The server's maintenance database, to create or drop the bench database from. */
export function adminUrl(url = BENCH_URL): string {
  const admin = new URL(url);
  admin.pathname = "/postgres";
  return admin.toString();
}

/** Notes of the bench practice, or null when the database or the practice is missing. */
export async function benchNoteCount(url = BENCH_URL): Promise<number | null> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
  } catch {
    return null;
  }
  try {
    const practice = await client.query(`SELECT 1 FROM "Practice" WHERE id = $1`, [BENCH_PRACTICE_ID]);
    if (!practice.rowCount) return null;
    const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "SessionNote" WHERE "practiceId" = $1`, [BENCH_PRACTICE_ID]);
    return rows[0]?.n ?? 0;
  } catch {
    return null;
  } finally {
    await client.end();
  }
}
