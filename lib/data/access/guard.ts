import "server-only";
import { can, type Grant, type Permission } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/data/actor";
import { audit } from "@/lib/data/access/audit";
import { db } from "@/lib/db";
import { ForbiddenError, NotFoundError } from "@/lib/data/errors";

/**
 * Checks the permission table; when the roles never allow the action, writes a DENIED audit
 * row and throws 403. Returns the grant so the caller can scope its query ("any" | "own").
 */
export async function authorize(actor: Actor, permission: Permission, entityType: string, entityId?: string): Promise<Grant> {
  const grant = can(actor, permission);
  if (!grant) {
    await audit(db(), actor, { action: permission, entityType, entityId, outcome: "DENIED" });
    throw new ForbiddenError();
  }
  return grant;
}

/**
 * Like `authorize`, for reading one record by id: a role that may never see this kind of record
 * learns nothing, not even that it exists, so the answer is 404 (audited as DENIED).
 */
export async function authorizeOrHide(actor: Actor, permission: Permission, entityType: string, entityId: string): Promise<Grant> {
  const grant = can(actor, permission);
  if (!grant) {
    await audit(db(), actor, { action: permission, entityType, entityId, outcome: "DENIED" });
    throw new NotFoundError(entityType);
  }
  return grant;
}

/** The caseload filter for an "own" grant: rows assigned to the actor's clinician profile. */
export function caseloadFilter(actor: Actor, grant: Grant): { assignedClinicianId?: string } {
  if (grant === "any") return {};
  // A user without a clinician profile has no caseload: match nothing rather than everything.
  return { assignedClinicianId: actor.clinicianId ?? "__no_clinician__" };
}
