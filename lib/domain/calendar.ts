// Calendar dates ("YYYY-MM-DD", UTC) as numbers. Dates typed by users are parsed here and
// compared as day numbers, never as strings: "10000-01" sorts before "9999-12" as text, and a
// loop that trusted that never ended (issue 9).

/** The years any date field accepts (DESIGN.md: report ranges inside years 1900-2999). */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2999;

const DAY_MS = 86_400_000;
const PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface CalendarDate {
  year: number;
  month: number; // 1-12
  day: number; // 1-31
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** "YYYY-MM-DD" when it names a day that exists (2026-02-30 does not), else null. Any 4-digit year. */
export function parseCalendarDate(value: string): CalendarDate | null {
  const match = PATTERN.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function inSupportedYears(year: number): boolean {
  return Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR;
}

/** Days since 1970-01-01 of a real date in MIN_YEAR-MAX_YEAR; throws RangeError otherwise. */
export function dayNumber(value: string): number {
  const date = parseCalendarDate(value);
  if (!date || !inSupportedYears(date.year)) throw new RangeError(`Not a supported calendar date: ${JSON.stringify(value).slice(0, 40)}`);
  return Date.UTC(date.year, date.month - 1, date.day) / DAY_MS;
}

/** The "YYYY-MM-DD" of a day number. */
export function fromDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Months since year 0 of "YYYY-MM" (or a full date), for counting and comparing months; throws RangeError outside the supported years. */
export function monthNumber(value: string): number {
  const match = /^(\d{4})-(\d{2})(?:-\d{2})?$/.exec(value);
  const year = Number(match?.[1]);
  const month = Number(match?.[2]);
  if (!match || !inSupportedYears(year) || month < 1 || month > 12) {
    throw new RangeError(`Not a supported month: ${JSON.stringify(value).slice(0, 40)}`);
  }
  return year * 12 + (month - 1);
}

/** The "YYYY-MM" of a month number. */
export function fromMonthNumber(month: number): string {
  return `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, "0")}`;
}
