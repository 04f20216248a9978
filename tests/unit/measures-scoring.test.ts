// Scoring of DESIGN.md "Measures": a wrong band or a missed self-harm flag would mislead the
// clinician reading the chart, so every band boundary is pinned.
import { describe, expect, test } from "vitest";
import { answerIssues, bandOf, DEFINITIONS, maxScore, scoreMeasure, SELF_HARM_ITEM, todayIn } from "@/lib/domain/measures";

/** Answers of `count` items summing to `score`, filling items up to `max` from the first. */
function summingTo(score: number, count: number, max: number, firstMax = max): number[] {
  let left = score;
  return Array.from({ length: count }, (_, i) => {
    const take = Math.min(left, i === 0 ? firstMax : max);
    left -= take;
    return take;
  });
}

describe("PHQ-9", () => {
  test.each([
    [0, "minimal"], [4, "minimal"], [5, "mild"], [9, "mild"], [10, "moderate"], [14, "moderate"],
    [15, "moderately severe"], [19, "moderately severe"], [20, "severe"], [27, "severe"],
  ])("score %i is %s", (score, band) => {
    expect(bandOf("PHQ9", score)).toBe(band);
  });

  test("example vectors: the score is the sum of the nine answers", () => {
    expect(scoreMeasure("PHQ9", [0, 0, 0, 0, 0, 0, 0, 0, 0])).toEqual({ score: 0, band: "minimal", flags: [] });
    expect(scoreMeasure("PHQ9", [1, 1, 1, 1, 1, 1, 1, 1, 0])).toEqual({ score: 8, band: "mild", flags: [] });
    expect(scoreMeasure("PHQ9", [2, 2, 1, 2, 1, 1, 1, 1, 0])).toEqual({ score: 11, band: "moderate", flags: [] });
    expect(scoreMeasure("PHQ9", [3, 3, 3, 3, 3, 3, 3, 3, 3])).toEqual({ score: 27, band: "severe", flags: [SELF_HARM_ITEM] });
  });

  test("item 9 above 0 flags SELF_HARM_ITEM even at a minimal score", () => {
    expect(scoreMeasure("PHQ9", [0, 0, 0, 0, 0, 0, 0, 0, 1])).toEqual({ score: 1, band: "minimal", flags: [SELF_HARM_ITEM] });
    expect(scoreMeasure("PHQ9", [3, 3, 3, 3, 3, 3, 3, 3, 0]).flags).toEqual([]);
  });

  test("every score 0-27 from answers has a band", () => {
    for (let s = 0; s <= maxScore("PHQ9"); s++) expect(scoreMeasure("PHQ9", summingTo(s, 9, 3)).score).toBe(s);
  });
});

describe("GAD-7", () => {
  test.each([
    [0, "minimal"], [4, "minimal"], [5, "mild"], [9, "mild"], [10, "moderate"], [14, "moderate"], [15, "severe"], [21, "severe"],
  ])("score %i is %s", (score, band) => {
    expect(scoreMeasure("GAD7", summingTo(score, 7, 3)).band).toBe(band);
  });

  test("never flags self-harm (it has no such item)", () => {
    expect(scoreMeasure("GAD7", [3, 3, 3, 3, 3, 3, 3])).toEqual({ score: 21, band: "severe", flags: [] });
  });
});

describe("CSI-4", () => {
  test("13 is distressed, 14 is not (cut-off 13.5), over the whole 0-21 range", () => {
    expect(scoreMeasure("CSI4", summingTo(13, 4, 5, 6))).toEqual({ score: 13, band: "distressed", flags: [] });
    expect(scoreMeasure("CSI4", summingTo(14, 4, 5, 6))).toEqual({ score: 14, band: "not distressed", flags: [] });
    expect(scoreMeasure("CSI4", [0, 0, 0, 0]).band).toBe("distressed");
    expect(scoreMeasure("CSI4", [6, 5, 5, 5])).toEqual({ score: 21, band: "not distressed", flags: [] });
    expect(maxScore("CSI4")).toBe(21);
  });

  test("the first item goes to 6, the others only to 5", () => {
    expect(answerIssues("CSI4", [6, 5, 5, 5])).toEqual([]);
    expect(answerIssues("CSI4", [5, 6, 5, 5]).map((i) => i.path)).toEqual([["answers", 1]]);
    expect(answerIssues("CSI4", [7, 5, 5, 5]).map((i) => i.path)).toEqual([["answers", 0]]);
  });
});

describe("answers refused", () => {
  test("a wrong count names answers", () => {
    expect(answerIssues("PHQ9", [0, 0, 0])).toEqual([{ path: ["answers"], message: expect.stringContaining("9 answers") }]);
    expect(answerIssues("GAD7", [0, 0, 0, 0, 0, 0, 0, 0]).map((i) => i.path)).toEqual([["answers"]]);
  });

  test("out of range, negative or fractional answers name their item", () => {
    expect(answerIssues("PHQ9", [0, 0, 4, 0, -1, 0, 1.5, 0, 0]).map((i) => i.path)).toEqual([["answers", 2], ["answers", 4], ["answers", 6]]);
    expect(() => scoreMeasure("GAD7", [0, 0, 0, 0, 0, 0, 9])).toThrow(RangeError);
  });

  test("every instrument's items have labels and anchors", () => {
    for (const def of Object.values(DEFINITIONS)) for (const item of def.items) expect(item.label.length).toBeGreaterThan(5);
  });
});

describe("today in the practice's time zone", () => {
  test("late evening in Detroit is still the day before in UTC terms", () => {
    const now = new Date("2026-12-04T03:30:00Z");
    expect(todayIn("America/Detroit", now)).toBe("2026-12-03");
    expect(todayIn("Pacific/Auckland", now)).toBe("2026-12-04");
    expect(todayIn("Not/AZone", now)).toBe("2026-12-04");
  });
});
