// The practice's wall clock: a first session offered at "15:00" must be 15:00 in Michigan, on
// both sides of a daylight-saving change, whatever zone the server runs in.
import { describe, expect, test } from "vitest";
import { instantOf, isTimeZone, isoWithOffset, offsetMinutes, todayIn, wallClockAt } from "@/lib/domain/time-zone";
import { firstSlots } from "@/lib/domain/matching/first-slots";

const DETROIT = "America/Detroit";

describe("time zone arithmetic", () => {
  test("winter and summer offsets of Detroit", () => {
    expect(offsetMinutes(new Date("2026-12-08T20:00:00Z"), DETROIT)).toBe(-300);
    expect(offsetMinutes(new Date("2026-07-08T20:00:00Z"), DETROIT)).toBe(-240);
  });

  test("a wall-clock time becomes the instant it names, across the DST change", () => {
    expect(instantOf("2026-12-08", "15:00", DETROIT).toISOString()).toBe("2026-12-08T20:00:00.000Z");
    expect(instantOf("2026-07-08", "15:00", DETROIT).toISOString()).toBe("2026-07-08T19:00:00.000Z");
    // 8 March 2026: clocks jump from 02:00 to 03:00; 10:00 that day is already EDT.
    expect(instantOf("2026-03-08", "10:00", DETROIT).toISOString()).toBe("2026-03-08T14:00:00.000Z");
    expect(instantOf("2026-03-07", "10:00", DETROIT).toISOString()).toBe("2026-03-07T15:00:00.000Z");
  });

  test("ISO with the offset, and back", () => {
    const at = new Date("2026-12-08T20:00:00Z");
    expect(isoWithOffset(at, DETROIT)).toBe("2026-12-08T15:00:00-05:00");
    expect(new Date(isoWithOffset(at, DETROIT)).getTime()).toBe(at.getTime());
    expect(isoWithOffset(at, "Asia/Kolkata")).toBe("2026-12-09T01:30:00+05:30");
  });

  test("today is the practice's day, not the server's", () => {
    // 02:00 UTC on 3 December is still 2 December in Detroit.
    expect(todayIn(DETROIT, new Date("2026-12-03T02:00:00Z"))).toBe("2026-12-02");
    expect(wallClockAt(new Date("2026-12-03T02:00:00Z"), DETROIT)).toEqual({ date: "2026-12-02", time: "21:00", weekday: 3 });
  });

  test("unknown zones are recognised as such", () => {
    expect(isTimeZone(DETROIT)).toBe(true);
    expect(isTimeZone("Mars/Olympus")).toBe(false);
  });
});

describe("first-session offers from the shared weekly hours", () => {
  const now = new Date("2026-12-03T14:00:00Z"); // Thursday 09:00 in Detroit
  const requested = [{ weekday: 2, from: "15:00", to: "19:00" }, { weekday: 5, from: "09:00", to: "09:30" }];
  const offered = [{ weekday: 2, from: "14:00", to: "18:00" }, { weekday: 5, from: "08:00", to: "17:00" }];

  test("the next dates whose shared window fits the session, at the window's start, local time", () => {
    const slots = firstSlots(requested, offered, { now, timeZone: DETROIT, durationMinutes: 50, count: 2 });
    // Friday's shared half hour is too short for 50 minutes: only Tuesdays.
    expect(slots).toEqual([
      { startsAt: "2026-12-08T15:00:00-05:00", label: "Tue 8 Dec, 15:00" },
      { startsAt: "2026-12-15T15:00:00-05:00", label: "Tue 15 Dec, 15:00" },
    ]);
  });

  test("nothing in common, nothing offered", () => {
    expect(firstSlots([{ weekday: 1, from: "08:00", to: "09:00" }], offered, { now, timeZone: DETROIT, durationMinutes: 50 })).toEqual([]);
  });

  test("a 30-minute session fits Friday's half hour, the day after tomorrow", () => {
    const [first] = firstSlots(requested, offered, { now, timeZone: DETROIT, durationMinutes: 30 });
    expect(first).toEqual({ startsAt: "2026-12-04T09:00:00-05:00", label: "Fri 4 Dec, 09:00" });
  });

  test("a booked hour is skipped: the next free half hour that still fits the window is offered", () => {
    const busy = [{ start: new Date("2026-12-08T20:00:00Z"), end: new Date("2026-12-08T20:50:00Z") }]; // Tue 15:00-15:50 local
    const [first, second] = firstSlots(requested, offered, { now, timeZone: DETROIT, durationMinutes: 50, busy });
    expect(first).toEqual({ startsAt: "2026-12-08T16:00:00-05:00", label: "Tue 8 Dec, 16:00" });
    expect(second!.startsAt).toBe("2026-12-15T15:00:00-05:00");
    // A day booked through the whole window offers nothing that day.
    const full = [{ start: new Date("2026-12-08T20:00:00Z"), end: new Date("2026-12-08T23:00:00Z") }];
    expect(firstSlots(requested, offered, { now, timeZone: DETROIT, durationMinutes: 50, busy: full, count: 1 })[0]!.startsAt).toBe("2026-12-15T15:00:00-05:00");
  });
});
