import { describe, expect, test } from "vitest";
import { APPOINTMENT_STATUSES, moveStatus, nextStatuses } from "@/lib/domain/appointments/status";
import { isoInZone, zonedInstant } from "@/lib/domain/appointments/time-zone";

const starts = new Date("2026-12-03T14:00:00Z");
const before = new Date("2026-12-03T13:59:00Z");
const after = new Date("2026-12-03T14:00:00Z");

describe("appointment status moves", () => {
  test.each(["ATTENDED", "NO_SHOW", "CANCELLED", "LATE_CANCELLED"] as const)("a scheduled appointment that has started can become %s", (to) => {
    expect(moveStatus("SCHEDULED", to, starts, after)).toEqual({ ok: true });
  });

  test.each(["ATTENDED", "NO_SHOW"] as const)("nobody can be marked %s before the session starts", (to) => {
    const move = moveStatus("SCHEDULED", to, starts, before);
    expect(move.ok).toBe(false);
    expect(move.ok ? "" : move.reason).toMatch(/only once it has started/);
  });

  test.each(["CANCELLED", "LATE_CANCELLED"] as const)("a future appointment can be %s", (to) => {
    expect(moveStatus("SCHEDULED", to, starts, before).ok).toBe(true);
  });

  test("an appointment that ended (attended, no-show, cancelled) never changes status again", () => {
    for (const from of APPOINTMENT_STATUSES.filter((s) => s !== "SCHEDULED")) {
      for (const to of APPOINTMENT_STATUSES.filter((s) => s !== from)) expect(moveStatus(from, to, starts, after).ok).toBe(false);
    }
  });

  test("a cancelled appointment cannot be revived as scheduled", () => {
    expect(moveStatus("CANCELLED", "SCHEDULED", starts, before)).toEqual({ ok: false, reason: "An appointment that is cancelled cannot become scheduled." });
  });

  test("the same status is not a move", () => {
    expect(moveStatus("SCHEDULED", "SCHEDULED", starts, before).ok).toBe(false);
  });

  test("a page offers only the cancellations before the start, every ending after it", () => {
    expect(nextStatuses("SCHEDULED", starts, before)).toEqual(["CANCELLED", "LATE_CANCELLED"]);
    expect(nextStatuses("SCHEDULED", starts, after)).toEqual(["ATTENDED", "NO_SHOW", "CANCELLED", "LATE_CANCELLED"]);
    expect(nextStatuses("ATTENDED", starts, after)).toEqual([]);
  });
});

describe("practice time zone", () => {
  test("9:00 in Detroit is 14:00 UTC in winter and 13:00 UTC in summer", () => {
    expect(zonedInstant("2026-12-03", 9 * 60, "America/Detroit").toISOString()).toBe("2026-12-03T14:00:00.000Z");
    expect(zonedInstant("2026-07-01", 9 * 60, "America/Detroit").toISOString()).toBe("2026-07-01T13:00:00.000Z");
  });

  test("the API's startsAt carries the practice's offset and names the same instant", () => {
    const winter = isoInZone(new Date("2026-12-03T14:00:00Z"), "America/Detroit");
    expect(winter).toBe("2026-12-03T09:00:00-05:00");
    expect(new Date(winter).toISOString()).toBe("2026-12-03T14:00:00.000Z");
    expect(isoInZone(new Date("2026-07-01T13:30:00Z"), "America/Detroit")).toBe("2026-07-01T09:30:00-04:00");
  });

  test("the day clocks move: 2026-03-08 02:30 does not exist, 2026-11-01 01:30 happens twice", () => {
    expect(zonedInstant("2026-03-08", 2 * 60 + 30, "America/Detroit").toISOString()).toBe("2026-03-08T07:30:00.000Z");
    expect(zonedInstant("2026-11-01", 60 + 30, "America/Detroit").toISOString()).toBe("2026-11-01T05:30:00.000Z");
  });
});
