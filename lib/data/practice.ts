import "server-only";
import type { Actor } from "@/lib/data/actor";
import { audit } from "@/lib/data/audit";
import { activeCaseloads } from "@/lib/data/caseload-counts";
import { authorize } from "@/lib/data/guard";
import { db } from "@/lib/db";

/** The owner's at-a-glance view: practice size, open intake, and capacity per clinician. */
export async function getPracticeOverview(actor: Actor) {
  await authorize(actor, "report:caseload", "Practice");
  const practiceId = actor.practiceId;
  const [practice, clinicians, activeClients, activeCouples, openIntakes, unsignedNotes] = await Promise.all([
    db().practice.findUniqueOrThrow({ where: { id: practiceId }, select: { name: true } }),
    db().clinicianProfile.findMany({
      where: { practiceId },
      select: { id: true, maxCaseload: true, acceptingNewClients: true, discipline: true, user: { select: { name: true } } },
      orderBy: { user: { name: "asc" } },
    }),
    db().client.count({ where: { practiceId, status: "ACTIVE" } }),
    db().couple.count({ where: { practiceId, status: "ACTIVE" } }),
    db().intakeRequest.count({ where: { practiceId, status: { in: ["NEW", "WAITLISTED"] } } }),
    db().sessionNote.count({ where: { practiceId, status: "DRAFT" } }),
  ]);
  const counts = await activeCaseloads(practiceId, clinicians.map((c) => c.id));
  await audit(db(), actor, { action: "practice.overview", entityType: "Practice", entityId: practiceId });
  return {
    practiceName: practice.name,
    activeClients,
    activeCouples,
    openIntakes,
    unsignedNotes,
    clinicians: clinicians.map((c) => {
      const active = counts.get(c.id) ?? 0;
      return {
        id: c.id,
        name: c.user.name,
        discipline: c.discipline,
        acceptingNewClients: c.acceptingNewClients,
        activeCaseload: active,
        maxCaseload: c.maxCaseload,
        utilization: c.maxCaseload > 0 ? Math.round((active / c.maxCaseload) * 100) / 100 : 0,
      };
    }),
  };
}
