// Every date a user can type goes through one rule (lib/validation/common.ts isoDate): a real
// calendar day in years 1900-2999, else 400 with the field named. Year 9999 used to pass and
// made a report loop without end; 2026-02-30 must never reach Postgres as "2026-03-02".
import { describe, expect, test } from "vitest";
import type { z } from "zod";
import { dayNumber, monthNumber, parseCalendarDate } from "@/lib/domain/calendar";
import { parseAuditQuery } from "@/lib/validation/admin";
import { clientCreate, clientUpdate } from "@/lib/validation/client";
import { isoDate } from "@/lib/validation/common";
import { intakeCreate, matchQuery } from "@/lib/validation/intake";
import { notePatch } from "@/lib/validation/note";

const HOSTILE = ["9999-12-31", "0001-01-01", "0000-01-01", "1899-12-31", "3000-01-01", "10000-01-01", "2026-02-30", "2023-02-29", "2026-04-31", "2026-13-01", "2026-1-1", " 2026-01-01"];

function issuePaths(schema: z.ZodType, input: unknown): string[] {
  const parsed = schema.safeParse(input);
  return parsed.success ? [] : parsed.error.issues.map((i) => i.path.join("."));
}

describe("isoDate", () => {
  test.each(HOSTILE)("%s is refused", (value) => {
    expect(isoDate.safeParse(value).success).toBe(false);
  });

  test.each(["1900-01-01", "2999-12-31", "2024-02-29", "2026-11-22"])("%s is accepted as typed", (value) => {
    expect(isoDate.parse(value)).toBe(value);
  });

  test("each refusal says what to do in one plain message", () => {
    const message = (value: string) => isoDate.safeParse(value).error?.issues.map((i) => i.message);
    expect(message("9999-12-31")).toEqual(["Use a year from 1900 to 2999."]);
    expect(message("2026-02-30")).toEqual(["Not a real date."]);
    expect(message("10000-01-01")).toEqual(["Use the form YYYY-MM-DD."]);
  });
});

describe("each date field of the API", () => {
  const person = { firstName: "Ana", lastName: "Ruiz" };

  test.each(["9999-01-01", "0001-01-01", "2026-02-30"])("client dateOfBirth %s: 400 at dateOfBirth", (dateOfBirth) => {
    expect(issuePaths(clientCreate, { ...person, dateOfBirth })).toContain("dateOfBirth");
    expect(issuePaths(clientUpdate, { dateOfBirth })).toContain("dateOfBirth");
  });

  test("year 9999 is refused for its year, once, not also as a birth in the future", () => {
    const messages = clientUpdate.safeParse({ dateOfBirth: "9999-01-01" }).error?.issues.map((i) => i.message);
    expect(messages).toEqual(["Use a year from 1900 to 2999."]);
  });

  test.each(["9999-01-01", "0001-01-01", "2026-02-30"])("note sessionDate %s: 400 at sessionDate", (sessionDate) => {
    expect(issuePaths(notePatch, { version: 1, sessionDate })).toContain("sessionDate");
  });

  test.each(["9999-01-01", "0001-01-01", "2026-02-30"])("intake dates %s: 400 at the field", (date) => {
    const intake = { kind: "INDIVIDUAL", clients: [{ ...person, dateOfBirth: date }], concerns: ["COMMUNICATION"], serviceType: "INDIVIDUAL" };
    expect(issuePaths(intakeCreate, intake)).toContain("clients.0.dateOfBirth");
    expect(issuePaths(matchQuery, { referenceDate: date })).toContain("referenceDate");
  });

  test.each(["9999-01-01", "0001-01-01", "2026-02-30"])("audit from/to %s: 400 at the field", (date) => {
    expect(() => parseAuditQuery({ from: date })).toThrow(/from|1900|real date/i);
    expect(() => parseAuditQuery({ to: date })).toThrow();
  });

  test("the same inputs with a real date pass: only the date was wrong", () => {
    expect(clientCreate.parse({ ...person, dateOfBirth: "1900-01-01" }).dateOfBirth).toBe("1900-01-01");
    expect(notePatch.parse({ version: 1, sessionDate: "2026-02-28" }).sessionDate).toBe("2026-02-28");
    const intake = { kind: "INDIVIDUAL", clients: [{ ...person, dateOfBirth: "1990-02-28" }], concerns: ["COMMUNICATION"], serviceType: "INDIVIDUAL" };
    expect(intakeCreate.parse(intake).clients[0]?.dateOfBirth).toBe("1990-02-28");
    expect(parseAuditQuery({ from: "2026-01-01", to: "2026-02-28" })).toMatchObject({ from: "2026-01-01", to: "2026-02-28" });
  });
});

describe("calendar numbers", () => {
  test("days and months are numbers, so ordering never depends on text", () => {
    expect(dayNumber("2999-12-31")).toBeGreaterThan(dayNumber("2026-01-01"));
    expect(dayNumber("1970-01-02")).toBe(1);
    expect(monthNumber("2027-01") - monthNumber("2026-12")).toBe(1);
  });

  test("outside 1900-2999 they throw rather than return a far-away number", () => {
    expect(() => dayNumber("9999-12-31")).toThrow(RangeError);
    expect(() => monthNumber("0001-01")).toThrow(RangeError);
    expect(() => monthNumber("10000-01")).toThrow(RangeError);
  });

  test("a day that does not exist does not roll over into the next month", () => {
    expect(parseCalendarDate("2026-02-30")).toBeNull();
    expect(parseCalendarDate("2024-02-29")).toEqual({ year: 2024, month: 2, day: 29 });
  });
});
