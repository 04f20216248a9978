import { describe, expect, test } from "vitest";
import {
  ENEMIES, ENEMY_INFO, INGREDIENTS, INGREDIENT_LABELS, INTIMACY_LEVELS, isLevel, levelName, median, mostFrequentEnemy,
  summarizeProgress, type EnemyTag,
} from "@/lib/domain/intimacy";

const session = (level: number | null, enemies: EnemyTag[] = []) => ({ level, enemies });

describe("the seven levels of intimacy", () => {
  test("are numbered 1 to 7 in order, from clichés to legitimate needs", () => {
    expect(INTIMACY_LEVELS.map((l) => l.level)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(INTIMACY_LEVELS.map((l) => l.name)).toEqual([
      "Clichés", "Facts", "Opinions", "Hopes and dreams", "Feelings", "Fears, faults and failures", "Legitimate needs",
    ]);
  });

  test("each has a one-line description a clinician can read while choosing", () => {
    for (const level of INTIMACY_LEVELS) {
      expect(level.description.length).toBeGreaterThan(20);
      expect(level.description.length).toBeLessThan(120);
      expect(level.description).not.toContain("\n");
    }
  });

  test("levelName names a level and nothing outside 1-7", () => {
    expect(levelName(5)).toBe("Feelings");
    expect(levelName(0)).toBe("");
    expect(levelName(8)).toBe("");
    expect([0, 1, 7, 8, 3.5, "3"].map(isLevel)).toEqual([false, true, true, false, false, false]);
  });

  test("enemies and ingredients are DESIGN.md's four each, all labelled", () => {
    expect(ENEMIES).toEqual(["SELFISHNESS", "DISHONESTY", "ENTITLEMENT", "RESENTMENT"]);
    expect(INGREDIENTS).toEqual(["LOVE_AND_FRIENDSHIP", "VULNERABILITY", "TRUST", "COMMITMENT"]);
    expect(ENEMIES.map((e) => ENEMY_INFO[e].label)).toEqual(["Selfishness", "Dishonesty", "Entitlement", "Resentment"]);
    expect(INGREDIENT_LABELS.LOVE_AND_FRIENDSHIP).toBe("Love and friendship");
  });
});

describe("median", () => {
  test("of an odd count is the middle value, of an even count the mean of the two middle ones", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([5])).toBe(5);
    expect(median([])).toBeNull();
  });
});

describe("most frequent enemy", () => {
  test("counts sessions in which each enemy appears", () => {
    const result = mostFrequentEnemy([
      [{ enemy: "RESENTMENT", intensity: 1 }],
      [{ enemy: "RESENTMENT", intensity: 2 }, { enemy: "SELFISHNESS", intensity: 3 }],
      [{ enemy: "SELFISHNESS", intensity: 1 }, { enemy: "RESENTMENT", intensity: 1 }],
      [],
    ]);
    expect(result).toEqual({ enemy: "RESENTMENT", sessions: 3 });
  });

  test("a tie goes to the higher total intensity", () => {
    const result = mostFrequentEnemy([[{ enemy: "SELFISHNESS", intensity: 1 }], [{ enemy: "DISHONESTY", intensity: 3 }]]);
    expect(result).toEqual({ enemy: "DISHONESTY", sessions: 1 });
  });

  test("a full tie is broken by the fixed order, so the answer never changes between runs", () => {
    expect(mostFrequentEnemy([[{ enemy: "RESENTMENT", intensity: 2 }, { enemy: "ENTITLEMENT", intensity: 2 }]])).toEqual({ enemy: "ENTITLEMENT", sessions: 1 });
  });

  test("no enemies at all is null", () => {
    expect(mostFrequentEnemy([[], []])).toBeNull();
  });
});

describe("progress summary: median of the last 4 sessions against the 4 before", () => {
  test("a couple moving from opinions to feelings is rising", () => {
    const s = summarizeProgress([2, 3, 3, 2, 4, 5, 5, 6].map((l) => session(l)));
    expect(s).toMatchObject({ sessions: 8, previousMedian: 2.5, recentMedian: 5, change: 2.5, trend: "rising" });
  });

  test("a slide back to levels 1-3 when resentment flares is falling, and resentment is named", () => {
    const r = (intensity: number): EnemyTag[] => [{ enemy: "RESENTMENT", intensity }];
    const s = summarizeProgress([session(5), session(5), session(4), session(5), session(2, r(3)), session(1, r(3)), session(3, r(2)), session(2)]);
    expect(s).toMatchObject({ previousMedian: 5, recentMedian: 2, trend: "falling", mostFrequentEnemy: { enemy: "RESENTMENT", sessions: 3 } });
  });

  test("only the last 8 sessions count; older ones are history", () => {
    const s = summarizeProgress([7, 7, 7, 3, 3, 3, 3, 3, 3, 3, 3].map((l) => session(l)));
    expect(s).toMatchObject({ previousMedian: 3, recentMedian: 3, change: 0, trend: "steady" });
  });

  test("with 4 sessions or fewer there is nothing to compare yet", () => {
    const s = summarizeProgress([3, 4, 5].map((l) => session(l)));
    expect(s).toMatchObject({ recentMedian: 4, previousMedian: null, change: null, trend: "too few sessions" });
    expect(summarizeProgress([])).toMatchObject({ sessions: 0, recentMedian: null, trend: "too few sessions", mostFrequentEnemy: null });
  });

  test("between 5 and 7 sessions the earlier window is what exists", () => {
    const s = summarizeProgress([2, 4, 4, 5, 6].map((l) => session(l)));
    expect(s).toMatchObject({ previousMedian: 2, recentMedian: 4.5, trend: "rising" });
  });

  test("sessions without a recorded level (a partner's level is optional) are left out", () => {
    const s = summarizeProgress([session(2), session(null, [{ enemy: "DISHONESTY", intensity: 2 }]), session(2), session(2), session(2), session(6), session(null), session(6), session(6), session(6)]);
    expect(s).toMatchObject({ sessions: 8, previousMedian: 2, recentMedian: 6 });
    expect(s.mostFrequentEnemy).toBeNull();
  });
});
