// THE weights of the matching score, in one place. Each profile sums to 100, so a score reads as
// "points out of 100" and the per-factor points add up to it exactly.
//
// Why these numbers:
// - specialty: the request's concerns are the main reason someone seeks this practice; a
//   clinician who treats all of them is the strongest signal of fit.
// - availability: a match that cannot find a weekly slot never starts; hours of overlap count,
//   with FULL_OVERLAP_HOURS giving full points (enough room to book and reschedule).
// - preferences: stated clinician gender and language matter to engagement; split evenly between
//   the two, and full points when nothing was asked for (nothing to disappoint).
// - caseload: spreads new work towards clinicians with room, so nobody burns out while others
//   wait; lower utilisation scores higher.
// - couples only: years of couples work (FULL_COUPLES_YEARS for full points) and neutrality (a
//   clinician who already sees one partner individually risks siding with them).
import type { FactorKey } from "@/lib/domain/matching/types";

export const MATCH_WEIGHTS = {
  INDIVIDUAL: { specialty: 45, availability: 25, preferences: 15, caseload: 15 },
  COUPLE: { specialty: 35, availability: 20, preferences: 10, caseload: 10, couplesExperience: 15, neutrality: 10 },
} as const satisfies Record<"INDIVIDUAL" | "COUPLE", Partial<Record<FactorKey, number>>>;

/** Hours of weekly overlap that earn the full availability points. */
export const FULL_OVERLAP_HOURS = 4;

/** Years of couples work that earn the full couples-experience points. */
export const FULL_COUPLES_YEARS = 10;

/** Age bands of ClinicianProfile.ageGroups: CHILD under 13, ADOLESCENT 13-17, ADULT 18+. */
export const ADOLESCENT_FROM_AGE = 13;
export const ADULT_FROM_AGE = 18;
