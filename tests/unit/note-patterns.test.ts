import { describe, expect, test } from "vitest";
import { patternChanges } from "@/lib/data/notes/patterns";
import { enemyChanges } from "@/lib/data/notes/enemies";
import { notePatch } from "@/lib/validation/note";

describe("patternChanges: only changed rows are written", () => {
  const stored = [
    { id: "p1", pattern: "PURSUING" as const, clientId: "a", intensity: 2 },
    { id: "p2", pattern: "DISTANCING" as const, clientId: "b", intensity: 1 },
    { id: "p3", pattern: "CRITICISM" as const, clientId: null, intensity: 1 },
  ];
  test("the same tags in any order, null or absent clientId alike: nothing", () => {
    expect(patternChanges(stored, [
      { pattern: "CRITICISM", intensity: 1 }, { pattern: "DISTANCING", clientId: "b", intensity: 1 }, { pattern: "PURSUING", clientId: "a", intensity: 2 },
    ])).toEqual({ add: [], change: [], remove: [] });
  });
  test("one pattern per partner: moving it to the other partner is a removal and an addition", () => {
    expect(patternChanges(stored, [
      { pattern: "PURSUING", clientId: "b", intensity: 2 }, { pattern: "DISTANCING", clientId: "b", intensity: 3 }, { pattern: "CRITICISM", clientId: null, intensity: 1 },
    ])).toEqual({ add: [{ pattern: "PURSUING", clientId: "b", intensity: 2 }], change: [{ id: "p2", intensity: 3 }], remove: ["p1"] });
  });
});

test("enemyChanges: re-attributing an enemy to a partner is a change of that row", () => {
  expect(enemyChanges([{ enemy: "RESENTMENT", intensity: 2 }], [{ enemy: "RESENTMENT", intensity: 2, clientId: "a" }]))
    .toEqual({ add: [], change: [{ enemy: "RESENTMENT", intensity: 2, clientId: "a" }], remove: [] });
});

describe("the note schema's relational codes", () => {
  test("a pattern twice for the same partner is refused, naming the second", () => {
    const r = notePatch.safeParse({ version: 1, patterns: [{ pattern: "PURSUING", clientId: "a", intensity: 1 }, { pattern: "PURSUING", clientId: "a", intensity: 2 }] });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(["patterns", 1, "pattern"]);
  });
  test("the same pattern for each partner and for the couple is fine", () => {
    const r = notePatch.safeParse({ version: 1, patterns: [{ pattern: "PURSUING", clientId: "a", intensity: 1 }, { pattern: "PURSUING", clientId: "b", intensity: 2 }, { pattern: "PURSUING", intensity: 0 }] });
    expect(r.success).toBe(true);
  });
  test("unknown patterns, intensities out of 0-3 and unknown prerequisites are refused", () => {
    expect(notePatch.safeParse({ version: 1, patterns: [{ pattern: "SULKING", intensity: 1 }] }).success).toBe(false);
    expect(notePatch.safeParse({ version: 1, patterns: [{ pattern: "PURSUING", intensity: 4 }] }).success).toBe(false);
    expect(notePatch.safeParse({ version: 1, prerequisites: ["LUCK"] }).success).toBe(false);
    expect(notePatch.safeParse({ version: 1, prerequisites: ["SAFETY", "SAFETY"] }).success).toBe(false);
  });
});
