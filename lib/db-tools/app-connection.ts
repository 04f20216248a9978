// How the app process connects, given the owner's (or a superuser's) URL that ran the migrations:
// as the app role (lakeshore_app), which row-level security binds. Used by `npm run demo` and the
// E2E server; the integration setup calls ensureAppRole itself.
import { DEFAULT_APP_ROLE, ensureAppRole } from "./app-role";

export interface AppConnection {
  /** What to add to the app's environment. */
  env: { DATABASE_URL: string; DATABASE_SET_ROLE?: string; ALLOW_PRIVILEGED_DB?: string };
  /** One line for the log: who the app runs as. */
  describe: string;
}

/**
 * Creates (or corrects) the app role on `ownerUrl`'s database and returns the app's connection.
 * A real server: the app logs in as the role (with APP_DATABASE_PASSWORD when the server asks for
 * one). The embedded PGlite has a single session user, so the app connects as it and every
 * transaction switches to the role (SET LOCAL ROLE): RLS and the grants hold the same way.
 */
export async function appConnection(ownerUrl: string, { embedded = false, password = process.env.APP_DATABASE_PASSWORD ?? null } = {}): Promise<AppConnection> {
  const appUrl = await ensureAppRole(ownerUrl, { password: embedded ? null : password });
  if (embedded) {
    // The session user is PGlite's superuser, which the production guard refuses (the sign-in
    // lookups run as it): accepted for the local demo only, and said so in the log and README.
    return {
      env: { DATABASE_URL: ownerUrl, DATABASE_SET_ROLE: DEFAULT_APP_ROLE, ALLOW_PRIVILEGED_DB: "1" },
      describe: `embedded database, each transaction as ${DEFAULT_APP_ROLE} (sign-in lookups as PGlite's one user: demo only)`,
    };
  }
  return { env: { DATABASE_URL: appUrl }, describe: `as ${DEFAULT_APP_ROLE} (not superuser, not owner: row-level security applies)` };
}
