import "server-only";
import type { Role } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/data/actor";
import { access, type Tx } from "@/lib/data/access";
import { NotFoundError } from "@/lib/data/errors";

export type StaffStatus = "ACTIVE" | "INVITED" | "INVITE_EXPIRED" | "DEACTIVATED";

export interface StaffDto {
  id: string;
  name: string;
  email: string;
  roles: Role[];
  active: boolean;
  /** ACTIVE; INVITED (link not used yet); INVITE_EXPIRED; DEACTIVATED. */
  status: StaffStatus;
  clinicianId: string | null;
  createdAt: string;
}

const include = {
  clinician: { select: { id: true } },
  tokens: { where: { usedAt: null }, select: { expiresAt: true }, orderBy: { expiresAt: "desc" as const }, take: 1 },
} as const;

type StaffRow = {
  id: string; name: string; email: string; roles: Role[]; active: boolean; createdAt: Date;
  clinician: { id: string } | null; tokens: { expiresAt: Date }[];
};

/** A user row as the admin pages read it, with its status in words. */
export function staffDto(row: StaffRow, now = new Date()): StaffDto {
  const pending = row.tokens[0];
  // An inactive account with an unused link is an invitation; without one, it was deactivated.
  const status: StaffStatus = row.active ? "ACTIVE" : pending ? (pending.expiresAt > now ? "INVITED" : "INVITE_EXPIRED") : "DEACTIVATED";
  return {
    id: row.id, name: row.name, email: row.email, roles: row.roles, active: row.active, status,
    clinicianId: row.clinician?.id ?? null, createdAt: row.createdAt.toISOString(),
  };
}

/** One staff member of the practice, or NotFoundError (another practice's user does not exist here). */
export async function loadStaff(tx: Tx, practiceId: string, userId: string): Promise<StaffDto> {
  const row = await tx.user.findFirst({ where: { id: userId, practiceId }, include });
  if (!row) throw new NotFoundError("Staff member");
  return staffDto(row);
}

/**
 * Locks the practice's active owners (other than `exceptId`) for the rest of the transaction
 * and counts them. Two owners demoting each other at the same moment then run one after the
 * other, and the second finds no other owner left: the practice never ends up without one.
 */
export async function lockOwners(tx: Tx, practiceId: string, exceptId: string): Promise<number> {
  // NO KEY UPDATE: serialises owner changes without blocking inserts that reference the practice.
  await tx.$queryRaw`SELECT id FROM "Practice" WHERE id = ${practiceId} FOR NO KEY UPDATE`;
  return tx.user.count({ where: { practiceId, active: true, roles: { has: "OWNER" }, NOT: { id: exceptId } } });
}

/** The practice's staff by name. OWNER: everyone; others: only themselves. */
export async function listStaff(actor: Actor): Promise<StaffDto[]> {
  return access(actor, { permission: "staff:read", action: "staff.list", entityType: "User" }, async ({ tx, scope, disclose }) => {
    const rows = await tx.user.findMany({ where: scope.staff, include, orderBy: [{ active: "desc" }, { name: "asc" }] });
    disclose({ ids: rows.map((r) => r.id) });
    return rows.map((r) => staffDto(r));
  });
}

/** One staff member. OWNER: anyone in the practice; others: only themselves (404 otherwise). */
export async function getStaffMember(actor: Actor, userId: string): Promise<StaffDto> {
  return access(actor, { permission: "staff:read", action: "staff.read", entityType: "User", id: userId }, async ({ tx, scope }) => {
    const row = await tx.user.findFirst({ where: { AND: [scope.staff, { id: userId }] }, include });
    if (!row) throw new NotFoundError("Staff member");
    return staffDto(row);
  });
}
