// The case lifecycle (DESIGN.md "Case lifecycle and concurrency"): versions on the four kinds of
// record, allowed status moves, discharge and reopening, reassignment with its history, and the
// former clinician losing the case, its notes and its intake request at once. The route handlers
// run for real; only the session lookup is replaced by the test's actor.
import { NextRequest } from "next/server";
import { beforeEach, describe, expect, test, vi } from "vitest";
import type { Actor } from "@/lib/data/actor";
import * as client from "@/app/api/v1/clients/[id]/route";
import * as clientHistory from "@/app/api/v1/clients/[id]/assignments/route";
import * as couple from "@/app/api/v1/couples/[id]/route";
import * as coupleHistory from "@/app/api/v1/couples/[id]/assignments/route";
import * as clinician from "@/app/api/v1/clinicians/[id]/route";
import * as intake from "@/app/api/v1/intakes/[id]/route";
import { loadCasePanel } from "@/lib/data/clients/case-panel";
import { getNote } from "@/lib/data/notes/notes";
import { createNote } from "@/lib/data/notes/write";
import { createIntake } from "@/lib/data/intake/write";
import { NotFoundError } from "@/lib/data/errors";
import { ownerDb as db } from "@/tests/support/owner-db";
import { todayIn } from "@/lib/domain/cases/transitions";
import * as f from "@/tests/factories";
import { individualRequest } from "@/tests/integration/intake-world";
import { clientNoteInput } from "@/tests/integration/notes-world";

let actor: Actor | null = null;
vi.mock("@/lib/auth/session", () => ({ currentActor: async () => actor }));

type Json = { error?: { code: string; issues?: { path: (string | number)[] }[]; details?: { current: Record<string, unknown> } } } & Record<string, unknown>;
type Handler = (r: NextRequest, c: { params: Promise<Record<string, string>> }) => Promise<Response>;

async function call(handler: unknown, as: Actor, url: string, id: string, body?: unknown) {
  actor = as;
  const init = body === undefined ? { method: "GET" } : { method: "PATCH", body: JSON.stringify(body), headers: { "content-type": "application/json" } };
  const response = await (handler as Handler)(new NextRequest(`http://localhost/api/v1/${url}`, init), { params: Promise.resolve({ id }) });
  return { status: response.status, json: (await response.json()) as Json };
}
const patchClient = (as: Actor, id: string, body: unknown) => call(client.PATCH, as, `clients/${id}`, id, body);
const patchCouple = (as: Actor, id: string, body: unknown) => call(couple.PATCH, as, `couples/${id}`, id, body);
const getClient = (as: Actor, id: string) => call(client.GET, as, `clients/${id}`, id);
const paths = (json: Json) => (json.error?.issues ?? []).map((i) => i.path.join("."));

async function world() {
  const staffed = await f.createStaffedPractice();
  const { practice, therapist, therapist2 } = staffed;
  const actors = {
    owner: await f.actorFor(staffed.owner),
    therapist: await f.actorFor(therapist),
    therapist2: await f.actorFor(therapist2),
    intake: await f.actorFor(staffed.intake),
  };
  const mine = await f.createClient(practice.id, { assignedClinicianId: therapist.clinicianId });
  const pair = await f.createCouple(practice.id, therapist.clinicianId);
  return { ...staffed, actors, mine, pair };
}
let w: Awaited<ReturnType<typeof world>>;
beforeEach(async () => {
  w = await world();
});

describe("version: a stale one is 409 with the current record, a fresh one wins and counts up", () => {
  test("client", async () => {
    const first = await patchClient(w.actors.therapist, w.mine.id, { phone: "555-0101", version: 1 });
    expect(first.status).toBe(200);
    expect(first.json.version).toBe(2);
    const stale = await patchClient(w.actors.intake, w.mine.id, { phone: "555-0102", version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.json.error?.details?.current).toMatchObject({ id: w.mine.id, phone: "555-0101", version: 2 });
    expect((await db().client.findUniqueOrThrow({ where: { id: w.mine.id } })).phone).toBe("555-0101");
    // Without a version the API still takes the change (the UI always sends one).
    expect((await patchClient(w.actors.intake, w.mine.id, { phone: "555-0103" })).json.version).toBe(3);
  });

  test("couple", async () => {
    expect((await patchCouple(w.actors.intake, w.pair.id, { relationshipStatus: "engaged", version: 1 })).json.version).toBe(2);
    const stale = await patchCouple(w.actors.therapist, w.pair.id, { relationshipStatus: "separated", version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.json.error?.details?.current).toMatchObject({ id: w.pair.id, relationshipStatus: "engaged", version: 2 });
  });

  test("clinician profile", async () => {
    const id = w.therapist.clinicianId!;
    const saved = await call(clinician.PATCH, w.actors.therapist, `clinicians/${id}`, id, { bio: "Gottman level 2.", version: 1 });
    expect(saved.json.version).toBe(2);
    const stale = await call(clinician.PATCH, w.actors.owner, `clinicians/${id}`, id, { maxCaseload: 3, version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.json.error?.details?.current).toMatchObject({ id, bio: "Gottman level 2.", version: 2 });
    expect((await db().clinicianProfile.findUniqueOrThrow({ where: { id } })).maxCaseload).not.toBe(3);
  });

  test("intake request", async () => {
    const request = await createIntake(w.actors.intake, individualRequest());
    expect(request.version).toBe(1);
    const saved = await call(intake.PATCH, w.actors.intake, `intakes/${request.id}`, request.id, { urgency: "SOON", version: 1 });
    expect(saved.json.version).toBe(2);
    const stale = await call(intake.PATCH, w.actors.intake, `intakes/${request.id}`, request.id, { urgency: "ROUTINE", version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.json.error?.details?.current).toMatchObject({ id: request.id, urgency: "SOON", version: 2 });
  });

  test("two concurrent saves of one version: exactly one wins", async () => {
    const results = await Promise.all([
      patchClient(w.actors.intake, w.mine.id, { phone: "555-0201", version: 1 }),
      patchClient(w.actors.therapist, w.mine.id, { phone: "555-0202", version: 1 }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    expect((await db().client.findUniqueOrThrow({ where: { id: w.mine.id } })).version).toBe(2);
  });
});

describe("status moves", () => {
  test("a move the lifecycle forbids is 409 and changes nothing", async () => {
    const inquiry = await f.createClient(w.practice.id, { status: "INQUIRY" });
    const refused = await patchClient(w.actors.intake, inquiry.id, { status: "DISCHARGED", dischargeReason: "No answer" });
    expect(refused.status).toBe(409);
    expect(refused.json.error?.details?.current).toMatchObject({ status: "INQUIRY" });
    expect((await patchClient(w.actors.intake, w.mine.id, { status: "WAITLISTED" })).status).toBe(409);
    expect((await patchCouple(w.actors.intake, w.pair.id, { status: "INQUIRY" })).status).toBe(409);
    expect((await db().client.findUniqueOrThrow({ where: { id: w.mine.id } })).status).toBe("ACTIVE");
  });

  test("a discharge without a reason is 400 naming dischargeReason", async () => {
    const refused = await patchClient(w.actors.therapist, w.mine.id, { status: "DISCHARGED" });
    expect(refused.status).toBe(400);
    expect(paths(refused.json)).toContain("dischargeReason");
  });

  test("discharge dates today in the practice's time zone; reopening clears it", async () => {
    await db().practice.update({ where: { id: w.practice.id }, data: { timeZone: "Pacific/Kiritimati" } });
    const discharged = await patchClient(w.actors.therapist, w.mine.id, { status: "DISCHARGED", dischargeReason: "Goals met", version: 1 });
    expect(discharged.status).toBe(200);
    expect(discharged.json).toMatchObject({ status: "DISCHARGED", dischargeReason: "Goals met", dischargedOn: todayIn("Pacific/Kiritimati"), version: 2 });
    const reopened = await patchClient(w.actors.therapist, w.mine.id, { status: "ACTIVE", version: 2 });
    expect(reopened.json).toMatchObject({ status: "ACTIVE", dischargeReason: null, dischargedOn: null, version: 3 });
  });

  test("an owner who does not treat may discharge (case:manage) but not edit demographics", async () => {
    expect((await patchCouple(w.actors.owner, w.pair.id, { status: "DISCHARGED", dischargeReason: "Moved away" })).json).toMatchObject({ status: "DISCHARGED" });
    expect((await patchClient(w.actors.owner, w.mine.id, { phone: "555-0300" })).status).toBe(403);
  });

  test("a therapist of another caseload gets 404 for the status change", async () => {
    expect((await patchClient(w.actors.therapist2, w.mine.id, { status: "DISCHARGED", dischargeReason: "x" })).status).toBe(404);
    expect((await patchCouple(w.actors.therapist2, w.pair.id, { status: "DISCHARGED", dischargeReason: "x" })).status).toBe(404);
  });
});

describe("reassignment", () => {
  test("the intake specialist reassigns; history is newest first; the former clinician loses client, notes and intake", async () => {
    const note = await createNote(w.actors.therapist, clientNoteInput(w.mine.id));
    const request = await createIntake(w.actors.intake, individualRequest({
      clients: [{ firstName: w.mine.firstName, lastName: w.mine.lastName, dateOfBirth: "1988-04-12", clientId: w.mine.id }],
    }));
    expect((await call(intake.GET, w.actors.therapist, `intakes/${request.id}`, request.id)).status).toBe(200);

    const moved = await patchClient(w.actors.intake, w.mine.id, { assignedClinicianId: w.therapist2.clinicianId, reason: "Schedule fit", version: 1 });
    expect(moved.status).toBe(200);
    expect(moved.json).toMatchObject({ assignedClinicianId: w.therapist2.clinicianId, version: 2 });
    const back = await patchClient(w.actors.owner, w.mine.id, { assignedClinicianId: w.therapist.clinicianId });
    expect(back.status).toBe(200);
    const history = await call(clientHistory.GET, w.actors.intake, `clients/${w.mine.id}/assignments`, w.mine.id);
    expect(history.json.data).toMatchObject([
      { clinicianId: w.therapist.clinicianId, previousClinicianId: w.therapist2.clinicianId, assignedById: w.owner.id, reason: null, source: "REASSIGN" },
      { clinicianId: w.therapist2.clinicianId, previousClinicianId: w.therapist.clinicianId, assignedById: w.intake.id, reason: "Schedule fit", source: "REASSIGN" },
    ]);

    // Moved away again: the former clinician now sees nothing of the case.
    await patchClient(w.actors.intake, w.mine.id, { assignedClinicianId: w.therapist2.clinicianId });
    expect((await getClient(w.actors.therapist, w.mine.id)).status).toBe(404);
    await expect(getNote(w.actors.therapist, note.id)).rejects.toBeInstanceOf(NotFoundError);
    expect((await call(intake.GET, w.actors.therapist, `intakes/${request.id}`, request.id)).status).toBe(404);
    expect((await call(clientHistory.GET, w.actors.therapist, `clients/${w.mine.id}/assignments`, w.mine.id)).status).toBe(404);
    // The new one sees all of it.
    await expect(getNote(w.actors.therapist2, note.id)).resolves.toMatchObject({ id: note.id });
    expect((await getClient(w.actors.therapist2, w.mine.id)).status).toBe(200);
  });

  test("a couple's reassignment is kept in its own history", async () => {
    const moved = await patchCouple(w.actors.intake, w.pair.id, { assignedClinicianId: w.therapist2.clinicianId, reason: "Conjoint specialist" });
    expect(moved.status).toBe(200);
    const history = await call(coupleHistory.GET, w.actors.therapist2, `couples/${w.pair.id}/assignments`, w.pair.id);
    expect(history.json.data).toMatchObject([{ clinicianId: w.therapist2.clinicianId, previousClinicianId: w.therapist.clinicianId, reason: "Conjoint specialist" }]);
    expect((await call(couple.GET, w.actors.therapist, `couples/${w.pair.id}`, w.pair.id)).status).toBe(404);
  });

  test("a therapist may not hand their own case to a colleague (403); another caseload's is 404", async () => {
    expect((await patchClient(w.actors.therapist, w.mine.id, { assignedClinicianId: w.therapist2.clinicianId })).status).toBe(403);
    expect((await patchClient(w.actors.therapist2, w.mine.id, { assignedClinicianId: w.therapist2.clinicianId })).status).toBe(404);
    expect(await db().caseAssignment.count({ where: { clientId: w.mine.id } })).toBe(0);
  });

  test("the target must be an active clinician of the practice (400)", async () => {
    const other = await f.createStaffedPractice();
    const foreign = await patchClient(w.actors.intake, w.mine.id, { assignedClinicianId: other.therapist.clinicianId });
    expect(foreign.status).toBe(400);
    expect(paths(foreign.json)).toContain("assignedClinicianId");
    await db().user.update({ where: { id: w.therapist2.id }, data: { active: false } });
    expect((await patchClient(w.actors.intake, w.mine.id, { assignedClinicianId: w.therapist2.clinicianId })).status).toBe(400);
    expect((await db().client.findUniqueOrThrow({ where: { id: w.mine.id } })).assignedClinicianId).toBe(w.therapist.clinicianId);
  });
});

describe("the Case panel of a client's page", () => {
  test("intake may reassign to active clinicians only; the treating therapist may discharge but not reassign; a former clinician sees nothing", async () => {
    await db().user.update({ where: { id: w.therapist2.id }, data: { active: false } });
    const forIntake = await loadCasePanel(w.actors.intake, { clientId: w.mine.id });
    expect(forIntake.canManage).toBe(true);
    expect(forIntake.clinicians?.map((c) => c.id)).toEqual([w.therapist.clinicianId]);
    const forTherapist = await loadCasePanel(w.actors.therapist, { clientId: w.mine.id });
    expect(forTherapist).toMatchObject({ canManage: true, clinicians: null, history: [] });
    await expect(loadCasePanel(w.actors.therapist2, { clientId: w.mine.id })).rejects.toBeInstanceOf(NotFoundError);
  });

  test("the history names the clinicians and who assigned", async () => {
    await patchClient(w.actors.intake, w.mine.id, { assignedClinicianId: w.therapist2.clinicianId, reason: "Evening hours" });
    const panel = await loadCasePanel(w.actors.owner, { clientId: w.mine.id });
    expect(panel.history).toMatchObject([{ clinicianName: w.therapist2.name, previousClinicianName: w.therapist.name, assignedByName: w.intake.name, reason: "Evening hours" }]);
  });
});
