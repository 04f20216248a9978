// Small-cell suppression for de-identified clinical figures. A count from 1 to 4 could single
// out a client or couple (one person at level 2 in March), so it is never published: the API
// answers null and the pages show "<5". Zero stays zero: "nobody" identifies nobody.

/** Counts below this (and above zero) are suppressed. */
export const SMALL_CELL_MIN = 5;

/** The count as published: null when it is 1-4, the count itself otherwise. */
export function suppress(count: number): number | null {
  return count > 0 && count < SMALL_CELL_MIN ? null : count;
}

/** True when a published value stands for a suppressed count. */
export function isSuppressed(value: number | null): value is null {
  return value === null;
}

/** How a published count reads on a page or in a CSV cell. */
export function showCount(value: number | null): string {
  return value === null ? `<${SMALL_CELL_MIN}` : String(value);
}

/**
 * The share of `evaluated` that `part` is, published only when neither count nor their
 * difference is a small cell: "17 of 20 improved" would otherwise reveal that 3 did not.
 */
export function suppressedShare(part: number, evaluated: number): number | null {
  if (evaluated === 0) return null;
  if (suppress(part) === null || suppress(evaluated) === null || suppress(evaluated - part) === null) return null;
  return Math.round((part / evaluated) * 1000) / 1000;
}
