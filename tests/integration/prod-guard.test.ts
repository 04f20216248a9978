// In production the app refuses to start on a database role that its walls do not bind: a
// superuser, or a role that owns tables. Checked against the real roles of the test database.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { describe, expect, inject, test } from "vitest";
import { assertUnprivilegedDatabase, inspectConnection } from "@/lib/db-tools/prod-guard";

const production = (DATABASE_URL: string, extra: Record<string, string> = {}) => ({ NODE_ENV: "production", DATABASE_URL, ...extra });

describe("the production database guard", () => {
  test("lets the app role start", async () => {
    expect(await assertUnprivilegedDatabase(production(inject("databaseUrl")))).toBe("unprivileged");
  });

  test("refuses the superuser with a message that says what to do, unless ALLOW_PRIVILEGED_DB=1", async () => {
    const owner = inject("ownerDatabaseUrl");
    await expect(assertUnprivilegedDatabase(production(owner))).rejects.toThrow(
      /^Refusing to start in production: the app's database connection role "[^"]+" is a superuser, .*owns \d+ tables .*lakeshore_app.*ALLOW_PRIVILEGED_DB=1/);
    expect(await assertUnprivilegedDatabase(production(owner, { ALLOW_PRIVILEGED_DB: "1" }))).toBe("allowed");
  });

  test("a superuser login stays refused even when each transaction switches to the app role", async () => {
    await expect(assertUnprivilegedDatabase(production(inject("ownerDatabaseUrl"), { DATABASE_SET_ROLE: "lakeshore_app" }))).rejects.toThrow(/is a superuser/);
  });

  test("refuses a role that is no superuser but owns a table", async () => {
    const admin = new pg.Client({ connectionString: inject("ownerDatabaseUrl") });
    await admin.connect();
    const table = `guard_probe_${randomUUID().slice(0, 8)}`;
    try {
      const [me] = await inspectConnection(inject("databaseUrl"));
      await admin.query(`CREATE TABLE ${table} (x int)`);
      await admin.query(`ALTER TABLE ${table} OWNER TO ${admin.escapeIdentifier(me!.role)}`);
      expect(await inspectConnection(inject("databaseUrl"))).toEqual([{ role: me!.role, superuser: false, bypassRls: false, ownedTables: 1 }]);
      await expect(assertUnprivilegedDatabase(production(inject("databaseUrl")))).rejects.toThrow(/owns 1 table/);
    } finally {
      await admin.query(`DROP TABLE IF EXISTS ${table}`);
      await admin.end();
    }
  });
});
