// The role the app connects as at run time: neither superuser nor owner of any table, so row-level
// security applies to it, and with only the grants the app needs (see docs/decisions). Created or
// corrected after migrations by the demo, the test setups and `npm run db:migrate`, from a
// connection that may create roles (the superuser of these machines, or an owner with CREATEROLE).
import pg from "pg";

export const DEFAULT_APP_ROLE = "lakeshore_app";

/** Roll-ups are written by their SECURITY DEFINER triggers only; the app reads them. */
const READ_ONLY = ["ReportNoteDay", "ReportNoteMonth", "ReportCoupleSession"];
/** Tables the app never touches: the chain head (trigger only) and Prisma's migration log. */
const NO_ACCESS = ["AuditChainHead", "_prisma_migrations"];
/** The only rows the app deletes: a draft's enemy and pattern tags when they change, and spent
 * rate-limit windows. */
const DELETABLE = ["NoteEnemy", "NotePattern", "ApiRateWindow"];

export interface AppRoleOptions {
  role?: string;
  /** Set as the role's password when given (servers with password auth); trust auth needs none. */
  password?: string | null;
  /** Per-statement limit for the app role: no query may hold the server (DESIGN.md: 2 s). */
  statementTimeout?: string;
}

const ident = (name: string) => {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`unsafe role name: ${name}`);
  return `"${name}"`;
};

async function createRole(client: pg.Client, role: string): Promise<void> {
  const { rows } = await client.query<{ rolsuper: boolean; rolbypassrls: boolean; rolcanlogin: boolean; rolcreaterole: boolean; rolcreatedb: boolean }>(
    "SELECT rolsuper, rolbypassrls, rolcanlogin, rolcreaterole, rolcreatedb FROM pg_roles WHERE rolname = $1", [role]);
  const found = rows[0];
  if (!found) {
    // Two test runs may create it at the same moment: the loser's duplicate is fine.
    await client.query(`DO $$ BEGIN CREATE ROLE ${ident(role)} LOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$`);
  }
  if (!found || found.rolsuper || found.rolbypassrls || !found.rolcanlogin || found.rolcreaterole || found.rolcreatedb) {
    await client.query(`ALTER ROLE ${ident(role)} LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEROLE NOCREATEDB NOREPLICATION`);
  }
}

/**
 * Creates the app role if needed and grants it exactly what the app uses on the database of
 * `adminUrl`: read and write tenant tables (under RLS), insert audit events but never change or
 * delete them, no TRUNCATE, no DDL. Returns the URL the app connects with.
 */
export async function ensureAppRole(adminUrl: string, options: AppRoleOptions = {}): Promise<string> {
  const role = options.role ?? DEFAULT_APP_ROLE;
  const r = ident(role);
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await createRole(client, role);
    if (options.password) await client.query(`ALTER ROLE ${r} PASSWORD ${client.escapeLiteral(options.password)}`);
    const { rows: [db] } = await client.query<{ name: string }>("SELECT current_database() AS name");
    const database = `"${db!.name.replace(/"/g, '""')}"`;
    const { rows: functions } = await client.query<{ signature: string }>(
      `SELECT p.oid::regprocedure::text AS signature FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
        WHERE n.nspname = 'public' AND p.proname LIKE 'app\\_%'`);
    const statements = [
      `GRANT CONNECT ON DATABASE ${database} TO ${r}`,
      `REVOKE CREATE ON SCHEMA public FROM PUBLIC`,
      `GRANT USAGE ON SCHEMA public TO ${r}`,
      `REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${r}`,
      `GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA public TO ${r}`,
      `REVOKE INSERT ON "Practice" FROM ${r}`,
      `REVOKE UPDATE ON "AuditEvent" FROM ${r}`,
      `REVOKE INSERT, UPDATE ON ${READ_ONLY.map((t) => `"${t}"`).join(", ")} FROM ${r}`,
      `REVOKE ALL ON ${NO_ACCESS.map((t) => `"${t}"`).join(", ")} FROM ${r}`,
      `GRANT DELETE ON ${DELETABLE.map((t) => `"${t}"`).join(", ")} TO ${r}`,
      ...functions.map((f) => `GRANT EXECUTE ON FUNCTION ${f.signature} TO ${r}`),
      `ALTER ROLE ${r} IN DATABASE ${database} SET statement_timeout = ${client.escapeLiteral(options.statementTimeout ?? "2s")}`,
      `ALTER ROLE ${r} IN DATABASE ${database} SET idle_in_transaction_session_timeout = '10s'`,
      // The app's queries are short and indexed: JIT compilation only adds to them (the caseload
      // report spent 1.5 s of 1.66 s compiling at 100k notes; npm run bench, README "Speed").
      `ALTER ROLE ${r} IN DATABASE ${database} SET jit = off`,
    ];
    for (const statement of statements) await client.query(statement);
  } finally {
    await client.end();
  }
  const url = new URL(adminUrl);
  url.username = role;
  url.password = options.password ?? "";
  return url.toString();
}
