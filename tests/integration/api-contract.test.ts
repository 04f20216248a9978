// DESIGN.md's API contract across routes: bad input of any kind is a 400 naming the field (never
// a 500), and the OpenAPI document lists exactly the routes that exist. Route handlers run for real;
// only the session lookup is replaced by the test's actor.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, test, vi } from "vitest";
import * as auditEvents from "@/app/api/v1/audit-events/route";
import * as clients from "@/app/api/v1/clients/route";
import * as client from "@/app/api/v1/clients/[id]/route";
import * as couples from "@/app/api/v1/couples/route";
import * as couple from "@/app/api/v1/couples/[id]/route";
import * as clinicians from "@/app/api/v1/clinicians/route";
import * as clinician from "@/app/api/v1/clinicians/[id]/route";
import * as intakeOne from "@/app/api/v1/intakes/[id]/route";
import * as me from "@/app/api/v1/me/route";
import * as assign from "@/app/api/v1/intakes/[id]/assign/route";
import * as matches from "@/app/api/v1/intakes/[id]/matches/route";
import * as intakes from "@/app/api/v1/intakes/route";
import * as notes from "@/app/api/v1/notes/route";
import * as note from "@/app/api/v1/notes/[id]/route";
import * as addenda from "@/app/api/v1/notes/[id]/addenda/route";
import * as caseload from "@/app/api/v1/reports/caseload/route";
import * as funnel from "@/app/api/v1/reports/intake-funnel/route";
import * as trends from "@/app/api/v1/reports/clinical-trends/route";
import { openApiDocument } from "@/lib/api/openapi";
import type { Actor } from "@/lib/data/actor";
import { createIntake } from "@/lib/data/intake/write";
import { createNote } from "@/lib/data/notes/write";
import * as f from "@/tests/factories";
import { individualRequest } from "@/tests/integration/intake-world";
import { clientNoteInput } from "@/tests/integration/notes-world";

let actor: Actor | null = null;
vi.mock("@/lib/auth/session", () => ({ currentActor: async () => actor }));

type Handler = (r: NextRequest, c: { params: Promise<Record<string, string>> }) => Promise<Response>;
type Json = { error?: { code: string; issues?: { path: (string | number)[] }[] } };

async function call(handler: unknown, as: Actor, url: string, init: { method?: string; body?: unknown; params?: Record<string, string> } = {}) {
  actor = as;
  const body = init.body === undefined ? {} : { body: JSON.stringify(init.body), headers: { "content-type": "application/json" } };
  const request = new NextRequest(`http://localhost${url}`, { method: init.method ?? (init.body === undefined ? "GET" : "POST"), ...body });
  const response = await (handler as Handler)(request, { params: Promise.resolve(init.params ?? {}) });
  return { status: response.status, json: (await response.json()) as Json };
}
const paths = (json: Json) => (json.error?.issues ?? []).map((i) => i.path.join("."));

let w: Awaited<ReturnType<typeof world>>;
async function world() {
  const staffed = await f.createStaffedPractice();
  const { practice, therapist } = staffed;
  const own = await f.createClient(practice.id, { assignedClinicianId: therapist.clinicianId });
  const actors = { owner: await f.actorFor(staffed.owner), therapist: await f.actorFor(therapist), intake: await f.actorFor(staffed.intake) };
  const draft = await createNote(actors.therapist, clientNoteInput(own.id));
  const intake = await createIntake(actors.intake, individualRequest());
  return { ...staffed, own, actors, draft, intake };
}
beforeAll(async () => {
  w = await world();
});

describe("bad input answers 400 naming the field, never 500", () => {
  test("year 0000, which Postgres cannot store, is not a real date", async () => {
    const { intake, therapist, owner } = w.actors;
    const person = { firstName: "Ada", lastName: "Zero", dateOfBirth: "0000-01-01" };
    const cases: [unknown, Actor, string, { method?: string; body?: unknown; params?: Record<string, string> }, string][] = [
      [clients.POST, intake, "/api/v1/clients", { body: person }, "dateOfBirth"],
      [intakes.POST, intake, "/api/v1/intakes", { body: { ...individualRequest(), clients: [person] } }, "clients.0.dateOfBirth"],
      [notes.POST, therapist, "/api/v1/notes", { body: { ...clientNoteInput(w.own.id), sessionDate: "0000-06-01" } }, "sessionDate"],
      [note.PATCH, therapist, "/api/v1/notes/x", { method: "PATCH", body: { version: 1, sessionDate: "0000-06-01" }, params: { id: w.draft.id } }, "sessionDate"],
      [matches.GET, intake, "/api/v1/intakes/x/matches?referenceDate=0000-01-01", { params: { id: w.intake.id } }, "referenceDate"],
      [auditEvents.GET, owner, "/api/v1/audit-events?from=0000-01-01", {}, "from"],
      ...([[caseload, "caseload"], [funnel, "intake-funnel"], [trends, "clinical-trends"]] as const).map(([r, name]): (typeof cases)[number] => [r.GET, owner, `/api/v1/reports/${name}?from=0000-01-01&to=0000-12-31`, {}, "from"]),
    ];
    for (const [handler, as, url, init, field] of cases) {
      const { status, json } = await call(handler, as, url, init);
      expect({ url, status }).toEqual({ url, status: 400 });
      expect(paths(json)).toContain(field);
    }
  });

  test("a NUL character, which Postgres cannot store in text, is refused", async () => {
    const { intake, therapist, owner } = w.actors;
    const cases: [unknown, Actor, string, { method?: string; body?: unknown; params?: Record<string, string> }, string][] = [
      [clients.POST, intake, "/api/v1/clients", { body: { firstName: "A\u0000", lastName: "B", dateOfBirth: "1990-01-01" } }, "firstName"],
      [client.PATCH, intake, "/api/v1/clients/x", { method: "PATCH", body: { phone: "\u0000" }, params: { id: w.own.id } }, "phone"],
      [clients.GET, intake, "/api/v1/clients?q=abc%00", {}, "q"],
      [intakes.GET, intake, "/api/v1/intakes?q=abc%00", {}, "q"],
      [auditEvents.GET, owner, "/api/v1/audit-events?action=note%00", {}, "action"],
      [note.PATCH, therapist, "/api/v1/notes/x", { method: "PATCH", body: { version: 1, sections: { text: "a\u0000b" } }, params: { id: w.draft.id } }, "sections.text"],
      [note.PATCH, therapist, "/api/v1/notes/x", { method: "PATCH", body: { version: 1, privateNote: "\u0000" }, params: { id: w.draft.id } }, "privateNote"],
      [addenda.POST, therapist, "/api/v1/notes/x/addenda", { body: { text: "fix\u0000" }, params: { id: w.draft.id } }, "text"],
    ];
    for (const [handler, as, url, init, field] of cases) {
      const { status, json } = await call(handler, as, url, init);
      expect({ url, status }).toEqual({ url, status: 400 });
      expect(paths(json)).toContain(field);
    }
  });

  test("a body matching neither form of a union names the fields of the closest form", async () => {
    const assignTo = (body: unknown) => call(assign.POST, w.actors.intake, "/api/v1/intakes/x/assign", { body, params: { id: w.intake.id } });
    expect(paths((await assignTo({})).json)).toContain("clinicianId");
    expect(paths((await assignTo({ waitlist: true })).json)).toContain("reason");
    expect(paths((await assignTo({ waitlist: true, reason: "" })).json)).toEqual(["reason"]);
    expect(paths((await assignTo({ waitlist: false, reason: "full" })).json)).toEqual(["waitlist"]);
    const couple = await call(couples.POST, w.actors.intake, "/api/v1/couples", { body: { partners: [{ clientId: w.own.id }, { firstName: "Bo", lastName: "Li" }] } });
    expect(couple.status).toBe(400);
    expect(paths(couple.json)).toContain("partners.1.dateOfBirth");
  });

  test.each([["[]"], ["null"], ["42"], ['"text"'], ["{oops"], [""]])("a body of %j is 400", async (raw) => {
    actor = w.actors.intake;
    const response = await clients.POST(new NextRequest("http://localhost/api/v1/clients", { method: "POST", body: raw }), { params: Promise.resolve({}) } as never);
    expect(response.status).toBe(400);
    expect(((await response.json()) as Json).error?.code).toMatch(/^(invalid_input|malformed_json)$/);
  });
});

describe("lists", () => {
  test("?limit= is 1-100 and a number", async () => {
    for (const limit of ["101", "abc", "0", "2.5"]) {
      const { status, json } = await call(clients.GET, w.actors.intake, `/api/v1/clients?limit=${limit}`);
      expect(status).toBe(400);
      expect(paths(json)).toEqual(["limit"]);
    }
  });
});

// Every call above and below is also checked against /api/v1/openapi.json by
// tests/support/openapi-check.ts (hooked in tests/setup/integration-env.ts): this walks the reads
// and the assignment a user makes, so a payload that drifts from its document fails here.
describe("responses are the documented ones", () => {
  test("each read answers 200 with exactly its documented shape, for each role", async () => {
    const { owner, therapist, intake } = w.actors;
    const pair = await f.createCouple(w.practice.id, w.therapist.clinicianId);
    const reads: [unknown, Actor, string, Record<string, string>?][] = [
      [me.GET, therapist, "/api/v1/me"],
      [clients.GET, intake, "/api/v1/clients"],
      [client.GET, therapist, `/api/v1/clients/${w.own.id}`, { id: w.own.id }],
      [couples.GET, owner, "/api/v1/couples"],
      [couple.GET, therapist, `/api/v1/couples/${pair.id}`, { id: pair.id }],
      [clinicians.GET, intake, "/api/v1/clinicians"],
      [clinician.GET, therapist, `/api/v1/clinicians/${w.therapist.clinicianId}`, { id: w.therapist.clinicianId! }],
      [intakes.GET, intake, "/api/v1/intakes"],
      [intakeOne.GET, intake, `/api/v1/intakes/${w.intake.id}`, { id: w.intake.id }],
      [matches.GET, intake, `/api/v1/intakes/${w.intake.id}/matches`, { id: w.intake.id }],
      [notes.GET, therapist, `/api/v1/notes?clientId=${w.own.id}`],
      [note.GET, therapist, `/api/v1/notes/${w.draft.id}`, { id: w.draft.id }],
      [auditEvents.GET, owner, "/api/v1/audit-events?limit=5"],
      [caseload.GET, owner, "/api/v1/reports/caseload"],
      [funnel.GET, owner, "/api/v1/reports/intake-funnel"],
      [trends.GET, therapist, "/api/v1/reports/clinical-trends"],
    ];
    for (const [handler, as, url, params] of reads) {
      expect({ url, status: (await call(handler, as, url, { params })).status }).toEqual({ url, status: 200 });
    }
  });

  test("an assignment's stored reasons come back with their documented fields", async () => {
    const fresh = await createIntake(w.actors.intake, individualRequest());
    const assigned = await call(assign.POST, w.actors.intake, `/api/v1/intakes/${fresh.id}/assign`, {
      body: { clinicianId: w.therapist.clinicianId }, params: { id: fresh.id },
    });
    expect(assigned.status).toBe(200);
    const read = await call(intakeOne.GET, w.actors.intake, `/api/v1/intakes/${fresh.id}`, { params: { id: fresh.id } });
    expect(read.status).toBe(200);
    const reasons = (read.json as { assignment?: { reasons: { maxPoints: number }[] } }).assignment?.reasons ?? [];
    expect(reasons.length).toBeGreaterThan(0);
    for (const r of reasons) expect(typeof r.maxPoints).toBe("number");
  });
});

describe("GET /api/v1/openapi.json", () => {
  const METHODS = ["GET", "POST", "PATCH", "PUT", "DELETE"];
  function routeFiles(dir: string): string[] {
    return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? routeFiles(join(dir, e.name)) : e.name === "route.ts" ? [join(dir, e.name)] : []));
  }
  const root = join(process.cwd(), "app");
  const existing = routeFiles(join(root, "api/v1")).flatMap((file) => {
    const path = `/${relative(root, file)}`.replace(/\/route\.ts$/, "").replace(/\[(\w+)\]/g, "{$1}");
    const source = readFileSync(file, "utf8");
    return METHODS.filter((m) => new RegExp(`export (const|async function|function) ${m}\\b`).test(source)).map((m) => `${m} ${path}`);
  });

  test("documents every route and method that exists, and nothing else", () => {
    const doc = openApiDocument();
    const documented = Object.entries(doc.paths).flatMap(([path, item]) => Object.keys(item).map((m) => `${m.toUpperCase()} ${path}`));
    expect(existing.length).toBeGreaterThan(20);
    expect(documented.sort()).toEqual([...existing].sort());
    // the one route served without a session says so
    expect(doc.paths["/api/v1/openapi.json"]?.get).toMatchObject({ security: [] });
  });

  test("is OpenAPI 3.1: each operation declares its path parameters, a success response and the 400 its id check gives", () => {
    const doc = openApiDocument();
    expect(doc.openapi).toBe("3.1.0");
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(item) as [string, { parameters: { name: string; in: string }[]; responses: Record<string, unknown> }][]) {
        const names = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
        expect(op.parameters.filter((p) => p.in === "path").map((p) => p.name), `${method} ${path}`).toEqual(names);
        expect(Object.keys(op.responses).some((s) => s.startsWith("2")), `${method} ${path}`).toBe(true);
        if (names.length) expect(Object.keys(op.responses), `${method} ${path}`).toContain("400");
      }
    }
  });
});
