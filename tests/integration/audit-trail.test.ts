// The audit trail as owners read it: filters by person, record, client (every event that
// disclosed the client: their couples' and notes' included, and list reads that showed them),
// action and date; pages that neither skip nor repeat; names resolved; never another practice's
// events; nobody but owners.
import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, test } from "vitest";
import { listAuditEvents } from "@/lib/data/audit/trail";
import { listClients } from "@/lib/data/clients/clients";
import type { Actor } from "@/lib/data/actor";
import { ForbiddenError } from "@/lib/data/errors";
import { ownerDb as db } from "@/tests/support/owner-db";
import { auditQuery } from "@/lib/validation/admin";
import * as f from "@/tests/factories";
import { note, writeNotes } from "@/tests/integration/report-world";

let w: Awaited<ReturnType<typeof f.createStaffedPractice>>;
let owner: Actor;
let client: { id: string };
let couple: Awaited<ReturnType<typeof f.createCouple>>;
let noteId: string;

/** An audit row written directly, at a chosen time, naming the clients it disclosed as the access path does. */
function event(actorId: string | null, action: string, entityType: string, entityId: string | null, at: string, clientIds: string[]) {
  return db().auditEvent.create({ data: { practiceId: w.practice.id, actorId, action, entityType, entityId, clientIds, outcome: "ALLOWED", at: new Date(at), requestId: randomUUID() } });
}

beforeEach(async () => {
  w = await f.createStaffedPractice();
  owner = await f.actorFor(w.owner);
  client = await f.createClient(w.practice.id, { assignedClinicianId: w.therapist.clinicianId });
  couple = await f.createCouple(w.practice.id, w.therapist.clinicianId);
  const [written] = await writeNotes(w.practice.id, [note(w.therapist.id, { coupleId: couple.id }, "2026-09-01", 4)]);
  noteId = written!.id;
  const partners = couple.partners.map((p) => p.id);
  await event(w.therapist.id, "client.read", "Client", client.id, "2026-09-01T10:00:00Z", [client.id]);
  await event(w.therapist.id, "note.read", "SessionNote", noteId, "2026-09-02T10:00:00Z", partners);
  await event(w.intake.id, "client.update", "Client", couple.partners[0].id, "2026-09-03T10:00:00Z", [couple.partners[0].id]);
  await event(w.therapist2.id, "client:read", "Client", client.id, "2026-09-04T10:00:00Z", [client.id]);
  await event(w.therapist.id, "couple.read", "Couple", couple.id, "2026-10-05T10:00:00Z", partners);
});

const list = (actor: Actor, raw: Record<string, unknown>) => listAuditEvents(actor, auditQuery.parse({ from: "2026-09-01", to: "2026-10-31", ...raw }));

describe("audit trail", () => {
  test("newest first, with the person's name", async () => {
    const page = await list(owner, {});
    expect(page.data.map((e) => e.action)).toEqual(["couple.read", "client:read", "client.update", "note.read", "client.read"]);
    expect(page.data[0]).toMatchObject({ actorId: w.therapist.id, actorName: w.therapist.name, entityType: "Couple", entityId: couple.id, outcome: "ALLOWED" });
  });

  test("by person, by action or its start, by date", async () => {
    expect((await list(owner, { actorId: w.therapist.id })).data).toHaveLength(3);
    expect((await list(owner, { action: "client" })).data.map((e) => e.action).sort()).toEqual(["client.read", "client.update", "client:read"]);
    expect((await list(owner, { action: "note.read" })).data).toHaveLength(1);
    expect((await list(owner, { from: "2026-09-02", to: "2026-09-03" })).data.map((e) => e.action)).toEqual(["client.update", "note.read"]);
  });

  test("by record, and by client: the client's own events, their couples' and their notes'", async () => {
    expect((await list(owner, { entityId: client.id })).data).toHaveLength(2);
    const partner = couple.partners[0].id;
    const forPartner = await list(owner, { clientId: partner });
    expect(forPartner.data.map((e) => e.entityId).sort()).toEqual([partner, couple.id, noteId].sort());
  });

  test("by client, a list read that showed the client is found too, and only for the clients it showed", async () => {
    const therapist = await f.actorFor(w.therapist);
    const listed = await listClients(therapist, { limit: "100" });
    expect(listed.data.map((c) => c.id)).toContain(client.id);
    const stranger = await f.createClient(w.practice.id, { assignedClinicianId: w.therapist2.clinicianId });
    const forClient = await listAuditEvents(owner, { clientId: client.id, action: "client.list" });
    expect(forClient.data).toMatchObject([{ action: "client.list", actorId: w.therapist.id, actorName: w.therapist.name, requestId: therapist.requestId, outcome: "ALLOWED" }]);
    expect((await listAuditEvents(owner, { clientId: stranger.id, action: "client.list" })).data).toEqual([]);
  });

  test("pages neither skip nor repeat an event", async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await list(owner, { limit: 2, ...(cursor ? { cursor } : {}) });
      seen.push(...page.data.map((e) => e.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toHaveLength(5);
    expect(new Set(seen).size).toBe(5);
  });

  test("another practice's events never appear, even asked for by their ids", async () => {
    const other = await f.createStaffedPractice();
    const otherClient = await f.createClient(other.practice.id);
    await db().auditEvent.create({ data: { practiceId: other.practice.id, actorId: other.owner.id, action: "client.read", entityType: "Client", entityId: otherClient.id, outcome: "ALLOWED", at: new Date("2026-09-10T00:00:00Z") } });
    expect((await list(owner, { entityId: otherClient.id })).data).toEqual([]);
    expect((await list(owner, { clientId: otherClient.id })).data).toEqual([]);
    expect((await list(owner, { actorId: other.owner.id })).data).toEqual([]);
  });

  test("only owners read it, and reading it is itself audited", async () => {
    for (const user of [w.therapist, w.intake]) await expect(list(await f.actorFor(user), {})).rejects.toBeInstanceOf(ForbiddenError);
    await list(owner, {});
    expect(await db().auditEvent.count({ where: { requestId: owner.requestId, action: "audit.read" } })).toBe(1);
  });
});
