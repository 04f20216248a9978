import "server-only";
import { randomBytes } from "node:crypto";
import { hashPassword } from "@/lib/auth/password";
import type { Role } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/data/actor";
import { access, accessWith, type Tx } from "@/lib/data/access";
import { issueToken } from "@/lib/data/admin/tokens";
import { lockOwners, loadStaff, type StaffDto } from "@/lib/data/admin/staff-common";
import { ConflictError, InvalidError } from "@/lib/data/errors";
import { staffInvite, staffRolesUpdate, type StaffInvite } from "@/lib/validation/admin";

export type { StaffDto } from "@/lib/data/admin/staff-common";

export interface IssuedLink {
  user: StaffDto;
  /** The one-time token; shown to the owner once, stored nowhere (only its hash is). */
  token: string;
  expiresAt: string;
}

/**
 * The one answer for an email that is taken, whoever holds it: emails are unique across
 * practices, and an owner must not learn that someone has an account at another practice.
 */
export const EMAIL_TAKEN = "This email address cannot be used for a new account. If this person already works here, find them in the staff list; otherwise use another address.";

const manage = (action: string, id?: string) => ({ permission: "staff:manage", action, entityType: "User", ...(id ? { id } : {}) }) as const;

/**
 * Invites a staff member: an account that stays inactive until its one-time set-password link
 * is used (72 hours). A therapist also gets a clinician profile with their discipline, not yet
 * accepting new clients (so matching does not offer them before the owner completes it).
 * OWNER only. 409 when the email is taken, in this practice or any other, with one message and
 * by one path (the unique index decides, after the same work), so nothing tells them apart.
 */
export async function inviteStaff(actor: Actor, raw: unknown): Promise<IssuedLink> {
  return accessWith(actor, manage("staff.invite"), staffInvite, raw, async ({ tx, disclose, subject }, input) => {
    // An unusable random password until the invitee sets theirs (and verifying it costs the same
    // time as any other, so sign-in timing does not tell invited accounts apart).
    const placeholder = await hashPassword(randomBytes(32).toString("base64url"));
    const user = await tx.user
      .create({ data: { practiceId: actor.practiceId, email: input.email, name: input.name, passwordHash: placeholder, roles: input.roles, active: false } })
      .catch((error: unknown) => {
        if ((error as { code?: string }).code === "P2002") throw new ConflictError(EMAIL_TAKEN);
        throw error;
      });
    if (input.roles.includes("THERAPIST")) await createProfile(tx, user, input.discipline);
    const { token, expiresAt } = await issueToken(tx, user);
    subject(user.id);
    disclose({ ids: [user.id] });
    return { user: await loadStaff(tx, actor.practiceId, user.id), token, expiresAt: expiresAt.toISOString() };
  });
}

async function createProfile(tx: Tx, user: { id: string; practiceId: string }, discipline: StaffInvite["discipline"]): Promise<void> {
  if (!discipline) throw new InvalidError("A therapist needs a discipline.", [{ path: ["discipline"], message: "Choose the therapist's discipline." }]);
  await tx.clinicianProfile.create({
    data: {
      practiceId: user.practiceId, userId: user.id, discipline, modalities: ["INDIVIDUAL"], ageGroups: ["ADULT"],
      languages: ["English"], acceptingNewClients: false,
    },
  });
}

/**
 * Replaces a staff member's roles. Adding THERAPIST to someone without a clinician profile
 * creates one (a discipline is then required). The practice's last active OWNER cannot lose
 * that role: 409. Role changes apply on the user's next request (roles are read per request).
 */
export async function setStaffRoles(actor: Actor, userId: string, raw: unknown): Promise<StaffDto> {
  return accessWith(actor, manage("staff.roles", userId), staffRolesUpdate, raw, async ({ tx }, input) => {
    const otherOwners = await lockOwners(tx, actor.practiceId, userId);
    const target = await loadStaff(tx, actor.practiceId, userId);
    const losesOwner = target.roles.includes("OWNER") && !input.roles.includes("OWNER");
    if (losesOwner && target.active && otherOwners === 0) {
      throw new ConflictError(`${target.name} is the practice's only owner. Make someone else an owner first, then change this role.`);
    }
    await tx.user.update({ where: { id: userId }, data: { roles: input.roles as Role[] } });
    if (input.roles.includes("THERAPIST") && !target.clinicianId) await createProfile(tx, { id: userId, practiceId: actor.practiceId }, input.discipline);
    return loadStaff(tx, actor.practiceId, userId);
  });
}

/**
 * Deactivates a staff member: they cannot sign in, every session of theirs ends at once (the
 * next request finds it revoked), and any set-password link stops working. Their records and
 * caseload stay. 409 for the practice's last active owner, or for oneself.
 */
export async function deactivateStaff(actor: Actor, userId: string): Promise<StaffDto> {
  return access(actor, manage("staff.deactivate", userId), async ({ tx }) => {
    if (userId === actor.id) throw new ConflictError("You cannot deactivate your own account. Ask another owner to do it.");
    const otherOwners = await lockOwners(tx, actor.practiceId, userId);
    const target = await loadStaff(tx, actor.practiceId, userId);
    if (target.roles.includes("OWNER") && target.active && otherOwners === 0) {
      throw new ConflictError(`${target.name} is the practice's only owner and cannot be deactivated.`);
    }
    const now = new Date();
    await tx.user.update({ where: { id: userId }, data: { active: false } });
    await tx.authSession.updateMany({ where: { userId, practiceId: actor.practiceId, revokedAt: null }, data: { revokedAt: now } });
    await tx.passwordToken.updateMany({ where: { userId, practiceId: actor.practiceId, usedAt: null }, data: { usedAt: now } });
    return loadStaff(tx, actor.practiceId, userId);
  });
}

/** Lets a deactivated staff member sign in again with their existing password. OWNER only. */
export async function reactivateStaff(actor: Actor, userId: string): Promise<StaffDto> {
  return access(actor, manage("staff.reactivate", userId), async ({ tx }) => {
    await loadStaff(tx, actor.practiceId, userId);
    await tx.user.update({ where: { id: userId }, data: { active: true, lockedUntil: null } });
    return loadStaff(tx, actor.practiceId, userId);
  });
}

/**
 * A new one-time set-password link for a staff member: earlier links stop working; using it sets
 * the password and activates the account. OWNER only. For an invitation never taken up, that is
 * all. For an account already in use it is an access reset (docs/decisions/0033): every session
 * of the colleague ends now, the account records when and by whom, the colleague is told on
 * every page for 30 days, and the private notes they wrote before it stay sealed unless their
 * own MFA guards the next sign-in. Audited as `staff.access-reset`, the owner's act.
 */
export async function issuePasswordLink(actor: Actor, userId: string): Promise<IssuedLink> {
  return access(actor, manage("staff.password-link", userId), async ({ tx, record }) => {
    await loadStaff(tx, actor.practiceId, userId);
    const user = await tx.user.findFirstOrThrow({ where: { id: userId, practiceId: actor.practiceId }, select: { active: true, _count: { select: { sessions: true } } } });
    const inUse = user.active || user._count.sessions > 0;
    if (inUse && userId === actor.id) throw new ConflictError("You cannot reset your own access. Change your password on your security page.");
    const now = new Date();
    if (inUse) {
      await tx.user.update({ where: { id: userId }, data: { accessResetAt: now, accessResetById: actor.id } });
      await tx.authSession.updateMany({ where: { userId, practiceId: actor.practiceId, revokedAt: null }, data: { revokedAt: now } });
      record({ action: "staff.access-reset", entityType: "User", entityId: userId });
    }
    const { token, expiresAt } = await issueToken(tx, { id: userId, practiceId: actor.practiceId }, now);
    return { user: await loadStaff(tx, actor.practiceId, userId), token, expiresAt: expiresAt.toISOString() };
  });
}
