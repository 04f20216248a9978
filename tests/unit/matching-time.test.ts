import { expect, test } from "vitest";
import { ageGroupOf, ageOn, toMinutes, toWeekIntervals, weeklyOverlap } from "@/lib/domain/matching/time";

test("ages count whole years on the reference date, birthday included", () => {
  expect(ageOn("2000-11-20", "2026-11-20")).toBe(26);
  expect(ageOn("2000-11-21", "2026-11-20")).toBe(25);
  expect(ageOn("2008-02-29", "2026-02-28")).toBe(17);
  expect(ageOn("not a date", "2026-02-28")).toBeNull();
});

test("age bands: under 13 child, 13-17 adolescent, 18+ adult", () => {
  expect([0, 12, 13, 17, 18, 90].map(ageGroupOf)).toEqual(["CHILD", "CHILD", "ADOLESCENT", "ADOLESCENT", "ADULT", "ADULT"]);
});

test("windows merge per weekday and overlap sums across days", () => {
  const a = toWeekIntervals([
    { weekday: 1, from: "09:00", to: "12:00" },
    { weekday: 1, from: "11:00", to: "13:00" },
    { weekday: 3, from: "17:00", to: "19:30" },
  ]);
  expect(a[1]).toEqual([[540, 780]]);
  const b = toWeekIntervals([{ weekday: 1, from: "12:30", to: "20:00" }, { weekday: 3, from: "08:00", to: "18:00" }]);
  expect(weeklyOverlap(a, b)).toEqual({
    minutes: 30 + 60,
    windows: [{ weekday: 1, from: "12:30", to: "13:00" }, { weekday: 3, from: "17:00", to: "18:00" }],
  });
});

test("malformed or empty windows are ignored rather than counted", () => {
  expect(toMinutes("9:00")).toBeNaN();
  expect(toWeekIntervals([{ weekday: 2, from: "14:00", to: "10:00" }, { weekday: 9, from: "10:00", to: "11:00" }]).flat()).toEqual([]);
});
