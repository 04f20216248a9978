import "server-only";
import type { Actor } from "@/lib/data/actor";
import { access, accessWith, type Tx } from "@/lib/data/access";
import { ConflictError, NotFoundError } from "@/lib/data/errors";
import { locationCreate, locationUpdate } from "@/lib/validation/admin";

export interface LocationDto {
  id: string;
  name: string;
  address: string;
  active: boolean;
}

const select = { id: true, name: true, address: true, active: true } as const;

/** The practice's locations by name (active first unless all are asked for). Every role may read them. */
export async function listLocations(actor: Actor, options: { includeInactive?: boolean } = {}): Promise<LocationDto[]> {
  return access(actor, { permission: "location:read", action: "location.list", entityType: "Location" }, async ({ tx, scope, disclose }) => {
    const rows = await tx.location.findMany({
      where: { AND: [scope.practice, options.includeInactive ? {} : { active: true }] },
      orderBy: [{ active: "desc" }, { name: "asc" }],
      select,
    });
    disclose({ ids: rows.map((r) => r.id) });
    return rows;
  });
}

const taken = (name: string) => new ConflictError(`There is already a location called "${name}".`);

/** Names compare without regard to case: "brighton" and "Brighton" would confuse everyone. */
async function assertNameFree(tx: Tx, practiceId: string, name: string, exceptId?: string): Promise<void> {
  const clash = await tx.location.findFirst({
    where: { practiceId, name: { equals: name, mode: "insensitive" }, ...(exceptId ? { NOT: { id: exceptId } } : {}) },
    select: { id: true },
  });
  if (clash) throw taken(name);
}

/** The database's unique index is the last word when two owners pick the same name at once. */
function uniqueClash(error: unknown, name: string | undefined): never {
  if ((error as { code?: string }).code === "P2002" && name) throw taken(name);
  throw error;
}

/** A new location in the actor's practice. OWNER only. 409 when the name is taken. */
export async function createLocation(actor: Actor, raw: unknown): Promise<LocationDto> {
  const rule = { permission: "location:manage", action: "location.create", entityType: "Location" } as const;
  return accessWith(actor, rule, locationCreate, raw, async ({ tx, disclose, subject }, input) => {
    await assertNameFree(tx, actor.practiceId, input.name);
    const row = await tx.location
      .create({ data: { practiceId: actor.practiceId, name: input.name, address: input.address }, select })
      .catch((error: unknown) => uniqueClash(error, input.name));
    subject(row.id);
    disclose({ ids: [row.id] });
    return row;
  });
}

/** The audit action of a change: (de)activation is named as such, everything else is an update. */
function changeAction(raw: unknown): string {
  const active = typeof raw === "object" && raw !== null ? (raw as { active?: unknown }).active : undefined;
  return active === false ? "location.deactivate" : active === true ? "location.reactivate" : "location.update";
}

/**
 * Renames a location, changes its address, or (de)activates it. A deactivated location keeps
 * its history (clients, clinicians and reports still name it) but is no longer offered.
 */
export async function updateLocation(actor: Actor, id: string, raw: unknown): Promise<LocationDto> {
  const rule = { permission: "location:manage", action: changeAction(raw), entityType: "Location", id } as const;
  return accessWith(actor, rule, locationUpdate, raw, async ({ tx, scope }, input) => {
    const existing = await tx.location.findFirst({ where: { AND: [scope.practice, { id }] }, select });
    if (!existing) throw new NotFoundError("Location");
    if (input.name !== undefined) await assertNameFree(tx, actor.practiceId, input.name, id);
    return tx.location
      .update({
        where: { id: existing.id },
        data: {
          ...(input.name !== undefined ? { name: input.name } : {}),
          ...(input.address !== undefined ? { address: input.address } : {}),
          ...(input.active !== undefined ? { active: input.active } : {}),
        },
        select,
      })
      .catch((error: unknown) => uniqueClash(error, input.name));
  });
}
