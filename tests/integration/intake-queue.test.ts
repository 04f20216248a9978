// The intake queue and list: sorted and paged by the database, bounded, and every list read
// audited with the requests it showed and the clients they concern.
import { describe, expect, test } from "vitest";
import { ZodError } from "zod";
import { InvalidError } from "@/lib/data/errors";
import { assignIntake } from "@/lib/data/intake/assign";
import { listIntakeQueue, listIntakes } from "@/lib/data/intake/intakes";
import { createIntake } from "@/lib/data/intake/write";
import type { Actor } from "@/lib/data/actor";
import { ownerDb as db } from "@/tests/support/owner-db";
import * as f from "@/tests/factories";
import { coupleRequest, individualRequest, intakeWorld } from "./intake-world";

/** Every page of the queue, `limit` at a time. */
async function allPages(actor: Actor, query: Record<string, string>, limit: number) {
  const pages: string[][] = [];
  let cursor: string | null = null;
  do {
    const page: Awaited<ReturnType<typeof listIntakeQueue>> = await listIntakeQueue(actor, { ...query, limit: String(limit), ...(cursor ? { cursor } : {}) });
    pages.push(page.data.map((i) => i.id));
    cursor = page.nextCursor;
  } while (cursor && pages.length < 20);
  return pages;
}

describe("the queue is sorted and paged in SQL", () => {
  test("risk-flagged, then urgent, soon and routine, each oldest first, then the most recently matched; pages join up", async () => {
    const w = await intakeWorld();
    const file = (overrides: Record<string, unknown>) => createIntake(w.actors.intake, individualRequest(overrides));
    const routineOld = await file({});
    const soon = await file({ urgency: "SOON" });
    const urgent = await file({ urgency: "URGENT" });
    const riskOld = await file({ riskScreen: { substance: true } });
    const routineNew = await file({});
    const riskNew = await file({ riskScreen: { selfHarm: true } });
    const matchedFirst = await file({});
    const matchedLast = await file({});
    await assignIntake(w.actors.intake, matchedFirst.id, { clinicianId: w.therapist.clinicianId! });
    await assignIntake(w.actors.intake, matchedLast.id, { clinicianId: w.therapist2.clinicianId! });
    const waitlisted = await file({ urgency: "SOON" });
    await assignIntake(w.actors.intake, waitlisted.id, { waitlist: true, reason: "No evening slot." });

    const expected = [riskOld, riskNew, urgent, soon, waitlisted, routineOld, routineNew, matchedLast, matchedFirst].map((r) => r.id);
    const pages = await allPages(w.actors.intake, {}, 2);
    expect(pages.map((p) => p.length)).toEqual([2, 2, 2, 2, 1]);
    expect(pages.flat()).toEqual(expected);
    expect((await allPages(w.actors.intake, { status: "NEW" }, 3)).flat()).toEqual([riskOld, riskNew, urgent, soon, routineOld, routineNew].map((r) => r.id));
    expect((await allPages(w.actors.intake, { status: "MATCHED" }, 1)).flat()).toEqual([matchedLast.id, matchedFirst.id]);
  });

  test("the limit is bounded and a cursor must be a row of the caller's own list", async () => {
    const w = await intakeWorld();
    const other = await intakeWorld();
    const foreign = await createIntake(other.actors.intake, individualRequest());
    const theirs = await createIntake(w.actors.intake, coupleRequest());
    await assignIntake(w.actors.intake, theirs.id, { clinicianId: w.therapist2.clinicianId! });
    await expect(listIntakeQueue(w.actors.intake, { limit: "101" })).rejects.toBeInstanceOf(ZodError);
    await expect(listIntakes(w.actors.intake, { limit: "0" })).rejects.toBeInstanceOf(ZodError);
    await expect(listIntakeQueue(w.actors.intake, { cursor: foreign.id })).rejects.toBeInstanceOf(InvalidError);
    await expect(listIntakes(w.actors.intake, { cursor: foreign.id })).rejects.toBeInstanceOf(InvalidError);
    // A colleague's request is not a cursor of a therapist's list either.
    await expect(listIntakeQueue(w.actors.therapist, { cursor: theirs.id })).rejects.toBeInstanceOf(InvalidError);
  });
});

describe("list reads disclose what they showed", () => {
  test("one audit row per list, naming the listed requests and the clients they concern", async () => {
    const w = await intakeWorld();
    const onFile = await f.createClient(w.practice.id, { status: "INQUIRY" });
    const base = individualRequest();
    const linked = await createIntake(w.actors.intake, { ...base, clients: [{ ...base.clients[0]!, clientId: onFile.id }] });
    const couple = await createIntake(w.actors.intake, coupleRequest());
    const matched = await assignIntake(w.actors.intake, couple.id, { clinicianId: w.therapist.clinicianId! });
    const unlinked = await createIntake(w.actors.intake, individualRequest());

    const page = await listIntakes(w.actors.owner, { limit: "100" });
    const queue = await listIntakeQueue(w.actors.owner, { status: "MATCHED" });
    const rows = await db().auditEvent.findMany({ where: { practiceId: w.practice.id, actorId: w.owner.id }, orderBy: { seq: "asc" } });
    expect(rows.map((r) => [r.action, r.outcome])).toEqual([["intake.list", "ALLOWED"], ["intake.list", "ALLOWED"]]);
    const [list, queued] = rows as [(typeof rows)[number], (typeof rows)[number]];
    expect([...list.entityIds].sort()).toEqual(page.data.map((i) => i.id).sort());
    expect([...list.entityIds].sort()).toEqual([linked.id, couple.id, unlinked.id].sort());
    expect([...list.clientIds].sort()).toEqual([onFile.id, ...matched.clientIds].sort());
    expect(queued.entityIds).toEqual(queue.data.map((i) => i.id));
    expect([...queued.clientIds].sort()).toEqual([...matched.clientIds].sort());
  });
});
