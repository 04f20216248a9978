// "Today" where the practice is: a session date is compared with the practice's calendar day,
// not the server's (a note written at 9 pm in Detroit is already "tomorrow" in UTC). Pure.

const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(timeZone: string): Intl.DateTimeFormat {
  const options = { year: "numeric", month: "2-digit", day: "2-digit" } as const;
  try {
    return new Intl.DateTimeFormat("en-CA", { ...options, timeZone });
  } catch {
    return new Intl.DateTimeFormat("en-CA", { ...options, timeZone: "UTC" }); // an unknown zone: UTC
  }
}

/** The calendar day ("YYYY-MM-DD") that `now` falls on in the IANA time zone `timeZone` (UTC if unknown). */
export function todayIn(timeZone: string, now: Date): string {
  let format = formats.get(timeZone);
  if (!format) {
    format = formatFor(timeZone);
    formats.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(now).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** True when the day `date` ("YYYY-MM-DD") is after today in `timeZone`. */
export function isAfterToday(date: string, timeZone: string, now: Date): boolean {
  // Both are zero-padded YYYY-MM-DD with four-digit years (isoDate bounds them), so text order is day order.
  return date > todayIn(timeZone, now);
}

export const FUTURE_SESSION_MESSAGE = "The session date cannot be after today.";
