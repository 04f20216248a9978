// A client's accounting of disclosures (issue 8 item 4): the owner downloads, as CSV, every event
// that showed one client (reads, list rows, notes) with who and when, and nothing about others.
import { NextRequest } from "next/server";
import { describe, expect, test, vi } from "vitest";
import * as auditEvents from "@/app/api/v1/audit-events/route";
import * as clients from "@/app/api/v1/clients/route";
import * as client from "@/app/api/v1/clients/[id]/route";
import type { Actor } from "@/lib/data/actor";
import * as f from "@/tests/factories";
import { ownerDb as db } from "@/tests/support/owner-db";

let actor: Actor | null = null;
vi.mock("@/lib/auth/session", () => ({ currentActor: async () => actor }));

type Handler = (r: NextRequest, c: { params: Promise<Record<string, string>> }) => Promise<Response>;
async function get(handler: unknown, as: Actor, url: string, params: Record<string, string> = {}, headers: Record<string, string> = {}) {
  actor = as;
  return (handler as Handler)(new NextRequest(`http://localhost${url}`, { headers }), { params: Promise.resolve(params) });
}

describe("GET /api/v1/audit-events?clientId=…&format=csv", () => {
  test("lists every event that showed the client, with who and when, and no event of another client", async () => {
    const w = await f.createStaffedPractice();
    const therapist = await f.actorFor(w.therapist);
    const owner = await f.actorFor(w.owner);
    const mine = await f.createClient(w.practice.id, { assignedClinicianId: w.therapist.clinicianId, lastName: "=HYPERLINK(1)" });
    const other = await f.createClient(w.practice.id, { assignedClinicianId: w.therapist2.clinicianId });
    expect((await get(clients.GET, therapist, "/api/v1/clients?limit=100")).status).toBe(200);
    expect((await get(client.GET, therapist, `/api/v1/clients/${mine.id}`, { id: mine.id })).status).toBe(200);
    expect((await get(client.GET, owner, `/api/v1/clients/${other.id}`, { id: other.id })).status).toBe(200);

    const response = await get(auditEvents.GET, owner, `/api/v1/audit-events?clientId=${mine.id}&format=csv`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/csv");
    expect(response.headers.get("content-disposition")).toContain(`audit-client-${mine.id}`);
    const lines = (await response.text()).trimEnd().split("\r\n");
    expect(lines[0]).toBe("When (UTC),Who,User id,Action,Record type,Record,Outcome,Request id");
    const rows = lines.slice(1).map((line) => line.split(","));
    expect(rows.map((r) => r[3]).sort()).toEqual(["client.list", "client.read"]);
    for (const r of rows) expect(r.slice(1, 3)).toEqual([w.therapist.name, w.therapist.id]);
    expect(lines.join("\n")).not.toContain(other.id);
    // Accept: text/csv answers the same; JSON stays the default.
    expect((await get(auditEvents.GET, owner, `/api/v1/audit-events?clientId=${mine.id}`, {}, { accept: "text/csv" })).headers.get("content-type")).toContain("text/csv");
    expect((await get(auditEvents.GET, owner, `/api/v1/audit-events?clientId=${mine.id}`)).headers.get("content-type")).toContain("application/json");
    // The export is audited, naming the client it accounted for.
    const exported = await db().auditEvent.findFirstOrThrow({ where: { practiceId: w.practice.id, action: "audit.export" } });
    expect(exported).toMatchObject({ actorId: w.owner.id, clientIds: [mine.id], outcome: "ALLOWED" });
  });

  test("is the owner's alone: a therapist gets 403 whatever the query", async () => {
    const w = await f.createStaffedPractice();
    const response = await get(auditEvents.GET, await f.actorFor(w.therapist), "/api/v1/audit-events?clientId=%00bad&format=csv");
    expect(response.status).toBe(403);
  });
});
