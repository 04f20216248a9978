import "server-only";
import type { Actor } from "@/lib/data/actor";
import { audit } from "@/lib/data/access/audit";
import { ConflictError, NotFoundError } from "@/lib/data/errors";
import { authorize } from "@/lib/data/access/guard";
import { db } from "@/lib/db";
import type { LocationCreate, LocationUpdate } from "@/lib/validation/admin";

export interface LocationDto {
  id: string;
  name: string;
  address: string;
  active: boolean;
}

const select = { id: true, name: true, address: true, active: true } as const;

/** The practice's locations by name (active first unless all are asked for). Every role may read them. */
export async function listLocations(actor: Actor, options: { includeInactive?: boolean } = {}): Promise<LocationDto[]> {
  await authorize(actor, "location:read", "Location");
  return db().location.findMany({
    where: { practiceId: actor.practiceId, ...(options.includeInactive ? {} : { active: true }) },
    orderBy: [{ active: "desc" }, { name: "asc" }],
    select,
  });
}

/** Names compare without regard to case: "brighton" and "Brighton" would confuse everyone. */
async function assertNameFree(practiceId: string, name: string, exceptId?: string): Promise<void> {
  const clash = await db().location.findFirst({
    where: { practiceId, name: { equals: name, mode: "insensitive" }, ...(exceptId ? { NOT: { id: exceptId } } : {}) },
    select: { id: true },
  });
  if (clash) throw new ConflictError(`There is already a location called "${name}".`);
}

/** The database's unique index is the last word when two owners pick the same name at once. */
function uniqueClash(error: unknown, name: string | undefined): never {
  if ((error as { code?: string }).code === "P2002" && name) throw new ConflictError(`There is already a location called "${name}".`);
  throw error;
}

/** A new location in the actor's practice. OWNER only. 409 when the name is taken. */
export async function createLocation(actor: Actor, input: LocationCreate): Promise<LocationDto> {
  await authorize(actor, "location:manage", "Location");
  await assertNameFree(actor.practiceId, input.name);
  return db()
    .$transaction(async (tx) => {
      const row = await tx.location.create({ data: { practiceId: actor.practiceId, name: input.name, address: input.address }, select });
      await audit(tx, actor, { action: "location.create", entityType: "Location", entityId: row.id });
      return row;
    })
    .catch((error: unknown) => uniqueClash(error, input.name));
}

/**
 * Renames a location, changes its address, or (de)activates it. A deactivated location keeps
 * its history (clients, clinicians and reports still name it) but is no longer offered.
 */
export async function updateLocation(actor: Actor, id: string, input: LocationUpdate): Promise<LocationDto> {
  await authorize(actor, "location:manage", "Location", id);
  const existing = await db().location.findFirst({ where: { id, practiceId: actor.practiceId }, select });
  if (!existing) throw new NotFoundError("Location");
  if (input.name !== undefined) await assertNameFree(actor.practiceId, input.name, id);
  return db().$transaction(async (tx) => {
    const row = await tx.location.update({
      where: { id: existing.id },
      data: {
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.address !== undefined ? { address: input.address } : {}),
        ...(input.active !== undefined ? { active: input.active } : {}),
      },
      select,
    });
    const action = input.active === false ? "location.deactivate" : input.active === true ? "location.reactivate" : "location.update";
    await audit(tx, actor, { action, entityType: "Location", entityId: id });
    return row;
  }).catch((error: unknown) => uniqueClash(error, input.name));
}
