import { describe, expect, test } from "vitest";
import { ZodError } from "zod";
import { defaultRange, MAX_MONTHS, monthsOf, rangeDays, rangeProblem, resolveRange, splitByMonths } from "@/lib/domain/reports/date-range";
import { reportPageQuery } from "@/components/reports/report-page-query";
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

  test("three years is the limit, to the day", () => {
    expect(rangeProblem({ from: "2026-01-15", to: "2029-01-14" })).toBeNull();
    expect(rangeProblem({ from: "2026-01-15", to: "2029-01-15" })?.message).toMatch(/three years/);
    expect(rangeProblem({ from: "2024-02-29", to: "2027-02-28" })).toBeNull();
    expect(rangeProblem({ from: "2024-02-29", to: "2027-03-01" })?.message).toMatch(/three years/);
  });

  test("years outside 1900-2999 and days that do not exist are problems, not ranges", () => {
    expect(rangeProblem({ from: "9999-12-31", to: "9999-12-31" })).toMatchObject({ path: "from", message: expect.stringMatching(/1900 to 2999/) });
    expect(rangeProblem({ from: "2026-01-01", to: "0001-01-01" })).toMatchObject({ path: "to" });
    expect(rangeProblem({ from: "2026-02-30", to: "2026-03-01" })).toMatchObject({ path: "from", message: "Not a real date." });
  });

  test("dates are compared as dates: a five-digit year is not before 9999", () => {
    // As text "10000-01-01" < "9999-12-31", so the old check let this through as a short range.
    expect(rangeProblem({ from: "9999-12-31", to: "10000-01-01" })).not.toBeNull();
    expect(() => rangeDays({ from: "9999-12-01", to: "9999-12-31" })).toThrow(RangeError);
  });

  test("months of a year's end and of the last supported year", () => {
    expect(monthsOf({ from: "2999-10-01", to: "2999-12-31" })).toEqual(["2999-10", "2999-11", "2999-12"]);
    expect(monthsOf({ from: "1900-01-01", to: "1900-02-10" })).toEqual(["1900-01", "1900-02"]);
  });

  test("monthsOf is bounded: year 9999 and 0001 throw at once instead of looping", () => {
    // The old loop compared "10000-01" > "9999-12" as text, which is false: it never ended.
    expect(() => monthsOf({ from: "9999-10-01", to: "9999-12-31" })).toThrow(RangeError);
    expect(() => monthsOf({ from: "0001-01-01", to: "0001-02-01" })).toThrow(RangeError);
    expect(() => monthsOf({ from: "2026-01-01", to: "10000-01-01" })).toThrow(RangeError);
  });

  test(`monthsOf gives at most ${MAX_MONTHS} months, the most a three-year period touches`, () => {
    expect(monthsOf({ from: "2026-01-31", to: "2029-01-30" })).toHaveLength(MAX_MONTHS);
    expect(() => monthsOf({ from: "1900-01-01", to: "2999-12-31" })).toThrow(/at most 37 months/);
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
    expect(splitByMonths({ from: "2999-11-15", to: "2999-12-31" })).toEqual({
      months: { from: "2999-12-01", to: "3000-01-01" }, days: [{ from: "2999-11-15", to: "2999-11-30" }],
    });
    expect(() => splitByMonths({ from: "9999-12-01", to: "9999-12-31" })).toThrow(RangeError);
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

  test.each([
    ["year 9999", { from: "9999-10-01", to: "9999-12-31" }, "from", /1900 to 2999/],
    ["year 9999 as the end only", { to: "9999-12-31" }, "to", /1900 to 2999/],
    ["year 0001", { from: "0001-01-01", to: "0001-01-31" }, "from", /1900 to 2999/],
    ["a five-digit year", { from: "2026-01-01", to: "10000-01-01" }, "to", /YYYY-MM-DD/],
    ["30 February", { from: "2026-02-30" }, "from", /Not a real date/],
    ["more than three years", { from: "2022-01-01", to: "2026-01-01" }, "from", /three years/],
  ])("%s is a 400 with the field named, never a report", (_, query, path, message) => {
    const parsed = safeReportQuery(query, today);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.issues[0]).toMatchObject({ path, message: expect.stringMatching(message) });
    expect(() => parseReportQuery(query, today)).toThrow(ZodError);
  });

  test("a default start before 1900 is clamped to the first supported day", () => {
    expect(parseReportQuery({ to: "1900-02-10" }, today)).toMatchObject({ from: "1900-01-01", to: "1900-02-10" });
  });
});

describe("the reports page's filter", () => {
  // `/reports?from=9999-12-31&to=9999-12-31` once stopped the whole server for 9.5 minutes.
  test.each([
    ["year 9999", { from: "9999-12-31", to: "9999-12-31" }],
    ["year 0001", { from: "0001-01-01", to: "0001-01-31" }],
    ["more than three years", { from: "2020-01-01", to: "2026-01-01" }],
  ])("%s: the default period is shown, with the problem in words", (_, params) => {
    const { filter, problems } = reportPageQuery(params, []);
    expect(problems[0]).toMatchObject({ path: "from", message: expect.stringMatching(/1900 to 2999|three years/) });
    expect(monthsOf(filter)).toHaveLength(6);
  });
});
