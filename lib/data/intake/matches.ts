import "server-only";
import type { Actor } from "@/lib/data/actor";
import { audit } from "@/lib/data/access/audit";
import { activeCaseloads } from "@/lib/data/clients/caseload-counts";
import { NotFoundError } from "@/lib/data/errors";
import { authorize } from "@/lib/data/access/guard";
import { linkedClientIds } from "@/lib/data/intake/dto";
import { individualTherapists, locationNames, toMatchClinician, toMatchIntake } from "@/lib/data/intake/match-input";
import { isoDay } from "@/lib/data/serialize";
import { rankClinicians } from "@/lib/domain/matching/rank";
import { db } from "@/lib/db";

/**
 * Ranks the practice's clinicians for one request: `data` best first with score and per-factor
 * reasons, `excluded` with why. Intake and owners only (therapists: 403). `referenceDate`
 * ("YYYY-MM-DD", default today) is the day ages are measured on.
 */
export async function getIntakeMatches(actor: Actor, id: string, options: { referenceDate?: string } = {}) {
  await authorize(actor, "match:run", "IntakeRequest", id);
  const intake = await db().intakeRequest.findFirst({ where: { id, practiceId: actor.practiceId } });
  if (!intake) {
    await audit(db(), actor, { action: "intake.match", entityType: "IntakeRequest", entityId: id, outcome: "NOT_FOUND" });
    throw new NotFoundError("Intake request");
  }
  const linked = linkedClientIds(intake).filter((x): x is string => x !== null);
  const [clinicians, partners, names] = await Promise.all([
    db().clinicianProfile.findMany({ where: { practiceId: actor.practiceId, user: { active: true } }, include: { user: { select: { name: true, email: true } } } }),
    individualTherapists(db(), actor.practiceId, linked),
    locationNames(db(), actor.practiceId),
  ]);
  const counts = await activeCaseloads(actor.practiceId, clinicians.map((c) => c.id));
  const referenceDate = options.referenceDate ?? isoDay(new Date());
  const result = rankClinicians(
    toMatchIntake(intake, partners),
    clinicians.map((c) => toMatchClinician(c, counts.get(c.id) ?? 0)),
    { referenceDate, locationNames: names },
  );
  const byId = new Map(clinicians.map((c) => [c.id, c]));
  await audit(db(), actor, { action: "intake.match", entityType: "IntakeRequest", entityId: id });
  return {
    data: result.ranked.map((m) => {
      const c = byId.get(m.clinicianId)!;
      return {
        clinicianId: m.clinicianId, name: m.name, email: c.user.email, discipline: c.discipline, credentials: c.credentials,
        score: m.score, reasons: m.reasons, activeCaseload: counts.get(c.id) ?? 0, maxCaseload: c.maxCaseload, utilization: m.utilization,
      };
    }),
    excluded: result.excluded.map((e) => ({ clinicianId: e.clinicianId, name: e.name, why: e.why, filters: e.filters })),
    intakeId: intake.id,
    status: intake.status,
    referenceDate,
  };
}
export type IntakeMatches = Awaited<ReturnType<typeof getIntakeMatches>>;
