import { describe, expect, test } from "vitest";
import { defaultRange, monthsOf, rangeProblem, resolveRange, splitByMonths } from "@/lib/domain/reports/date-range";
import { parseReportQuery, safeReportQuery } from "@/lib/validation/report";

const today = new Date("2026-11-22T15:00:00Z");

describe("report periods", () => {
  test("the default is six whole months, the current one up to today", () => {
    expect(defaultRange(today)).toEqual({ from: "2026-06-01", to: "2026-11-22" });
    expect(monthsOf(defaultRange(today))).toEqual(["2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11"]);
  });

  test("a missing end is today; a missing start is six months before the end", () => {
    expect(resolveRange({}, today)).toEqual({ from: "2026-06-01", to: "2026-11-22" });
    expect(resolveRange({ to: "2026-03-10" }, today)).toEqual({ from: "2025-10-01", to: "2026-03-10" });
    expect(resolveRange({ from: "2026-09-15" }, today)).toEqual({ from: "2026-09-15", to: "2026-11-22" });
  });

  test("months across a new year", () => {
    expect(monthsOf({ from: "2025-11-20", to: "2026-02-01" })).toEqual(["2025-11", "2025-12", "2026-01", "2026-02"]);
  });

  test("a start after the end, or a period over three years, is refused", () => {
    expect(rangeProblem({ from: "2026-10-02", to: "2026-10-01" })?.path).toBe("from");
    expect(rangeProblem({ from: "2020-01-01", to: "2026-01-01" })?.message).toMatch(/three years/);
    expect(rangeProblem({ from: "2026-10-01", to: "2026-10-01" })).toBeNull();
  });

  test("split into whole months and the days left at either end", () => {
    expect(splitByMonths({ from: "2026-06-01", to: "2026-11-22" })).toEqual({
      months: { from: "2026-06-01", to: "2026-11-01" }, days: [{ from: "2026-11-01", to: "2026-11-22" }],
    });
    expect(splitByMonths({ from: "2026-06-15", to: "2026-09-30" })).toEqual({
      months: { from: "2026-07-01", to: "2026-10-01" }, days: [{ from: "2026-06-15", to: "2026-06-30" }],
    });
    expect(splitByMonths({ from: "2026-06-03", to: "2026-06-20" })).toEqual({ months: null, days: [{ from: "2026-06-03", to: "2026-06-20" }] });
    expect(splitByMonths({ from: "2026-02-01", to: "2026-02-28" })).toEqual({ months: { from: "2026-02-01", to: "2026-03-01" }, days: [] });
  });
});

describe("report query", () => {
  test("blank form fields mean 'not set'", () => {
    expect(parseReportQuery({ from: "", to: "", locationId: "" }, today)).toMatchObject({ from: "2026-06-01", to: "2026-11-22", locationId: null });
  });

  test("bad dates name the field", () => {
    const bad = safeReportQuery({ from: "2026-13-01" }, today);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.issues[0]?.path).toBe("from");
    const reversed = safeReportQuery({ from: "2026-10-05", to: "2026-10-01" }, today);
    expect(reversed.ok).toBe(false);
    if (!reversed.ok) expect(reversed.issues[0]?.message).toMatch(/on or before/);
    expect(() => parseReportQuery({ locationId: "x'; drop table" }, today)).toThrow();
  });
});
