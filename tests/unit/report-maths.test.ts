import { describe, expect, test } from "vitest";
import { daysBetween, median, medianRose, PROGRESS_WINDOW } from "@/lib/domain/reports/median";
import { capacityLeft, showPercent, utilization } from "@/lib/domain/reports/utilization";

describe("utilisation", () => {
  test("is active cases over capacity, rounded to 2 decimals", () => {
    expect(utilization(10, 12)).toBe(0.83);
    expect(utilization(0, 20)).toBe(0);
    expect(utilization(25, 20)).toBe(1.25);
  });

  test("cannot be measured without capacity", () => {
    expect(utilization(3, 0)).toBeNull();
    expect(showPercent(null)).toBe("n/a");
    expect(showPercent(0.834)).toBe("83%");
  });

  test("capacity left never goes below zero", () => {
    expect(capacityLeft(10, 12)).toBe(2);
    expect(capacityLeft(25, 20)).toBe(0);
  });
});

describe("median maths", () => {
  test("median of odd and even counts", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });

  test("a couple needs 8 sessions before progress is judged", () => {
    expect(PROGRESS_WINDOW).toBe(8);
    expect(medianRose([1, 2, 3, 4, 5, 6, 7])).toBeNull();
  });

  test("rose when the median of the last 4 is above the median of the 4 before", () => {
    expect(medianRose([2, 2, 3, 3, 4, 5, 5, 6])).toBe(true); // 2.5 -> 5
    expect(medianRose([5, 5, 5, 5, 2, 3, 3, 2])).toBe(false); // 5 -> 2.5
    expect(medianRose([3, 4, 3, 4, 4, 3, 4, 3])).toBe(false); // equal medians are not a rise
  });

  test("only the last 8 sessions count", () => {
    expect(medianRose([7, 7, 7, 7, 1, 1, 1, 1, 4, 4, 4, 4])).toBe(true); // 1 -> 4, the 7s are older
  });

  test("days between two instants, one decimal", () => {
    expect(daysBetween(new Date("2026-10-01T09:00:00Z"), new Date("2026-10-04T21:00:00Z"))).toBe(3.5);
  });
});
