// Report periods: calendar dates (UTC), both ends included. The default is the last six months
// as whole months (the current one up to today), so monthly charts show six comparable bars.
import {
  dayNumber, fromDayNumber, fromMonthNumber, inSupportedYears, MAX_YEAR, MIN_YEAR, monthNumber, parseCalendarDate,
} from "@/lib/domain/calendar";

export interface DateRange {
  from: string;
  to: string;
}

/**
 * The longest period a report covers (DESIGN.md: at most 3 years): `to` must come before the
 * same day three years after `from`, so a period touches at most 37 calendar months.
 */
export const MAX_RANGE_YEARS = 3;
export const MAX_MONTHS = MAX_RANGE_YEARS * 12 + 1;
export const DEFAULT_MONTHS = 6;

const iso = (d: Date) => d.toISOString().slice(0, 10);
const EARLIEST = `${MIN_YEAR}-01-01`;

/** From the first day of the month five months back (not before 1900-01-01), to today. */
export function defaultRange(today: Date = new Date()): DateRange {
  const start = iso(new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - (DEFAULT_MONTHS - 1), 1)));
  return { from: start < EARLIEST ? EARLIEST : start, to: iso(today) };
}

/** Fills a missing end (today) or start (six months before the end). */
export function resolveRange(input: { from?: string; to?: string }, today: Date = new Date()): DateRange {
  const to = input.to ?? iso(today);
  const end = parseCalendarDate(to) ? new Date(`${to}T00:00:00Z`) : today;
  const from = input.from ?? defaultRange(end).from;
  return { from, to };
}

/** Days from `from` to `to`, both included. Throws RangeError for a date outside 1900-2999. */
export function rangeDays({ from, to }: DateRange): number {
  return dayNumber(to) - dayNumber(from) + 1;
}

/** The day `years` years after a real date (29 February → 1 March), as a day number. */
function yearsLater(date: string, years: number): number {
  const d = parseCalendarDate(date);
  if (!d) throw new RangeError("Not a calendar date.");
  return Date.UTC(d.year + years, d.month - 1, d.day) / 86_400_000;
}

/** What is wrong with a range, in words, or null. Dates are compared as numbers, never as text. */
export function rangeProblem(range: DateRange): { path: "from" | "to"; message: string } | null {
  for (const path of ["from", "to"] as const) {
    const date = parseCalendarDate(range[path]);
    if (!date) return { path, message: "Not a real date." };
    if (!inSupportedYears(date.year)) return { path, message: `Use a year from ${MIN_YEAR} to ${MAX_YEAR}.` };
  }
  const from = dayNumber(range.from);
  const to = dayNumber(range.to);
  if (from > to) return { path: "from", message: "The start date must be on or before the end date." };
  if (to >= yearsLater(range.from, MAX_RANGE_YEARS)) return { path: "from", message: "Choose a period of at most three years." };
  return null;
}

/**
 * Every month ("YYYY-MM") the range touches, in order. Months are counted as numbers, and a
 * range of more than MAX_MONTHS throws a RangeError instead of building a huge list: callers
 * validate first (rangeProblem), so this is the second wall.
 */
export function monthsOf({ from, to }: DateRange): string[] {
  const first = monthNumber(from);
  const last = monthNumber(to);
  const count = last - first + 1;
  if (count > MAX_MONTHS) throw new RangeError(`A report period touches at most ${MAX_MONTHS} months, not ${count}.`);
  return Array.from({ length: Math.max(0, count) }, (_, i) => fromMonthNumber(first + i));
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
  const from = dayNumber(range.from);
  const to = dayNumber(range.to);
  // Months may run one past December 2999 here: the exclusive end of a range that ends then.
  const firstOfMonth = (month: number) => Date.UTC(Math.floor(month / 12), month % 12, 1) / 86_400_000;
  const fromMonth = monthNumber(range.from);
  const start = range.from.endsWith("-01") ? from : firstOfMonth(fromMonth + 1);
  // The first day after `to` when that starts a month, else the first of `to`'s month.
  const end = to + 1 === firstOfMonth(monthNumber(range.to) + 1) ? to + 1 : firstOfMonth(monthNumber(range.to));
  if (start >= end) return { months: null, days: [range] };
  const days: DateRange[] = [];
  if (from < start) days.push({ from: range.from, to: fromDayNumber(start - 1) });
  if (end <= to) days.push({ from: fromDayNumber(end), to: range.to });
  return { months: { from: fromDayNumber(start), to: fromDayNumber(end) }, days };
}
