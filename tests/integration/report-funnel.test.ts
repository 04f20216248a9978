// The intake funnel against intake requests written here with known times: received, matched,
// waitlisted, time to match, and the waitlist's age today.
import { beforeAll, describe, expect, test } from "vitest";
import { getIntakeFunnel } from "@/lib/data/reports/intake-funnel";
import { ForbiddenError } from "@/lib/data/errors";
import { median } from "@/lib/domain/reports/median";
import { ownerDb as db } from "@/tests/support/owner-db";
import * as f from "@/tests/factories";
import { reportWorld, type ReportWorld } from "@/tests/integration/report-world";

const DAY = 86_400_000;
const period = { from: "2026-08-01", to: "2026-10-31" };
let w: ReportWorld;

interface RequestFact { createdAt: Date; matchedAt: Date | null; waitlistedAt: Date | null; status: "NEW" | "MATCHED" | "WAITLISTED" | "CLOSED"; locationIds: string[]; to?: "therapist" | "therapist2" }
let requests: RequestFact[];

const at = (iso: string) => new Date(iso);

beforeAll(async () => {
  w = await reportWorld();
  requests = [
    { createdAt: at("2026-07-28T10:00:00Z"), matchedAt: at("2026-08-02T10:00:00Z"), waitlistedAt: null, status: "MATCHED", locationIds: [w.site1], to: "therapist" }, // received before, matched in
    { createdAt: at("2026-08-05T09:00:00Z"), matchedAt: at("2026-08-07T21:00:00Z"), waitlistedAt: null, status: "MATCHED", locationIds: [w.site1], to: "therapist" },
    { createdAt: at("2026-09-10T09:00:00Z"), matchedAt: at("2026-09-11T09:00:00Z"), waitlistedAt: null, status: "MATCHED", locationIds: [w.site2], to: "therapist2" },
    { createdAt: at("2026-10-01T09:00:00Z"), matchedAt: at("2026-11-03T09:00:00Z"), waitlistedAt: null, status: "MATCHED", locationIds: [w.site2], to: "therapist2" }, // matched after
    { createdAt: at("2026-09-15T09:00:00Z"), matchedAt: null, waitlistedAt: at("2026-09-17T09:00:00Z"), status: "WAITLISTED", locationIds: [w.site1, w.site2] },
    { createdAt: at("2026-10-20T09:00:00Z"), matchedAt: null, waitlistedAt: null, status: "CLOSED", locationIds: [] },
    // outside the period: they count only in today's figures
    { createdAt: at("2026-01-05T09:00:00Z"), matchedAt: null, waitlistedAt: null, status: "NEW", locationIds: [w.site1] },
    { createdAt: at("2026-02-01T09:00:00Z"), matchedAt: null, waitlistedAt: at("2026-02-11T09:00:00Z"), status: "WAITLISTED", locationIds: [w.site2] },
    { createdAt: at("2026-01-20T09:00:00Z"), matchedAt: null, waitlistedAt: null, status: "WAITLISTED", locationIds: [w.site1] },
  ];
  for (const r of requests) {
    const created = await db().intakeRequest.create({
      data: {
        practiceId: w.practice.id, kind: "INDIVIDUAL", people: [{ firstName: "Pat", lastName: "Doe", dateOfBirth: "1990-01-01" }], concerns: ["ANXIETY"],
        serviceType: "INDIVIDUAL", locationIds: r.locationIds, status: r.status, createdById: w.intake.id, createdAt: r.createdAt,
        matchedAt: r.matchedAt, waitlistedAt: r.waitlistedAt,
      },
    });
    if (r.to) {
      await db().assignment.create({
        data: { practiceId: w.practice.id, intakeRequestId: created.id, clinicianId: w[r.to].clinicianId!, assignedById: w.intake.id, score: 80, reasons: [] },
      });
    }
  }
});

const lo = Date.parse(`${period.from}T00:00:00Z`);
const hi = Date.parse(`${period.to}T00:00:00Z`) + DAY;
const within = (d: Date | null) => d !== null && d.getTime() >= lo && d.getTime() < hi;

function expected(keep: (r: RequestFact) => boolean) {
  const rs = requests.filter(keep);
  const matched = rs.filter((r) => within(r.matchedAt));
  const waiting = rs.filter((r) => r.status === "WAITLISTED").map((r) => Math.floor((Date.now() - (r.waitlistedAt ?? r.createdAt).getTime()) / DAY));
  const days = median(matched.map((r) => (r.matchedAt!.getTime() - r.createdAt.getTime()) / DAY));
  return {
    new: rs.filter((r) => within(r.createdAt)).length,
    matched: matched.length,
    waitlisted: rs.filter((r) => within(r.waitlistedAt)).length,
    medianDaysToMatch: days === null ? null : Math.round(days * 10) / 10,
    openNow: rs.filter((r) => r.status === "NEW").length,
    waitlist: { count: waiting.length, medianAgeDays: median(waiting), oldestAgeDays: waiting.length ? Math.max(...waiting) : null },
  };
}

describe("intake funnel", () => {
  test("received, matched and waitlisted in the period, median days to match, and today's waitlist", async () => {
    const report = await getIntakeFunnel(w.actors.owner, { ...period, locationId: null });
    expect(report).toMatchObject(expected(() => true));
    // by hand: 5 received (Aug 5, Sep 10, Sep 15, Oct 1, Oct 20); matched after 5, 2.5 and 1 days: median 2.5
    expect(report).toMatchObject({ new: 5, matched: 3, waitlisted: 1, medianDaysToMatch: 2.5, openNow: 1 });
    // the oldest has waited since it came in (no waitlist date recorded): Jan 20
    expect(report.waitlist).toMatchObject({ count: 3, oldestAgeDays: Math.floor((Date.now() - Date.parse("2026-01-20T09:00:00Z")) / DAY) });
  });

  test("per month", async () => {
    const report = await getIntakeFunnel(w.actors.intake, { ...period, locationId: null });
    expect(report.data.map((m) => [m.month, m.new, m.matched, m.waitlisted])).toEqual([
      ["2026-08", 1, 2, 0], ["2026-09", 2, 1, 1], ["2026-10", 2, 0, 0],
    ]);
    expect(report.data[0]?.medianDaysToMatch).toBe(3.8); // (5 + 2.5) / 2 = 3.75, one decimal
  });

  test("a location keeps the requests that asked for it", async () => {
    const report = await getIntakeFunnel(w.actors.owner, { ...period, locationId: w.site2 });
    expect(report).toMatchObject(expected((r) => r.locationIds.includes(w.site2)));
  });

  test("a therapist's funnel holds only the requests matched to them", async () => {
    const report = await getIntakeFunnel(w.actors.therapist, { ...period, locationId: null });
    expect(report.scope).toBe("own");
    expect(report).toMatchObject(expected((r) => r.to === "therapist"));
    // by hand: one received in the period (Aug 5), two matched in it (Aug 2 and Aug 7)
    expect(report).toMatchObject({ new: 1, matched: 2, waitlisted: 0, openNow: 0 });
    const other = await getIntakeFunnel(w.actors.therapist2, { ...period, locationId: null });
    expect(other).toMatchObject(expected((r) => r.to === "therapist2"));
  });

  test("a role without the funnel is refused; its reads are audited", async () => {
    const bare = await f.actorFor(await f.createUser(w.practice.id, []));
    await expect(getIntakeFunnel(bare, { ...period, locationId: null })).rejects.toBeInstanceOf(ForbiddenError);
    await getIntakeFunnel(w.actors.intake, { ...period, locationId: null });
    expect(await db().auditEvent.count({ where: { requestId: w.actors.intake.requestId, action: "report.intake-funnel", outcome: "ALLOWED" } })).toBeGreaterThan(0);
  });
});
