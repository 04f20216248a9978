// Every read or write of client data leaves an audit row (actor, action, entity, outcome, time,
// request id), denied and not-found attempts included, and the trail itself holds no names,
// contact details or dates of birth.
import { randomUUID } from "node:crypto";
import { describe, expect, test } from "vitest";
import type { Actor } from "@/lib/data/actor";
import { createClient, getClient, listClients, updateClient } from "@/lib/data/clients/clients";
import { getCouple, listCouples } from "@/lib/data/clients/couples";
import { ForbiddenError, NotFoundError } from "@/lib/data/errors";
import { ownerDb as db } from "@/tests/support/owner-db";
import { clientCreate, clientListQuery, clientUpdate } from "@/lib/validation/client";
import * as f from "@/tests/factories";

/** The audit rows one actor's request wrote, oldest first. */
function rowsOf(actor: Actor) {
  return db().auditEvent.findMany({ where: { requestId: actor.requestId }, orderBy: { at: "asc" } });
}

/** A fresh request id: the same user acting again, as a new request would. */
const again = (actor: Actor): Actor => ({ ...actor, requestId: randomUUID() });

async function world() {
  const staffed = await f.createStaffedPractice();
  // Distinctive values, so that any of them leaking into an audit column is found below.
  const secret = { firstName: `Marisol${randomUUID().slice(0, 6)}`, lastName: `Quennell${randomUUID().slice(0, 6)}`, email: `mq-${randomUUID().slice(0, 6)}@mail.test` };
  const client = await f.createClient(staffed.practice.id, { ...secret, assignedClinicianId: staffed.therapist.clinicianId, dateOfBirth: new Date("1979-11-23T00:00:00Z") });
  const couple = await f.createCouple(staffed.practice.id, staffed.therapist.clinicianId);
  return {
    ...staffed, client, couple, secret,
    owner: await f.actorFor(staffed.owner),
    therapist: await f.actorFor(staffed.therapist),
    therapist2: await f.actorFor(staffed.therapist2),
    intake: await f.actorFor(staffed.intake),
  };
}

function expectRow(row: unknown, actor: Actor, expected: { action: string; entityType: string; entityId?: string | null; outcome: string }) {
  expect(row).toMatchObject({
    practiceId: actor.practiceId,
    actorId: actor.id,
    requestId: actor.requestId,
    action: expected.action,
    entityType: expected.entityType,
    entityId: expected.entityId ?? null,
    outcome: expected.outcome,
  });
  expect((row as { at: Date }).at).toBeInstanceOf(Date);
}

describe("allowed reads and writes are audited", () => {
  test("listing clients writes one ALLOWED client.list row", async () => {
    const w = await world();
    await listClients(w.intake, clientListQuery.parse({}));
    const rows = await rowsOf(w.intake);
    expect(rows).toHaveLength(1);
    expectRow(rows[0], w.intake, { action: "client.list", entityType: "Client", outcome: "ALLOWED" });
  });

  test("reading a client writes client.read with its id", async () => {
    const w = await world();
    await getClient(w.therapist, w.client.id);
    const rows = await rowsOf(w.therapist);
    expect(rows).toHaveLength(1);
    expectRow(rows[0], w.therapist, { action: "client.read", entityType: "Client", entityId: w.client.id, outcome: "ALLOWED" });
  });

  test("creating a client writes client.create with the new id", async () => {
    const w = await world();
    const created = await createClient(w.intake, clientCreate.parse({ firstName: "Odalys", lastName: "Brathwaite", dateOfBirth: "1992-03-04" }));
    const rows = await rowsOf(w.intake);
    expect(rows).toHaveLength(1);
    expectRow(rows[0], w.intake, { action: "client.create", entityType: "Client", entityId: created.id, outcome: "ALLOWED" });
  });

  test("updating a client writes client.update with its id", async () => {
    const w = await world();
    await updateClient(w.therapist, w.client.id, clientUpdate.parse({ phone: "555-0142" }));
    const rows = await rowsOf(w.therapist);
    expect(rows).toHaveLength(1);
    expectRow(rows[0], w.therapist, { action: "client.update", entityType: "Client", entityId: w.client.id, outcome: "ALLOWED" });
  });

  test("couples: list and read are audited too", async () => {
    const w = await world();
    await listCouples(w.owner, { limit: 10 });
    await getCouple(w.owner, w.couple.id);
    const rows = await rowsOf(w.owner);
    expect(rows).toHaveLength(2);
    expectRow(rows.find((r) => r.action === "couple.list"), w.owner, { action: "couple.list", entityType: "Couple", outcome: "ALLOWED" });
    expectRow(rows.find((r) => r.action === "couple.read"), w.owner, { action: "couple.read", entityType: "Couple", entityId: w.couple.id, outcome: "ALLOWED" });
  });
});

describe("refused attempts are audited", () => {
  test("reading a client outside the caseload writes NOT_FOUND", async () => {
    const w = await world();
    await expect(getClient(w.therapist2, w.client.id)).rejects.toBeInstanceOf(NotFoundError);
    const rows = await rowsOf(w.therapist2);
    expect(rows).toHaveLength(1);
    expectRow(rows[0], w.therapist2, { action: "client.read", entityType: "Client", entityId: w.client.id, outcome: "NOT_FOUND" });
  });

  test("reading a client id that does not exist writes NOT_FOUND", async () => {
    const w = await world();
    await expect(getClient(w.owner, "no_such_client")).rejects.toBeInstanceOf(NotFoundError);
    expectRow((await rowsOf(w.owner))[0], w.owner, { action: "client.read", entityType: "Client", entityId: "no_such_client", outcome: "NOT_FOUND" });
  });

  test("updating a client outside the caseload writes NOT_FOUND", async () => {
    const w = await world();
    await expect(updateClient(w.therapist2, w.client.id, clientUpdate.parse({ phone: "1" }))).rejects.toBeInstanceOf(NotFoundError);
    expectRow((await rowsOf(w.therapist2))[0], w.therapist2, { action: "client.update", entityType: "Client", entityId: w.client.id, outcome: "NOT_FOUND" });
  });

  test("a couple outside the caseload writes NOT_FOUND", async () => {
    const w = await world();
    await expect(getCouple(w.therapist2, w.couple.id)).rejects.toBeInstanceOf(NotFoundError);
    expectRow((await rowsOf(w.therapist2))[0], w.therapist2, { action: "couple.read", entityType: "Couple", entityId: w.couple.id, outcome: "NOT_FOUND" });
  });

  test("an owner creating a client is Forbidden and audited as DENIED", async () => {
    const w = await world();
    const input = clientCreate.parse({ firstName: "Never", lastName: "Created", dateOfBirth: "1990-01-01" });
    await expect(createClient(w.owner, input)).rejects.toBeInstanceOf(ForbiddenError);
    const rows = await rowsOf(w.owner);
    expect(rows).toHaveLength(1);
    expectRow(rows[0], w.owner, { action: "client.create", entityType: "Client", outcome: "DENIED" });
    expect(await db().client.count({ where: { practiceId: w.practice.id, lastName: "Created" } })).toBe(0);
  });

  test("a therapist reassigning their client is Forbidden and audited as DENIED", async () => {
    const w = await world();
    const move = clientUpdate.parse({ assignedClinicianId: w.therapist2.clinicianId });
    await expect(updateClient(w.therapist, w.client.id, move)).rejects.toBeInstanceOf(ForbiddenError);
    const rows = await rowsOf(w.therapist);
    expect(rows).toHaveLength(1);
    expectRow(rows[0], w.therapist, { action: "client.reassign", entityType: "Client", entityId: w.client.id, outcome: "DENIED" });
  });

  test("an owner updating demographics is Forbidden and audited as DENIED", async () => {
    const w = await world();
    await expect(updateClient(w.owner, w.client.id, clientUpdate.parse({ phone: "2" }))).rejects.toBeInstanceOf(ForbiddenError);
    expectRow((await rowsOf(w.owner))[0], w.owner, { action: "client.update", entityType: "Client", entityId: w.client.id, outcome: "DENIED" });
  });
});

test("request ids tell one request's rows from the next", async () => {
  const w = await world();
  const second = again(w.intake);
  await getClient(w.intake, w.client.id);
  await getClient(second, w.client.id);
  expect(await rowsOf(w.intake)).toHaveLength(1);
  expect(await rowsOf(second)).toHaveLength(1);
});

test("no audit column holds a name, email, date of birth or phone", async () => {
  const w = await world();
  await listClients(w.intake, clientListQuery.parse({ q: w.secret.lastName }));
  await getClient(w.intake, w.client.id);
  await updateClient(w.intake, w.client.id, clientUpdate.parse({ phone: "555-0177", firstName: `${w.secret.firstName}x` }));
  await createClient(w.intake, clientCreate.parse({ firstName: w.secret.firstName, lastName: w.secret.lastName, dateOfBirth: "1979-11-23", email: w.secret.email }));
  await createClient(w.owner, clientCreate.parse({ firstName: w.secret.firstName, lastName: w.secret.lastName, dateOfBirth: "1979-11-23" })).catch(() => undefined);
  await getClient(w.therapist2, w.client.id).catch(() => undefined);
  // Every column of every row of this practice's trail, as text.
  const rows = await db().$queryRaw<{ row: string }[]>`SELECT row_to_json(a)::text AS row FROM "AuditEvent" a WHERE a."practiceId" = ${w.practice.id}`;
  expect(rows.length).toBeGreaterThanOrEqual(6);
  const forbidden = [w.secret.firstName, w.secret.lastName, w.secret.email, "1979-11-23", "555-0177", w.client.firstName, w.client.lastName];
  for (const { row } of rows) {
    for (const value of forbidden) expect(row.toLowerCase()).not.toContain(value.toLowerCase());
  }
});
