import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { db, type Tx } from "@/lib/db";
import { env } from "@/lib/env";

export type { Tx } from "@/lib/db";

/** How long a transaction may wait for a pooled connection, and run: queued, never past 2 s. */
export const TX_MAX_WAIT_MS = 1_500;
export const TX_TIMEOUT_MS = 5_000;

const open = new AsyncLocalStorage<string>();

/**
 * Runs `fn` in one transaction in which Postgres' row-level security shows and accepts only
 * rows of `practiceId` (`set_config('app.practice_id', …, true)`: transaction-local, so it holds
 * behind PgBouncer in transaction mode). Everything lib/data reads or writes goes through here.
 * Transactions do not nest: a second one would take a second connection and could starve the
 * pool, so a nested call is a programming error.
 */
export async function inTenant<T>(practiceId: string, fn: (tx: Tx) => Promise<T>, options: { timeout?: number } = {}): Promise<T> {
  if (open.getStore() !== undefined) throw new Error("lib/data: a tenant transaction is already open here; use its tx");
  const role = env().DATABASE_SET_ROLE ?? null;
  return open.run(practiceId, () =>
    db().$transaction(
      async (tx) => {
        if (role) await tx.$queryRaw`SELECT set_config('app.practice_id', ${practiceId}, true), set_config('role', ${role}, true)`;
        else await tx.$queryRaw`SELECT set_config('app.practice_id', ${practiceId}, true)`;
        return fn(tx);
      },
      { maxWait: TX_MAX_WAIT_MS, timeout: options.timeout ?? TX_TIMEOUT_MS },
    ),
  );
}

/**
 * Calls one of the SECURITY DEFINER functions that serve requests before a practice is known
 * (sign-in, session lookup, set-password links): a single statement, outside any transaction.
 */
export function beforePractice(): Pick<Tx, "$queryRaw"> {
  if (open.getStore() !== undefined) throw new Error("lib/data: pre-practice reads run outside tenant transactions");
  return db();
}
