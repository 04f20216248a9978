import "server-only";
import type { Actor } from "@/lib/data/actor";
import { access } from "@/lib/data/access";
import { partnerIds } from "@/lib/data/clients/couples";
import { clientDto, coupleDto, isoDay } from "@/lib/data/serialize";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ClientStatus } from "@/lib/generated/prisma/enums";

export interface CaseloadFilters {
  /** Part of a first or last name (either partner's, for a couple). */
  q?: string;
  status?: ClientStatus;
  locationId?: string;
}

/** Part of either name, or a full name ("Sofia Hill": first name, then last name). */
function nameMatch(q: string): Prisma.ClientWhereInput {
  const has = (text: string) => ({ contains: text, mode: "insensitive" as const });
  const words = q.split(/\s+/).filter(Boolean);
  const full = words.length > 1 ? [{ firstName: has(words[0]!), lastName: has(words.slice(1).join(" ")) }] : [];
  return { OR: [{ firstName: has(q) }, { lastName: has(q) }, ...full] };
}

/**
 * The actor's own caseload as a clinician: individual clients and couples assigned to them,
 * with the last session date and the number of unsigned notes, optionally narrowed by name,
 * status and location. Owners who also treat see their own caseload here too; a user with no
 * clinician profile has none. Also returns the practice's locations, for the filter.
 */
export async function getOwnCaseload(actor: Actor, filters: CaseloadFilters = {}) {
  return access(actor, { permission: "client:read", action: "caseload.read", entityType: "Client" }, async ({ tx, scopeOf, disclose }) => {
    const locations = await tx.location.findMany({
      where: { practiceId: actor.practiceId },
      select: { id: true, name: true, active: true },
      orderBy: { name: "asc" },
    });
    if (!actor.clinicianId) return { clients: [], couples: [], locations };
    const q = filters.q?.trim();
    const mine = { practiceId: actor.practiceId, assignedClinicianId: actor.clinicianId };
    const where = { ...mine, ...(filters.status ? { status: filters.status } : {}), ...(filters.locationId ? { locationId: filters.locationId } : {}) };
    const clients = await tx.client.findMany({ where: { ...where, ...(q ? nameMatch(q) : {}) }, orderBy: [{ lastName: "asc" }, { firstName: "asc" }] });
    const couples = await tx.couple.findMany({
      where: { ...where, ...(q ? { OR: [{ partnerA: nameMatch(q) }, { partnerB: nameMatch(q) }] } : {}) },
      include: { partnerA: true, partnerB: true },
      orderBy: { createdAt: "asc" },
    });
    const allCouples = await tx.couple.findMany({ where: mine, select: { partnerAId: true, partnerBId: true } });
    // Last session and unsigned counts tell that notes exist: only for a role that may read them
    // (not, say, someone moved from therapist to intake whose old caseload is still assigned).
    const notes = scopeOf("note:read");
    const noteStats = !notes ? [] : await tx.sessionNote.groupBy({
      by: ["clientId", "coupleId", "status"],
      where: { AND: [notes.note, { OR: [{ clientId: { in: clients.map((c) => c.id) } }, { coupleId: { in: couples.map((c) => c.id) } }] }] },
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
    // Partners appear under their couple (filtered or not); individual rows list clients seen
    // on their own.
    const inCouples = new Set(allCouples.flatMap((c) => [c.partnerAId, c.partnerBId]));
    const shownClients = clients.filter((c) => !inCouples.has(c.id) || lastSession.has(c.id));
    disclose({ ids: [...shownClients.map((c) => c.id), ...couples.map((c) => c.id)], clientIds: [...shownClients.map((c) => c.id), ...couples.flatMap(partnerIds)] });
    return {
      clients: shownClients.map((c) => ({ ...clientDto(c), ...extra(c.id, c.locationId) })),
      couples: couples.map((c) => ({ ...coupleDto(c), ...extra(c.id, c.locationId) })),
      locations,
    };
  });
}
export type OwnCaseload = Awaited<ReturnType<typeof getOwnCaseload>>;
