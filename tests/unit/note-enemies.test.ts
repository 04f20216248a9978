import { describe, expect, test } from "vitest";
import { enemyChanges } from "@/lib/data/notes/enemies";

describe("enemyChanges", () => {
  test("sends nothing when the tags are unchanged, whatever their order", () => {
    expect(enemyChanges(
      [{ enemy: "RESENTMENT", intensity: 2 }, { enemy: "SELFISHNESS", intensity: 1 }],
      [{ enemy: "SELFISHNESS", intensity: 1 }, { enemy: "RESENTMENT", intensity: 2 }],
    )).toEqual({ add: [], change: [], remove: [] });
  });

  test("adds the new, re-rates the changed and removes the dropped", () => {
    expect(enemyChanges(
      [{ enemy: "RESENTMENT", intensity: 2 }, { enemy: "SELFISHNESS", intensity: 1 }],
      [{ enemy: "RESENTMENT", intensity: 3 }, { enemy: "DISHONESTY", intensity: 0 }],
    )).toEqual({ add: [{ enemy: "DISHONESTY", intensity: 0 }], change: [{ enemy: "RESENTMENT", intensity: 3 }], remove: ["SELFISHNESS"] });
  });
});
