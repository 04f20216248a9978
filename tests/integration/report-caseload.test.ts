// The caseload report against a practice built here, with the expected figures worked out in
// JavaScript from the same cases and notes (not from the SQL under test).
import { beforeAll, describe, expect, test } from "vitest";
import { getCaseloadReport } from "@/lib/data/reports/caseload";
import { ForbiddenError, InvalidError } from "@/lib/data/errors";
import { ownerDb as db } from "@/tests/support/owner-db";
import * as f from "@/tests/factories";
import { clientAt, coupleAt, hoursAgo, note, reportWorld, writeNotes, type NoteFact, type ReportWorld } from "@/tests/integration/report-world";

interface CaseFact { kind: "client" | "couple"; id: string; clinicianId: string | null; locationId: string | null; status: string; partnerIds: string[] }

const period = { from: "2026-06-01", to: "2026-09-30" };
let w: ReportWorld;
let cases: CaseFact[];
let notes: NoteFact[];

beforeAll(async () => {
  w = await reportWorld();
  const A = w.therapist.clinicianId!;
  const B = w.therapist2.clinicianId!;
  const p = w.practice.id;
  const [a1, a2, a3, a4, b1, u1] = [
    await clientAt(p, A, w.site1), await clientAt(p, A, w.site1), await clientAt(p, A, w.site2), await clientAt(p, A, w.site1, "DISCHARGED"),
    await clientAt(p, B, w.site2), await clientAt(p, null, w.site1),
  ];
  const [ac1, ac2, ac3, bc1] = [await coupleAt(p, A, w.site1), await coupleAt(p, A, w.site2), await coupleAt(p, A, w.site1, "DISCHARGED"), await coupleAt(p, B, w.site1)];
  const c = (x: { id: string; assignedClinicianId: string | null; status: string }, loc: string | null): CaseFact => ({ kind: "client", id: x.id, clinicianId: x.assignedClinicianId, locationId: loc, status: x.status, partnerIds: [] });
  const cp = (x: { id: string; partners: readonly { id: string }[] }, clinician: string, loc: string, status = "ACTIVE"): CaseFact => ({ kind: "couple", id: x.id, clinicianId: clinician, locationId: loc, status, partnerIds: x.partners.map((q) => q.id) });
  cases = [
    c(a1, w.site1), c(a2, w.site1), c(a3, w.site2), c(a4, w.site1), c(b1, w.site2), c(u1, w.site1),
    cp(ac1, A, w.site1), cp(ac2, A, w.site2), cp(ac3, A, w.site1, "DISCHARGED"), cp(bc1, B, w.site1),
    // partners are clients too, with their couple's clinician, location and status
    ...[[ac1, A, w.site1, "ACTIVE"], [ac2, A, w.site2, "ACTIVE"], [ac3, A, w.site1, "DISCHARGED"], [bc1, B, w.site1, "ACTIVE"]].flatMap(([x, cl, loc, st]) =>
      (x as typeof ac1).partners.map((q) => ({ kind: "client" as const, id: q.id, clinicianId: cl as string, locationId: loc as string, status: st as string, partnerIds: [] }))),
  ];
  const ua = w.therapist.id;
  const ub = w.therapist2.id;
  notes = await writeNotes(p, [
    note(ua, { clientId: a1.id }, "2026-06-10", 4),
    note(ua, { clientId: a1.id }, "2026-07-15", 5),
    note(ua, { coupleId: ac1.id }, "2026-08-01", 3, { status: "DRAFT", createdAt: hoursAgo(200) }),
    note(ua, { clientId: a3.id }, "2026-09-05", 6),
    note(ua, { clientId: a1.id }, "2026-05-20", 2), // before the period
    note(ua, { clientId: a2.id }, "2026-10-02", 2, { status: "DRAFT", createdAt: hoursAgo(10) }), // after it, and recent
    note(ub, { coupleId: bc1.id }, "2026-06-20", 2, { status: "DRAFT", createdAt: hoursAgo(100) }),
    note(ub, { clientId: b1.id }, "2026-07-01", 4),
    note(ub, { clientId: b1.id }, "2026-04-01", 3, { status: "DRAFT", createdAt: hoursAgo(80) }), // old draft: a backlog whatever the period
  ]);
});

// --- the expected figures, from the facts above -------------------------------------------------
const here = (loc: string | null, at: string | null) => at === null || loc === at;
const active = () => cases.filter((x) => x.status === "ACTIVE");
const locationOf = (n: NoteFact) => cases.find((x) => x.id === (n.clientId ?? n.coupleId))?.locationId ?? null;
const inPeriod = (n: NoteFact) => n.sessionDate >= period.from && n.sessionDate <= period.to;
const overdue = (n: NoteFact) => n.status === "DRAFT" && n.createdAt.getTime() < Date.now() - 72 * 3_600_000;
function activeCases(clinicianId: string) {
  const couples = active().filter((x) => x.kind === "couple" && x.clinicianId === clinicianId);
  const partners = new Set(couples.flatMap((x) => x.partnerIds));
  return couples.length + active().filter((x) => x.kind === "client" && x.clinicianId === clinicianId && !partners.has(x.id)).length;
}
function expectedRow(clinicianId: string, userId: string, max: number, at: string | null) {
  const mine = active().filter((x) => x.clinicianId === clinicianId && here(x.locationId, at));
  const written = notes.filter((n) => n.authorId === userId && here(locationOf(n), at));
  const cases = activeCases(clinicianId);
  return {
    activeClients: mine.filter((x) => x.kind === "client").length,
    activeCouples: mine.filter((x) => x.kind === "couple").length,
    sessions: written.filter(inPeriod).length,
    unsignedNotes: written.filter(overdue).length,
    maxCaseload: max, activeCases: cases, utilization: Math.round((cases / max) * 100) / 100,
  };
}

describe("caseload report", () => {
  test("each clinician's active clients, couples, sessions, late drafts and utilisation", async () => {
    const report = await getCaseloadReport(w.actors.owner, { ...period, locationId: null });
    expect(report.scope).toBe("practice");
    const A = report.data.find((r) => r.clinicianId === w.therapist.clinicianId);
    const B = report.data.find((r) => r.clinicianId === w.therapist2.clinicianId);
    expect(A).toMatchObject({ name: w.therapist.name, ...expectedRow(w.therapist.clinicianId!, w.therapist.id, 10, null) });
    expect(B).toMatchObject({ name: w.therapist2.name, ...expectedRow(w.therapist2.clinicianId!, w.therapist2.id, 4, null), acceptingNewClients: false });
    // worked out by hand too, as a check on the model above: 7 clients (3 + 4 partners), 2 couples, 5 cases of 10
    expect(A).toMatchObject({ activeClients: 7, activeCouples: 2, activeCases: 5, sessions: 4, unsignedNotes: 1, utilization: 0.5 });
    expect(report.data).toHaveLength(2);
    expect(report.totals).toMatchObject({ activeClients: 10, activeCouples: 3, sessions: 6, unsignedNotes: 3, maxCaseload: 14 });
  });

  test("by location: cases where they are seen, and the room accepting clinicians there have left", async () => {
    const report = await getCaseloadReport(w.actors.owner, { ...period, locationId: null });
    for (const site of [w.site1, w.site2]) {
      const row = report.byLocation.find((l) => l.locationId === site);
      const there = active().filter((x) => x.locationId === site);
      const couples = there.filter((x) => x.kind === "couple");
      const partners = new Set(couples.flatMap((x) => x.partnerIds));
      const atSite = notes.filter((n) => locationOf(n) === site);
      expect(row).toMatchObject({
        activeClients: there.filter((x) => x.kind === "client").length,
        activeCouples: couples.length,
        activeCases: couples.length + there.filter((x) => x.kind === "client" && !partners.has(x.id)).length,
        sessions: atSite.filter(inPeriod).length,
        unsignedNotes: atSite.filter(overdue).length,
      });
    }
    // site 1: both therapists work there; only A accepts new clients (10 places, 5 taken)
    expect(report.byLocation.find((l) => l.locationId === w.site1)).toMatchObject({ clinicians: 2, capacityLeft: 5 });
    expect(report.byLocation.find((l) => l.locationId === w.site2)).toMatchObject({ clinicians: 1, capacityLeft: 0 });
  });

  test("a location filter narrows counts to that site; utilisation stays the whole caseload", async () => {
    const report = await getCaseloadReport(w.actors.owner, { ...period, locationId: w.site1 });
    const A = report.data.find((r) => r.clinicianId === w.therapist.clinicianId);
    expect(A).toMatchObject(expectedRow(w.therapist.clinicianId!, w.therapist.id, 10, w.site1));
    expect(A).toMatchObject({ activeClients: 4, activeCouples: 1, sessions: 3, activeCases: 5, utilization: 0.5 });
    expect(report.byLocation.map((l) => l.locationId)).toEqual([w.site1]);
  });

  test("a therapist sees their own row only", async () => {
    const report = await getCaseloadReport(w.actors.therapist, { ...period, locationId: null });
    expect(report.scope).toBe("own");
    expect(report.data.map((r) => r.clinicianId)).toEqual([w.therapist.clinicianId]);
    expect(report.data[0]).toMatchObject(expectedRow(w.therapist.clinicianId!, w.therapist.id, 10, null));
    // their by-location rows count their own cases only: B's client at site 2 is not there
    const site2 = report.byLocation.find((l) => l.locationId === w.site2);
    expect(site2?.activeClients).toBe(active().filter((x) => x.kind === "client" && x.locationId === w.site2 && x.clinicianId === w.therapist.clinicianId).length);
  });

  test("an intake specialist is refused (403) and the refusal is audited", async () => {
    await expect(getCaseloadReport(w.actors.intake, { ...period, locationId: null })).rejects.toBeInstanceOf(ForbiddenError);
    const denied = await db().auditEvent.findFirst({ where: { requestId: w.actors.intake.requestId, outcome: "DENIED" } });
    // audited under the report's own action (the access path names refusals as it names reads)
    expect(denied).toMatchObject({ action: "report.caseload", entityType: "Report", entityId: "caseload" });
  });

  test("another practice's location is refused by name, and its data never appears", async () => {
    const other = await f.createPractice();
    const error = await getCaseloadReport(w.actors.owner, { ...period, locationId: other.locationId }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidError);
    expect((error as InvalidError).issues.map((i) => i.path.join("."))).toEqual(["locationId"]);
    const otherOwner = await f.actorFor(await f.createUser(other.id, ["OWNER"]));
    const theirs = await getCaseloadReport(otherOwner, { ...period, locationId: null });
    expect(theirs.data).toEqual([]);
    expect(theirs.totals.sessions).toBe(0);
  });

  test("every read writes an audit row naming the report, and no figures", async () => {
    const before = await db().auditEvent.count({ where: { requestId: w.actors.owner.requestId, action: "report.caseload" } });
    await getCaseloadReport(w.actors.owner, { ...period, locationId: null });
    const rows = await db().auditEvent.findMany({ where: { requestId: w.actors.owner.requestId, action: "report.caseload" } });
    expect(rows.length).toBe(before + 1);
    expect(rows.at(-1)).toMatchObject({ entityType: "Report", entityId: "caseload", outcome: "ALLOWED", actorId: w.owner.id });
  });
});
