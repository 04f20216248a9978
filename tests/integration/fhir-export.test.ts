// FHIR R4 export (DESIGN.md "Integrations"), as a script would use it: only a bearer token, no
// cookie. It lists the clients, exports one client's Patient/$everything, and the bundle is
// valid against HL7's R4 JSON schema and holds no private note. Access is that of notes.
import { NextRequest } from "next/server";
import { beforeEach, describe, expect, test, vi } from "vitest";
import type { Bundle } from "@medplum/fhirtypes";
import type { Actor } from "@/lib/data/actor";
import * as tokens from "@/app/api/v1/tokens/route";
import * as clients from "@/app/api/v1/clients/route";
import * as patient from "@/app/api/v1/fhir/Patient/[id]/route";
import * as everything from "@/app/api/v1/fhir/Patient/[id]/$everything/route";
import { createNote } from "@/lib/data/notes/write";
import { signNote } from "@/lib/data/notes/sign";
import { TEST_PASSWORD } from "@/tests/factories";
import { fhirErrors } from "@/tests/support/fhir-validate";
import { ownerDb as db } from "@/tests/support/owner-db";
import { clientNoteInput, notesWorld, SECRET, type NotesWorld } from "@/tests/integration/notes-world";

let cookieActor: Actor | null = null;
vi.mock("@/lib/auth/session", () => ({ currentActor: async () => cookieActor }));

type Route = (r: NextRequest, c: { params: Promise<Record<string, string>> }) => Promise<Response>;

async function get(route: unknown, url: string, auth: { bearer?: string; as?: Actor }, params: Record<string, string> = {}) {
  cookieActor = auth.as ?? null;
  const headers: Record<string, string> = auth.bearer ? { authorization: `Bearer ${auth.bearer}` } : {};
  const response = await (route as Route)(new NextRequest(`http://localhost${url}`, { headers }), { params: Promise.resolve(params) });
  return { status: response.status, type: response.headers.get("content-type") ?? "", text: await response.text() };
}

let w: NotesWorld;
let noteId: string;
beforeEach(async () => {
  w = await notesWorld();
  const id = w.ownersClient.id;
  const signed = await createNote(w.actors.ownerTreating, clientNoteInput(id, { privateNote: SECRET, intimacyLevel: 4 }));
  await signNote(w.actors.ownerTreating, signed.id, { password: TEST_PASSWORD, version: signed.version });
  noteId = signed.id;
  await createNote(w.actors.ownerTreating, clientNoteInput(id, { sessionDate: "2026-11-25", privateNote: "Draft: not yet signed." }));
  const base = { practiceId: w.practice.id, clientId: id, takenOn: new Date("2026-11-18T00:00:00Z"), enteredById: w.ownerTreating.id };
  await db().measure.createMany({ data: [
    { ...base, instrument: "PHQ9", answers: [1, 1, 1, 1, 1, 1, 1, 1, 1], score: 9, band: "mild" },
    { ...base, instrument: "GAD7", answers: [2, 2, 2, 2, 2, 2, 2], score: 14, band: "moderate" },
  ] });
});

describe("a script with only a bearer token", () => {
  test("lists clients and exports one client's $everything: valid R4, application/fhir+json, no private note", async () => {
    cookieActor = w.actors.ownerTreating;
    const minted = await tokens.POST(new NextRequest("http://localhost/api/v1/tokens", {
      method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ name: "EHR export", expiresInDays: 7 }),
    }), { params: Promise.resolve({}) } as never);
    const { token } = (await minted.json()) as { token: string };

    const listed = await get(clients.GET, "/api/v1/clients", { bearer: token });
    expect(listed.status).toBe(200);
    const ids = (JSON.parse(listed.text) as { data: { id: string }[] }).data.map((c) => c.id);
    expect(ids).toContain(w.ownersClient.id);

    const id = w.ownersClient.id;
    const res = await get(everything.GET, `/api/v1/fhir/Patient/${id}/$everything`, { bearer: token }, { id });
    expect(res.status).toBe(200);
    expect(res.type).toMatch(/^application\/fhir\+json/);
    expect(res.text).not.toContain(SECRET);
    expect(res.text).not.toContain("Draft: not yet signed.");
    expect(res.text).not.toContain("Discussed grief"); // the note's own text stays in the app
    const bundle = JSON.parse(res.text) as Bundle;
    expect(fhirErrors(bundle)).toEqual([]);
    const resources = (bundle.entry ?? []).map((e) => e.resource!);
    expect(resources.filter((r) => r.resourceType === "Encounter").map((r) => r.id)).toEqual([noteId]);
    const codes = resources.flatMap((r) => (r.resourceType === "Observation" ? [r.code.coding?.[0]?.code] : []));
    expect(codes.sort()).toEqual(["44261-6", "70274-6", "intimacy-level"]);
    expect(resources.find((r) => r.resourceType === "Practitioner")?.id).toBe(w.ownerTreating.id);

    const one = await get(patient.GET, `/api/v1/fhir/Patient/${id}`, { bearer: token }, { id });
    expect(one.type).toMatch(/^application\/fhir\+json/);
    expect(fhirErrors(JSON.parse(one.text) as { resourceType: string })).toEqual([]);

    const audited = await db().auditEvent.findFirstOrThrow({ where: { action: "fhir.patient.everything", practiceId: w.practice.id } });
    expect(audited.tokenId).not.toBeNull();
    expect(audited.clientIds).toEqual([id]);
  });
});

describe("access is that of notes", () => {
  test("the treating clinician reads; a colleague and a non-treating owner get 404; intake 403", async () => {
    const id = w.ownersClient.id;
    const url = `/api/v1/fhir/Patient/${id}/$everything`;
    expect((await get(everything.GET, url, { as: w.actors.ownerTreating }, { id })).status).toBe(200);
    expect((await get(everything.GET, url, { as: w.actors.author }, { id })).status).toBe(404);
    expect((await get(everything.GET, url, { as: w.actors.owner }, { id })).status).toBe(404);
    expect((await get(everything.GET, url, { as: w.actors.intake }, { id })).status).toBe(403);
    expect((await get(patient.GET, `/api/v1/fhir/Patient/${id}`, { as: w.actors.intake }, { id })).status).toBe(403);
  });

  test("a couple's signed session shows each partner's own level", async () => {
    const [a, b] = w.couple.partners;
    const note = await createNote(w.actors.author, { ...clientNoteInput(a.id), clientId: undefined, coupleId: w.couple.id, durationMinutes: 80,
      partnerLevels: [{ clientId: a.id, level: 2 }, { clientId: b.id, level: 6 }] } as never);
    await signNote(w.actors.author, note.id, { password: TEST_PASSWORD, version: note.version });
    const res = await get(everything.GET, `/api/v1/fhir/Patient/${b.id}/$everything`, { as: w.actors.author }, { id: b.id });
    const bundle = JSON.parse(res.text) as Bundle;
    expect(fhirErrors(bundle)).toEqual([]);
    const level = bundle.entry?.map((e) => e.resource!).find((r) => r.id === `level-${note.id}`);
    expect(level).toMatchObject({ valueInteger: 6 });
  });
});
