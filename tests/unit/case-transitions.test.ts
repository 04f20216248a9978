// The case lifecycle: which status moves are allowed, what a discharge needs, what reopening clears.
import { describe, expect, test } from "vitest";
import { CASE_STATUSES, canMove, decideMove, todayIn, type CaseStatus } from "@/lib/domain/cases/transitions";

const allowed: [CaseStatus, CaseStatus][] = [
  ["INQUIRY", "WAITLISTED"], ["INQUIRY", "ACTIVE"], ["WAITLISTED", "ACTIVE"], ["WAITLISTED", "DISCHARGED"],
  ["ACTIVE", "DISCHARGED"], ["DISCHARGED", "ACTIVE"],
];

describe("case status moves", () => {
  test("exactly the moves of the contract are allowed (staying put is no move)", () => {
    for (const from of CASE_STATUSES) {
      for (const to of CASE_STATUSES) {
        const expected = from === to || allowed.some(([a, b]) => a === from && b === to);
        expect(canMove(from, to), `${from} -> ${to}`).toBe(expected);
      }
    }
  });

  test.each([["ACTIVE", "INQUIRY"], ["ACTIVE", "WAITLISTED"], ["DISCHARGED", "WAITLISTED"], ["INQUIRY", "DISCHARGED"]] as const)(
    "%s -> %s is refused in words", (from, to) => {
      const outcome = decideMove(from, { to, dischargeReason: "Moved away" }, "2026-12-03");
      expect(outcome).toMatchObject({ ok: false, kind: "forbidden-move" });
      if (!outcome.ok) expect(outcome.message).toMatch(/cannot become/);
    });

  test("a discharge without a reason names dischargeReason", () => {
    expect(decideMove("ACTIVE", { to: "DISCHARGED" }, "2026-12-03")).toMatchObject({ ok: false, kind: "invalid", path: "dischargeReason" });
    expect(decideMove("ACTIVE", { to: "DISCHARGED", dischargeReason: "   " }, "2026-12-03")).toMatchObject({ ok: false, path: "dischargeReason" });
  });

  test("a discharge is dated today unless a past date is given; a future date is refused", () => {
    expect(decideMove("ACTIVE", { to: "DISCHARGED", dischargeReason: " Goals met " }, "2026-12-03")).toEqual({
      ok: true, change: { status: "DISCHARGED", dischargedOn: "2026-12-03", dischargeReason: "Goals met" },
    });
    expect(decideMove("WAITLISTED", { to: "DISCHARGED", dischargeReason: "Went elsewhere", dischargedOn: "2026-11-30" }, "2026-12-03"))
      .toMatchObject({ ok: true, change: { dischargedOn: "2026-11-30" } });
    expect(decideMove("ACTIVE", { to: "DISCHARGED", dischargeReason: "x", dischargedOn: "2026-12-04" }, "2026-12-03"))
      .toMatchObject({ ok: false, path: "dischargedOn" });
  });

  test("reopening clears the discharge", () => {
    expect(decideMove("DISCHARGED", { to: "ACTIVE" }, "2026-12-03")).toEqual({ ok: true, change: { status: "ACTIVE", dischargedOn: null, dischargeReason: null } });
  });

  test("the same status changes nothing", () => {
    expect(decideMove("ACTIVE", { to: "ACTIVE" }, "2026-12-03")).toEqual({ ok: true, change: null });
  });
});

describe("today in the practice's time zone", () => {
  test("late evening in Detroit is still the previous day there while UTC has moved on", () => {
    const now = new Date("2026-12-04T03:30:00Z");
    expect(todayIn("America/Detroit", now)).toBe("2026-12-03");
    expect(todayIn("UTC", now)).toBe("2026-12-04");
    expect(todayIn("Pacific/Auckland", new Date("2026-12-03T12:00:00Z"))).toBe("2026-12-04");
  });
});
