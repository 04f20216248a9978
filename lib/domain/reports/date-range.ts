// Report periods: calendar dates (UTC), both ends included. The default is the last six months
// as whole months (the current one up to today), so monthly charts show six comparable bars.

export interface DateRange {
  from: string;
  to: string;
}

/** The longest period a report covers: long enough for a year-on-year look, short enough to stay fast. */
export const MAX_RANGE_DAYS = 3 * 366;
export const DEFAULT_MONTHS = 6;

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** From the first day of the month five months back, to today. */
export function defaultRange(today: Date = new Date()): DateRange {
  const start = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - (DEFAULT_MONTHS - 1), 1));
  return { from: iso(start), to: iso(today) };
}

/** Fills a missing end (today) or start (six months before the end). */
export function resolveRange(input: { from?: string; to?: string }, today: Date = new Date()): DateRange {
  const to = input.to ?? iso(today);
  const from = input.from ?? defaultRange(new Date(`${to}T00:00:00Z`)).from;
  return { from, to };
}

/** Days from `from` to `to`, both included. */
export function rangeDays({ from, to }: DateRange): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}

/** What is wrong with a range, in words, or null. */
export function rangeProblem(range: DateRange): { path: "from" | "to"; message: string } | null {
  if (range.from > range.to) return { path: "from", message: "The start date must be on or before the end date." };
  if (rangeDays(range) > MAX_RANGE_DAYS) return { path: "from", message: "Choose a period of at most three years." };
  return null;
}

/** Every month ("YYYY-MM") the range touches, in order. */
export function monthsOf({ from, to }: DateRange): string[] {
  const months: string[] = [];
  let y = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7));
  const last = to.slice(0, 7);
  for (;;) {
    const month = `${y}-${String(m).padStart(2, "0")}`;
    if (month > last) break;
    months.push(month);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return months;
}

/** The instant a range ends (exclusive): midnight UTC after `to`. */
export function endExclusive(to: string): Date {
  return new Date(Date.parse(`${to}T00:00:00Z`) + 86_400_000);
}

/** "Jun 2026" for "2026-06". */
export function monthLabel(month: string): string {
  const date = new Date(`${month}-01T00:00:00Z`);
  return date.toLocaleDateString("en-US", { month: "short", year: "numeric", timeZone: "UTC" });
}

/**
 * Splits a range into the whole calendar months inside it ([from, to) as first days of months)
 * and the days left over at either end, so that sums can come from monthly totals plus the
 * partial months' daily ones. `months` is null when no whole month fits.
 */
export function splitByMonths(range: DateRange): { months: DateRange | null; days: DateRange[] } {
  const firstOfNext = (day: string) => {
    const d = new Date(`${day.slice(0, 7)}-01T00:00:00Z`);
    return iso(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1)));
  };
  const dayBefore = (day: string) => iso(new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000));
  const start = range.from.endsWith("-01") ? range.from : firstOfNext(range.from);
  const afterTo = iso(endExclusive(range.to));
  const end = afterTo.endsWith("-01") ? afterTo : `${range.to.slice(0, 7)}-01`;
  if (start >= end) return { months: null, days: [range] };
  const days: DateRange[] = [];
  if (range.from < start) days.push({ from: range.from, to: dayBefore(start) });
  if (end <= range.to) days.push({ from: end, to: range.to });
  return { months: { from: start, to: end }, days };
}
