// Integration tests get a database of their own on a real PostgreSQL server: created and
// migrated before the run, dropped after it. The server is TEST_PG_URL (any database on it
// works as the admin connection), by default the local one. The code under test connects as the
// app's own role (lakeshore_app: neither superuser nor owner, so row-level security applies);
// factories and assertions use the owner's connection. Never point TEST_PG_URL at PGlite: it
// ignores database names, so the tests would land in (and wipe) that server's only database.
import type { TestProject } from "vitest/node";
import { ensureAppRole } from "../../lib/db-tools/app-role";
import { createDatabase, deployMigrations, dropDatabase } from "../../lib/db-tools/deploy";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    ownerDatabaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const baseUrl = process.env.TEST_PG_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
  const name = `lakeshore_it_${Date.now()}_${process.pid}`;
  let url: string;
  try {
    url = await createDatabase(baseUrl, name);
  } catch (error) {
    throw new Error(
      `Integration tests need PostgreSQL at ${baseUrl.replace(/:[^:@/]*@/, ":***@")} (set TEST_PG_URL): ${
        error instanceof Error ? error.message : String(error)
      }`,
    );
  }
  let appUrl: string;
  try {
    await deployMigrations(url);
    appUrl = await ensureAppRole(url, { password: process.env.TEST_APP_DB_PASSWORD ?? null });
  } catch (error) {
    await dropDatabase(baseUrl, name);
    throw error;
  }
  process.env.DATABASE_URL = appUrl;
  process.env.OWNER_DATABASE_URL = url;
  project.provide("databaseUrl", appUrl);
  project.provide("ownerDatabaseUrl", url);
  return async () => {
    await dropDatabase(baseUrl, name);
  };
}
