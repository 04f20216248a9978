import "server-only";
import type { Actor } from "@/lib/data/actor";
import { audit } from "@/lib/data/access/audit";
import { ConflictError, NotFoundError } from "@/lib/data/errors";
import { db, type Tx } from "@/lib/db";

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

/**
 * Audits a refused or missing assignment/waitlist outside the rolled-back transaction, and turns
 * a unique violation into the 409 it means.
 */
export async function auditRefusal(actor: Actor, action: string, id: string, error: unknown): Promise<never> {
  const conflict = isUniqueViolation(error) ? new ConflictError("This request has already been assigned.") : error;
  if (conflict instanceof NotFoundError) {
    await audit(db(), actor, { action, entityType: "IntakeRequest", entityId: id, outcome: "NOT_FOUND" });
  } else if (conflict instanceof ConflictError) {
    await audit(db(), actor, { action: `${action}.refused`, entityType: "IntakeRequest", entityId: id, outcome: "DENIED" });
  }
  throw conflict;
}
