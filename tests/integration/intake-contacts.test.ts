// The contact log of an intake request: intake staff log calls and read them back newest first;
// the therapist whose caseload it became may read but not add; everyone else learns nothing.
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, test, vi } from "vitest";
import type { Actor } from "@/lib/data/actor";
import * as route from "@/app/api/v1/intakes/[id]/contacts/route";
import { assignIntake } from "@/lib/data/intake/assign";
import { createIntake } from "@/lib/data/intake/write";
import { ownerDb as db } from "@/tests/support/owner-db";
import { individualRequest, intakeWorld, type IntakeWorld } from "./intake-world";

let actor: Actor | null = null;
vi.mock("@/lib/auth/session", () => ({ currentActor: async () => actor }));

type Json = { error?: { code: string; issues?: { path: (string | number)[] }[] }; data?: Json[] } & Record<string, unknown>;

async function call(handler: unknown, as: Actor, id: string, body?: unknown) {
  actor = as;
  const init = body === undefined ? { method: "GET" } : { method: "POST", body: JSON.stringify(body), headers: { "content-type": "application/json" } };
  const run = handler as (r: NextRequest, c: { params: Promise<Record<string, string>> }) => Promise<Response>;
  const response = await run(new NextRequest(`http://localhost/api/v1/intakes/${id}/contacts`, init), { params: Promise.resolve({ id }) });
  return { status: response.status, json: (await response.json()) as Json };
}
const add = (as: Actor, id: string, body: unknown) => call(route.POST, as, id, body);
const list = (as: Actor, id: string) => call(route.GET, as, id);

let w: IntakeWorld;
let other: IntakeWorld;
let requestId: string;
let clientId: string;

beforeAll(async () => {
  [w, other] = await Promise.all([intakeWorld(), intakeWorld()]);
  const request = await createIntake(w.actors.intake, individualRequest());
  const assigned = await assignIntake(w.actors.intake, request.id, { clinicianId: w.therapist.clinicianId! });
  requestId = request.id;
  clientId = assigned.clientIds[0]!;
});

describe("the contact log of an intake request", () => {
  test("intake adds contacts (201 with what was stored) and lists them newest first", async () => {
    const first = await add(w.actors.intake, requestId, { kind: "CALL", outcome: "No answer", at: "2026-11-30T09:00:00-05:00" });
    expect(first.status).toBe(201);
    expect(first.json).toEqual({ id: expect.any(String), kind: "CALL", outcome: "No answer", note: "", at: "2026-11-30T14:00:00.000Z", createdById: w.intake.id });
    const second = await add(w.actors.intake, requestId, { kind: "VOICEMAIL", outcome: "Left a message", note: "Asked for a call back about Tuesday.", at: "2026-12-01T10:00:00Z" });
    expect(second.status).toBe(201);
    const third = await add(w.actors.intake, requestId, { kind: "EMAIL", outcome: "Sent the welcome email" });
    expect(third.status).toBe(201);

    const read = await list(w.actors.intake, requestId);
    expect(read.status).toBe(200);
    expect(read.json.data!.map((c) => c.id)).toEqual([third.json.id, second.json.id, first.json.id]);
    expect(read.json.data![1]).toMatchObject({ kind: "VOICEMAIL", note: "Asked for a call back about Tuesday." });
  });

  test("the therapist whose caseload it is reads the log but may not add to it (403, nothing stored)", async () => {
    const before = await db().intakeContact.count({ where: { intakeRequestId: requestId } });
    expect((await list(w.actors.therapist, requestId)).status).toBe(200);
    const refused = await add(w.actors.therapist, requestId, { kind: "CALL", outcome: "Reached" });
    expect(refused.status).toBe(403);
    // Refused whatever the body: authorisation before validation.
    expect((await add(w.actors.therapist, requestId, { kind: "FAX" })).status).toBe(403);
    expect(await db().intakeContact.count({ where: { intakeRequestId: requestId } })).toBe(before);
  });

  test("another therapist and another practice get 404 for reading and adding", async () => {
    for (const stranger of [w.actors.therapist2, other.actors.intake, other.actors.owner]) {
      const read = await list(stranger, requestId);
      expect(read.status).toBe(404);
      expect(JSON.stringify(read.json)).not.toContain("No answer");
      expect((await add(stranger, requestId, { kind: "CALL", outcome: "Reached" })).status).toBe(404);
    }
    expect(await db().intakeContact.count({ where: { intakeRequestId: requestId, createdById: { not: w.intake.id } } })).toBe(0);
  });

  test("bad input is a 400 naming the field: unknown kind, empty outcome, a future or ancient time", async () => {
    const cases: [unknown, string][] = [
      [{ kind: "FAX", outcome: "Reached" }, "kind"],
      [{ kind: "CALL", outcome: "   " }, "outcome"],
      [{ kind: "CALL", outcome: "Reached", at: "2999-01-01T00:00:00Z" }, "at"],
      [{ kind: "CALL", outcome: "Reached", at: "0001-01-01T00:00:00Z" }, "at"],
      [{ kind: "CALL", outcome: "Reached", at: "yesterday" }, "at"],
      [{ kind: "CALL", outcome: "bad\u0000byte" }, "outcome"],
    ];
    for (const [body, path] of cases) {
      const answer = await add(w.actors.intake, requestId, body);
      expect(answer.status, JSON.stringify(body)).toBe(400);
      expect((answer.json.error?.issues ?? []).map((i) => i.path.join("."))).toContain(path);
    }
  });

  test("the owner may read the log but not add to it", async () => {
    expect((await list(w.actors.owner, requestId)).status).toBe(200);
    expect((await add(w.actors.owner, requestId, { kind: "CALL", outcome: "Reached" })).status).toBe(403);
  });

  test("the audit trail records each contact logged, each read with its client, and each refusal", async () => {
    const logged = await add(w.actors.intake, requestId, { kind: "MESSAGE", outcome: "Texted the intake link" });
    await list(w.actors.intake, requestId);
    const rows = await db().auditEvent.findMany({ where: { practiceId: w.practice.id, action: { startsWith: "intake.contact." } }, orderBy: { seq: "asc" } });
    const created = rows.find((r) => r.entityType === "IntakeContact" && r.entityId === logged.json.id);
    expect(created).toMatchObject({ actorId: w.intake.id, outcome: "ALLOWED", clientIds: [clientId] });
    const reads = rows.filter((r) => r.action === "intake.contact.list" && r.actorId === w.intake.id && r.outcome === "ALLOWED");
    expect(reads.length).toBeGreaterThan(0);
    expect(reads.at(-1)).toMatchObject({ entityId: requestId, clientIds: [clientId] });
    expect(reads.some((r) => r.entityIds.includes(logged.json.id as string))).toBe(true);
    expect(rows.some((r) => r.action === "intake.contact.create" && r.actorId === w.therapist.id && r.outcome === "DENIED")).toBe(true);
    expect(rows.some((r) => r.action === "intake.contact.list" && r.actorId === w.therapist2.id && r.outcome === "NOT_FOUND")).toBe(true);
  });
});
