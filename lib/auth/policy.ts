// The policy beside the permission table: what part of the practice an actor reaches under one
// permission. Pure; lib/data/access/scopes.ts turns a reach into the row filters of each table.
import { can, type Grant, type Permission } from "@/lib/auth/permissions";

export interface Reach {
  grant: Grant;
  practiceId: string;
  /** "own": the actor's user id (own account, notes they authored). */
  userId: string;
  /**
   * "own": the clinician profile whose caseload (clients and couples assigned to it NOW) and
   * profile the actor reaches. A user without a profile reaches no caseload at all.
   */
  clinicianId: string | null;
}

export interface PolicyActor {
  id: string;
  practiceId: string;
  roles: Parameters<typeof can>[0]["roles"];
  clinicianId: string | null;
}

/** The actor's reach under `permission`, or null when none of their roles ever allows it. */
export function reachOf(actor: PolicyActor, permission: Permission): Reach | null {
  const grant = can(actor, permission);
  if (!grant) return null;
  return { grant, practiceId: actor.practiceId, userId: actor.id, clinicianId: actor.clinicianId };
}

/**
 * What kind of record an entity type is, for the answer to a refused action on one record: a
 * role that may not even read that kind learns nothing (404); one that may read it is told it
 * may not do this (403).
 */
export const READ_PERMISSION: Partial<Record<string, Permission>> = {
  Client: "client:read",
  Couple: "client:read",
  SessionNote: "note:read",
  IntakeRequest: "intake:read",
  ClinicianProfile: "clinician:read",
  User: "staff:read",
  Location: "location:read",
  Practice: "location:read",
  AuditEvent: "audit:read",
  Appointment: "appointment:read",
  Measure: "measure:read",
  ApiToken: "token:manage",
};

/** True when refusing `permission` on one record of `entityType` must look like "not found". */
export function refusalHides(actor: PolicyActor, entityType: string): boolean {
  const read = READ_PERMISSION[entityType];
  return read === undefined ? false : can(actor, read) === null;
}
