// Who reaches an intake request follows the case as it is now, through the data functions and the
// API alike; other practices' ids are missing; a role that may never act is refused before its
// input is even read.
import { NextRequest } from "next/server";
import { describe, expect, test, vi } from "vitest";
import { ZodError } from "zod";
import * as intakeRoute from "@/app/api/v1/intakes/[id]/route";
import * as assignRoute from "@/app/api/v1/intakes/[id]/assign/route";
import * as intakesRoute from "@/app/api/v1/intakes/route";
import type { Actor } from "@/lib/data/actor";
import { updateClient } from "@/lib/data/clients/clients";
import { updateCouple } from "@/lib/data/clients/couples-write";
import { ForbiddenError, NotFoundError } from "@/lib/data/errors";
import { assignIntake } from "@/lib/data/intake/assign";
import { getIntake, listIntakes } from "@/lib/data/intake/intakes";
import { createIntake, updateIntake } from "@/lib/data/intake/write";
import { ownerDb as db } from "@/tests/support/owner-db";
import { coupleRequest, individualRequest, intakeWorld } from "./intake-world";

let actor: Actor | null = null;
vi.mock("@/lib/auth/session", () => ({ currentActor: async () => actor }));

type Handler = (r: NextRequest, c: { params: Promise<Record<string, string>> }) => Promise<Response>;

/** Runs a route handler for real as `as` (only the session lookup is the test's). */
async function call(handler: unknown, as: Actor, url: string, init: { method?: string; body?: unknown; params?: Record<string, string> } = {}) {
  actor = as;
  const body = init.body === undefined ? {} : { body: JSON.stringify(init.body), headers: { "content-type": "application/json" } };
  const request = new NextRequest(`http://localhost${url}`, { method: init.method ?? (init.body === undefined ? "GET" : "POST"), ...body });
  const response = await (handler as Handler)(request, { params: Promise.resolve(init.params ?? {}) });
  return { status: response.status, json: (await response.json()) as { id?: string; error?: { code: string } } };
}

const listed = async (a: Actor) => (await listIntakes(a, { limit: "100" })).data.map((i) => i.id);

describe("the intake scope follows the current assignment", () => {
  test("a couple's request: the former therapist gets 404 once the couple moves to a colleague, who then reads it", async () => {
    const w = await intakeWorld();
    const [a, b] = [w.actors.therapist, w.actors.therapist2];
    const request = await createIntake(w.actors.intake, coupleRequest());
    const assigned = await assignIntake(w.actors.intake, request.id, { clinicianId: w.therapist.clinicianId! });
    expect((await getIntake(a, request.id)).id).toBe(request.id);
    expect((await call(intakeRoute.GET, a, `/api/v1/intakes/${request.id}`, { params: { id: request.id } })).status).toBe(200);
    await expect(getIntake(b, request.id)).rejects.toBeInstanceOf(NotFoundError);

    await updateCouple(w.actors.intake, assigned.coupleId!, { assignedClinicianId: w.therapist2.clinicianId });

    await expect(getIntake(a, request.id)).rejects.toBeInstanceOf(NotFoundError);
    const api = await call(intakeRoute.GET, a, `/api/v1/intakes/${request.id}`, { params: { id: request.id } });
    expect(api).toMatchObject({ status: 404, json: { error: { code: "not_found" } } });
    expect(await listed(a)).toEqual([]);
    expect((await getIntake(b, request.id)).id).toBe(request.id);
    expect(await listed(b)).toEqual([request.id]);
  });

  test("an individual's request follows the client to the new clinician", async () => {
    const w = await intakeWorld();
    const request = await createIntake(w.actors.intake, individualRequest());
    const assigned = await assignIntake(w.actors.intake, request.id, { clinicianId: w.therapist.clinicianId! });
    expect((await getIntake(w.actors.therapist, request.id)).id).toBe(request.id);
    await updateClient(w.actors.intake, assigned.clientIds[0]!, { assignedClinicianId: w.therapist2.clinicianId });
    await expect(getIntake(w.actors.therapist, request.id)).rejects.toBeInstanceOf(NotFoundError);
    expect((await getIntake(w.actors.therapist2, request.id)).id).toBe(request.id);
  });
});

describe("another practice's request", () => {
  test("is 404 for every role, through the API and the data functions, and nothing of it changes", async () => {
    const w = await intakeWorld();
    const other = await intakeWorld();
    const foreign = await createIntake(other.actors.intake, individualRequest());
    const params = { id: foreign.id };
    for (const a of Object.values(w.actors)) {
      expect((await call(intakeRoute.GET, a, `/api/v1/intakes/${foreign.id}`, { params })).status).toBe(404);
      await expect(getIntake(a, foreign.id)).rejects.toBeInstanceOf(NotFoundError);
    }
    const patch = await call(intakeRoute.PATCH, w.actors.intake, `/api/v1/intakes/${foreign.id}`, { method: "PATCH", body: { status: "CLOSED" }, params });
    expect(patch.status).toBe(404);
    await expect(updateIntake(w.actors.intake, foreign.id, { urgency: "SOON" })).rejects.toBeInstanceOf(NotFoundError);
    expect(await db().intakeRequest.findUniqueOrThrow({ where: { id: foreign.id } })).toMatchObject({ status: "NEW", urgency: "ROUTINE" });
  });
});

describe("a role that may never act is refused before its input is read", () => {
  const invalid = { kind: "TRIAD", clients: "nobody", concerns: ["LONELINESS"] };

  test("a therapist sending an invalid body gets 403, where intake gets 400 for the same body", async () => {
    const w = await intakeWorld();
    const request = await createIntake(w.actors.intake, individualRequest());
    await expect(createIntake(w.actors.therapist, invalid)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(updateIntake(w.actors.therapist, request.id, invalid)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(assignIntake(w.actors.therapist, request.id, { clinicianId: "not a valid id!" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(createIntake(w.actors.intake, invalid)).rejects.toBeInstanceOf(ZodError);

    const post = await call(intakesRoute.POST, w.actors.therapist, "/api/v1/intakes", { body: invalid });
    expect(post).toMatchObject({ status: 403, json: { error: { code: "forbidden" } } });
    const assign = await call(assignRoute.POST, w.actors.therapist, `/api/v1/intakes/${request.id}/assign`, { body: { waitlist: "yes" }, params: { id: request.id } });
    expect(assign.status).toBe(403);
    expect((await call(intakesRoute.POST, w.actors.intake, "/api/v1/intakes", { body: invalid })).status).toBe(400);
    expect(await db().intakeRequest.count({ where: { practiceId: w.practice.id } })).toBe(1);
  });
});
