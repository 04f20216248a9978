import { describe, expect, test } from "vitest";
import { caseloadCsv, funnelCsv, trendsCsv } from "@/lib/domain/reports/exports";
import { insights } from "@/lib/domain/reports/insights";
import type { CaseloadReport, CaseloadRow, FunnelReport, TrendsReport } from "@/lib/domain/reports/types";

const period = { from: "2026-06-01", to: "2026-11-22", locationId: null, scope: "practice" as const };

function row(overrides: Partial<CaseloadRow>): CaseloadRow {
  return {
    clinicianId: "c1", name: "Daniel Ortiz", activeClients: 8, activeCouples: 3, sessions: 74, unsignedNotes: 0, maxCaseload: 20,
    utilization: 0.25, activeCases: 5, capacityLeft: 15, acceptingNewClients: true, active: true, ...overrides,
  };
}

const caseload: CaseloadReport = {
  ...period,
  data: [row({}), row({ clinicianId: "c2", name: "=cmd|' /C calc'!A0", utilization: 0.95, activeCases: 19, unsignedNotes: 4, capacityLeft: 1 })],
  byLocation: [{ locationId: "l1", name: "Brighton", active: true, activeClients: 21, activeCouples: 5, activeCases: 16, sessions: 119, unsignedNotes: 2, clinicians: 5, capacityLeft: 53 }],
  totals: { activeClients: 16, activeCouples: 6, activeCases: 24, sessions: 148, unsignedNotes: 4, maxCaseload: 40, utilization: 0.6 },
};

const trends: TrendsReport = {
  ...period, suppressionThreshold: 5,
  data: [{
    month: "2026-10", levels: { 1: null, 2: 9, 3: 13, 4: 23, 5: 36, 6: 14, 7: 0 },
    enemies: { SELFISHNESS: 8, DISHONESTY: 10, ENTITLEMENT: null, RESENTMENT: 25 }, couplesEvaluated: 11, couplesImproved: 7, improvedShare: null,
  }],
  progress: { couplesEvaluated: 13, couplesImproved: 7, improvedShare: 0.538 },
};

const funnel: FunnelReport = {
  ...period, new: 22, matched: 7, waitlisted: 3, medianDaysToMatch: 3.4, openNow: 11,
  waitlist: { count: 3, medianAgeDays: 38, oldestAgeDays: 52 },
  data: [{ month: "2026-10", new: 9, matched: 6, waitlisted: 2, medianDaysToMatch: 3 }],
};

describe("report CSV exports", () => {
  test("caseload rows carry the contract's fields, and a hostile name cannot become a formula", () => {
    const lines = caseloadCsv(caseload).trimEnd().split("\r\n");
    expect(lines[0]).toBe("clinicianId,name,activeClients,activeCouples,sessions,unsignedNotes,maxCaseload,utilization,activeCases,capacityLeft,acceptingNewClients");
    expect(lines[1]).toBe("c1,Daniel Ortiz,8,3,74,0,20,0.25,5,15,true");
    expect(lines[2]?.startsWith("c2,'=cmd|' /C calc'!A0,")).toBe(true);
  });

  test("caseload by location", () => {
    expect(caseloadCsv(caseload, "location").split("\r\n")[1]).toBe("l1,Brighton,21,5,16,119,2,5,53");
  });

  test("trends write '<5' for suppressed counts, never the count", () => {
    const lines = trendsCsv(trends).trimEnd().split("\r\n");
    expect(lines[0]).toBe("month,level1,level2,level3,level4,level5,level6,level7,selfishness,dishonesty,entitlement,resentment,couplesEvaluated,couplesImproved,improvedShare");
    expect(lines[1]).toBe("2026-10,<5,9,13,23,36,14,0,8,10,<5,25,11,7,");
  });

  test("the funnel has a line per month and a total with today's waitlist", () => {
    const lines = funnelCsv(funnel).trimEnd().split("\r\n");
    expect(lines[1]).toBe("2026-10,9,6,2,3,,,");
    expect(lines[2]).toBe("total,22,7,3,3.4,3,38,52");
  });
});

describe("at a glance", () => {
  test("says how full the practice is, who is near capacity and whose notes are late", () => {
    const text = insights(caseload, funnel, trends).map((i) => i.text);
    expect(text).toContain("Caseloads are at 60% of capacity: 24 active cases for 40 places.");
    expect(text.some((t) => t.startsWith("Near or over capacity: =cmd|' /C calc'!A0 (95%)"))).toBe(true);
    expect(text).toContain("4 notes unsigned for more than 72 hours: =cmd|' /C calc'!A0 (4).");
    expect(text.some((t) => t.includes("Brighton") && t.includes("53 more cases"))).toBe(true);
    expect(text.some((t) => t.includes("3 requests on the waitlist (the longest for 52 days)"))).toBe(true);
    expect(text.some((t) => t.includes("54% of the 13 couples"))).toBe(true);
  });

  test("does not claim a progress figure that suppression withheld", () => {
    const withheld = { ...trends, progress: { couplesEvaluated: null, couplesImproved: null, improvedShare: null } };
    const text = insights(caseload, null, withheld).map((i) => i.text);
    expect(text.some((t) => t.includes("too few couples"))).toBe(true);
    expect(text.some((t) => /%.*couples/.test(t))).toBe(false);
  });

  test("with nobody near capacity, names the busiest clinician", () => {
    const calm = { ...caseload, data: [row({})], totals: { ...caseload.totals, unsignedNotes: 0 } };
    const text = insights(calm, null, null).map((i) => i.text);
    expect(text).toContain("No clinician is above 90% of capacity; the busiest is Daniel Ortiz (5 of 20).");
    expect(text).toContain("No note has been left unsigned for more than 72 hours.");
  });
});
