// The week page's data: one clinician's week (or one location's) in the practice's time zone,
// with the names of whom it shows and only the status moves allowed now.
import { beforeEach, describe, expect, test } from "vitest";
import { getWeekCalendar } from "@/lib/data/appointments/calendar";
import { createAppointment } from "@/lib/data/appointments/appointments";
import { ForbiddenError } from "@/lib/data/errors";
import * as f from "@/tests/factories";
import { ownerDb as db } from "@/tests/support/owner-db";

async function world() {
  const staffed = await f.createStaffedPractice();
  const client = await f.createClient(staffed.practice.id, { assignedClinicianId: staffed.therapist.clinicianId, firstName: "Mara", lastName: "Quint" });
  const colleagueClient = await f.createClient(staffed.practice.id, { assignedClinicianId: staffed.therapist2.clinicianId });
  const actors = { therapist: await f.actorFor(staffed.therapist), owner: await f.actorFor(staffed.owner), intake: await f.actorFor(staffed.intake) };
  return { ...staffed, client, colleagueClient, actors };
}
let w: Awaited<ReturnType<typeof world>>;
beforeEach(async () => {
  w = await world();
});

// Wednesday 2027-03-10, 9:00 and 14:30 in Detroit (EST, -05:00).
const WEEK = "2027-03-10";
const book = (clinicianId: string | null, clientId: string, startsAt: string, place: Record<string, unknown> = { telehealth: true }) =>
  createAppointment(w.actors.intake, { clinicianId, clientId, startsAt, durationMinutes: 50, ...place });

describe("the week calendar", () => {
  test("a therapist's week: Monday to Sunday, their appointments at Detroit wall-clock times, names shown", async () => {
    await book(w.therapist.clinicianId, w.client.id, "2027-03-10T09:00:00-05:00");
    await book(w.therapist2.clinicianId, w.colleagueClient.id, "2027-03-10T09:00:00-05:00");
    const week = await getWeekCalendar(w.actors.therapist, { week: WEEK });
    expect(week.days).toEqual(["2027-03-08", "2027-03-09", "2027-03-10", "2027-03-11", "2027-03-12", "2027-03-13", "2027-03-14"]);
    expect(week.clinicians.map((c) => c.id)).toEqual([w.therapist.clinicianId]);
    expect(week.entries).toHaveLength(1);
    expect(week.entries[0]).toMatchObject({ who: "Mara Quint", day: "2027-03-10", minutes: 9 * 60, place: "Telehealth", next: ["CANCELLED", "LATE_CANCELLED"] });
  });

  test("a therapist may not ask for a colleague's calendar or a location's", async () => {
    await expect(getWeekCalendar(w.actors.therapist, { week: WEEK, clinicianId: w.therapist2.clinicianId })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getWeekCalendar(w.actors.therapist, { week: WEEK, locationId: w.practice.locationId })).rejects.toBeInstanceOf(ForbiddenError);
  });

  test("the owner chooses a clinician or a location; a location's week shows every clinician there", async () => {
    await book(w.therapist.clinicianId, w.client.id, "2027-03-10T09:00:00-05:00", { locationId: w.practice.locationId });
    await book(w.therapist2.clinicianId, w.colleagueClient.id, "2027-03-11T14:30:00-05:00", { locationId: w.practice.locationId });
    const colleague = await getWeekCalendar(w.actors.owner, { week: WEEK, clinicianId: w.therapist2.clinicianId });
    expect(colleague.entries.map((e) => [e.day, e.minutes])).toEqual([["2027-03-11", 14 * 60 + 30]]);
    const place = await getWeekCalendar(w.actors.owner, { week: WEEK, locationId: w.practice.locationId });
    expect(place.clinicianId).toBeNull();
    expect(place.entries.map((e) => e.clinicianId)).toEqual([w.therapist.clinicianId, w.therapist2.clinicianId]);
  });

  test("showing the week is audited with the clients it showed", async () => {
    await book(w.therapist.clinicianId, w.client.id, "2027-03-10T09:00:00-05:00");
    await getWeekCalendar(w.actors.intake, { week: WEEK, clinicianId: w.therapist.clinicianId });
    const event = await db().auditEvent.findFirst({ where: { actorId: w.intake.id, action: "appointment.list" }, orderBy: { seq: "desc" } });
    expect(event?.clientIds).toEqual([w.client.id]);
  });
});
