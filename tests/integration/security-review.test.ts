// Holes found by the security and privacy review, each shown from the attacker's side: what a
// caller could learn or do that the permission table says they may not. Every test builds its
// own practices with the factories.
import { randomUUID } from "node:crypto";
import { NextRequest } from "next/server";
import { describe, expect, test, vi } from "vitest";
import * as notesRoute from "@/app/api/v1/notes/route";
import type { Actor } from "@/lib/data/actor";
import { setStaffRoles } from "@/lib/data/admin/staff";
import { writeAudit } from "@/lib/data/access/audit";
import { listAuditEvents } from "@/lib/data/audit/trail";
import { getOwnCaseload } from "@/lib/data/clients/caseload";
import { listClients } from "@/lib/data/clients/clients";
import { listClinicians } from "@/lib/data/clinicians/clinicians";
import { listCouples } from "@/lib/data/clients/couples";
import { InvalidError, TooManyAttemptsError } from "@/lib/data/errors";
import { createIntake } from "@/lib/data/intake/write";
import { listIntakes } from "@/lib/data/intake/intakes";
import { createNote } from "@/lib/data/notes/write";
import { listNotes } from "@/lib/data/notes/notes";
import { signInWithPassword } from "@/lib/data/sessions/sessions";
import { ownerDb as db } from "@/tests/support/owner-db";
import { auditQuery, staffRolesUpdate } from "@/lib/validation/admin";
import { clientListQuery, coupleListQuery } from "@/lib/validation/client";
import { pageQuery } from "@/lib/validation/common";
import { intakeListQuery } from "@/lib/validation/intake";
import { noteListQuery } from "@/lib/validation/note";
import * as f from "@/tests/factories";
import { individualRequest } from "@/tests/integration/intake-world";
import { clientNoteInput, coupleNoteInput, notesWorld } from "@/tests/integration/notes-world";

let apiActor: Actor | null = null;
vi.mock("@/lib/auth/session", () => ({ currentActor: async () => apiActor }));

/** The error a call ends with (or null when it succeeds). */
const failure = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e);

/** 400 naming `cursor`: what any cursor outside the caller's own list must answer. */
function expectBadCursor(error: unknown) {
  expect(error).toBeInstanceOf(InvalidError);
  expect((error as InvalidError).issues.map((i) => i.path.join("."))).toContain("cursor");
}

describe("a page cursor never positions a list by a row the caller may not see", () => {
  // Prisma places the next page after the cursor row's sort keys wherever that row lives, so a
  // foreign id as cursor tells where another practice's client name or session date would sort.
  test("clients: another practice's client id is refused like an unknown one, own cursors still page", async () => {
    const a = await f.createStaffedPractice();
    const b = await f.createStaffedPractice();
    for (const lastName of ["Adams", "Miller", "Zimmer"]) await f.createClient(a.practice.id, { lastName });
    const foreign = await f.createClient(b.practice.id, { lastName: "Nash" });
    const owner = await f.actorFor(a.owner);
    expectBadCursor(await failure(listClients(owner, clientListQuery.parse({ limit: "10", cursor: foreign.id }))));
    expectBadCursor(await failure(listClients(owner, clientListQuery.parse({ limit: "10", cursor: "c_no_such_client" }))));
    const first = await listClients(owner, clientListQuery.parse({ limit: "1" }));
    const next = await listClients(owner, clientListQuery.parse({ limit: "1", cursor: first.nextCursor! }));
    expect(next.data.map((c) => c.lastName)).toEqual(["Miller"]);
  });

  test("clients: a therapist cannot page by a colleague's client, with or without a name search", async () => {
    const w = await f.createStaffedPractice();
    await f.createClient(w.practice.id, { lastName: "Abbot", assignedClinicianId: w.therapist.clinicianId });
    const colleagues = await f.createClient(w.practice.id, { lastName: "Abbotsford", assignedClinicianId: w.therapist2.clinicianId });
    const therapist = await f.actorFor(w.therapist);
    expectBadCursor(await failure(listClients(therapist, clientListQuery.parse({ cursor: colleagues.id }))));
    expectBadCursor(await failure(listClients(therapist, clientListQuery.parse({ q: "Abbot", cursor: colleagues.id }))));
  });

  test("notes: another practice's note id does not reveal where its session date falls", async () => {
    const w = await notesWorld();
    const other = await notesWorld();
    for (const sessionDate of ["2026-01-10", "2026-03-10", "2026-05-10"]) await createNote(w.actors.author, clientNoteInput(w.client.id, { sessionDate }));
    const foreign = await createNote(other.actors.author, clientNoteInput(other.client.id, { sessionDate: "2026-04-01" }));
    expectBadCursor(await failure(listNotes(w.actors.author, noteListQuery.parse({ clientId: w.client.id, cursor: foreign.id }))));
    // a note of the same therapist but of another case is not a cursor of this list either
    const coupleNote = await createNote(w.actors.author, coupleNoteInput(w));
    expectBadCursor(await failure(listNotes(w.actors.author, noteListQuery.parse({ clientId: w.client.id, cursor: coupleNote.id }))));
  });

  test("couples, clinicians and intake requests: another practice's ids are refused", async () => {
    const a = await f.createStaffedPractice();
    const b = await f.createStaffedPractice();
    const owner = await f.actorFor(a.owner);
    const intake = await f.actorFor(a.intake);
    await f.createCouple(a.practice.id, a.therapist.clinicianId);
    const foreignCouple = await f.createCouple(b.practice.id, b.therapist.clinicianId);
    await createIntake(intake, individualRequest());
    const foreignIntake = await createIntake(await f.actorFor(b.intake), individualRequest());
    expectBadCursor(await failure(listCouples(owner, coupleListQuery.parse({ cursor: foreignCouple.id }))));
    expectBadCursor(await failure(listClinicians(intake, pageQuery.parse({ cursor: b.therapist.clinicianId! }))));
    expectBadCursor(await failure(listIntakes(intake, intakeListQuery.parse({ cursor: foreignIntake.id }))));
  });

  test("audit trail: another practice's event id does not reveal when it happened", async () => {
    const a = await f.createStaffedPractice();
    const b = await f.createStaffedPractice();
    const bOwner = await f.actorFor(b.owner);
    await writeAudit(db(), bOwner, [{ action: "client.read", entityType: "Client", entityId: "x" }]);
    const foreign = await db().auditEvent.findFirstOrThrow({ where: { practiceId: b.practice.id } });
    expectBadCursor(await failure(listAuditEvents(await f.actorFor(a.owner), auditQuery.parse({ cursor: foreign.id }))));
  });
});

describe("sign-in does not tell which emails have accounts", () => {
  test("five failures on an email without an account lock it just like a real account", async () => {
    const practice = await f.createPractice();
    const real = await f.createUser(practice.id, ["THERAPIST"]);
    const unknown = `nobody-${randomUUID()}@test.example`;
    for (const email of [real.email, unknown]) {
      for (let i = 0; i < 4; i += 1) await expect(signInWithPassword(email, "wrong password", randomUUID())).resolves.toBeNull();
      await expect(signInWithPassword(email, "wrong password", randomUUID())).rejects.toBeInstanceOf(TooManyAttemptsError);
      const locked = await failure(signInWithPassword(email, f.TEST_PASSWORD, randomUUID()));
      expect(locked).toBeInstanceOf(TooManyAttemptsError);
      expect((locked as TooManyAttemptsError).retryAfterSeconds).toBeGreaterThan(14 * 60);
      expect((locked as TooManyAttemptsError).retryAfterSeconds).toBeLessThanOrEqual(15 * 60);
    }
  });
});

describe("sessions", () => {
  test("a session id is random, not a time-ordered id one could guess from another", async () => {
    const practice = await f.createPractice();
    const user = await f.createUser(practice.id, ["INTAKE"]);
    const first = await signInWithPassword(user.email, f.TEST_PASSWORD, randomUUID());
    const second = await signInWithPassword(user.email, f.TEST_PASSWORD, randomUUID());
    for (const s of [first, second]) expect(s?.sessionId).toMatch(/^[A-Za-z0-9_-]{43}$/); // 256 random bits
    expect(first!.sessionId.slice(0, 8)).not.toBe(second!.sessionId.slice(0, 8));
  });
});

describe("the audit trail", () => {
  test("a forged request id (from a client header) is not written into the trail", async () => {
    const w = await f.createStaffedPractice();
    const base = await f.actorFor(w.owner);
    const forged = `${"x".repeat(5000)}\nALLOWED client.read by someone else`;
    await writeAudit(db(), { ...base, requestId: forged }, [{ action: "client.list", entityType: "Client" }]);
    await writeAudit(db(), base, [{ action: "client.list", entityType: "Client" }]);
    const rows = await db().auditEvent.findMany({ where: { practiceId: w.practice.id, actorId: w.owner.id }, orderBy: { at: "asc" } });
    expect(rows.map((r) => r.requestId)).toEqual([null, base.requestId]);
  });

  test("is append-only, even for a direct SQL session", async () => {
    const w = await f.createStaffedPractice();
    await writeAudit(db(), await f.actorFor(w.owner), [{ action: "client.read", entityType: "Client", entityId: "c1" }]);
    const row = await db().auditEvent.findFirstOrThrow({ where: { practiceId: w.practice.id } });
    await expect(db().$executeRaw`UPDATE "AuditEvent" SET action = 'nothing.happened' WHERE id = ${row.id}`).rejects.toThrow(/append-only/);
    await expect(db().$executeRaw`DELETE FROM "AuditEvent" WHERE id = ${row.id}`).rejects.toThrow(/append-only/);
    expect(await db().auditEvent.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ action: "client.read" });
  });
});

describe("an intake specialist learns nothing about session notes", () => {
  test("not even from a caseload left over from an earlier therapist role", async () => {
    const w = await notesWorld();
    await createNote(w.actors.author, clientNoteInput(w.client.id, { sessionDate: "2026-10-01" }));
    await setStaffRoles(w.actors.owner, w.therapist.id, staffRolesUpdate.parse({ roles: ["INTAKE"] }));
    const nowIntake = await f.actorFor({ ...w.therapist, roles: ["INTAKE"] });
    const { clients, couples } = await getOwnCaseload(nowIntake);
    const row = clients.find((c) => c.id === w.client.id);
    expect(row).toBeDefined(); // intake may read every client's demographics...
    for (const c of [...clients, ...couples]) expect(c).toMatchObject({ lastSessionDate: null, unsignedNotes: 0 }); // ...but no trace of notes
  });
});

describe("the JSON API refuses cross-site writes", () => {
  const post = (origin: string | null, body: unknown, host = "app.example") => {
    const headers: Record<string, string> = { "content-type": "text/plain", host };
    if (origin !== null) headers.origin = origin;
    return notesRoute.POST(new NextRequest(`http://${host}/api/v1/notes`, { method: "POST", body: JSON.stringify(body), headers }), { params: Promise.resolve({}) });
  };

  test("a form on another site cannot create a note with the therapist's cookie; the app itself can", async () => {
    const w = await notesWorld();
    apiActor = w.actors.author;
    const body = JSON.parse(JSON.stringify(clientNoteInput(w.client.id)));
    const cross = await post("https://evil.example", body);
    expect(cross.status).toBe(403);
    expect(await db().sessionNote.count({ where: { clientId: w.client.id } })).toBe(0);
    expect((await post("null", body)).status).toBe(403);
    expect((await post("http://app.example", body)).status).toBe(201);
    expect((await post(null, body)).status).toBe(201); // API clients without a browser send no Origin
  });
});
