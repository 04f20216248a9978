// A therapist's today: their own sessions and unfinished work, nobody else's; never for intake.
import { describe, expect, test } from "vitest";
import { ForbiddenError } from "@/lib/data/errors";
import { getToday } from "@/lib/data/today/today";
import { instantOf, todayIn } from "@/lib/domain/time-zone";
import { ownerDb as db } from "@/tests/support/owner-db";
import * as f from "@/tests/factories";
import { intakeWorld } from "./intake-world";

const HOUR = 3_600_000;
/** Noon tomorrow in the practice's zone: always inside "today and tomorrow". */
function tomorrowNoonInDetroit(): Date {
  const today = todayIn("America/Detroit");
  const tomorrow = new Date(Date.parse(`${today}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return instantOf(tomorrow, "12:00", "America/Detroit");
}

async function appointment(w: Awaited<ReturnType<typeof intakeWorld>>, clinicianId: string, clientId: string, startsAt: Date, status: "SCHEDULED" | "ATTENDED" = "SCHEDULED") {
  return db().appointment.create({
    data: { practiceId: w.practice.id, clinicianId, clientId, startsAt, durationMinutes: 50, endsAt: new Date(startsAt.getTime() + 50 * 60_000), telehealth: true, status, createdById: w.intake.id },
  });
}

describe("today", () => {
  test("lists the therapist's own sessions, attended sessions without a note and drafts older than 72 hours", async () => {
    const w = await intakeWorld();
    const mine = await f.createClient(w.practice.id, { status: "ACTIVE", assignedClinicianId: w.therapist.clinicianId });
    const theirs = await f.createClient(w.practice.id, { status: "ACTIVE", assignedClinicianId: w.therapist2.clinicianId });
    const now = new Date();
    const soon = new Date(now.getTime() + 2 * HOUR);
    const tomorrowNoon = tomorrowNoonInDetroit();
    const booked = await appointment(w, w.therapist.clinicianId!, mine.id, tomorrowNoon);
    const attended = await appointment(w, w.therapist.clinicianId!, mine.id, new Date(now.getTime() - 30 * HOUR), "ATTENDED");
    const other = await appointment(w, w.therapist2.clinicianId!, theirs.id, soon);
    const old = await db().sessionNote.create({
      data: { practiceId: w.practice.id, clientId: mine.id, authorId: w.therapist.id, sessionDate: new Date(now.getTime() - 5 * 24 * HOUR), durationMinutes: 50, format: "FREE", sections: { text: "" }, intimacyLevel: 3, createdAt: new Date(now.getTime() - 80 * HOUR) },
    });
    await db().sessionNote.create({
      data: { practiceId: w.practice.id, clientId: mine.id, authorId: w.therapist.id, sessionDate: new Date(), durationMinutes: 50, format: "FREE", sections: { text: "" }, intimacyLevel: 3 },
    });

    const today = await getToday(w.actors.therapist);
    expect(today.upcoming.map((i) => i.id)).toEqual([booked.id]);
    expect(today.upcoming[0]!.who).toBe(`${mine.firstName} ${mine.lastName}`);
    expect(today.notesToWrite.map((i) => i.id)).toEqual([attended.id]);
    expect(today.staleDrafts.map((i) => i.id)).toEqual([old.id]);
    expect(JSON.stringify(today)).not.toContain(other.id);
    expect(JSON.stringify(today)).not.toContain(theirs.lastName);

    const audit = await db().auditEvent.findFirstOrThrow({ where: { practiceId: w.practice.id, action: "today.read" } });
    expect(audit.entityIds).toEqual(expect.arrayContaining([booked.id, attended.id, old.id]));
    expect(audit.clientIds).toContain(mine.id);
  });

  test("the other therapist sees their own session and none of the first one's", async () => {
    const w = await intakeWorld();
    const theirs = await f.createClient(w.practice.id, { status: "ACTIVE", assignedClinicianId: w.therapist2.clinicianId });
    const tomorrowNoon = tomorrowNoonInDetroit();
    const other = await appointment(w, w.therapist2.clinicianId!, theirs.id, tomorrowNoon);
    expect((await getToday(w.actors.therapist2)).upcoming.map((i) => i.id)).toEqual([other.id]);
    expect((await getToday(w.actors.therapist)).upcoming).toEqual([]);
  });

  test("intake specialists have no today of notes: 403", async () => {
    const w = await intakeWorld();
    await expect(getToday(w.actors.intake)).rejects.toBeInstanceOf(ForbiddenError);
  });
});
