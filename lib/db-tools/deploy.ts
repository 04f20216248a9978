// Programmatic `prisma migrate deploy` (for the demo and the test setups): applies the committed
// migrations in prisma/migrations with the wasm schema engine. See schema-engine.ts.
import pg from "pg";
import { NO_FILTER, readMigrations, withEngine } from "./schema-engine";

/** Applies pending migrations; returns the names of those applied now. */
export async function deployMigrations(url: string): Promise<string[]> {
  const result = await withEngine(url, (engine) =>
    engine.applyMigrations({ migrationsList: readMigrations(), filters: NO_FILTER }),
  );
  return result.appliedMigrationNames;
}

function withDatabase(url: string, name: string): string {
  const next = new URL(url);
  next.pathname = `/${name}`;
  return next.toString();
}

/** Creates database `name` on the server of `baseUrl` (a real Postgres) and returns its URL. */
export async function createDatabase(baseUrl: string, name: string): Promise<string> {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`unsafe database name: ${name}`);
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  return withDatabase(baseUrl, name);
}

/** Drops database `name` on the server of `baseUrl`, closing any connection still open to it. */
export async function dropDatabase(baseUrl: string, name: string): Promise<void> {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`unsafe database name: ${name}`);
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

/** Creates the database of `url` when the server says it does not exist; true when it did. */
export async function ensureDatabase(url: string): Promise<boolean> {
  const probe = new pg.Client({ connectionString: url });
  try {
    await probe.connect();
    return false;
  } catch (error) {
    if ((error as { code?: string }).code !== "3D000") throw error; // invalid_catalog_name
    const name = decodeURIComponent(new URL(url).pathname.slice(1));
    await createDatabase(withDatabase(url, "postgres"), name);
    return true;
  } finally {
    await probe.end().catch(() => undefined);
  }
}
