import "server-only";
import type { Tx } from "@/lib/data/access";
import { ConflictError, NotFoundError } from "@/lib/data/errors";

/**
 * Locks the request's row for the rest of the transaction and checks it can still be matched or
 * waitlisted. Two specialists acting at once queue here: the second sees the first's result.
 */
export async function lockOpenIntake(tx: Tx, practiceId: string, id: string): Promise<void> {
  const [row] = await tx.$queryRaw<{ status: string }[]>`
    SELECT status::text AS status FROM "IntakeRequest" WHERE id = ${id} AND "practiceId" = ${practiceId} FOR UPDATE`;
  if (!row) throw new NotFoundError("Intake request");
  if (row.status === "MATCHED") throw new ConflictError("This request has already been assigned.");
  if (row.status === "CLOSED") throw new ConflictError("This request is closed; reopen it first.");
}

/** Prisma's unique-constraint error (a second Assignment for the same request). */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

/** Runs `fn`, turning a unique violation (a second Assignment slipping past the lock) into the 409 it means. */
export async function asConflict<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError("This request has already been assigned.");
    throw error;
  }
}
