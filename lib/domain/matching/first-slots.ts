// The first sessions an intake specialist can offer with a match: the next dates on which the
// weekly hours the ranking found in common (availability factor) fit a session. Pure.
import { instantOf, isoWithOffset, wallClockAt } from "@/lib/domain/time-zone";
import { toMinutes, toWeekIntervals, weeklyOverlap } from "@/lib/domain/matching/time";
import type { Window } from "@/lib/domain/matching/types";

export interface SlotOffer {
  /** ISO date-time with the practice's offset, as POST /intakes/{id}/assign's firstAppointment takes it. */
  startsAt: string;
  /** "Tue 8 Dec, 15:00" in the practice's time zone. */
  label: string;
}

const WEEKDAY = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTH = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** A time the clinician is already booked, [start, end). */
export interface Busy {
  start: Date;
  end: Date;
}

const STEP_MINUTES = 30;

/**
 * Up to `count` session starts, one per day, from tomorrow on (three weeks ahead at most): the
 * earliest start, on the half hour from a shared window's beginning, at which the session fits
 * inside the window and clashes with none of the clinician's bookings.
 */
export function firstSlots(
  requested: readonly Window[],
  offered: readonly Window[],
  options: { now: Date; timeZone: string; durationMinutes: number; count?: number; busy?: readonly Busy[] },
): SlotOffer[] {
  const { windows } = weeklyOverlap(toWeekIntervals(requested), toWeekIntervals(offered));
  const today = wallClockAt(options.now, options.timeZone).date;
  const out: SlotOffer[] = [];
  for (let d = 1; d <= 21 && out.length < (options.count ?? 3); d++) {
    const date = addDays(today, d);
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    const fit = windows.filter((w) => w.weekday === weekday).map((w) => freeStart(date, w, options)).find((x) => x !== null);
    if (!fit) continue;
    const [, month, day] = date.split("-").map(Number);
    out.push({ startsAt: isoWithOffset(fit.start, options.timeZone), label: `${WEEKDAY[weekday]} ${day} ${MONTH[month! - 1]}, ${fit.time}` });
  }
  return out;
}


function freeStart(date: string, w: Window, options: { timeZone: string; durationMinutes: number; busy?: readonly Busy[] }) {
  for (let m = toMinutes(w.from); m + options.durationMinutes <= toMinutes(w.to); m += STEP_MINUTES) {
    const time = `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
    const start = instantOf(date, time, options.timeZone);
    const end = new Date(start.getTime() + options.durationMinutes * 60_000);
    if (!(options.busy ?? []).some((b) => b.start < end && start < b.end)) return { start, time };
  }
  return null;
}
