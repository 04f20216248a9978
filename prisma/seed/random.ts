// Deterministic randomness and dates for the demo seed. Every stream is derived from a fixed
// seed plus a label, so adding data in one place does not reshuffle everything else.

const SEED = 20261120;

/** mulberry32: a small, fast, well-mixed 32-bit PRNG (the benchmark generators use it too). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a: turns a label into a 32-bit seed. */
function hash(label: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export type Rng = {
  next(): number;
  int(min: number, max: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  sample<T>(items: readonly T[], n: number): T[];
  shuffle<T>(items: readonly T[]): T[];
};

/** A PRNG stream named by `label`: the same label always yields the same sequence. */
export function rngFor(label: string): Rng {
  const next = mulberry32(hash(`${SEED}:${label}`));
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const shuffle = <T>(items: readonly T[]): T[] => {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = int(0, i);
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  };
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: (items) => {
      if (items.length === 0) throw new Error("pick from an empty list");
      return items[int(0, items.length - 1)] as (typeof items)[number];
    },
    sample: (items, n) => shuffle(items).slice(0, n),
    shuffle,
  };
}

/** The element at `i`, or a thrown error (noUncheckedIndexedAccess without `!`). */
export function at<T>(items: readonly T[], i: number): T {
  const v = items[i];
  if (v === undefined) throw new Error(`index ${i} out of range (${items.length})`);
  return v;
}

let idRng = rngFor("ids");
const ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz";

/** Restarts the id stream: every (synchronous) build of the seed must begin with this. */
export function resetIds(): void {
  idRng = rngFor("ids");
}

/** A cuid-shaped id ("c" + 24 base-36 chars) from the fixed id stream: identical across runs. */
export function newId(): string {
  let s = "c";
  for (let i = 0; i < 24; i++) s += ALPHABET[Math.floor(idRng.next() * 36)];
  return s;
}

// ---- dates -------------------------------------------------------------------------------

/** The demo's "today": every date is relative to it, never to the wall clock. */
export const TODAY = day("2026-11-20");
/** Notes cover the six months before TODAY. */
export const WINDOW_START = day("2026-05-20");

const MS_DAY = 86_400_000;

/** A UTC-midnight Date for "YYYY-MM-DD" (what a @db.Date column stores). */
export function day(iso: string): Date {
  return new Date(`${iso}T00:00:00.000Z`);
}

export function addDays(d: Date, n: number): Date {
  return new Date(d.getTime() + n * MS_DAY);
}

/** `d` (a day) at hh:mm UTC. */
export function atTime(d: Date, hours: number, minutes = 0): Date {
  return new Date(d.getTime() + (hours * 60 + minutes) * 60_000);
}

export function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function daysBetween(a: Date, b: Date): number {
  return Math.round((b.getTime() - a.getTime()) / MS_DAY);
}

/** The first date on or after `d` that falls on `weekday` (0 = Sunday). */
export function nextWeekday(d: Date, weekday: number): Date {
  return addDays(d, (weekday - d.getUTCDay() + 7) % 7);
}

/** A date of birth for someone `age` years old on TODAY, spread over the year by `rng`. */
export function birthDate(rng: Rng, age: number): Date {
  return addDays(TODAY, -(Math.floor(age * 365.25) + rng.int(10, 350)));
}
