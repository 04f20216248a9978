// Ranking: hard filters, then the weighted score, then a total order that never depends on the
// order clinicians arrive in (same data, same ranking).
import { reasonsFor, utilizationOf } from "@/lib/domain/matching/factors";
import { failedFilters } from "@/lib/domain/matching/filters";
import { prepareIntake, type PreparedIntake } from "@/lib/domain/matching/prepare";
import type { Exclusion, MatchClinician, MatchContext, MatchIntake, MatchResult, RankedMatch } from "@/lib/domain/matching/types";

// Plain code-unit comparison: localeCompare could order ids differently on another machine.
const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Score desc, then utilisation asc (spread the work), then clinician id asc. */
export function compareMatches(a: RankedMatch, b: RankedMatch): number {
  return b.score - a.score || a.utilization - b.utilization || byId(a.clinicianId, b.clinicianId);
}

function scored(p: PreparedIntake, c: MatchClinician): RankedMatch {
  const reasons = reasonsFor(p, c);
  const total = reasons.reduce((sum, r) => sum + r.points, 0);
  return { clinicianId: c.id, name: c.name, score: Math.min(100, Math.max(0, total)), utilization: utilizationOf(c), reasons };
}

/** Ranks the clinicians for one request: `ranked` best first, `excluded` with every reason. */
export function rankClinicians(intake: MatchIntake, clinicians: readonly MatchClinician[], context: MatchContext): MatchResult {
  const p = prepareIntake(intake, context);
  const ranked: RankedMatch[] = [];
  const excluded: Exclusion[] = [];
  for (const c of clinicians) {
    const failures = failedFilters(p, c);
    if (failures.length === 0) ranked.push(scored(p, c));
    else excluded.push({ clinicianId: c.id, name: c.name, why: failures.map((f) => f.detail).join(" "), filters: failures });
  }
  ranked.sort(compareMatches);
  excluded.sort((a, b) => byId(a.name, b.name) || byId(a.clinicianId, b.clinicianId));
  return { ranked, excluded };
}

/**
 * One clinician's score and reasons whether or not they pass the filters (an assignment records
 * why, even when the specialist overrides a filter), plus the filters they fail.
 */
export function scoreOne(intake: MatchIntake, clinician: MatchClinician, context: MatchContext) {
  const p = prepareIntake(intake, context);
  return { match: scored(p, clinician), failures: failedFilters(p, clinician) };
}
