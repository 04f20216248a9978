// Scored factors: each gives whole points out of its weight and one sentence saying why, so the
// intake specialist can read a ranking at a glance and defend it to the client.
import { includesWord, type PreparedIntake } from "@/lib/domain/matching/prepare";
import { toWeekIntervals, weeklyOverlap } from "@/lib/domain/matching/time";
import type { MatchClinician, Reason } from "@/lib/domain/matching/types";
import { concernWords, listWords, WEEKDAY_SHORT } from "@/lib/domain/matching/vocabulary";
import { FULL_COUPLES_YEARS, FULL_OVERLAP_HOURS, MATCH_WEIGHTS } from "@/lib/domain/matching/weights";

const share = (weight: number, fraction: number) => Math.round(weight * Math.min(1, Math.max(0, fraction)));

export function specialtyReason(p: PreparedIntake, c: MatchClinician, weight: number): Reason {
  const concerns = p.intake.concerns;
  const fit = concerns.filter((x) => c.specialties.includes(x));
  const missing = concerns.filter((x) => !c.specialties.includes(x));
  const points = share(weight, concerns.length ? fit.length / concerns.length : 1);
  let detail: string;
  if (fit.length === 0) detail = `Treats none of the concerns (${listWords(concerns.map(concernWords))}).`;
  else if (missing.length === 0) {
    detail = concerns.length === 1 ? `Treats ${concernWords(fit[0]!)}.` : `Treats all ${concerns.length} concerns: ${listWords(fit.map(concernWords))}.`;
  } else {
    detail = `Treats ${listWords(fit.map(concernWords))} (${fit.length} of ${concerns.length} concerns); not ${listWords(missing.map(concernWords), "or")}.`;
  }
  return { factor: "specialty", points, maxPoints: weight, detail };
}

const hours = (minutes: number) => `${Number((minutes / 60).toFixed(1))} h`;

export function availabilityReason(p: PreparedIntake, c: MatchClinician, weight: number): Reason {
  const base = { factor: "availability" as const, maxPoints: weight };
  if (p.intake.availability.length === 0) return { ...base, points: weight, detail: "No times given: any opening works." };
  if (c.availability.length === 0) return { ...base, points: 0, detail: "Has not entered weekly availability." };
  const overlap = weeklyOverlap(p.intervals, toWeekIntervals(c.availability));
  if (overlap.minutes === 0) return { ...base, points: 0, detail: "No weekly hours in common with the requested times." };
  const examples = overlap.windows.slice(0, 2).map((w) => `${WEEKDAY_SHORT[w.weekday]} ${w.from}-${w.to}`);
  const where = overlap.windows.length > 2 ? `${examples.join(", ")} and more` : listWords(examples);
  return {
    ...base,
    points: share(weight, overlap.minutes / 60 / FULL_OVERLAP_HOURS),
    detail: `${hours(overlap.minutes)} a week in common: ${where}.`,
  };
}

export function preferencesReason(p: PreparedIntake, c: MatchClinician, weight: number): Reason {
  const base = { factor: "preferences" as const, maxPoints: weight };
  if (!p.gender && !p.language) return { ...base, points: weight, detail: "No gender or language preference given." };
  let met = 0;
  const sentences: string[] = [];
  const wanted = p.intake.preferences.clinicianGender?.trim();
  if (!p.gender) met++;
  else if (c.gender && c.gender.trim().toLowerCase() === p.gender) {
    met++;
    sentences.push(`Is ${c.gender.trim()}, as preferred.`);
  } else sentences.push(c.gender ? `Is ${c.gender.trim()}; a ${wanted} clinician was preferred.` : `Gender not on file; a ${wanted} clinician was preferred.`);
  if (!p.language) met++;
  else if (includesWord(c.languages, p.language)) {
    met++;
    sentences.push(`Offers sessions in ${p.intake.preferences.language?.trim()}.`);
  } else sentences.push(`Does not offer sessions in ${p.intake.preferences.language?.trim()}.`);
  return { ...base, points: share(weight, met / 2), detail: sentences.join(" ") };
}

/** Active cases / capacity, 0 (empty) to 1 (full); a capacity of 0 counts as full. */
export function utilizationOf(c: MatchClinician): number {
  return c.maxCaseload > 0 ? Math.min(1, Math.max(0, c.activeCaseload / c.maxCaseload)) : 1;
}

export function caseloadReason(c: MatchClinician, weight: number): Reason {
  const utilization = utilizationOf(c);
  return {
    factor: "caseload",
    points: share(weight, 1 - utilization),
    maxPoints: weight,
    detail: `${c.activeCaseload} of ${c.maxCaseload} active cases (${Math.round(utilization * 100)}% of capacity).`,
  };
}

export function couplesExperienceReason(c: MatchClinician, weight: number): Reason {
  const years = Math.max(0, c.couplesYears);
  const detail = years === 0 ? "No couples therapy experience on file." : `${years} ${years === 1 ? "year" : "years"} of couples therapy.`;
  return { factor: "couplesExperience", points: share(weight, years / FULL_COUPLES_YEARS), maxPoints: weight, detail };
}

export function neutralityReason(p: PreparedIntake, c: MatchClinician, weight: number): Reason {
  return p.partnerTherapists.has(c.id)
    ? { factor: "neutrality", points: 0, maxPoints: weight, detail: "Already sees one partner individually, so may not be seen as neutral." }
    : { factor: "neutrality", points: weight, maxPoints: weight, detail: "Is not either partner's individual therapist." };
}

/** The reasons for one clinician, in a fixed order, under the request kind's weights. */
export function reasonsFor(p: PreparedIntake, c: MatchClinician): Reason[] {
  if (p.intake.kind === "COUPLE") {
    const w = MATCH_WEIGHTS.COUPLE;
    return [
      specialtyReason(p, c, w.specialty), availabilityReason(p, c, w.availability), preferencesReason(p, c, w.preferences),
      caseloadReason(c, w.caseload), couplesExperienceReason(c, w.couplesExperience), neutralityReason(p, c, w.neutrality),
    ];
  }
  const w = MATCH_WEIGHTS.INDIVIDUAL;
  return [specialtyReason(p, c, w.specialty), availabilityReason(p, c, w.availability), preferencesReason(p, c, w.preferences), caseloadReason(c, w.caseload)];
}
