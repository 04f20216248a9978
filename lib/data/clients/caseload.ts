import "server-only";
import { can } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/data/actor";
import { audit } from "@/lib/data/access/audit";
import { authorize } from "@/lib/data/access/guard";
import { clientDto, coupleDto, isoDay } from "@/lib/data/serialize";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ClientStatus } from "@/lib/generated/prisma/enums";

export interface CaseloadFilters {
  /** Part of a first or last name (either partner's, for a couple). */
  q?: string;
  status?: ClientStatus;
  locationId?: string;
}

function nameMatch(q: string): Prisma.ClientWhereInput {
  return { OR: [{ firstName: { contains: q, mode: "insensitive" } }, { lastName: { contains: q, mode: "insensitive" } }] };
}

/**
 * The actor's own caseload as a clinician: individual clients and couples assigned to them,
 * with the last session date and the number of unsigned notes, optionally narrowed by name,
 * status and location. Owners who also treat see their own caseload here too; a user with no
 * clinician profile has none. Also returns the practice's locations, for the filter.
 */
export async function getOwnCaseload(actor: Actor, filters: CaseloadFilters = {}) {
  await authorize(actor, "client:read", "Client");
  const locations = await db().location.findMany({
    where: { practiceId: actor.practiceId },
    select: { id: true, name: true, active: true },
    orderBy: { name: "asc" },
  });
  if (!actor.clinicianId) return { clients: [], couples: [], locations };
  const q = filters.q?.trim();
  const where = {
    practiceId: actor.practiceId,
    assignedClinicianId: actor.clinicianId,
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.locationId ? { locationId: filters.locationId } : {}),
  };
  const [clients, couples, allCouples] = await Promise.all([
    db().client.findMany({ where: { ...where, ...(q ? nameMatch(q) : {}) }, orderBy: [{ lastName: "asc" }, { firstName: "asc" }] }),
    db().couple.findMany({
      where: { ...where, ...(q ? { OR: [{ partnerA: nameMatch(q) }, { partnerB: nameMatch(q) }] } : {}) },
      include: { partnerA: true, partnerB: true },
      orderBy: { createdAt: "asc" },
    }),
    db().couple.findMany({
      where: { practiceId: actor.practiceId, assignedClinicianId: actor.clinicianId },
      select: { partnerAId: true, partnerBId: true },
    }),
  ]);
  // Last session and unsigned counts tell that notes exist: only for a role that may read them
  // (not, say, someone moved from therapist to intake whose old caseload is still assigned).
  const noteStats = !can(actor, "note:read") ? [] : await db().sessionNote.groupBy({
    by: ["clientId", "coupleId", "status"],
    where: {
      practiceId: actor.practiceId,
      OR: [{ clientId: { in: clients.map((c) => c.id) } }, { coupleId: { in: couples.map((c) => c.id) } }],
    },
    _max: { sessionDate: true },
    _count: { _all: true },
  });
  const lastSession = new Map<string, Date>();
  const unsigned = new Map<string, number>();
  for (const stat of noteStats) {
    const key = stat.clientId ?? stat.coupleId;
    if (!key) continue;
    const max = stat._max.sessionDate;
    if (max && (!lastSession.has(key) || lastSession.get(key)! < max)) lastSession.set(key, max);
    if (stat.status === "DRAFT") unsigned.set(key, (unsigned.get(key) ?? 0) + stat._count._all);
  }
  const locationName = new Map(locations.map((l) => [l.id, l.name]));
  const extra = (id: string, locationId: string | null) => ({
    lastSessionDate: lastSession.has(id) ? isoDay(lastSession.get(id)!) : null,
    unsignedNotes: unsigned.get(id) ?? 0,
    locationName: locationId ? (locationName.get(locationId) ?? null) : null,
  });
  await audit(db(), actor, { action: "caseload.read", entityType: "Client" });
  // Partners appear under their couple (filtered or not); individual rows list clients seen
  // on their own.
  const inCouples = new Set(allCouples.flatMap((c) => [c.partnerAId, c.partnerBId]));
  return {
    clients: clients
      .filter((c) => !inCouples.has(c.id) || lastSession.has(c.id))
      .map((c) => ({ ...clientDto(c), ...extra(c.id, c.locationId) })),
    couples: couples.map((c) => ({ ...coupleDto(c), ...extra(c.id, c.locationId) })),
    locations,
  };
}
export type OwnCaseload = Awaited<ReturnType<typeof getOwnCaseload>>;
