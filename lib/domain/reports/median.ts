// Median maths for the couples' progress figure. The SQL of lib/data/reports computes the same
// thing with window frames (median of 4 = (sum - min - max) / 2); this is the reference the
// tests compare it with.

/** The median of the values (mean of the middle two for an even count); null when empty. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] as number;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] as number) + upper) / 2;
}

/** Sessions a couple needs before their progress is judged. */
export const PROGRESS_WINDOW = 8;

/**
 * Whether the median level of the last 4 sessions is above the median of the 4 before them,
 * given levels in session order (oldest first). null when there are fewer than 8 sessions.
 */
export function medianRose(levelsInOrder: readonly number[]): boolean | null {
  if (levelsInOrder.length < PROGRESS_WINDOW) return null;
  const last8 = levelsInOrder.slice(-PROGRESS_WINDOW);
  const before = median(last8.slice(0, PROGRESS_WINDOW / 2)) as number;
  const after = median(last8.slice(PROGRESS_WINDOW / 2)) as number;
  return after > before;
}

/** Whole days (with one decimal) between two instants. */
export function daysBetween(from: Date, to: Date): number {
  return Math.round(((to.getTime() - from.getTime()) / 86_400_000) * 10) / 10;
}
