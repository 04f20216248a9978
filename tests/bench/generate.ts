// `npm run bench:data`: generates the benchmark practice (see generate-sql.ts) into its own
// database, BENCH_DATABASE_URL (default postgresql://postgres@127.0.0.1:5432/lakeshore_bench):
// creates and migrates it when missing, then fills it inside Postgres and ANALYZEs it.
// Already generated: says so and stops (`-- --fresh` drops and regenerates the database, e.g.
// at another BENCH_NOTES). `npm run bench` calls ensureBenchData() when there is no data yet.
import argon2 from "argon2";
import pg from "pg";
import { createDatabase, deployMigrations, dropDatabase } from "../../lib/db-tools/deploy";
import { adminUrl, BENCH_URL, benchDatabaseName, benchNoteCount } from "./bench-db";
import { BENCH_PRACTICE_ID, generationStatements, SIZES } from "./generate-sql";

export const BENCH_PASSWORD = "bench-password-2026";
const TABLES = ["SessionNote", "NoteEnemy", "Client", "Couple", "IntakeRequest"];
const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

async function databaseExists(name: string): Promise<boolean> {
  const admin = new pg.Client({ connectionString: adminUrl() });
  await admin.connect();
  try {
    return ((await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])).rowCount ?? 0) > 0;
  } finally {
    await admin.end();
  }
}

export async function ensureBenchData({ fresh = false } = {}): Promise<void> {
  const name = benchDatabaseName();
  if (fresh && (await databaseExists(name))) {
    await dropDatabase(adminUrl(), name);
    console.log(`Dropped ${name}.`);
  }
  if (!(await databaseExists(name))) {
    await createDatabase(adminUrl(), name);
    console.log(`Created database ${name}.`);
  }
  const applied = await deployMigrations(BENCH_URL);
  if (applied.length) console.log(`Applied ${applied.length} migration(s).`);
  const existing = await benchNoteCount();
  if (existing !== null) {
    const other = existing < SIZES.notes * 0.99 || existing > SIZES.notes * 1.01 ? ` (BENCH_NOTES asks for ${SIZES.notes.toLocaleString("en-US")})` : "";
    console.log(`${name} already holds the bench practice: ${existing.toLocaleString("en-US")} notes${other}. \`npm run bench:data -- --fresh\` regenerates it.`);
    return;
  }

  const started = Date.now();
  const hash = await argon2.hash(BENCH_PASSWORD, { type: argon2.argon2id });
  const client = new pg.Client({ connectionString: BENCH_URL });
  await client.connect();
  try {
    await client.query("SET maintenance_work_mem = '512MB'; SET work_mem = '256MB'; SELECT setseed(0.2026)");
    // Bulk loading: skip triggers and foreign-key checks (the generated rows are consistent by
    // construction) and build the secondary indexes once at the end instead of row by row.
    const replica = await client.query("SET session_replication_role = replica").then(() => true, () => false);
    await client.query("BEGIN");
    const { rows: indexes } = await client.query<{ indexname: string; indexdef: string }>(
      `SELECT i.indexname, i.indexdef FROM pg_indexes i
        WHERE i.schemaname = 'public' AND i.tablename = ANY($1)
          AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`, [TABLES]);
    for (const index of indexes) await client.query(`DROP INDEX "${index.indexname}"`);
    for (const step of generationStatements(hash)) {
      const t = Date.now();
      await client.query(step.sql);
      console.log(`  ${step.label}: ${seconds(t)}`);
    }
    const t = Date.now();
    for (const index of indexes) await client.query(index.indexdef);
    console.log(`  ${indexes.length} indexes rebuilt: ${seconds(t)}`);
    // With triggers off, the reports' rollups are counted once from the notes here.
    const r = Date.now();
    await client.query("SELECT report_rollup_rebuild($1)", [BENCH_PRACTICE_ID]);
    console.log(`  report rollups counted: ${seconds(r)}`);
    await client.query("COMMIT");
    if (!replica) console.log("  (triggers stayed on: the role may not set session_replication_role)");
    const v = Date.now();
    // VACUUM sets the visibility map that index-only scans need; ANALYZE gives the planner its statistics.
    await client.query("VACUUM (ANALYZE)");
    console.log(`  VACUUM ANALYZE: ${seconds(v)}`);
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
  console.log(`Generated ${SIZES.clinicians} clinicians, ${(SIZES.individuals + 2 * SIZES.couples).toLocaleString("en-US")} clients, ` +
    `${SIZES.couples.toLocaleString("en-US")} couples and ${(await benchNoteCount())?.toLocaleString("en-US")} notes in ${seconds(started)}.`);
  console.log(`Sign-in for a look: owner@bench.test / ${BENCH_PASSWORD} (only against this database). Next: npm run bench`);
}

if (process.argv[1]?.endsWith("generate.ts")) {
  ensureBenchData({ fresh: process.argv.includes("--fresh") }).then(
    () => process.exit(0),
    (error: unknown) => {
      console.error("bench:data failed:", error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
