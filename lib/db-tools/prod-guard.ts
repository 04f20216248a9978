// A production server must not connect as a role that the database's walls do not bind: a
// superuser ignores row-level security and may switch triggers off (session_replication_role),
// and a table's owner may disable its triggers and policies or truncate it (docs/decisions/0026).
// At start-up (instrumentation.ts) the app checks the role of DATABASE_URL, and the role it
// switches to (DATABASE_SET_ROLE), and refuses to start on such a role unless the operator says
// ALLOW_PRIVILEGED_DB=1. Outside production (development, tests) nothing is checked.
import pg from "pg";

export interface RolePrivileges {
  role: string;
  superuser: boolean;
  bypassRls: boolean;
  /** Tables in schema public that the role owns, or whose owner's rights it has through membership. */
  ownedTables: number;
}

/** Why the app must not run as this role (empty when it may). */
export function privilegeProblems(p: RolePrivileges): string[] {
  const problems: string[] = [];
  if (p.superuser) problems.push("is a superuser");
  if (p.bypassRls) problems.push("bypasses row-level security");
  if (p.ownedTables > 0) problems.push(`owns ${p.ownedTables} table${p.ownedTables === 1 ? "" : "s"} (or is a member of their owner)`);
  return problems;
}

const INSPECT = `SELECT current_user AS role, r.rolsuper AS superuser, r.rolbypassrls AS "bypassRls",
  (SELECT count(*)::int FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND pg_has_role(current_user, c.relowner, 'USAGE')) AS "ownedTables"
  FROM pg_roles r WHERE r.rolname = current_user`;

/** The privileges of the role `url` logs in as and, when given, of `setRole` (SET ROLE) too. */
export async function inspectConnection(url: string, setRole?: string): Promise<RolePrivileges[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const seen = [(await client.query<RolePrivileges>(INSPECT)).rows[0]!];
    if (setRole) {
      await client.query(`SET ROLE ${client.escapeIdentifier(setRole)}`);
      seen.push((await client.query<RolePrivileges>(INSPECT)).rows[0]!);
    }
    return seen;
  } finally {
    await client.end();
  }
}

export class PrivilegedDatabaseError extends Error {
  override name = "PrivilegedDatabaseError";
}

type GuardEnv = Partial<Record<"NODE_ENV" | "DATABASE_URL" | "DATABASE_SET_ROLE" | "ALLOW_PRIVILEGED_DB", string>>;

/**
 * Throws PrivilegedDatabaseError, with a message saying what to do, when in production the app
 * would reach the database as a superuser, a role exempt from row-level security or a table owner
 * (or cannot tell). Resolves with what it found otherwise.
 */
export async function assertUnprivilegedDatabase(env: GuardEnv = process.env): Promise<"skipped" | "allowed" | "unprivileged"> {
  if (env.NODE_ENV !== "production") return "skipped";
  if (env.ALLOW_PRIVILEGED_DB === "1") return "allowed";
  if (!env.DATABASE_URL) throw new PrivilegedDatabaseError("Refusing to start: DATABASE_URL is not set.");
  let roles: RolePrivileges[];
  try {
    roles = await inspectConnection(env.DATABASE_URL, env.DATABASE_SET_ROLE);
  } catch (error) {
    throw new PrivilegedDatabaseError(
      `Refusing to start: could not check the database role of DATABASE_URL (${error instanceof Error ? error.message : String(error)}).`);
  }
  const findings = roles.flatMap((r) => {
    const problems = privilegeProblems(r);
    return problems.length ? [`role "${r.role}" ${problems.join(", ")}`] : [];
  });
  if (findings.length) {
    throw new PrivilegedDatabaseError(
      `Refusing to start in production: the app's database connection ${findings.join("; ")}, so row-level security and the ` +
        "audit trail's triggers would not bind it. Connect as the app role (lakeshore_app, created and granted by " +
        "ensureAppRole in lib/db-tools/app-role.ts), or set ALLOW_PRIVILEGED_DB=1 to start anyway.");
  }
  return "unprivileged";
}
