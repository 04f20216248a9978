// Capacity maths. Utilisation is active cases over maxCaseload (the "active cases" rule of
// lib/data/caseload-counts.ts: each active couple once, each active individual client not seen
// as part of one of that clinician's active couples once).

/** Active cases over capacity, rounded to 2 decimals; null when there is no capacity to measure. */
export function utilization(activeCases: number, maxCaseload: number): number | null {
  if (maxCaseload <= 0) return null;
  return Math.round((activeCases / maxCaseload) * 100) / 100;
}

/** Cases a clinician could still take (never negative). */
export function capacityLeft(activeCases: number, maxCaseload: number): number {
  return Math.max(0, maxCaseload - activeCases);
}

/** "85%", or "n/a" when utilisation cannot be measured. */
export function showPercent(ratio: number | null): string {
  return ratio === null ? "n/a" : `${Math.round(ratio * 100)}%`;
}

/** Above this, a clinician is close to full and should not be offered many more clients. */
export const NEAR_FULL = 0.9;
