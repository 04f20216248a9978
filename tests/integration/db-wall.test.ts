// The database is the second wall: connected with the app's own credentials (the role the app
// runs as, lakeshore_app), a query that forgets the practice filter still sees one practice only,
// and an attacker holding those credentials can neither switch off the protections (triggers,
// row-level security, replication mode) nor empty or rewrite the tables they guard.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import * as f from "@/tests/factories";

let app: pg.Client;

beforeAll(async () => {
  app = new pg.Client({ connectionString: inject("databaseUrl") });
  await app.connect();
});
afterAll(() => app.end());

/** Runs `fn` in a transaction of the app role with app.practice_id set (or none), always rolled back. */
async function asApp<T>(practiceId: string | null, fn: () => Promise<T>): Promise<T> {
  await app.query("BEGIN");
  try {
    if (practiceId) await app.query("SELECT set_config('app.practice_id', $1, true)", [practiceId]);
    return await fn();
  } finally {
    await app.query("ROLLBACK");
  }
}

/** The SQLSTATE the app role's statement fails with (it must fail). */
async function refusal(practiceId: string | null, sql: string, params: unknown[] = []): Promise<string> {
  return asApp(practiceId, () =>
    app.query(sql, params).then(
      () => "succeeded",
      (error: { code?: string }) => error.code ?? "no code",
    ));
}

const INSUFFICIENT_PRIVILEGE = "42501";

async function twoPractices() {
  const a = await f.createPractice();
  const b = await f.createPractice();
  return { a, b, aClient: await f.createClient(a.id), bClient: await f.createClient(b.id) };
}

describe("a query that omits the practice filter (test-only, on purpose)", () => {
  test("sees only the practice the transaction set, across the tenant tables", async () => {
    const { a, aClient, bClient } = await twoPractices();
    const seen = await asApp(a.id, async () => ({
      clients: (await app.query<{ id: string; practiceId: string }>(`SELECT * FROM "Client"`)).rows,
      practices: (await app.query<{ id: string }>(`SELECT id FROM "Practice"`)).rows.map((r) => r.id),
      foreignUsers: (await app.query(`SELECT 1 FROM "User" WHERE "practiceId" <> $1`, [a.id])).rowCount,
    }));
    expect(seen.clients.map((c) => c.id)).toEqual([aClient.id]);
    expect(seen.clients.map((c) => c.id)).not.toContain(bClient.id);
    expect(seen.practices).toEqual([a.id]);
    expect(seen.foreignUsers).toBe(0);
  });

  test("with no practice set sees nothing at all", async () => {
    await twoPractices();
    const counts = await asApp(null, async () => (await app.query<Record<string, string>>(
      `SELECT (SELECT count(*) FROM "Client") AS clients, (SELECT count(*) FROM "Practice") AS practices,
              (SELECT count(*) FROM "User") AS users, (SELECT count(*) FROM "SessionNote") AS notes,
              (SELECT count(*) FROM "AuditEvent") AS audit`)).rows[0]);
    expect(counts).toEqual({ clients: "0", practices: "0", users: "0", notes: "0", audit: "0" });
  });

  test("cannot write another practice's rows: an insert fails, an update changes nothing", async () => {
    const { a, b, bClient } = await twoPractices();
    expect(await refusal(a.id, `INSERT INTO "Client" (id, "practiceId", "firstName", "lastName", "dateOfBirth", "updatedAt")
      VALUES ('x-' || gen_random_uuid(), $1, 'Eve', 'Planted', '1990-01-01', now())`, [b.id])).toBe(INSUFFICIENT_PRIVILEGE);
    const updated = await asApp(a.id, async () => (await app.query(`UPDATE "Client" SET "lastName" = 'Moved' WHERE id = $1`, [bClient.id])).rowCount);
    expect(updated).toBe(0);
    expect(await refusal(a.id, `UPDATE "Client" SET "practiceId" = $2 WHERE "practiceId" = $1`, [a.id, b.id])).toBe(INSUFFICIENT_PRIVILEGE);
  });
});

describe("the app's credentials cannot switch off or bypass the protections", () => {
  test.each([
    [`ALTER TABLE "SessionNote" DISABLE TRIGGER ALL`],
    [`ALTER TABLE "AuditEvent" DISABLE TRIGGER audit_event_append_only`],
    [`ALTER TABLE "Client" DISABLE ROW LEVEL SECURITY`],
    [`DROP POLICY tenant_isolation ON "Client"`],
    [`TRUNCATE "SessionNote"`],
    [`TRUNCATE "AuditEvent"`],
    [`TRUNCATE "Client" CASCADE`],
    [`SET session_replication_role = replica`],
    [`CREATE TABLE exfil (x text)`],
    [`CREATE SCHEMA exfil`],
    [`CREATE FUNCTION exfil() RETURNS int LANGUAGE sql AS 'SELECT 1'`],
    [`SELECT * FROM "AuditChainHead"`],
  ])("%s is refused", async (sql) => {
    const { a } = await twoPractices();
    expect(await refusal(a.id, sql)).toBe(INSUFFICIENT_PRIVILEGE);
  });

  test("cannot become the role that owns the tables", async () => {
    const { a } = await twoPractices();
    const { rows: [owner] } = await app.query<{ name: string }>(`SELECT pg_get_userbyid(relowner) AS name FROM pg_class WHERE oid = '"Client"'::regclass`);
    expect(await refusal(a.id, `SET ROLE ${app.escapeIdentifier(owner!.name)}`)).toBe(INSUFFICIENT_PRIVILEGE);
  });

  test("its own practice's audit events can be neither changed nor deleted, nor the chain head moved", async () => {
    const { a } = await twoPractices();
    const insert = `INSERT INTO "AuditEvent" (id, "practiceId", action, "entityType", outcome) VALUES (gen_random_uuid()::text, $1, 'client.read', 'Client', 'ALLOWED')`;
    expect(await refusal(a.id, `${insert} RETURNING id`, [a.id])).toBe("succeeded");
    expect(await refusal(a.id, `UPDATE "AuditEvent" SET action = 'nothing.happened' WHERE "practiceId" = $1`, [a.id])).toBe(INSUFFICIENT_PRIVILEGE);
    expect(await refusal(a.id, `DELETE FROM "AuditEvent" WHERE "practiceId" = $1`, [a.id])).toBe(INSUFFICIENT_PRIVILEGE);
    expect(await refusal(a.id, `UPDATE "AuditChainHead" SET seq = 0 WHERE "practiceId" = $1`, [a.id])).toBe(INSUFFICIENT_PRIVILEGE);
  });
});

describe("the role the app runs as", () => {
  test("is lakeshore_app, neither superuser nor exempt from row-level security", async () => {
    const { rows: [me] } = await app.query(
      `SELECT current_user AS name, rolsuper, rolbypassrls, rolcreaterole, rolcreatedb FROM pg_roles WHERE rolname = current_user`);
    expect(me).toEqual({ name: "lakeshore_app", rolsuper: false, rolbypassrls: false, rolcreaterole: false, rolcreatedb: false });
    const { rows: memberOf } = await app.query(`SELECT roleid::regrole::text AS role FROM pg_auth_members WHERE member = current_user::regrole`);
    expect(memberOf).toEqual([]); // not pg_read_server_files, pg_execute_server_program, nor the owner's role
  });

  test("has every statement cut at 2 s and runs without JIT compilation", async () => {
    const setting = async (name: string) => (await app.query<{ value: string }>(`SELECT current_setting($1) AS value`, [name])).rows[0]!.value;
    expect(await setting("statement_timeout")).toBe("2s");
    expect(await setting("jit")).toBe("off");
  });

  test("owns no table, belongs to no owner's role, and holds no TRUNCATE, TRIGGER or REFERENCES anywhere", async () => {
    const { rows } = await app.query<{ table: string; why: string }>(
      `SELECT c.relname AS table, concat_ws(' ',
              CASE WHEN pg_has_role(current_user, c.relowner, 'USAGE') THEN 'owner' END,
              CASE WHEN has_table_privilege(current_user, c.oid, 'TRUNCATE') THEN 'truncate' END,
              CASE WHEN has_table_privilege(current_user, c.oid, 'TRIGGER') THEN 'trigger' END,
              CASE WHEN has_table_privilege(current_user, c.oid, 'REFERENCES') THEN 'references' END) AS why
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')`);
    expect(rows.length).toBeGreaterThan(15);
    expect(rows.filter((r) => r.why !== "")).toEqual([]);
  });

  test("meets row-level security on every table that holds practice data", async () => {
    const { rows } = await app.query<{ table: string; rls: boolean }>(
      `SELECT c.relname AS table, c.relrowsecurity AS rls FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
          AND (c.relname = 'Practice' OR EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'practiceId' AND NOT a.attisdropped))`);
    expect(rows.length).toBeGreaterThan(15);
    expect(rows.filter((r) => !r.rls).map((r) => r.table)).toEqual([]);
  });
});
