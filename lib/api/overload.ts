// Every answer comes within 2 seconds (DESIGN.md): the app role's statement_timeout cancels a
// statement past 2 s, and a transaction that cannot get a connection, or runs past its limit, is
// abandoned (lib/data/access/tenant.ts). Either way its transaction rolled back: the answer is a
// 503 "busy, try again", never a 500 that reads like a bug.

/** Postgres codes of a statement cancelled for time or a lock not granted in time. */
const PG_TIMEOUTS = new Set(["57014", "55P03"]);
/** Prisma: transaction could not start in time or ran past its timeout (P2028); pool exhausted (P2024). */
const PRISMA_TIMEOUTS = new Set(["P2028", "P2024"]);

interface MaybePrismaError {
  code?: unknown;
  meta?: { driverAdapterError?: { cause?: { code?: unknown; originalCode?: unknown } } };
}

/** True when `error` means "too slow or too busy just now", not a bug or bad input. */
export function isOverload(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { code, meta } = error as MaybePrismaError;
  if (typeof code === "string" && PRISMA_TIMEOUTS.has(code)) return true;
  const cause = meta?.driverAdapterError?.cause;
  return [cause?.code, cause?.originalCode].some((c) => typeof c === "string" && PG_TIMEOUTS.has(c));
}

/** Seconds a client should wait before retrying a busy answer. */
export const BUSY_RETRY_SECONDS = 2;
