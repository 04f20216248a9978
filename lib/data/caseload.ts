import "server-only";
import type { Actor } from "@/lib/data/actor";
import { audit } from "@/lib/data/audit";
import { authorize } from "@/lib/data/guard";
import { clientDto, coupleDto, isoDay } from "@/lib/data/serialize";
import { db } from "@/lib/db";

/**
 * The actor's own caseload as a clinician: individual clients and couples assigned to them,
 * with the last session date and the number of unsigned notes. Owners who also treat see
 * their own caseload here too; a user with no clinician profile has none.
 */
export async function getOwnCaseload(actor: Actor) {
  await authorize(actor, "client:read", "Client");
  if (!actor.clinicianId) return { clients: [], couples: [] };
  const where = { practiceId: actor.practiceId, assignedClinicianId: actor.clinicianId };
  const [clients, couples, noteStats] = await Promise.all([
    db().client.findMany({ where, orderBy: [{ lastName: "asc" }, { firstName: "asc" }] }),
    db().couple.findMany({ where, include: { partnerA: true, partnerB: true }, orderBy: { createdAt: "asc" } }),
    db().sessionNote.groupBy({
      by: ["clientId", "coupleId", "status"],
      where: { practiceId: actor.practiceId, authorId: actor.id },
      _max: { sessionDate: true },
      _count: { _all: true },
    }),
  ]);
  const lastSession = new Map<string, Date>();
  const unsigned = new Map<string, number>();
  for (const stat of noteStats) {
    const key = stat.clientId ?? stat.coupleId;
    if (!key) continue;
    const max = stat._max.sessionDate;
    if (max && (!lastSession.has(key) || lastSession.get(key)! < max)) lastSession.set(key, max);
    if (stat.status === "DRAFT") unsigned.set(key, (unsigned.get(key) ?? 0) + stat._count._all);
  }
  const extra = (id: string) => ({
    lastSessionDate: lastSession.has(id) ? isoDay(lastSession.get(id)!) : null,
    unsignedNotes: unsigned.get(id) ?? 0,
  });
  await audit(db(), actor, { action: "caseload.read", entityType: "Client" });
  // Partners appear under their couple; individual rows list clients seen on their own.
  const inCouples = new Set(couples.flatMap((c) => [c.partnerAId, c.partnerBId]));
  return {
    clients: clients.filter((c) => !inCouples.has(c.id) || lastSession.has(c.id)).map((c) => ({ ...clientDto(c), ...extra(c.id) })),
    couples: couples.map((c) => ({ ...coupleDto(c), ...extra(c.id) })),
  };
}
export type OwnCaseload = Awaited<ReturnType<typeof getOwnCaseload>>;
