// The HTTP contract of /api/v1/notes (DESIGN.md): status codes, the error body with the field
// named, 409 with the current note. The route handlers run for real; only the session lookup is
// replaced by the test's actor.
import { NextRequest } from "next/server";
import { beforeEach, describe, expect, test, vi } from "vitest";
import type { Actor } from "@/lib/data/actor";
import * as notes from "@/app/api/v1/notes/route";
import * as one from "@/app/api/v1/notes/[id]/route";
import * as sign from "@/app/api/v1/notes/[id]/sign/route";
import * as addenda from "@/app/api/v1/notes/[id]/addenda/route";
import { TEST_PASSWORD } from "@/tests/factories";
import { coupleNoteInput, notesWorld, SECRET, type NotesWorld } from "@/tests/integration/notes-world";

let actor: Actor | null = null;
vi.mock("@/lib/auth/session", () => ({ currentActor: async () => actor }));

const BASE = "http://localhost/api/v1/notes";
type Json = { error?: { code: string; issues?: { path: (string | number)[] }[]; details?: { current: Record<string, unknown> } } } & Record<string, unknown>;

async function call(handler: (r: NextRequest, c: { params: Promise<Record<string, string>> }) => Promise<Response>, as: Actor | null, url: string, body?: unknown, params: Record<string, string> = {}, method = "POST") {
  actor = as;
  const init = body === undefined ? { method: "GET" } : { method, body: JSON.stringify(body), headers: { "content-type": "application/json" } };
  const response = await handler(new NextRequest(url, init), { params: Promise.resolve(params) });
  return { status: response.status, json: (await response.json()) as Json };
}

const post = (as: Actor | null, body: unknown) => call(notes.POST as never, as, BASE, body);
const patch = (as: Actor, id: string, body: unknown) => call(one.PATCH as never, as, `${BASE}/${id}`, body, { id }, "PATCH");
const paths = (json: Json) => (json.error?.issues ?? []).map((i) => i.path.join("."));

let w: NotesWorld;
let valid: Record<string, unknown>;
beforeEach(async () => {
  w = await notesWorld();
  valid = JSON.parse(JSON.stringify(coupleNoteInput(w)));
});

describe("POST /api/v1/notes", () => {
  test("201 with the note as DESIGN.md reads it", async () => {
    const { status, json } = await post(w.actors.author, valid);
    expect(status).toBe(201);
    expect(json).toMatchObject({ status: "DRAFT", version: 1, authorId: w.therapist.id, signedAt: null, addenda: [], privateNote: SECRET });
  });

  test("401 without a session", async () => {
    expect((await post(null, valid)).status).toBe(401);
  });

  test.each([
    ["level 0", { intimacyLevel: 0 }, "intimacyLevel"],
    ["level 8", { intimacyLevel: 8 }, "intimacyLevel"],
    ["intensity 4", { enemies: [{ enemy: "RESENTMENT", intensity: 4 }] }, "enemies.0.intensity"],
    ["an unknown enemy", { enemies: [{ enemy: "JEALOUSY", intensity: 1 }] }, "enemies.0.enemy"],
    ["an unknown ingredient", { ingredients: ["PASSION"] }, "ingredients.0"],
    ["both clientId and coupleId", { clientId: "abc" }, "clientId"],
    ["neither clientId nor coupleId", { coupleId: undefined }, "coupleId"],
    ["a section of another format", { format: "DAP" }, "sections.data"],
    ["a partner level of 9", { partnerLevels: [{ clientId: "x", level: 9 }] }, "partnerLevels.0.level"],
  ])("400 naming the field for %s", async (_, change, field) => {
    const { status, json } = await post(w.actors.author, { ...valid, ...change });
    expect(status).toBe(400);
    expect(json.error?.code).toBe("invalid_input");
    expect(paths(json)).toContain(field);
  });

  test("400, not 500, for a body that is not JSON", async () => {
    actor = w.actors.author;
    const response = await notes.POST(new NextRequest(BASE, { method: "POST", body: "{oops" }), { params: Promise.resolve({}) } as never);
    expect(response.status).toBe(400);
  });

  test("403 for an intake specialist, 404 for a couple outside the caseload", async () => {
    expect((await post(w.actors.intake, valid)).status).toBe(403);
    expect((await post(w.actors.colleague, valid)).status).toBe(404);
  });
});

describe("GET /api/v1/notes and /api/v1/notes/{id}", () => {
  test("the list needs clientId or coupleId (400), hides the couple from others (404), and is refused to intake (403)", async () => {
    const created = (await post(w.actors.author, valid)).json;
    expect((await call(notes.GET as never, w.actors.author, BASE)).status).toBe(400);
    const mine = await call(notes.GET as never, w.actors.author, `${BASE}?coupleId=${w.couple.id}`);
    expect(mine).toMatchObject({ status: 200, json: { data: [{ id: created.id }], nextCursor: null } });
    expect((await call(notes.GET as never, w.actors.owner, `${BASE}?coupleId=${w.couple.id}`)).status).toBe(404);
    expect((await call(notes.GET as never, w.actors.intake, `${BASE}?coupleId=${w.couple.id}`)).status).toBe(403);
  });

  test("one note: 200 for the author, 404 for intake and for a non-treating owner", async () => {
    const id = (await post(w.actors.author, valid)).json.id as string;
    expect((await call(one.GET as never, w.actors.author, `${BASE}/${id}`, undefined, { id })).status).toBe(200);
    expect((await call(one.GET as never, w.actors.intake, `${BASE}/${id}`, undefined, { id })).json.error?.code).toBe("not_found");
    expect((await call(one.GET as never, w.actors.owner, `${BASE}/${id}`, undefined, { id })).status).toBe(404);
  });
});

describe("PATCH, sign and addenda", () => {
  test("PATCH without version is 400; with a stale one 409 whose body carries the current note", async () => {
    const id = (await post(w.actors.author, valid)).json.id as string;
    expect(paths((await patch(w.actors.author, id, { homework: "x" })).json)).toContain("version");
    expect((await patch(w.actors.author, id, { version: 1, homework: "first" })).json).toMatchObject({ version: 2, homework: "first" });
    const stale = await patch(w.actors.author, id, { version: 1, homework: "second" });
    expect(stale.status).toBe(409);
    expect(stale.json.error?.details?.current).toMatchObject({ id, version: 2, homework: "first" });
  });

  test("sign: wrong password 403, right one 200, again 409; addenda: 201 on signed, 409 on draft", async () => {
    const id = (await post(w.actors.author, valid)).json.id as string;
    const signUrl = `${BASE}/${id}/sign`;
    const addUrl = `${BASE}/${id}/addenda`;
    expect((await call(addenda.POST as never, w.actors.author, addUrl, { text: "early" }, { id })).status).toBe(409);
    expect((await call(sign.POST as never, w.actors.author, signUrl, { password: "wrong" }, { id })).status).toBe(403);
    const signed = await call(sign.POST as never, w.actors.author, signUrl, { password: TEST_PASSWORD }, { id });
    expect(signed).toMatchObject({ status: 200, json: { status: "SIGNED", version: 2 } });
    expect((await call(sign.POST as never, w.actors.author, signUrl, { password: TEST_PASSWORD }, { id })).status).toBe(409);
    expect((await patch(w.actors.author, id, { version: 2, homework: "late change" })).status).toBe(409);
    const added = await call(addenda.POST as never, w.actors.author, addUrl, { text: "Correction." }, { id });
    expect(added).toMatchObject({ status: 201, json: { text: "Correction.", authorId: w.therapist.id } });
    expect((await call(addenda.POST as never, w.actors.author, addUrl, { text: "  " }, { id })).status).toBe(400);
  });

  test("the private note is null in every response to anyone but its author", async () => {
    const id = (await post(w.actors.author, valid)).json.id as string;
    await call(sign.POST as never, w.actors.author, `${BASE}/${id}/sign`, { password: TEST_PASSWORD }, { id });
    const { ownerDb: db } = await import("@/tests/support/owner-db");
    await db().couple.update({ where: { id: w.couple.id }, data: { assignedClinicianId: w.therapist2.clinicianId } });
    const read = await call(one.GET as never, w.actors.colleague, `${BASE}/${id}`, undefined, { id });
    expect(read.json).toMatchObject({ id, privateNote: null });
    const listed = await call(notes.GET as never, w.actors.colleague, `${BASE}?coupleId=${w.couple.id}`);
    expect(JSON.stringify(listed.json)).not.toContain(SECRET);
    expect(JSON.stringify(read.json)).not.toContain(SECRET);
  });
});
