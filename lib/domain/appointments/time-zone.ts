// Wall-clock times of a practice's time zone (an IANA name, "America/Detroit") and the instants
// they name, with the platform's Intl data only: the API answers `startsAt` with the practice's
// offset, the seed books sessions in working hours, the calendar shows the practice's week.

const MINUTE_MS = 60_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The wall clock in `timeZone` at `instant`: "YYYY-MM-DD", minutes after midnight, seconds. */
export function wallClock(instant: Date, timeZone: string): { day: string; minutes: number; seconds: number } {
  const parts = Object.fromEntries(formatter(timeZone).formatToParts(instant).map((p) => [p.type, p.value]));
  return {
    day: `${parts.year}-${parts.month}-${parts.day}`,
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
    seconds: Number(parts.second),
  };
}

/** Minutes `timeZone` is ahead of UTC at `instant` (Detroit in winter: -300). */
export function offsetMinutes(instant: Date, timeZone: string): number {
  const wall = wallClock(instant, timeZone);
  const asUtc = Date.parse(`${wall.day}T00:00:00Z`) + wall.minutes * MINUTE_MS + wall.seconds * 1000;
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / MINUTE_MS);
}

/** `instant` as ISO 8601 with the zone's offset: "2026-12-03T09:00:00-05:00". */
export function isoInZone(instant: Date, timeZone: string): string {
  const offset = offsetMinutes(instant, timeZone);
  const wall = wallClock(instant, timeZone);
  const sign = offset < 0 ? "-" : "+";
  const abs = Math.abs(offset);
  const two = (n: number) => String(n).padStart(2, "0");
  const time = `${two(Math.floor(wall.minutes / 60))}:${two(wall.minutes % 60)}:${two(wall.seconds)}`;
  return `${wall.day}T${time}${sign}${two(Math.floor(abs / 60))}:${two(abs % 60)}`;
}

/**
 * The instant the wall clock in `timeZone` reads `minutes` after midnight of `day`. In the hour
 * a spring-forward skips, the later reading; in the repeated autumn hour, the first.
 */
export function zonedInstant(day: string, minutes: number, timeZone: string): Date {
  const asUtc = Date.parse(`${day}T00:00:00Z`) + minutes * MINUTE_MS;
  const first = asUtc - offsetMinutes(new Date(asUtc), timeZone) * MINUTE_MS;
  const wall = wallClock(new Date(first), timeZone);
  if (wall.day === day && wall.minutes === minutes) return new Date(first);
  const second = asUtc - offsetMinutes(new Date(first), timeZone) * MINUTE_MS;
  const again = wallClock(new Date(second), timeZone);
  return new Date(again.day === day && again.minutes === minutes ? second : Math.max(first, second));
}

/** The "YYYY-MM-DD" `days` after `day`. */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** 0 (Sunday) to 6 of a "YYYY-MM-DD". */
export function weekdayOf(day: string): number {
  return new Date(`${day}T00:00:00Z`).getUTCDay();
}
