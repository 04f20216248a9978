import "server-only";
import type { Actor } from "@/lib/data/actor";
import { audit } from "@/lib/data/audit";
import { authorize } from "@/lib/data/guard";
import { db } from "@/lib/db";

interface Person {
  firstName: string;
  lastName: string;
}

/**
 * The intake queue: open requests (new and waitlisted) with urgent and risk-flagged ones first,
 * then oldest first, plus recently matched ones. Therapists see only requests of their caseload.
 */
export async function listIntakeQueue(actor: Actor) {
  const grant = await authorize(actor, "intake:read", "IntakeRequest");
  const own = grant === "own" ? { assignment: { clinicianId: actor.clinicianId ?? "__none__" } } : {};
  const rows = await db().intakeRequest.findMany({
    where: { practiceId: actor.practiceId, status: { in: ["NEW", "WAITLISTED", "MATCHED"] }, ...own },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 200,
  });
  await audit(db(), actor, { action: "intake.list", entityType: "IntakeRequest" });
  const now = Date.now();
  const items = rows.map((r) => {
    const people = (r.people as unknown as Person[]) ?? [];
    const risk = r.riskSelfHarm || r.riskViolence || r.riskSubstance;
    return {
      id: r.id,
      kind: r.kind,
      names: people.map((p) => `${p.firstName} ${p.lastName}`),
      concerns: r.concerns,
      serviceType: r.serviceType,
      urgency: risk ? ("URGENT" as const) : r.urgency,
      risk,
      status: r.status,
      ageDays: Math.floor((now - r.createdAt.getTime()) / 86_400_000),
      waitlistReason: r.waitlistReason,
    };
  });
  const rank = (i: (typeof items)[number]) => (i.risk ? 0 : i.urgency === "URGENT" ? 1 : i.urgency === "SOON" ? 2 : 3);
  return items.sort((a, b) => rank(a) - rank(b) || b.ageDays - a.ageDays);
}
export type IntakeQueueItem = Awaited<ReturnType<typeof listIntakeQueue>>[number];
