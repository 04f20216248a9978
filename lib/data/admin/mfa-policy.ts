import "server-only";
import type { Role } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/data/actor";
import { access, accessWith } from "@/lib/data/access";
import { ConflictError, NotFoundError } from "@/lib/data/errors";
import { mfaPolicyInput } from "@/lib/validation/mfa";

// The practice's MFA policy, for owners: which roles must use MFA, who has it, and resetting a
// colleague's MFA (a lost phone). Every act is audited as the owner's, naming the colleague.

export interface StaffMfa {
  id: string;
  name: string;
  email: string;
  roles: Role[];
  active: boolean;
  mfaEnabled: boolean;
  /** A role of theirs requires MFA and they have none: they must enrol at their next sign-in. */
  mfaDue: boolean;
}

export interface MfaPolicy {
  requiredRoles: Role[];
  staff: StaffMfa[];
}

const practiceRule = (action: string, actor: Actor) =>
  ({ permission: "location:manage", action, entityType: "Practice", id: actor.practiceId }) as const;

/** The roles that require MFA and every staff member's MFA state, by name. OWNER only. */
export async function getMfaPolicy(actor: Actor): Promise<MfaPolicy> {
  return access(actor, { permission: "staff:manage", action: "practice.mfa-policy.read", entityType: "User" }, async ({ tx, scope, disclose }) => {
    const practice = await tx.practice.findUniqueOrThrow({ where: { id: actor.practiceId }, select: { mfaRequiredRoles: true } });
    const rows = await tx.user.findMany({
      where: scope.staff, orderBy: [{ active: "desc" }, { name: "asc" }],
      select: { id: true, name: true, email: true, roles: true, active: true, mfaEnabledAt: true },
    });
    disclose({ ids: rows.map((r) => r.id) });
    const required = practice.mfaRequiredRoles;
    return {
      requiredRoles: required,
      staff: rows.map((r) => ({
        id: r.id, name: r.name, email: r.email, roles: r.roles, active: r.active, mfaEnabled: r.mfaEnabledAt !== null,
        mfaDue: r.mfaEnabledAt === null && r.roles.some((role) => required.includes(role)),
      })),
    };
  });
}

/**
 * Sets the roles whose staff must use MFA (an empty list requires it of nobody). Applies at each
 * affected user's next request: one without MFA is sent to set it up before anything else.
 * OWNER only (practice settings).
 */
export async function setMfaRequiredRoles(actor: Actor, raw: unknown): Promise<{ requiredRoles: Role[] }> {
  return accessWith(actor, practiceRule("practice.mfa-policy", actor), mfaPolicyInput, raw, async ({ tx }, input) => {
    const practice = await tx.practice.update({ where: { id: actor.practiceId }, data: { mfaRequiredRoles: input.requiredRoles }, select: { mfaRequiredRoles: true } });
    return { requiredRoles: practice.mfaRequiredRoles };
  });
}

/**
 * Resets a colleague's MFA (a lost or replaced phone): their secret and recovery codes are
 * removed and every session of theirs ends at once. It gives the owner no way in: the colleague
 * signs in with their own password and, where their role requires it, sets MFA up again first.
 * Audited as the owner's act on the colleague. 409 for oneself (turning one's own MFA off needs
 * one's password) and for a colleague without MFA. OWNER only.
 */
export async function resetStaffMfa(actor: Actor, userId: string): Promise<StaffMfa> {
  return access(actor, { permission: "staff:manage", action: "staff.mfa-reset", entityType: "User", id: userId }, async ({ tx, scope }) => {
    const target = await tx.user.findFirst({
      where: { AND: [scope.staff, { id: userId }] },
      select: { id: true, name: true, email: true, roles: true, active: true, mfaEnabledAt: true, mfaSecret: true, practice: { select: { mfaRequiredRoles: true } } },
    });
    if (!target) throw new NotFoundError("Staff member");
    if (target.id === actor.id) throw new ConflictError("You cannot reset your own MFA here. Turn it off on your security page: it asks for your password.");
    if (!target.mfaEnabledAt && !target.mfaSecret) throw new ConflictError(`${target.name} has no MFA to reset.`);
    // An access reset too (docs/decisions/0033): the private notes written before it stay sealed
    // in later sessions, since no MFA of the colleague's own guards those any more.
    await tx.user.update({
      where: { id: target.id },
      data: { mfaSecret: null, mfaEnabledAt: null, mfaLastStep: null, mfaRecoveryCodes: [], accessResetAt: new Date(), accessResetById: actor.id },
    });
    await tx.authSession.updateMany({ where: { userId: target.id, practiceId: actor.practiceId, revokedAt: null }, data: { revokedAt: new Date() } });
    return {
      id: target.id, name: target.name, email: target.email, roles: target.roles, active: target.active, mfaEnabled: false,
      mfaDue: target.roles.some((role) => target.practice.mfaRequiredRoles.includes(role)),
    };
  });
}
