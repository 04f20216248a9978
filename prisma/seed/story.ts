// Clinical arcs: for session i of a case, the intimacy level reached, each partner's level,
// the enemies present (with intensity) and the ingredients seen. Pure given the Rng.
import type { IndividualArc } from "./clients";
import type { Rng } from "./random";
import type { Concern, Enemy, Ingredient } from "./rows";
import type { CoupleArc } from "./staff";

export type EnemyTag = { enemy: Enemy; intensity: number };
export type Phase = "intake" | "early" | "working" | "progress" | "setback" | "termination";

export type SessionState = {
  level: number;
  /** Couples only: [partner A, partner B]; the couple's level is the deeper of the two. */
  partnerLevels?: [number, number];
  enemies: EnemyTag[];
  ingredients: Ingredient[];
  phase: Phase;
  risk: boolean;
};

const clamp = (n: number, lo = 1, hi = 7) => Math.max(lo, Math.min(hi, Math.round(n)));
const smooth = (t: number) => t * t * (3 - 2 * t);
const jitter = (rng: Rng) => rng.pick([-1, 0, 0, 0, 0, 1]);

function tag(enemy: Enemy, intensity: number): EnemyTag[] {
  const i = clamp(intensity, 0, 3);
  return i > 0 ? [{ enemy, intensity: i }] : [];
}

function ingredientsFor(rng: Rng, level: number, t: number, trustable: boolean): Ingredient[] {
  const out: Ingredient[] = [];
  if (level >= 4 && rng.chance(0.4 + t / 2)) out.push("LOVE_AND_FRIENDSHIP");
  if (level >= 5) out.push("VULNERABILITY");
  if (trustable && level >= 5 && t > 0.55) out.push("TRUST");
  if (t > 0.3 && rng.chance(0.5)) out.push("COMMITMENT");
  return out;
}

export type CourseInfo = { i: number; n: number; pre: number; late: boolean; first: boolean; last: boolean };

/** Progress through the whole course of treatment, 0..1. */
function progress({ i, n, pre, late }: CourseInfo): number {
  if (late) return Math.min(0.35, i / 18);
  return (i + pre) / Math.max(1, n - 1 + pre);
}

export function coupleSession(arc: CoupleArc, course: CourseInfo, rng: Rng): SessionState {
  const t = progress(course);
  const flareAt = arc === "slide" ? 0.72 : 0.45;
  const flare = Math.round((course.n - 1) * flareAt);
  let level: number;
  let enemies: EnemyTag[] = [];
  let phase: Phase = course.first ? "intake" : t < 0.2 ? "early" : "working";
  let gap = rng.pick([0, 0, 1]);

  switch (arc) {
    case "improve":
    case "pursueDistance": {
      level = clamp(2.5 + 3.2 * smooth(t) + jitter(rng), 1, t > 0.85 && rng.chance(0.25) ? 7 : 6);
      enemies = [...tag(arc === "improve" ? "RESENTMENT" : "SELFISHNESS", 2.7 - 3.2 * t + jitter(rng) / 2)];
      if (t < 0.5 && rng.chance(0.3)) enemies.push(...tag("ENTITLEMENT", 1));
      if (arc === "pursueDistance") gap = t < 0.4 ? 2 : t < 0.75 ? 1 : rng.pick([0, 1]);
      break;
    }
    case "slide":
    case "slideRecover": {
      const since = course.i - flare;
      if (course.n < 6 || since < 0) {
        level = clamp(3 + 2 * smooth(Math.min(1, t / flareAt)) + jitter(rng), 2, 5);
        enemies = tag("RESENTMENT", rng.pick([1, 1, 2]));
      } else if (since === 0) {
        level = rng.pick([1, 2]);
        enemies = [...tag("RESENTMENT", 3), ...tag("DISHONESTY", rng.pick([0, 1, 2]))];
        phase = "setback";
      } else if (arc === "slide" || since < 3) {
        level = clamp(rng.pick([2, 2, 3, 3, 1]), 1, 3);
        enemies = [...tag("RESENTMENT", rng.pick([3, 3, 2])), ...tag("SELFISHNESS", rng.pick([0, 1, 2]))];
        phase = "setback";
      } else {
        level = clamp(3 + (since - 3) * 0.5 + jitter(rng), 2, 5);
        enemies = tag("RESENTMENT", since < 6 ? 2 : 1);
      }
      break;
    }
    case "infidelity": {
      level = clamp(2 + 2.8 * smooth(t) + jitter(rng), 1, 5);
      enemies = [...tag("DISHONESTY", 3.2 - 2.6 * t), ...tag("RESENTMENT", t < 0.6 ? rng.pick([2, 3]) : rng.pick([1, 2]))];
      break;
    }
    case "plateau": {
      level = rng.pick([3, 3, 4, 4, 4, 2, 5]);
      enemies = [...tag("SELFISHNESS", rng.pick([0, 1, 1, 2])), ...tag("ENTITLEMENT", rng.pick([0, 1, 2]))];
      break;
    }
  }
  if (phase === "working" && level >= 5 && t > 0.5) phase = "progress";
  const other = clamp(level - gap);
  const partnerLevels: [number, number] = rng.chance(0.5) ? [level, other] : [other, level];
  const trustable = arc !== "slide" || course.i < flare;
  const ingredients = ingredientsFor(rng, level, t, trustable);
  if (arc === "infidelity" || course.first || rng.chance(0.25)) ingredients.push("COMMITMENT");
  return { level, partnerLevels, enemies, ingredients: [...new Set(ingredients)], phase, risk: false };
}

export function individualSession(arc: IndividualArc, concerns: Concern[], course: CourseInfo, rng: Rng): SessionState {
  const t = progress(course);
  const crisisAt = Math.round((course.n - 1) * 0.4);
  let level: number;
  let phase: Phase = course.first ? "intake" : t < 0.2 ? "early" : "working";
  let risk = false;
  switch (arc) {
    case "improve":
      level = clamp(2 + 3.3 * smooth(t) + jitter(rng), 1, 6);
      break;
    case "plateau":
      level = rng.pick([3, 3, 4, 4, 2]);
      break;
    case "variable":
      level = clamp(3 + 1.5 * t + rng.pick([-2, -1, 0, 1, 1]), 1, 6);
      break;
    case "crisis":
      if (course.i === crisisAt && course.n >= 4) {
        level = 6; // disclosing suicidal thoughts is itself a deep disclosure
        risk = true;
        phase = "setback";
      } else {
        level = clamp(course.i < crisisAt ? 2 + jitter(rng) : 3 + 2 * t + jitter(rng), 1, 5);
      }
      break;
  }
  if (course.last && arc !== "crisis") phase = "termination";
  else if (phase === "working" && level >= 5) phase = "progress";
  const relational = concerns.includes("RELATIONSHIP") || concerns.includes("GRIEF");
  const enemies: EnemyTag[] = [];
  if (relational && rng.chance(0.5)) enemies.push(...tag(rng.pick(["RESENTMENT", "DISHONESTY"] as const), rng.pick([1, 1, 2])));
  else if (rng.chance(0.1)) enemies.push(...tag(rng.pick(["SELFISHNESS", "ENTITLEMENT", "RESENTMENT"] as const), 1));
  const ingredients = ingredientsFor(rng, level, t, true).filter((x) => x !== "LOVE_AND_FRIENDSHIP" || relational);
  return { level, enemies, ingredients, phase, risk };
}
