// The HTTP contract of /api/v1/appointments (DESIGN.md "Appointments"): one clinician is never
// double-booked, each role reaches exactly the calendars it should, and an appointment's status
// moves once and only forwards. The route handlers run for real; only the session is the test's.
import { NextRequest } from "next/server";
import { beforeEach, describe, expect, test, vi } from "vitest";
import type { Actor } from "@/lib/data/actor";
import * as list from "@/app/api/v1/appointments/route";
import * as one from "@/app/api/v1/appointments/[id]/route";
import * as f from "@/tests/factories";
import { ownerDb as db } from "@/tests/support/owner-db";

let actor: Actor | null = null;
vi.mock("@/lib/auth/session", () => ({ currentActor: async () => actor }));

const BASE = "http://localhost/api/v1/appointments";
type Json = Record<string, unknown> & { error?: { code: string; message: string; issues?: { path: (string | number)[] }[]; details?: { current: Record<string, unknown> } } };
type Handler = (r: NextRequest, c: { params: Promise<Record<string, string>> }) => Promise<Response>;

async function call(handler: Handler, as: Actor, url: string, method = "GET", body?: unknown, params: Record<string, string> = {}) {
  actor = as;
  const init = body === undefined ? { method } : { method, body: JSON.stringify(body), headers: { "content-type": "application/json" } };
  const response = await handler(new NextRequest(url, init), { params: Promise.resolve(params) });
  return { status: response.status, json: (await response.json()) as Json };
}
const book = (as: Actor, body: unknown) => call(list.POST as never, as, BASE, "POST", body);
const patch = (as: Actor, id: string, body: unknown) => call(one.PATCH as never, as, `${BASE}/${id}`, "PATCH", body, { id });
const read = (as: Actor, id: string) => call(one.GET as never, as, `${BASE}/${id}`, "GET", undefined, { id });
const range = (as: Actor, query: Record<string, string>) => call(list.GET as never, as, `${BASE}?${new URLSearchParams(query)}`);
const paths = (json: Json) => (json.error?.issues ?? []).map((i) => i.path.join("."));

const HOUR = 3_600_000;
// A week ahead, on the hour: bookable, not yet startable.
const base = new Date(Math.ceil((Date.now() + 7 * 24 * HOUR) / HOUR) * HOUR);
const at = (hours: number) => new Date(base.getTime() + hours * HOUR).toISOString();
const window = { from: new Date(base.getTime() - 24 * HOUR).toISOString(), to: new Date(base.getTime() + 48 * HOUR).toISOString() };

async function world() {
  const staffed = await f.createStaffedPractice();
  const { practice, therapist, therapist2 } = staffed;
  const client = await f.createClient(practice.id, { assignedClinicianId: therapist.clinicianId });
  const couple = await f.createCouple(practice.id, therapist.clinicianId);
  const colleagueClient = await f.createClient(practice.id, { assignedClinicianId: therapist2.clinicianId });
  const other = await f.createStaffedPractice();
  const outsider = await f.createClient(other.practice.id, { assignedClinicianId: other.therapist.clinicianId });
  const actors = {
    therapist: await f.actorFor(therapist), colleague: await f.actorFor(therapist2),
    owner: await f.actorFor(staffed.owner), intake: await f.actorFor(staffed.intake), otherOwner: await f.actorFor(other.owner),
  };
  return { ...staffed, client, couple, colleagueClient, other, outsider, actors };
}
type World = Awaited<ReturnType<typeof world>>;

let w: World;
const session = (overrides: Record<string, unknown> = {}) => ({
  clinicianId: w.therapist.clinicianId, clientId: w.client.id, startsAt: at(0), durationMinutes: 50, locationId: w.practice.locationId, ...overrides,
});
beforeEach(async () => {
  w = await world();
});

describe("booking without double booking", () => {
  test("201 with the payload of DESIGN.md, startsAt in the practice's offset", async () => {
    const { status, json } = await book(w.actors.therapist, session());
    expect(status).toBe(201);
    expect(json).toMatchObject({ clinicianId: w.therapist.clinicianId, clientId: w.client.id, coupleId: null, durationMinutes: 50, locationId: w.practice.locationId, telehealth: false, status: "SCHEDULED", noteId: null, version: 1 });
    expect(json.startsAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}-0[45]:00$/);
    expect(new Date(json.startsAt as string).toISOString()).toBe(at(0));
  });

  test("an overlapping appointment of the same clinician is 409, in plain words", async () => {
    expect((await book(w.actors.therapist, session())).status).toBe(201);
    const { status, json } = await book(w.actors.intake, session({ coupleId: w.couple.id, clientId: undefined, startsAt: at(0.5) }));
    expect(status).toBe(409);
    expect(json.error?.message).toBe("The clinician already has an appointment at that time.");
  });

  test("of two concurrent bookings of one slot exactly one wins", async () => {
    const [a, b] = await Promise.all([book(w.actors.therapist, session()), book(w.actors.intake, session({ clientId: undefined, coupleId: w.couple.id }))]);
    expect([a.status, b.status].sort()).toEqual([201, 409]);
    expect(await db().appointment.count({ where: { clinicianId: w.therapist.clinicianId! } })).toBe(1);
  });

  test("back-to-back sessions are fine, and another clinician's time is theirs", async () => {
    expect((await book(w.actors.therapist, session({ durationMinutes: 60 }))).status).toBe(201);
    expect((await book(w.actors.therapist, session({ startsAt: at(1), telehealth: true, locationId: null }))).status).toBe(201);
    expect((await book(w.actors.intake, session({ clinicianId: w.therapist2.clinicianId, clientId: w.colleagueClient.id }))).status).toBe(201);
  });

  test.each(["CANCELLED", "LATE_CANCELLED"])("an appointment %s frees its slot", async (status) => {
    const first = await book(w.actors.therapist, session());
    expect((await patch(w.actors.therapist, first.json.id as string, { version: 1, status })).status).toBe(200);
    expect((await book(w.actors.therapist, session({ coupleId: w.couple.id, clientId: undefined }))).status).toBe(201);
  });

  test("rescheduling onto another appointment is 409 and changes nothing", async () => {
    await book(w.actors.therapist, session());
    const second = await book(w.actors.therapist, session({ startsAt: at(2) }));
    const moved = await patch(w.actors.therapist, second.json.id as string, { version: 1, startsAt: at(0.25) });
    expect(moved.status).toBe(409);
    expect((await read(w.actors.therapist, second.json.id as string)).json).toMatchObject({ startsAt: second.json.startsAt, version: 1 });
  });
});

describe("whose calendar", () => {
  test("a therapist cannot book on a colleague's calendar (403) nor for a colleague's client (400)", async () => {
    expect((await book(w.actors.therapist, session({ clinicianId: w.therapist2.clinicianId }))).status).toBe(403);
    const { status, json } = await book(w.actors.therapist, session({ clientId: w.colleagueClient.id }));
    expect(status).toBe(400);
    expect(paths(json)).toEqual(["clientId"]);
  });

  test("a therapist cannot see a colleague's calendar: 404 for one, 403 for the list", async () => {
    const theirs = await book(w.actors.intake, session({ clinicianId: w.therapist2.clinicianId, clientId: w.colleagueClient.id }));
    expect((await read(w.actors.therapist, theirs.json.id as string)).status).toBe(404);
    expect((await patch(w.actors.therapist, theirs.json.id as string, { version: 1, status: "CANCELLED" })).status).toBe(404);
    expect((await range(w.actors.therapist, { ...window, clinicianId: w.therapist2.clinicianId! })).status).toBe(403);
    expect((await range(w.actors.therapist, window)).json.data).toEqual([]);
  });

  test("intake books for any clinician; the owner reads every calendar", async () => {
    const mine = await book(w.actors.intake, session());
    const theirs = await book(w.actors.intake, session({ clinicianId: w.therapist2.clinicianId, clientId: w.colleagueClient.id }));
    expect([mine.status, theirs.status]).toEqual([201, 201]);
    const all = await range(w.actors.owner, window);
    expect((all.json.data as { id: string }[]).map((a) => a.id)).toEqual([mine.json.id, theirs.json.id]);
    const one = await range(w.actors.owner, { ...window, clinicianId: w.therapist2.clinicianId! });
    expect((one.json.data as { id: string }[]).map((a) => a.id)).toEqual([theirs.json.id]);
  });

  test("another practice's appointments, clients and locations are invisible", async () => {
    const mine = await book(w.actors.therapist, session());
    expect((await read(w.actors.otherOwner, mine.json.id as string)).status).toBe(404);
    expect((await range(w.actors.otherOwner, window)).json.data).toEqual([]);
    const foreign = await book(w.actors.intake, session({ clientId: w.outsider.id, locationId: w.other.practice.locationId }));
    expect(foreign.status).toBe(400);
    expect(paths(foreign.json).sort()).toEqual(["clientId"]);
    const place = await book(w.actors.intake, session({ locationId: w.other.practice.locationId }));
    expect(paths(place.json)).toEqual(["locationId"]);
  });

  test("a list discloses each appointment's clients in the audit trail", async () => {
    const couple = await book(w.actors.therapist, session({ clientId: undefined, coupleId: w.couple.id }));
    await range(w.actors.owner, window);
    const event = await db().auditEvent.findFirst({ where: { actorId: w.owner.id, action: "appointment.list" }, orderBy: { seq: "desc" } });
    expect(event?.entityIds).toContain(couple.json.id);
    expect([...(event?.clientIds ?? [])].sort()).toEqual([w.couple.partners[0].id, w.couple.partners[1].id].sort());
  });
});

describe("changes and their rules", () => {
  test("a stale version is 409 with the current appointment", async () => {
    const made = await book(w.actors.therapist, session());
    const id = made.json.id as string;
    expect((await patch(w.actors.intake, id, { version: 1, durationMinutes: 80 })).json).toMatchObject({ durationMinutes: 80, version: 2 });
    const stale = await patch(w.actors.therapist, id, { version: 1, status: "CANCELLED" });
    expect(stale.status).toBe(409);
    expect(stale.json.error?.details?.current).toMatchObject({ id, durationMinutes: 80, status: "SCHEDULED", version: 2 });
  });

  test("nobody is marked attended or no-show before the session starts; cancelling is always possible once", async () => {
    const id = (await book(w.actors.therapist, session())).json.id as string;
    expect((await patch(w.actors.therapist, id, { version: 1, status: "ATTENDED" })).status).toBe(409);
    expect((await patch(w.actors.therapist, id, { version: 1, status: "NO_SHOW" })).status).toBe(409);
    expect((await patch(w.actors.therapist, id, { version: 1, status: "LATE_CANCELLED" })).json).toMatchObject({ status: "LATE_CANCELLED", version: 2 });
    expect((await patch(w.actors.therapist, id, { version: 2, status: "SCHEDULED" })).status).toBe(409);
    expect((await patch(w.actors.therapist, id, { version: 2, startsAt: at(3) })).status).toBe(409);
  });

  test("a session that has started can be marked attended, and then it stays attended", async () => {
    const past = new Date(Date.now() - 26 * HOUR).toISOString();
    const id = (await book(w.actors.therapist, session({ startsAt: past }))).json.id as string;
    expect((await patch(w.actors.therapist, id, { version: 1, status: "ATTENDED" })).json).toMatchObject({ status: "ATTENDED", version: 2 });
    expect((await patch(w.actors.therapist, id, { version: 2, status: "NO_SHOW" })).status).toBe(409);
  });
});

describe("bad input is 400 with the field named", () => {
  test.each([
    ["no range", {}, ["from", "to"]],
    ["a range over 92 days", { from: "2026-01-01T00:00:00Z", to: "2026-04-04T00:00:00Z" }, ["to"]],
    ["a range that ends before it starts", { from: "2026-02-01T00:00:00Z", to: "2026-01-01T00:00:00Z" }, ["to"]],
    ["a date without a time", { from: "2026-01-01", to: "2026-01-08" }, ["from", "to"]],
    ["year 10000", { from: "2026-01-01T00:00:00Z", to: "+010000-01-01T00:00:00Z" }, ["to"]],
    ["a limit of 101", { ...{ from: "2026-01-01T00:00:00Z", to: "2026-01-08T00:00:00Z" }, limit: "101" }, ["limit"]],
  ])("a list with %s", async (_, query, fields) => {
    const { status, json } = await range(w.actors.owner, query as Record<string, string>);
    expect(status).toBe(400);
    expect(paths(json).sort()).toEqual(fields);
  });

  test.each([
    ["both a client and a couple", { coupleId: "x" }, ["clientId", "coupleId"]],
    ["neither place nor telehealth", { locationId: null }, ["locationId"]],
    ["a location and telehealth", { telehealth: true }, ["locationId"]],
    ["a start without offset", { startsAt: "2026-12-03T09:00:00" }, ["startsAt"]],
    ["a duration of 4 minutes", { durationMinutes: 4 }, ["durationMinutes"]],
    ["a clinician that does not exist", { clinicianId: "nobody" }, ["clinicianId"]],
  ])("a booking with %s", async (_, change, fields) => {
    const { status, json } = await book(w.actors.intake, session(change));
    expect(status).toBe(400);
    expect(paths(json).sort()).toEqual(fields);
  });

  test("an inactive location cannot be booked", async () => {
    await db().location.update({ where: { id: w.practice.locationId }, data: { active: false } });
    const { status, json } = await book(w.actors.intake, session());
    expect(status).toBe(400);
    expect(paths(json)).toEqual(["locationId"]);
  });

  test("a patch without version is 400", async () => {
    const id = (await book(w.actors.therapist, session())).json.id as string;
    const { status, json } = await patch(w.actors.therapist, id, { status: "CANCELLED" });
    expect(status).toBe(400);
    expect(paths(json)).toContain("version");
  });
});
