// The clinical vocabulary of a session note (DOMAIN.md): the seven intimacy levels, the four
// enemies of intimacy and the four ingredients, plus the progress maths shown on the timeline.
// Pure: no I/O, safe to import from client components.

export interface IntimacyLevel {
  level: number;
  name: string;
  /** One line a clinician can read while choosing; our own words. */
  description: string;
}

/** The seven levels, shallowest first. Index i holds level i + 1. */
export const INTIMACY_LEVELS: readonly IntimacyLevel[] = [
  { level: 1, name: "Clichés", description: "Polite, automatic talk (\"fine\", \"good\") that reveals nothing of the self." },
  { level: 2, name: "Facts", description: "Information about work, plans or the weather; little personal is at stake." },
  { level: 3, name: "Opinions", description: "What each thinks and believes; sometimes a safe place to stop short of going deeper." },
  { level: 4, name: "Hopes and dreams", description: "Wishes for the future are shared and genuinely listened to." },
  { level: 5, name: "Feelings", description: "Emotions, hard ones included, are expressed and accepted rather than argued with." },
  { level: 6, name: "Fears, faults and failures", description: "Fears, regrets and shame are disclosed with humility and met with care." },
  { level: 7, name: "Legitimate needs", description: "Each asks for what they truly need and puts the other's needs first." },
];

export const MIN_LEVEL = 1;
export const MAX_LEVEL = 7;

export function isLevel(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= MIN_LEVEL && value <= MAX_LEVEL;
}

/** "Feelings" for 5; an empty string for anything that is not a level. */
export function levelName(level: number): string {
  return INTIMACY_LEVELS[level - 1]?.name ?? "";
}

export const ENEMIES = ["SELFISHNESS", "DISHONESTY", "ENTITLEMENT", "RESENTMENT"] as const;
export type Enemy = (typeof ENEMIES)[number];

export const ENEMY_INFO: Record<Enemy, { label: string; description: string }> = {
  SELFISHNESS: { label: "Selfishness", description: "Putting one's own wants ahead of the partner's." },
  DISHONESTY: { label: "Dishonesty", description: "Hiding the truth from oneself or the partner; erodes trust." },
  ENTITLEMENT: { label: "Entitlement", description: "Feeling owed something, affection or sex included, simply because." },
  RESENTMENT: { label: "Resentment", description: "Old hurt left unaddressed; shows up as criticism, defensiveness or withdrawal." },
};

export const MAX_INTENSITY = 3;
/** 0 means present but barely; an enemy that is absent has no entry at all. */
export const INTENSITY_LABELS = ["Barely", "Mild", "Moderate", "Strong"] as const;

export const INGREDIENTS = ["LOVE_AND_FRIENDSHIP", "VULNERABILITY", "TRUST", "COMMITMENT"] as const;
export type Ingredient = (typeof INGREDIENTS)[number];

export const INGREDIENT_LABELS: Record<Ingredient, string> = {
  LOVE_AND_FRIENDSHIP: "Love and friendship",
  VULNERABILITY: "Vulnerability",
  TRUST: "Trust",
  COMMITMENT: "Commitment",
};

export interface EnemyTag {
  enemy: Enemy;
  intensity: number;
  /** The partner who carries it (couple notes); absent or null: the couple as a whole. */
  clientId?: string | null;
}

/** The median of the values, or null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid]!;
  return sorted.length % 2 === 1 ? upper : (sorted[mid - 1]! + upper) / 2;
}

/**
 * The enemy present in the most sessions (each session counts once per enemy). Ties go to the
 * higher total intensity, then to DOMAIN.md's order, so the answer is deterministic.
 */
export function mostFrequentEnemy(sessions: readonly (readonly EnemyTag[])[]): { enemy: Enemy; sessions: number } | null {
  const count = new Map<Enemy, { sessions: number; intensity: number }>();
  for (const tags of sessions) {
    for (const enemy of new Set(tags.map((t) => t.enemy))) {
      const entry = count.get(enemy) ?? { sessions: 0, intensity: 0 };
      entry.sessions += 1;
      entry.intensity += Math.max(...tags.filter((t) => t.enemy === enemy).map((t) => t.intensity));
      count.set(enemy, entry);
    }
  }
  let best: { enemy: Enemy; sessions: number; intensity: number } | null = null;
  for (const enemy of ENEMIES) {
    const entry = count.get(enemy);
    if (!entry) continue;
    if (!best || entry.sessions > best.sessions || (entry.sessions === best.sessions && entry.intensity > best.intensity)) {
      best = { enemy, ...entry };
    }
  }
  return best ? { enemy: best.enemy, sessions: best.sessions } : null;
}

/** Sessions per window: the median of the last WINDOW against the WINDOW before it. */
export const WINDOW = 4;

export type Trend = "rising" | "falling" | "steady" | "too few sessions";

export interface ProgressSummary {
  sessions: number;
  /** Median level of the last 4 sessions (fewer when there are fewer). */
  recentMedian: number | null;
  /** Median level of the (up to) 4 sessions before those. */
  previousMedian: number | null;
  /** recentMedian - previousMedian, when both exist. */
  change: number | null;
  trend: Trend;
  /** Over the last 2 windows (8 sessions), the span the medians cover. */
  mostFrequentEnemy: { enemy: Enemy; sessions: number } | null;
}

/**
 * Summarises sessions given oldest first: levels may be null where a level was not recorded
 * (a partner's level is optional), and such sessions are left out of the medians.
 */
export function summarizeProgress(sessions: readonly { level: number | null; enemies: readonly EnemyTag[] }[]): ProgressSummary {
  const rated = sessions.filter((s): s is { level: number; enemies: readonly EnemyTag[] } => s.level !== null);
  const recent = rated.slice(-WINDOW);
  const previous = rated.slice(-2 * WINDOW, -WINDOW);
  const recentMedian = median(recent.map((s) => s.level));
  const previousMedian = median(previous.map((s) => s.level));
  const change = recentMedian !== null && previousMedian !== null ? recentMedian - previousMedian : null;
  const trend: Trend = change === null ? "too few sessions" : change > 0 ? "rising" : change < 0 ? "falling" : "steady";
  return {
    sessions: rated.length,
    recentMedian,
    previousMedian,
    change,
    trend,
    mostFrequentEnemy: mostFrequentEnemy(rated.slice(-2 * WINDOW).map((s) => s.enemies)),
  };
}
