// DESIGN.md "Measures" through the HTTP routes: the server scores, bad answers are a 400 naming
// `answers`, and only the clinician treating the case now sees a client's scores.
import { NextRequest } from "next/server";
import { beforeEach, describe, expect, test, vi } from "vitest";
import type { Actor } from "@/lib/data/actor";
import * as measures from "@/app/api/v1/measures/route";
import * as one from "@/app/api/v1/measures/[id]/route";
import * as f from "@/tests/factories";
import { notesWorld, type NotesWorld } from "@/tests/integration/notes-world";
import { ownerDb as db } from "@/tests/support/owner-db";

let actor: Actor | null = null;
vi.mock("@/lib/auth/session", () => ({ currentActor: async () => actor }));

const BASE = "http://localhost/api/v1/measures";
type Json = { error?: { code: string; issues?: { path: (string | number)[] }[] }; data?: Json[]; nextCursor?: string | null } & Record<string, unknown>;

async function call(handler: unknown, as: Actor | null, url: string, body?: unknown, params: Record<string, string> = {}) {
  actor = as;
  const init = body === undefined ? { method: "GET" } : { method: "POST", body: JSON.stringify(body), headers: { "content-type": "application/json" } };
  const run = handler as (r: NextRequest, c: { params: Promise<Record<string, string>> }) => Promise<Response>;
  const response = await run(new NextRequest(url, init), { params: Promise.resolve(params) });
  return { status: response.status, json: (await response.json()) as Json };
}
const post = (as: Actor | null, body: unknown) => call(measures.POST, as, BASE, body);
const list = (as: Actor | null, query: string) => call(measures.GET, as, `${BASE}?${query}`);
const get = (as: Actor | null, id: string) => call(one.GET, as, `${BASE}/${id}`, undefined, { id });
const paths = (json: Json) => (json.error?.issues ?? []).map((i) => i.path.join("."));

let w: NotesWorld;
const phq = (clientId: string, answers: number[], takenOn = "2026-11-02") => ({ clientId, instrument: "PHQ9", takenOn, answers });
beforeEach(async () => {
  w = await notesWorld();
});

describe("POST /api/v1/measures", () => {
  test("201: the server scores, bands and flags a PHQ-9 (the caller's score is not read)", async () => {
    const { status, json } = await post(w.actors.author, { ...phq(w.client.id, [2, 2, 2, 2, 2, 2, 2, 1, 1]), score: 0, band: "minimal" });
    expect(status).toBe(201);
    expect(json).toMatchObject({ clientId: w.client.id, coupleId: null, instrument: "PHQ9", takenOn: "2026-11-02", score: 16, band: "moderately severe", flags: ["SELF_HARM_ITEM"] });
    expect((await get(w.actors.author, json.id as string)).json).toEqual(json);
  });

  test("GAD-7 and a CSI-4 per partner for the couple's work", async () => {
    const gad = await post(w.actors.author, { clientId: w.client.id, instrument: "GAD7", takenOn: "2026-11-02", answers: [1, 1, 1, 1, 1, 0, 0] });
    expect(gad.json).toMatchObject({ score: 5, band: "mild", flags: [] });
    const [a, b] = w.couple.partners;
    const csiA = await post(w.actors.author, { clientId: a.id, coupleId: w.couple.id, instrument: "CSI4", takenOn: "2026-11-02", answers: [3, 3, 3, 4] });
    const csiB = await post(w.actors.author, { clientId: b.id, coupleId: w.couple.id, instrument: "CSI4", takenOn: "2026-11-02", answers: [4, 3, 3, 4] });
    expect([csiA.status, csiA.json.band, csiB.json.band]).toEqual([201, "distressed", "not distressed"]);
    const listed = await list(w.actors.author, `coupleId=${w.couple.id}`);
    expect(listed.json.data?.map((m) => m.clientId).sort()).toEqual([a.id, b.id].sort());
  });

  test("400 naming answers: wrong count, out of range, not whole numbers", async () => {
    const short = await post(w.actors.author, phq(w.client.id, [0, 0, 0]));
    expect([short.status, paths(short.json)]).toEqual([400, ["answers"]]);
    const range = await post(w.actors.author, phq(w.client.id, [0, 0, 0, 4, 0, 0, 0, 0, -1]));
    expect([range.status, paths(range.json)]).toEqual([400, ["answers.3", "answers.8"]]);
    const csi = await post(w.actors.author, { clientId: w.client.id, instrument: "CSI4", takenOn: "2026-11-02", answers: [6, 6, 5, 5] });
    expect([csi.status, paths(csi.json)]).toEqual([400, ["answers.1"]]);
    const frac = await post(w.actors.author, phq(w.client.id, [0.5, 0, 0, 0, 0, 0, 0, 0, 0]));
    expect(frac.status).toBe(400);
    expect(paths(frac.json)[0]).toMatch(/^answers/);
    expect(await db().measure.count({ where: { practiceId: w.practice.id } })).toBe(0);
  });

  test("400 for a future date in the practice's time zone, and for a couple the client is not a partner of", async () => {
    const future = await post(w.actors.author, phq(w.client.id, [0, 0, 0, 0, 0, 0, 0, 0, 0], "2999-01-01"));
    expect([future.status, paths(future.json)]).toEqual([400, ["takenOn"]]);
    const ancient = await post(w.actors.author, phq(w.client.id, [0, 0, 0, 0, 0, 0, 0, 0, 0], "2001-01-01"));
    expect([ancient.status, paths(ancient.json)]).toEqual([400, ["takenOn"]]);
    const stranger = await post(w.actors.author, { clientId: w.client.id, coupleId: w.couple.id, instrument: "CSI4", takenOn: "2026-11-02", answers: [3, 3, 3, 3] });
    expect([stranger.status, paths(stranger.json)]).toEqual([400, ["coupleId"]]);
  });

  test("intake is 403 whatever it sends; a colleague or a non-treating owner gets 404", async () => {
    expect((await post(w.actors.intake, { nonsense: true })).status).toBe(403);
    expect((await post(w.actors.colleague, phq(w.client.id, [0, 0, 0, 0, 0, 0, 0, 0, 0]))).status).toBe(404);
    expect((await post(w.actors.owner, phq(w.client.id, [0, 0, 0, 0, 0, 0, 0, 0, 0]))).status).toBe(404);
    expect((await post(w.actors.colleague, { clientId: w.couple.partners[0].id, coupleId: w.couple.id, instrument: "CSI4", takenOn: "2026-11-02", answers: [3, 3, 3, 3] })).status).toBe(404);
  });
});

describe("reading measures", () => {
  test("newest first, paged with a cursor", async () => {
    for (const [day, first] of [["2026-10-01", 0], ["2026-11-01", 2], ["2026-10-15", 1]] as const) {
      expect((await post(w.actors.author, phq(w.client.id, [first, 0, 0, 0, 0, 0, 0, 0, 0], day))).status).toBe(201);
    }
    const page = await list(w.actors.author, `clientId=${w.client.id}&limit=2`);
    expect(page.json.data?.map((m) => m.takenOn)).toEqual(["2026-11-01", "2026-10-15"]);
    const rest = await list(w.actors.author, `clientId=${w.client.id}&limit=2&cursor=${page.json.nextCursor}`);
    expect([rest.json.data?.map((m) => m.takenOn), rest.json.nextCursor]).toEqual([["2026-10-01"], null]);
    expect((await list(w.actors.author, "limit=2")).status).toBe(400);
  });

  test("intake: 403 to list, 404 for an id; colleague, other practice and reassigned-away clinician: 404", async () => {
    const made = (await post(w.actors.author, phq(w.client.id, [1, 1, 1, 1, 1, 1, 1, 1, 1]))).json;
    const id = made.id as string;
    expect((await list(w.actors.intake, `clientId=${w.client.id}`)).status).toBe(403);
    expect((await get(w.actors.intake, id)).status).toBe(404);
    expect((await get(w.actors.colleague, id)).status).toBe(404);
    expect((await list(w.actors.colleague, `clientId=${w.client.id}`)).json.data).toEqual([]);
    const other = await f.createStaffedPractice();
    expect((await get(await f.actorFor(other.therapist), id)).status).toBe(404);
    expect((await get(await f.actorFor(other.owner), id)).status).toBe(404);
    // The case moves to the colleague: the author no longer reads it, the colleague now does.
    await db().client.update({ where: { id: w.client.id }, data: { assignedClinicianId: w.therapist2.clinicianId } });
    expect((await get(w.actors.author, id)).status).toBe(404);
    expect((await list(w.actors.author, `clientId=${w.client.id}`)).json.data).toEqual([]);
    expect((await get(w.actors.colleague, id)).status).toBe(200);
  });

  test("every entry and read is audited with the client's id, and refusals too", async () => {
    const id = (await post(w.actors.author, phq(w.client.id, [0, 0, 0, 0, 0, 0, 0, 0, 2]))).json.id as string;
    await get(w.actors.author, id);
    await list(w.actors.author, `clientId=${w.client.id}`);
    await get(w.actors.colleague, id);
    const rows = await db().auditEvent.findMany({ where: { practiceId: w.practice.id, action: { startsWith: "measure." } }, orderBy: { seq: "asc" } });
    expect(rows.map((r) => [r.action, r.outcome])).toEqual([["measure.create", "ALLOWED"], ["measure.read", "ALLOWED"], ["measure.list", "ALLOWED"], ["measure.read", "NOT_FOUND"]]);
    for (const row of rows.slice(0, 3)) expect(row.clientIds).toEqual([w.client.id]);
    expect(rows[0]!.entityId).toBe(id);
    expect(rows[2]!.entityIds).toEqual([id]);
  });
});

describe("the Measures section of a case page", () => {
  test("the treating clinician sees the scores and may enter; intake gets nothing; an owner who does not treat sees nothing", async () => {
    const { loadMeasureSection } = await import("@/lib/data/measures/section");
    await post(w.actors.author, phq(w.client.id, [0, 0, 0, 0, 0, 0, 0, 0, 1]));
    const mine = await loadMeasureSection(w.actors.author, { clientId: w.client.id });
    expect([mine?.measures.map((m) => m.flags), mine?.canWrite, mine?.people.map((p) => p.id)]).toEqual([[["SELF_HARM_ITEM"]], true, [w.client.id]]);
    expect(await loadMeasureSection(w.actors.intake, { clientId: w.client.id })).toBeNull();
    const owner = await loadMeasureSection(w.actors.owner, { clientId: w.client.id });
    expect([owner?.measures, owner?.people, owner?.canWrite]).toEqual([[], [], false]);
    const couple = await loadMeasureSection(w.actors.author, { coupleId: w.couple.id });
    expect(couple?.people.map((p) => p.id).sort()).toEqual(w.couple.partners.map((p) => p.id).sort());
  });
});
