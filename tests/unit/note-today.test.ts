import { describe, expect, test } from "vitest";
import { isAfterToday, todayIn } from "@/lib/domain/notes/today";

describe("todayIn: the practice's calendar day", () => {
  test("late evening in Detroit is still today there, though already tomorrow in UTC", () => {
    const now = new Date("2026-12-04T02:30:00Z"); // 21:30 on 3 December in Detroit (EST, UTC-5)
    expect(todayIn("America/Detroit", now)).toBe("2026-12-03");
    expect(todayIn("UTC", now)).toBe("2026-12-04");
  });

  test("early morning in Auckland is already tomorrow there", () => {
    expect(todayIn("Pacific/Auckland", new Date("2026-12-03T12:00:00Z"))).toBe("2026-12-04");
  });

  test("follows daylight saving time (EDT is UTC-4)", () => {
    expect(todayIn("America/Detroit", new Date("2026-07-01T03:59:00Z"))).toBe("2026-06-30");
    expect(todayIn("America/Detroit", new Date("2026-07-01T04:00:00Z"))).toBe("2026-07-01");
  });
});

describe("isAfterToday: a session cannot be dated in the future", () => {
  const now = new Date("2026-12-04T02:30:00Z");
  test("today and the past are accepted", () => {
    expect(isAfterToday("2026-12-03", "America/Detroit", now)).toBe(false);
    expect(isAfterToday("2025-12-31", "America/Detroit", now)).toBe(false);
  });
  test("tomorrow in the practice's zone is refused, even when it is today in UTC", () => {
    expect(isAfterToday("2026-12-04", "America/Detroit", now)).toBe(true);
    expect(isAfterToday("2026-12-04", "UTC", now)).toBe(false);
  });
  test("across a year boundary", () => {
    expect(isAfterToday("2027-01-01", "America/Detroit", new Date("2027-01-01T04:59:00Z"))).toBe(true);
    expect(isAfterToday("2027-01-01", "America/Detroit", new Date("2027-01-01T05:00:00Z"))).toBe(false);
  });
});

test("an unknown time zone falls back to UTC rather than failing the save", () => {
  expect(todayIn("Mars/Olympus_Mons", new Date("2026-12-04T02:30:00Z"))).toBe("2026-12-04");
});
