// Relational codes on notes (DESIGN.md "Relational codes on notes"), the session date's "today"
// in the practice's time zone, and a note recording an appointment ("Appointments"), through the
// real route handlers; only the session lookup is replaced by the test's actor.
import { NextRequest } from "next/server";
import { beforeEach, describe, expect, test, vi } from "vitest";
import type { Actor } from "@/lib/data/actor";
import * as notes from "@/app/api/v1/notes/route";
import * as one from "@/app/api/v1/notes/[id]/route";
import { startDraft } from "@/lib/data/notes/write";
import { todayIn } from "@/lib/domain/notes/today";
import { ownerDb } from "@/tests/support/owner-db";
import { clientNoteInput, coupleNoteInput, notesWorld, type NotesWorld } from "@/tests/integration/notes-world";

let actor: Actor | null = null;
vi.mock("@/lib/auth/session", () => ({ currentActor: async () => actor }));

const BASE = "http://localhost/api/v1/notes";
type Json = { error?: { code: string; message: string; issues?: { path: (string | number)[]; message: string }[] } } & Record<string, unknown>;

async function call(handler: unknown, as: Actor, url: string, method: string, body?: unknown, params: Record<string, string> = {}) {
  actor = as;
  const init = body === undefined ? { method } : { method, body: JSON.stringify(body), headers: { "content-type": "application/json" } };
  const h = handler as (r: NextRequest, c: { params: Promise<Record<string, string>> }) => Promise<Response>;
  const response = await h(new NextRequest(url, init), { params: Promise.resolve(params) });
  return { status: response.status, json: (await response.json()) as Json };
}
const post = (as: Actor, body: unknown) => call(notes.POST, as, BASE, "POST", body);
const patch = (as: Actor, id: string, body: unknown) => call(one.PATCH, as, `${BASE}/${id}`, "PATCH", body, { id });
const get = (as: Actor, id: string) => call(one.GET, as, `${BASE}/${id}`, "GET", undefined, { id });
const list = (as: Actor, query: string) => call(notes.GET, as, `${BASE}?${query}`, "GET");
const paths = (json: Json) => (json.error?.issues ?? []).map((i) => i.path.join("."));
const plusDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

let w: NotesWorld;
let a: string;
let b: string;
let couple: Record<string, unknown>;
beforeEach(async () => {
  w = await notesWorld();
  [a, b] = [w.couple.partners[0].id, w.couple.partners[1].id];
  couple = JSON.parse(JSON.stringify(coupleNoteInput(w)));
});

describe("per-partner codes", () => {
  test("patterns, enemies carried by a partner and prerequisites round-trip through create, read, list and PATCH", async () => {
    const patterns = [
      { pattern: "PURSUING", clientId: a, intensity: 3 },
      { pattern: "DISTANCING", clientId: b, intensity: 2 },
      { pattern: "CRITICISM", clientId: null, intensity: 1 },
    ];
    const created = await post(w.actors.author, {
      ...couple, patterns, enemies: [{ enemy: "RESENTMENT", intensity: 2, clientId: b }], prerequisites: ["TRUST", "SAFETY"],
    });
    expect(created.status).toBe(201);
    const id = created.json.id as string;
    const read = await get(w.actors.author, id);
    expect(read.json.patterns).toEqual(expect.arrayContaining(patterns));
    expect((read.json.patterns as unknown[]).length).toBe(3);
    expect(read.json.enemies).toEqual([{ enemy: "RESENTMENT", intensity: 2, clientId: b }]);
    expect(read.json.prerequisites).toEqual(["SAFETY", "TRUST"]);
    const listed = await list(w.actors.author, `coupleId=${w.couple.id}`);
    expect((listed.json.data as Json[])[0]?.patterns).toEqual(read.json.patterns);

    const changed = await patch(w.actors.author, id, {
      version: 1, patterns: [{ pattern: "PURSUING", clientId: a, intensity: 1 }, { pattern: "STONEWALLING", clientId: b, intensity: 2 }],
      enemies: [{ enemy: "RESENTMENT", intensity: 2, clientId: a }], prerequisites: [],
    });
    expect(changed.status).toBe(200);
    const again = await get(w.actors.author, id);
    expect(again.json).toMatchObject({
      version: 2,
      patterns: [{ pattern: "PURSUING", clientId: a, intensity: 1 }, { pattern: "STONEWALLING", clientId: b, intensity: 2 }],
      enemies: [{ enemy: "RESENTMENT", intensity: 2, clientId: a }],
      prerequisites: [],
    });
    expect(changed.json.patterns).toEqual(again.json.patterns);
  });

  test("a stranger's clientId on a pattern or an enemy is 400 naming the path, and nothing is stored", async () => {
    const stranger = w.colleagueClient.id;
    const r1 = await post(w.actors.author, { ...couple, patterns: [{ pattern: "CONTEMPT", clientId: stranger, intensity: 1 }] });
    expect(r1.status).toBe(400);
    expect(paths(r1.json)).toContain("patterns.0.clientId");
    const r2 = await post(w.actors.author, { ...couple, enemies: [{ enemy: "DISHONESTY", intensity: 1, clientId: stranger }] });
    expect(r2.status).toBe(400);
    expect(paths(r2.json)).toContain("enemies.0.clientId");
    expect(await ownerDb().sessionNote.count({ where: { coupleId: w.couple.id } })).toBe(0);

    const made = await post(w.actors.author, couple);
    const r3 = await patch(w.actors.author, made.json.id as string, { version: 1, patterns: [{ pattern: "FUSION", clientId: stranger, intensity: 2 }] });
    expect(r3.status).toBe(400);
    expect(paths(r3.json)).toContain("patterns.0.clientId");
    expect(await ownerDb().notePattern.count({ where: { noteId: made.json.id as string } })).toBe(0);
  });

  test("a partner's pattern on an individual note is 400; the client's own is fine", async () => {
    const body = JSON.parse(JSON.stringify(clientNoteInput(w.client.id)));
    const bad = await post(w.actors.author, { ...body, patterns: [{ pattern: "PURSUING", clientId: a, intensity: 2 }] });
    expect(bad.status).toBe(400);
    expect(paths(bad.json)).toContain("patterns.0.clientId");
    const ok = await post(w.actors.author, { ...body, patterns: [{ pattern: "PURSUING", clientId: w.client.id, intensity: 2 }] });
    expect(ok.status).toBe(201);
  });

  test("the same pattern twice for one partner is 400", async () => {
    const r = await post(w.actors.author, { ...couple, patterns: [{ pattern: "PURSUING", clientId: a, intensity: 1 }, { pattern: "PURSUING", clientId: a, intensity: 3 }] });
    expect(r.status).toBe(400);
    expect(paths(r.json)).toContain("patterns.1.pattern");
  });

  test("saving unchanged patterns writes no pattern row: the rows keep their ids", async () => {
    const patterns = [{ pattern: "PURSUING", clientId: a, intensity: 3 }, { pattern: "INTIMATE_CONFLICT", clientId: null, intensity: 1 }];
    const made = await post(w.actors.author, { ...couple, patterns });
    const id = made.json.id as string;
    const before = await ownerDb().notePattern.findMany({ where: { noteId: id }, orderBy: { id: "asc" } });
    const saved = await patch(w.actors.author, id, { version: 1, homework: "Notice the pursue-withdraw cycle.", patterns: [...patterns].reverse() });
    expect(saved.status).toBe(200);
    expect(await ownerDb().notePattern.findMany({ where: { noteId: id }, orderBy: { id: "asc" } })).toEqual(before);
    // A re-rating changes that row in place; the other stays as it was.
    await patch(w.actors.author, id, { version: 2, patterns: [{ ...patterns[0], intensity: 2 }, patterns[1]] });
    const after = await ownerDb().notePattern.findMany({ where: { noteId: id }, orderBy: { id: "asc" } });
    expect(after.map((p) => p.id)).toEqual(before.map((p) => p.id));
    expect(after.find((p) => p.pattern === "PURSUING")?.intensity).toBe(2);
  });

  test("a signed note's codes stay locked", async () => {
    const made = await post(w.actors.author, couple);
    const id = made.json.id as string;
    await ownerDb().sessionNote.update({ where: { id }, data: { status: "SIGNED", signedAt: new Date() } });
    const r = await patch(w.actors.author, id, { version: 1, patterns: [{ pattern: "CONTEMPT", clientId: a, intensity: 3 }] });
    expect(r.status).toBe(409);
    expect(await ownerDb().notePattern.count({ where: { noteId: id } })).toBe(0);
  });
});

describe("sessionDate after today in the practice's time zone", () => {
  test("400 naming sessionDate on create and on PATCH; today is accepted", async () => {
    const today = todayIn(w.practice.timeZone, new Date());
    const future = await post(w.actors.author, { ...couple, sessionDate: plusDays(today, 1) });
    expect(future.status).toBe(400);
    expect(paths(future.json)).toEqual(["sessionDate"]);
    expect(future.json.error?.issues?.[0]?.message).toMatch(/after today/);

    const made = await post(w.actors.author, { ...couple, sessionDate: today });
    expect(made.status).toBe(201);
    const id = made.json.id as string;
    const moved = await patch(w.actors.author, id, { version: 1, sessionDate: plusDays(today, 2) });
    expect(moved.status).toBe(400);
    expect(paths(moved.json)).toEqual(["sessionDate"]);
    expect((await get(w.actors.author, id)).json).toMatchObject({ sessionDate: today, version: 1 });
  });

  test("\"New note\" with a browser date ahead of the practice's day starts the draft on the practice's today", async () => {
    const today = todayIn(w.practice.timeZone, new Date());
    const draft = await startDraft(w.actors.author, { coupleId: w.couple.id }, plusDays(today, 1));
    expect(draft.sessionDate).toBe(today);
  });

  test("the practice's zone decides: today in Kiritimati (UTC+14) is accepted there", async () => {
    await ownerDb().practice.update({ where: { id: w.practice.id }, data: { timeZone: "Pacific/Kiritimati" } });
    const r = await post(w.actors.author, { ...couple, sessionDate: todayIn("Pacific/Kiritimati", new Date()) });
    expect(r.status).toBe(201);
  });
});

describe("POST /api/v1/notes with appointmentId", () => {
  async function appointment(over: Partial<{ clinicianId: string; coupleId: string | null; clientId: string | null; status: "SCHEDULED" | "CANCELLED" | "ATTENDED"; startsAt: Date }> = {}) {
    return ownerDb().appointment.create({
      data: {
        practiceId: w.practice.id, clinicianId: w.therapist.clinicianId ?? "", coupleId: w.couple.id, clientId: null,
        startsAt: new Date(Date.now() - 2 * 3_600_000), durationMinutes: 80, endsAt: new Date(), createdById: w.owner.id, ...over,
      },
    });
  }

  test("links the appointment to the note and marks a started one attended", async () => {
    const appt = await appointment();
    const r = await post(w.actors.author, { ...couple, appointmentId: appt.id });
    expect(r.status).toBe(201);
    const row = await ownerDb().appointment.findUniqueOrThrow({ where: { id: appt.id } });
    expect(row).toMatchObject({ noteId: r.json.id, status: "ATTENDED", version: 2 });
  });

  test("a second note for the same appointment is 409, and is not created", async () => {
    const appt = await appointment();
    expect((await post(w.actors.author, { ...couple, appointmentId: appt.id })).status).toBe(201);
    const again = await post(w.actors.author, { ...couple, appointmentId: appt.id });
    expect(again.status).toBe(409);
    expect(await ownerDb().sessionNote.count({ where: { coupleId: w.couple.id } })).toBe(1);
  });

  test("another clinician's appointment is 404; another case's or a cancelled one is 400", async () => {
    const colleagues = await appointment({ clinicianId: w.therapist2.clinicianId ?? "", coupleId: null, clientId: w.colleagueClient.id });
    expect((await post(w.actors.author, { ...couple, appointmentId: colleagues.id })).status).toBe(404);
    const individual = await appointment({ coupleId: null, clientId: w.client.id, startsAt: new Date(Date.now() - 30 * 3_600_000) });
    const other = await post(w.actors.author, { ...couple, appointmentId: individual.id });
    expect(other.status).toBe(400);
    expect(paths(other.json)).toEqual(["appointmentId"]);
    const cancelled = await appointment({ status: "CANCELLED", startsAt: new Date(Date.now() - 50 * 3_600_000) });
    expect((await post(w.actors.author, { ...couple, appointmentId: cancelled.id })).status).toBe(400);
    expect(await ownerDb().sessionNote.count({ where: { coupleId: w.couple.id } })).toBe(0);
    expect((await ownerDb().appointment.findUniqueOrThrow({ where: { id: individual.id } })).noteId).toBeNull();
  });
});
