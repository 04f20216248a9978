import "server-only";
import type { Actor } from "@/lib/data/actor";
import { accessWith } from "@/lib/data/access";
import { activeCaseloads } from "@/lib/data/clients/caseload-counts";
import { NotFoundError } from "@/lib/data/errors";
import { linkedClientIds } from "@/lib/data/intake/dto";
import { individualTherapists, matchClinicians, locationNames, toMatchClinician, toMatchIntake } from "@/lib/data/intake/match-input";
import { isoDay } from "@/lib/data/serialize";
import { firstSlots } from "@/lib/domain/matching/first-slots";
import { rankClinicians } from "@/lib/domain/matching/rank";
import { matchQuery } from "@/lib/validation/intake";

/**
 * Ranks the practice's clinicians for one request: `data` best first with score and per-factor
 * reasons, `excluded` with why. Intake and owners only (therapists: 403, whatever they sent).
 * `referenceDate` ("YYYY-MM-DD", default today) is the day ages are measured on.
 */
export async function getIntakeMatches(actor: Actor, id: string, input: unknown = {}) {
  const rule = { permission: "match:run", action: "intake.match", entityType: "IntakeRequest", id } as const;
  return accessWith(actor, rule, matchQuery, input, async ({ tx, scope, disclose }, query) => {
    const { practiceId } = actor;
    const intake = await tx.intakeRequest.findFirst({ where: { AND: [await scope.intake(tx), { id }] } });
    if (!intake) throw new NotFoundError("Intake request");
    const linked = linkedClientIds(intake).filter((x): x is string => x !== null);
    // match:run reaches the whole practice: every active clinician is a candidate.
    const clinicians = await matchClinicians(tx, practiceId);
    const partners = await individualTherapists(tx, practiceId, linked);
    const names = await locationNames(tx, practiceId);
    const counts = await activeCaseloads(tx, practiceId, clinicians.map((c) => c.id));
    const referenceDate = query.referenceDate ?? isoDay(new Date());
    const matchIntake = toMatchIntake(intake, partners);
    const result = rankClinicians(
      matchIntake,
      clinicians.map((c) => toMatchClinician(c, counts.get(c.id) ?? 0)),
      { referenceDate, locationNames: names },
    );
    const { timeZone } = await tx.practice.findFirstOrThrow({ where: { id: practiceId }, select: { timeZone: true } });
    const durationMinutes = intake.kind === "COUPLE" ? 80 : 50;
    const now = new Date();
    // What each clinician is already booked for in the weeks the offers cover.
    const booked = await tx.appointment.findMany({
      where: { practiceId, clinicianId: { in: result.ranked.map((m) => m.clinicianId) }, status: { in: ["SCHEDULED", "ATTENDED", "NO_SHOW"] }, startsAt: { gte: now, lt: new Date(now.getTime() + 23 * 86_400_000) } },
      select: { clinicianId: true, startsAt: true, endsAt: true },
    });
    const busyOf = (clinicianId: string) => booked.filter((b) => b.clinicianId === clinicianId).map((b) => ({ start: b.startsAt, end: b.endsAt }));
    const byId = new Map(clinicians.map((c) => [c.id, c]));
    disclose({ ids: [intake.id], clientIds: linked });
    return {
      data: result.ranked.map((m) => {
        const c = byId.get(m.clinicianId)!;
        return {
          clinicianId: m.clinicianId, name: m.name, email: c.email, discipline: c.discipline, credentials: c.credentials,
          score: m.score, reasons: m.reasons, activeCaseload: counts.get(c.id) ?? 0, maxCaseload: c.maxCaseload, utilization: m.utilization,
          // The first sessions to offer: the next dates of the hours the ranking found in common.
          firstSlots: firstSlots(matchIntake.availability, toMatchClinician(c, 0).availability, { now, timeZone, durationMinutes, busy: busyOf(c.id) }),
          telehealth: c.telehealth,
        };
      }),
      excluded: result.excluded.map((e) => ({ clinicianId: e.clinicianId, name: e.name, why: e.why, filters: e.filters })),
      intakeId: intake.id,
      status: intake.status,
      referenceDate,
      timeZone,
      sessionMinutes: durationMinutes,
      telehealthOk: intake.telehealthOk,
    };
  });
}
export type IntakeMatches = Awaited<ReturnType<typeof getIntakeMatches>>;
