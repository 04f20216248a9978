// Runs once when the server starts (Next.js instrumentation). It validates the environment
// (lib/env.ts) and stops the server with a clear message when it is wrong. In production it refuses to serve
// on a database role that row-level security and the audit triggers would not bind (superuser,
// BYPASSRLS, table owner) unless ALLOW_PRIVILEGED_DB=1: see lib/db-tools/prod-guard.ts.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env } = await import("./lib/env");
  const { assertUnprivilegedDatabase } = await import("./lib/db-tools/prod-guard");
  try {
    // The environment is validated once, here, before the first request.
    env();
    await assertUnprivilegedDatabase();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
