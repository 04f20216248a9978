import { describe, expect, test } from "vitest";
import { isSuppressed, showCount, SMALL_CELL_MIN, suppress, suppressedShare } from "@/lib/domain/reports/suppression";

describe("small-cell suppression", () => {
  test("counts from 1 to 4 are withheld, so no small group can be singled out", () => {
    expect([1, 2, 3, 4].map(suppress)).toEqual([null, null, null, null]);
  });

  test("zero stays zero: 'nobody' identifies nobody", () => {
    expect(suppress(0)).toBe(0);
  });

  test("counts of 5 and above are published as they are", () => {
    expect(SMALL_CELL_MIN).toBe(5);
    expect([5, 6, 120].map(suppress)).toEqual([5, 6, 120]);
  });

  test("a suppressed count reads '<5' on pages and in CSV", () => {
    expect(showCount(null)).toBe("<5");
    expect(showCount(0)).toBe("0");
    expect(showCount(17)).toBe("17");
    expect(isSuppressed(suppress(3))).toBe(true);
  });

  test("a share is published only when neither part, whole nor remainder is a small cell", () => {
    expect(suppressedShare(10, 20)).toBe(0.5);
    expect(suppressedShare(3, 20)).toBeNull(); // 3 improved
    expect(suppressedShare(17, 20)).toBeNull(); // reveals that 3 did not
    expect(suppressedShare(4, 4)).toBeNull();
    expect(suppressedShare(0, 12)).toBe(0);
    expect(suppressedShare(0, 0)).toBeNull();
  });
});
