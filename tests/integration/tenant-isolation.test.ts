// One practice must never see, change, or point at another's records: every lookup by id from
// the wrong practice answers NotFound exactly like an id that does not exist.
import { randomUUID } from "node:crypto";
import { describe, expect, test } from "vitest";
import type { Actor } from "@/lib/data/actor";
import { createClient, getClient, listClients, updateClient } from "@/lib/data/clients/clients";
import { getClinician, listClinicians } from "@/lib/data/clinicians/clinicians";
import { getCouple, listCouples } from "@/lib/data/clients/couples";
import { InvalidError, NotFoundError } from "@/lib/data/errors";
import { ownerDb as db } from "@/tests/support/owner-db";
import { clientCreate, clientListQuery, clientUpdate } from "@/lib/validation/client";
import { pageQuery } from "@/lib/validation/common";
import * as f from "@/tests/factories";

type Staffed = Awaited<ReturnType<typeof f.createStaffedPractice>>;
interface World extends Staffed {
  actors: { owner: Actor; therapist: Actor; intake: Actor };
  client: Awaited<ReturnType<typeof f.createClient>>;
  couple: Awaited<ReturnType<typeof f.createCouple>>;
}

async function buildWorld(): Promise<World> {
  const staffed = await f.createStaffedPractice();
  const actors = {
    owner: await f.actorFor(staffed.owner),
    therapist: await f.actorFor(staffed.therapist),
    intake: await f.actorFor(staffed.intake),
  };
  const client = await f.createClient(staffed.practice.id, { assignedClinicianId: staffed.therapist.clinicianId, lastName: `Zephyr${randomUUID().slice(0, 8)}` });
  const couple = await f.createCouple(staffed.practice.id, staffed.therapist.clinicianId);
  return { ...staffed, actors, client, couple };
}

/** Two practices of its own for every test, so no test depends on another's data. */
async function twoPractices(): Promise<{ a: World; b: World }> {
  return { a: await buildWorld(), b: await buildWorld() };
}

const all = clientListQuery.parse({ limit: "100" });

describe("reading another practice's records by id answers NotFound", () => {
  test.each(["owner", "therapist", "intake"] as const)("%s of practice A cannot get B's client", async (role) => {
    const { a, b } = await twoPractices();
    await expect(getClient(a.actors[role], b.client.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  test.each(["owner", "therapist", "intake"] as const)("%s of practice A cannot get B's couple", async (role) => {
    const { a, b } = await twoPractices();
    await expect(getCouple(a.actors[role], b.couple.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  test.each(["owner", "therapist", "intake"] as const)("%s of practice A cannot get B's clinician", async (role) => {
    const { a, b } = await twoPractices();
    await expect(getClinician(a.actors[role], b.therapist.clinicianId!)).rejects.toBeInstanceOf(NotFoundError);
  });

  test("the error for another practice's client is the same as for an id that does not exist", async () => {
    const { a, b } = await twoPractices();
    const foreign = await getClient(a.actors.owner, b.client.id).catch((e: unknown) => e);
    const missing = await getClient(a.actors.owner, "c_does_not_exist").catch((e: unknown) => e);
    expect(foreign).toBeInstanceOf(NotFoundError);
    expect(missing).toBeInstanceOf(NotFoundError);
    expect((foreign as Error).message).toBe((missing as Error).message);
  });

  test("the same record is visible inside its own practice (the NotFound above is about the tenant)", async () => {
    const { b } = await twoPractices();
    await expect(getClient(b.actors.owner, b.client.id)).resolves.toMatchObject({ id: b.client.id });
    await expect(getCouple(b.actors.intake, b.couple.id)).resolves.toMatchObject({ id: b.couple.id });
  });
});

describe("lists never include another practice's rows", () => {
  test("clients: owner and intake of A list exactly A's clients", async () => {
    const { a, b } = await twoPractices();
    const expected = [a.client.id, ...a.couple.partners.map((p) => p.id)].sort();
    for (const actor of [a.actors.owner, a.actors.intake]) {
      const ids = (await listClients(actor, all)).data.map((c) => c.id);
      expect(ids.sort()).toEqual(expected);
      expect(ids).not.toContain(b.client.id);
    }
  });

  test("clients: a name search for B's client finds nothing from A", async () => {
    const { a, b } = await twoPractices();
    const page = await listClients(a.actors.intake, clientListQuery.parse({ q: b.client.lastName }));
    expect(page.data).toEqual([]);
    const own = await listClients(b.actors.intake, clientListQuery.parse({ q: b.client.lastName }));
    expect(own.data.map((c) => c.id)).toEqual([b.client.id]);
  });

  test("clients: a cursor taken from B's rows never brings B's rows into A's list", async () => {
    const { a, b } = await twoPractices();
    // Refused outright (400 naming the cursor): not even where B's client would sort leaks.
    const refused = await listClients(a.actors.owner, clientListQuery.parse({ cursor: b.client.id })).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(InvalidError);
  });

  test("couples: A lists only A's couple", async () => {
    const { a, b } = await twoPractices();
    for (const actor of [a.actors.owner, a.actors.intake, a.actors.therapist]) {
      const ids = (await listCouples(actor, { limit: 100 })).data.map((c) => c.id);
      expect(ids).toEqual([a.couple.id]);
      expect(ids).not.toContain(b.couple.id);
    }
  });

  test("clinicians: A lists only A's clinician profiles", async () => {
    const { a, b } = await twoPractices();
    for (const actor of [a.actors.owner, a.actors.intake]) {
      const ids = (await listClinicians(actor, pageQuery.parse({ limit: "100" }))).data.map((c) => c.id);
      expect(ids.sort()).toEqual([a.therapist.clinicianId, a.therapist2.clinicianId].sort());
      expect(ids).not.toContain(b.therapist.clinicianId);
    }
  });
});

describe("writes stay inside the caller's practice", () => {
  test("updating another practice's client answers NotFound and changes nothing", async () => {
    const { a, b } = await twoPractices();
    await expect(updateClient(a.actors.intake, b.client.id, clientUpdate.parse({ firstName: "Hijacked" }))).rejects.toBeInstanceOf(NotFoundError);
    const row = await db().client.findUniqueOrThrow({ where: { id: b.client.id } });
    expect(row.firstName).toBe(b.client.firstName);
  });

  test("a forged practiceId in the create body is ignored: the client lands in the caller's practice", async () => {
    const { a, b } = await twoPractices();
    // Parsed exactly as POST /api/v1/clients parses the raw body.
    const input = clientCreate.parse({ firstName: "Forged", lastName: "Tenant", dateOfBirth: "1990-02-03", practiceId: b.practice.id });
    const created = await createClient(a.actors.intake, input);
    const row = await db().client.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.practiceId).toBe(a.practice.id);
    await expect(getClient(b.actors.intake, created.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getClient(a.actors.intake, created.id)).resolves.toMatchObject({ firstName: "Forged" });
  });

  const base = { firstName: "Ref", lastName: "Check", dateOfBirth: "1985-06-07" };

  test("creating a client assigned to another practice's clinician is invalid input, field named", async () => {
    const { a, b } = await twoPractices();
    const error = await createClient(a.actors.intake, clientCreate.parse({ ...base, assignedClinicianId: b.therapist.clinicianId }))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidError);
    expect((error as InvalidError).issues.map((i) => i.path.join("."))).toContain("assignedClinicianId");
    expect(await db().client.count({ where: { assignedClinicianId: b.therapist.clinicianId, practiceId: a.practice.id } })).toBe(0);
  });

  test("creating a client at another practice's location is invalid input, field named", async () => {
    const { a, b } = await twoPractices();
    const error = await createClient(a.actors.intake, clientCreate.parse({ ...base, locationId: b.practice.locationId })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidError);
    expect((error as InvalidError).issues.map((i) => i.path.join("."))).toContain("locationId");
  });

  test("moving an own client to another practice's clinician or location is invalid and changes nothing", async () => {
    const { a, b } = await twoPractices();
    const toClinician = updateClient(a.actors.intake, a.client.id, clientUpdate.parse({ assignedClinicianId: b.therapist.clinicianId }));
    await expect(toClinician).rejects.toBeInstanceOf(InvalidError);
    const toLocation = updateClient(a.actors.intake, a.client.id, clientUpdate.parse({ locationId: b.practice.locationId }));
    await expect(toLocation).rejects.toBeInstanceOf(InvalidError);
    const row = await db().client.findUniqueOrThrow({ where: { id: a.client.id } });
    expect(row.assignedClinicianId).toBe(a.therapist.clinicianId);
    expect(row.locationId).toBeNull();
  });

  test("the practice's own clinician and location are accepted", async () => {
    const { a } = await twoPractices();
    const created = await createClient(
      a.actors.intake,
      clientCreate.parse({ ...base, assignedClinicianId: a.therapist2.clinicianId, locationId: a.practice.locationId }),
    );
    expect(created).toMatchObject({ assignedClinicianId: a.therapist2.clinicianId, locationId: a.practice.locationId });
  });
});

test("probing another practice leaves no trace in that practice's audit trail", async () => {
  const { a, b } = await twoPractices();
  const before = await db().auditEvent.count({ where: { practiceId: b.practice.id, actorId: a.owner.id } });
  await getClient(a.actors.owner, b.client.id).catch(() => undefined);
  const after = await db().auditEvent.count({ where: { practiceId: b.practice.id, actorId: a.owner.id } });
  expect(after).toBe(before);
  expect(before).toBe(0);
});
