// The HTTP contract of the report and audit routes (DESIGN.md): who gets what, CSV on request,
// 400 naming the field, never another practice's data. The route handlers run for real; only
// the session lookup is replaced by the test's actor.
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, test, vi } from "vitest";
import * as caseload from "@/app/api/v1/reports/caseload/route";
import * as funnel from "@/app/api/v1/reports/intake-funnel/route";
import * as trends from "@/app/api/v1/reports/clinical-trends/route";
import * as auditEvents from "@/app/api/v1/audit-events/route";
import * as clients from "@/app/api/v1/clients/route";
import type { Actor } from "@/lib/data/actor";
import * as f from "@/tests/factories";
import { clientAt, note, reportWorld, writeNotes, type ReportWorld } from "@/tests/integration/report-world";

let actor: Actor | null = null;
vi.mock("@/lib/auth/session", () => ({ currentActor: async () => actor }));

type Handler = (r: NextRequest, c: { params: Promise<Record<string, string>> }) => Promise<Response>;
async function get(handler: Handler, as: Actor | null, url: string, headers: Record<string, string> = {}) {
  actor = as;
  return handler(new NextRequest(`http://localhost${url}`, { headers }), { params: Promise.resolve({}) });
}

let w: ReportWorld;
beforeAll(async () => {
  w = await reportWorld();
  const c = await clientAt(w.practice.id, w.therapist.clinicianId, w.site1);
  await writeNotes(w.practice.id, [note(w.therapist.id, { clientId: c.id }, "2026-09-01", 4, { enemies: ["RESENTMENT"] })]);
});

describe("report routes", () => {
  test("401 without a session", async () => {
    expect((await get(caseload.GET as Handler, null, "/api/v1/reports/caseload")).status).toBe(401);
  });

  test("each role gets exactly its reports", async () => {
    const statuses = async (as: Actor) => Promise.all(([[caseload, "caseload"], [funnel, "intake-funnel"], [trends, "clinical-trends"]] as const).map(async ([r, name]) => (await get(r.GET as Handler, as, `/api/v1/reports/${name}`)).status));
    expect(await statuses(w.actors.owner)).toEqual([200, 200, 200]);
    // a therapist: all three, scoped to their own caseload (DESIGN.md)
    expect(await statuses(w.actors.therapist)).toEqual([200, 200, 200]);
    expect(await statuses(w.actors.intake)).toEqual([403, 200, 403]);
  });

  test("a role without a report is refused before its query is read: 403 for nonsense too", async () => {
    for (const [route, url] of [[caseload, "/api/v1/reports/caseload?from=garbage&locationId=%00"], [trends, "/api/v1/reports/clinical-trends?to=9999-99-99"]] as const) {
      expect((await get(route.GET as Handler, w.actors.intake, url)).status, url).toBe(403);
    }
    expect((await get(caseload.GET as Handler, w.actors.owner, "/api/v1/reports/caseload?from=garbage")).status).toBe(400);
  });

  test("caseload rows carry DESIGN.md's fields", async () => {
    const body = await (await get(caseload.GET as Handler, w.actors.owner, "/api/v1/reports/caseload?from=2026-08-01&to=2026-09-30")).json();
    expect(body).toMatchObject({ from: "2026-08-01", to: "2026-09-30", locationId: null });
    const row = body.data.find((r: { clinicianId: string }) => r.clinicianId === w.therapist.clinicianId);
    expect(Object.keys(row)).toEqual(expect.arrayContaining(["clinicianId", "name", "activeClients", "activeCouples", "sessions", "unsignedNotes", "maxCaseload", "utilization"]));
    expect(row).toMatchObject({ activeClients: 1, sessions: 1, maxCaseload: 10, utilization: 0.1 });
  });

  test("Accept: text/csv, or ?format=csv, answers a CSV attachment", async () => {
    for (const [url, headers] of [["/api/v1/reports/clinical-trends?from=2026-09-01&to=2026-09-30", { accept: "text/csv" }], ["/api/v1/reports/clinical-trends?from=2026-09-01&to=2026-09-30&format=csv", {}]] as const) {
      const response = await get(trends.GET as Handler, w.actors.owner, url, headers);
      expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
      expect(response.headers.get("content-disposition")).toBe('attachment; filename="clinical-trends-2026-09-01-to-2026-09-30.csv"');
      // one session at level 4 with resentment: both hidden as "<5"
      expect((await response.text()).split("\r\n")[1]).toBe("2026-09,0,0,0,<5,0,0,0,0,0,0,<5,0,0,");
    }
    const json = await get(trends.GET as Handler, w.actors.owner, "/api/v1/reports/clinical-trends?from=2026-09-01&to=2026-09-30", { accept: "application/json, text/csv;q=0.5" });
    expect(json.headers.get("content-type")).toMatch(/application\/json/);
    const byLocation = await get(caseload.GET as Handler, w.actors.owner, "/api/v1/reports/caseload?format=csv&by=location");
    expect((await byLocation.text()).split("\r\n")[0]).toBe("locationId,name,activeClients,activeCouples,activeCases,sessions,unsignedNotes,clinicians,capacityLeft");
  });

  test("bad dates and a start after the end are 400 with the field named", async () => {
    for (const [query, field] of [["from=2026-02-30", "from"], ["to=yesterday", "to"], ["from=2026-10-02&to=2026-10-01", "from"], ["from=2019-01-01&to=2026-01-01", "from"]]) {
      const response = await get(caseload.GET as Handler, w.actors.owner, `/api/v1/reports/caseload?${query}`);
      expect(response.status, query).toBe(400);
      const body = await response.json();
      expect(body.error.code).toBe("invalid_input");
      expect(body.error.issues.map((i: { path: string[] }) => i.path.join("."))).toContain(field);
    }
  });

  test("another practice's location is a 400, and another practice's owner sees none of these figures", async () => {
    const other = await f.createPractice();
    const bad = await get(funnel.GET as Handler, w.actors.owner, `/api/v1/reports/intake-funnel?locationId=${other.locationId}`);
    expect(bad.status).toBe(400);
    const stranger = await f.actorFor(await f.createUser(other.id, ["OWNER"]));
    const theirs = await (await get(caseload.GET as Handler, stranger, "/api/v1/reports/caseload?from=2026-08-01&to=2026-09-30")).json();
    expect(theirs.data).toEqual([]);
    expect(JSON.stringify(theirs)).not.toContain(w.therapist.clinicianId!);
  });
});

describe("GET /api/v1/audit-events", () => {
  test("owners only", async () => {
    for (const as of [w.actors.therapist, w.actors.intake]) expect((await get(auditEvents.GET as Handler, as, "/api/v1/audit-events")).status).toBe(403);
    const body = await (await get(auditEvents.GET as Handler, w.actors.owner, "/api/v1/audit-events?limit=2")).json();
    expect(body.data).toHaveLength(2);
    expect(typeof body.nextCursor).toBe("string");
  });

  test("?clientId= finds the therapist's client list that showed that client, and nothing for a client it did not show", async () => {
    const therapist = await f.actorFor(w.therapist);
    const mine = await clientAt(w.practice.id, w.therapist.clinicianId, w.site1);
    const theirs = await clientAt(w.practice.id, w.therapist2.clinicianId, w.site1);
    const listed = await (await get(clients.GET as Handler, therapist, "/api/v1/clients?limit=100")).json();
    expect(listed.data.map((c: { id: string }) => c.id)).toContain(mine.id);
    const found = async (clientId: string) => {
      const body = await (await get(auditEvents.GET as Handler, w.actors.owner, `/api/v1/audit-events?clientId=${clientId}&action=client.list`)).json();
      return body.data.map((e: { requestId: string; actorId: string }) => [e.actorId, e.requestId]);
    };
    expect(await found(mine.id)).toEqual([[w.therapist.id, therapist.requestId]]);
    expect(await found(theirs.id)).toEqual([]);
  });

  test("bad filters are 400", async () => {
    const response = await get(auditEvents.GET as Handler, w.actors.owner, "/api/v1/audit-events?from=2026-13-01&limit=500");
    expect(response.status).toBe(400);
    const paths = (await response.json()).error.issues.map((i: { path: string[] }) => i.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["from", "limit"]));
  });
});
