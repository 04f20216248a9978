// Inside one practice, a therapist sees and changes only their own caseload; intake and owners
// see everyone. What a therapist may not see answers NotFound, like a record that does not exist.
import { describe, expect, test } from "vitest";
import { getOwnCaseload } from "@/lib/data/clients/caseload";
import { getClient, listClients, updateClient } from "@/lib/data/clients/clients";
import { getClinician, listClinicians } from "@/lib/data/clinicians/clinicians";
import { getCouple, listCouples } from "@/lib/data/clients/couples";
import { ForbiddenError, NotFoundError } from "@/lib/data/errors";
import { ownerDb as db } from "@/tests/support/owner-db";
import { clientListQuery, clientUpdate } from "@/lib/validation/client";
import { pageQuery } from "@/lib/validation/common";
import * as f from "@/tests/factories";

/** A practice with two therapists, each with a client and a couple, and one unassigned client. */
async function practiceWithCaseloads() {
  const staffed = await f.createStaffedPractice();
  const { practice, therapist, therapist2 } = staffed;
  const mine = await f.createClient(practice.id, { assignedClinicianId: therapist.clinicianId });
  const theirs = await f.createClient(practice.id, { assignedClinicianId: therapist2.clinicianId });
  const unassigned = await f.createClient(practice.id, { status: "INQUIRY" });
  const myCouple = await f.createCouple(practice.id, therapist.clinicianId);
  const theirCouple = await f.createCouple(practice.id, therapist2.clinicianId);
  const actors = {
    owner: await f.actorFor(staffed.owner),
    therapist: await f.actorFor(therapist),
    therapist2: await f.actorFor(therapist2),
    intake: await f.actorFor(staffed.intake),
  };
  const allClientIds = [mine, theirs, unassigned, ...myCouple.partners, ...theirCouple.partners].map((c) => c.id).sort();
  return { ...staffed, mine, theirs, unassigned, myCouple, theirCouple, actors, allClientIds };
}

const all = clientListQuery.parse({ limit: "100" });
const ids = (rows: { id: string }[]) => rows.map((r) => r.id).sort();

describe("a therapist sees only their own caseload", () => {
  test("client list holds exactly their clients, couple partners included", async () => {
    const w = await practiceWithCaseloads();
    const page = await listClients(w.actors.therapist, all);
    expect(ids(page.data)).toEqual([w.mine.id, ...w.myCouple.partners.map((p) => p.id)].sort());
    const page2 = await listClients(w.actors.therapist2, all);
    expect(ids(page2.data)).toEqual([w.theirs.id, ...w.theirCouple.partners.map((p) => p.id)].sort());
  });

  test("a name search does not reach past the caseload", async () => {
    const w = await practiceWithCaseloads();
    const page = await listClients(w.actors.therapist, clientListQuery.parse({ q: w.theirs.lastName }));
    expect(page.data).toEqual([]);
  });

  test("couple list holds exactly their couples", async () => {
    const w = await practiceWithCaseloads();
    expect(ids((await listCouples(w.actors.therapist, { limit: 100 })).data)).toEqual([w.myCouple.id]);
    expect(ids((await listCouples(w.actors.therapist2, { limit: 100 })).data)).toEqual([w.theirCouple.id]);
  });

  test("another therapist's client, couple partner, couple and an unassigned client answer NotFound", async () => {
    const w = await practiceWithCaseloads();
    const me = w.actors.therapist;
    await expect(getClient(me, w.theirs.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getClient(me, w.theirCouple.partners[0].id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getClient(me, w.unassigned.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getCouple(me, w.theirCouple.id)).rejects.toBeInstanceOf(NotFoundError);
    // Their own records do resolve.
    await expect(getClient(me, w.mine.id)).resolves.toMatchObject({ id: w.mine.id });
    await expect(getCouple(me, w.myCouple.id)).resolves.toMatchObject({ id: w.myCouple.id });
  });

  test("updating another therapist's client answers NotFound and changes nothing", async () => {
    const w = await practiceWithCaseloads();
    await expect(updateClient(w.actors.therapist, w.theirs.id, clientUpdate.parse({ phone: "555-0100" }))).rejects.toBeInstanceOf(NotFoundError);
    expect((await db().client.findUniqueOrThrow({ where: { id: w.theirs.id } })).phone).toBeNull();
  });

  test("the caseload page data holds only their own clients and couples", async () => {
    const w = await practiceWithCaseloads();
    const caseload = await getOwnCaseload(w.actors.therapist);
    expect(ids(caseload.couples)).toEqual([w.myCouple.id]);
    expect(caseload.clients.map((c) => c.id)).toContain(w.mine.id);
    const visible = new Set([w.mine.id, ...w.myCouple.partners.map((p) => p.id)]);
    for (const c of caseload.clients) expect(visible.has(c.id)).toBe(true);
  });

  test("clinician profiles: a therapist sees their own, and another's answers NotFound", async () => {
    const w = await practiceWithCaseloads();
    expect(ids((await listClinicians(w.actors.therapist, pageQuery.parse({}))).data)).toEqual([w.therapist.clinicianId]);
    await expect(getClinician(w.actors.therapist, w.therapist2.clinicianId!)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getClinician(w.actors.therapist, w.therapist.clinicianId!)).resolves.toMatchObject({ id: w.therapist.clinicianId });
  });
});

describe("a therapist may update but not reassign their own clients", () => {
  test("updating their own client's contact details works", async () => {
    const w = await practiceWithCaseloads();
    const updated = await updateClient(w.actors.therapist, w.mine.id, clientUpdate.parse({ phone: "555-0199", pronouns: "she/her" }));
    expect(updated).toMatchObject({ phone: "555-0199", pronouns: "she/her", assignedClinicianId: w.therapist.clinicianId });
  });

  test("reassigning their own client to a colleague is Forbidden and changes nothing", async () => {
    const w = await practiceWithCaseloads();
    const attempt = updateClient(w.actors.therapist, w.mine.id, clientUpdate.parse({ assignedClinicianId: w.therapist2.clinicianId }));
    await expect(attempt).rejects.toBeInstanceOf(ForbiddenError);
    const unassign = updateClient(w.actors.therapist, w.mine.id, clientUpdate.parse({ assignedClinicianId: null }));
    await expect(unassign).rejects.toBeInstanceOf(ForbiddenError);
    expect((await db().client.findUniqueOrThrow({ where: { id: w.mine.id } })).assignedClinicianId).toBe(w.therapist.clinicianId);
  });

  test("intake may reassign", async () => {
    const w = await practiceWithCaseloads();
    const moved = await updateClient(w.actors.intake, w.mine.id, clientUpdate.parse({ assignedClinicianId: w.therapist2.clinicianId }));
    expect(moved.assignedClinicianId).toBe(w.therapist2.clinicianId);
    // Visibility follows the assignment at once.
    await expect(getClient(w.actors.therapist, w.mine.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getClient(w.actors.therapist2, w.mine.id)).resolves.toMatchObject({ id: w.mine.id });
  });
});

describe("intake and owners see the whole practice", () => {
  test.each(["intake", "owner"] as const)("%s lists every client and couple", async (role) => {
    const w = await practiceWithCaseloads();
    expect(ids((await listClients(w.actors[role], all)).data)).toEqual(w.allClientIds);
    expect(ids((await listCouples(w.actors[role], { limit: 100 })).data)).toEqual([w.myCouple.id, w.theirCouple.id].sort());
    await expect(getClient(w.actors[role], w.theirs.id)).resolves.toMatchObject({ id: w.theirs.id });
    await expect(getCouple(w.actors[role], w.myCouple.id)).resolves.toMatchObject({ id: w.myCouple.id });
  });

  test.each(["intake", "owner"] as const)("%s lists every clinician profile", async (role) => {
    const w = await practiceWithCaseloads();
    const listed = ids((await listClinicians(w.actors[role], pageQuery.parse({}))).data);
    expect(listed).toEqual([w.therapist.clinicianId!, w.therapist2.clinicianId!].sort());
  });

  test("an owner who also treats sees all clients but updates only their own caseload", async () => {
    const w = await practiceWithCaseloads();
    const ownerTherapist = await f.createUser(w.practice.id, ["OWNER", "THERAPIST"]);
    const actor = await f.actorFor(ownerTherapist);
    const own = await f.createClient(w.practice.id, { assignedClinicianId: ownerTherapist.clinicianId });
    expect(ids((await listClients(actor, all)).data)).toEqual([...w.allClientIds, own.id].sort());
    await expect(updateClient(actor, own.id, clientUpdate.parse({ phone: "555-0111" }))).resolves.toMatchObject({ phone: "555-0111" });
    await expect(updateClient(actor, w.theirs.id, clientUpdate.parse({ phone: "555-0112" }))).rejects.toBeInstanceOf(NotFoundError);
  });

  test("an owner who does not treat may read but never update demographics: Forbidden", async () => {
    const w = await practiceWithCaseloads();
    await expect(updateClient(w.actors.owner, w.mine.id, clientUpdate.parse({ phone: "555-0123" }))).rejects.toBeInstanceOf(ForbiddenError);
    expect((await db().client.findUniqueOrThrow({ where: { id: w.mine.id } })).phone).toBeNull();
  });

  test("a caseload filter with no clinician profile matches nothing, not everything", async () => {
    const w = await practiceWithCaseloads();
    // A THERAPIST account whose clinician profile is missing (e.g. not yet set up).
    const bare = await db().user.create({
      data: { practiceId: w.practice.id, email: `bare-${w.practice.id}@test.example`, name: "Bare", passwordHash: "x", roles: ["THERAPIST"] },
    });
    const actor = await f.actorFor({ ...bare, clinicianId: null });
    expect((await listClients(actor, all)).data).toEqual([]);
    expect((await listCouples(actor, { limit: 100 })).data).toEqual([]);
    await expect(getClient(actor, w.unassigned.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});
