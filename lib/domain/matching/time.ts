// Clock and calendar arithmetic for matching: weekly windows and ages. No clocks are read here:
// the reference date always comes from the caller.
import type { Window } from "@/lib/domain/matching/types";
import { ADOLESCENT_FROM_AGE, ADULT_FROM_AGE } from "@/lib/domain/matching/weights";
import type { AgeGroup } from "@/lib/domain/matching/vocabulary";

/** "09:30" → 570. Malformed input gives NaN, which every comparison below treats as no time. */
export function toMinutes(hhmm: string): number {
  const match = /^(\d{2}):(\d{2})$/.exec(hhmm);
  if (!match) return Number.NaN;
  return Number(match[1]) * 60 + Number(match[2]);
}

export function toHhmm(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

/** Minute intervals per weekday, sorted and merged, so overlapping windows never count twice. */
export type WeekIntervals = [number, number][][];

export function toWeekIntervals(windows: readonly Window[]): WeekIntervals {
  const days: [number, number][][] = [[], [], [], [], [], [], []];
  for (const w of windows) {
    const from = toMinutes(w.from);
    const to = toMinutes(w.to);
    if (!(from < to) || !Number.isInteger(w.weekday)) continue;
    days[w.weekday]?.push([from, to]);
  }
  return days.map((intervals) => {
    intervals.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    const merged: [number, number][] = [];
    for (const [from, to] of intervals) {
      const last = merged[merged.length - 1];
      if (last && from <= last[1]) last[1] = Math.max(last[1], to);
      else merged.push([from, to]);
    }
    return merged;
  });
}

export interface Overlap {
  minutes: number;
  /** The overlapping windows themselves, earliest weekday first. */
  windows: Window[];
}

/** Weekly minutes both sides are free, and where. */
export function weeklyOverlap(a: WeekIntervals, b: WeekIntervals): Overlap {
  let minutes = 0;
  const windows: Window[] = [];
  for (let weekday = 0; weekday < 7; weekday++) {
    const left = a[weekday] ?? [];
    const right = b[weekday] ?? [];
    let i = 0;
    let j = 0;
    while (i < left.length && j < right.length) {
      const l = left[i]!;
      const r = right[j]!;
      const from = Math.max(l[0], r[0]);
      const to = Math.min(l[1], r[1]);
      if (from < to) {
        minutes += to - from;
        windows.push({ weekday, from: toHhmm(from), to: toHhmm(to) });
      }
      if (l[1] < r[1]) i++;
      else j++;
    }
  }
  return { minutes, windows };
}

/** Whole years between a birth date and the reference date (both "YYYY-MM-DD"); null if malformed. */
export function ageOn(birthDate: string, referenceDate: string): number | null {
  const b = /^(\d{4})-(\d{2})-(\d{2})$/.exec(birthDate);
  const r = /^(\d{4})-(\d{2})-(\d{2})$/.exec(referenceDate);
  if (!b || !r) return null;
  const years = Number(r[1]) - Number(b[1]);
  const beforeBirthday = Number(r[2]) * 100 + Number(r[3]) < Number(b[2]) * 100 + Number(b[3]);
  return years - (beforeBirthday ? 1 : 0);
}

export function ageGroupOf(age: number): AgeGroup {
  if (age >= ADULT_FROM_AGE) return "ADULT";
  if (age >= ADOLESCENT_FROM_AGE) return "ADOLESCENT";
  return "CHILD";
}
