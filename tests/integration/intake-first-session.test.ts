// Booking the first session from the matches page: the appointment is written in the same
// transaction as the assignment, so a clash with the clinician's calendar leaves nothing half
// done, and the case's assignment history starts with the match.
import { describe, expect, test } from "vitest";
import { ConflictError, InvalidError } from "@/lib/data/errors";
import { assignIntake } from "@/lib/data/intake/assign";
import { getIntakeMatches } from "@/lib/data/intake/matches";
import { createIntake } from "@/lib/data/intake/write";
import { ownerDb as db } from "@/tests/support/owner-db";
import { coupleRequest, individualRequest, intakeWorld } from "./intake-world";

const nextWeek = (hour: number) => {
  const day = new Date(Date.now() + 7 * 86_400_000);
  day.setUTCHours(hour, 0, 0, 0);
  return day.toISOString();
};

describe("assign with firstAppointment", () => {
  test("books the couple's first session with the assigned clinician and records the match in the history", async () => {
    const w = await intakeWorld();
    const request = await createIntake(w.actors.intake, coupleRequest());
    const clinicianId = w.therapist.clinicianId!;
    const startsAt = nextWeek(15);
    const assigned = await assignIntake(w.actors.intake, request.id, {
      clinicianId, note: "Good fit for couples work", firstAppointment: { startsAt, durationMinutes: 50, telehealth: true },
    });

    const appointments = await db().appointment.findMany({ where: { practiceId: w.practice.id } });
    expect(appointments).toHaveLength(1);
    expect(appointments[0]).toMatchObject({
      clinicianId, coupleId: assigned.coupleId, clientId: null, status: "SCHEDULED", telehealth: true, durationMinutes: 50, createdById: w.intake.id,
    });
    expect(appointments[0]!.startsAt.toISOString()).toBe(startsAt);
    expect(appointments[0]!.endsAt.getTime() - appointments[0]!.startsAt.getTime()).toBe(50 * 60_000);

    const history = await db().caseAssignment.findMany({ where: { practiceId: w.practice.id } });
    expect(history).toEqual([expect.objectContaining({
      coupleId: assigned.coupleId, clientId: null, clinicianId, previousClinicianId: null, assignedById: w.intake.id,
      reason: "Good fit for couples work", source: "MATCH",
    })]);
    const audit = await db().auditEvent.findMany({ where: { practiceId: w.practice.id, action: "appointment.create" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]!.entityId).toBe(appointments[0]!.id);
  });

  test("a clash with the clinician's calendar refuses the whole assignment (409) and leaves the request open", async () => {
    const w = await intakeWorld();
    const clinicianId = w.therapist.clinicianId!;
    const first = await createIntake(w.actors.intake, individualRequest());
    await assignIntake(w.actors.intake, first.id, { clinicianId, firstAppointment: { startsAt: nextWeek(15), durationMinutes: 50, telehealth: true } });

    const second = await createIntake(w.actors.intake, individualRequest());
    const overlapping = new Date(Date.parse(nextWeek(15)) + 30 * 60_000).toISOString();
    await expect(assignIntake(w.actors.intake, second.id, {
      clinicianId, firstAppointment: { startsAt: overlapping, durationMinutes: 50, telehealth: true },
    })).rejects.toBeInstanceOf(ConflictError);

    const request = await db().intakeRequest.findUniqueOrThrow({ where: { id: second.id } });
    expect(request.status).toBe("NEW");
    expect(await db().assignment.count({ where: { intakeRequestId: second.id } })).toBe(0);
    expect(await db().appointment.count({ where: { practiceId: w.practice.id } })).toBe(1);
    expect(await db().caseAssignment.count({ where: { practiceId: w.practice.id } })).toBe(1);

    // Back to back is not a clash.
    const backToBack = new Date(Date.parse(nextWeek(15)) + 50 * 60_000).toISOString();
    await assignIntake(w.actors.intake, second.id, { clinicianId, firstAppointment: { startsAt: backToBack, durationMinutes: 50, telehealth: true } });
    expect(await db().appointment.count({ where: { practiceId: w.practice.id } })).toBe(2);
  });

  test("a location of another practice, a past time or a silly duration is refused before anything is written", async () => {
    const w = await intakeWorld();
    const other = await intakeWorld();
    const request = await createIntake(w.actors.intake, individualRequest());
    const clinicianId = w.therapist.clinicianId!;
    const foreign = await db().location.create({ data: { practiceId: other.practice.id, name: `Elsewhere ${Date.now()}` } });
    await expect(assignIntake(w.actors.intake, request.id, {
      clinicianId, firstAppointment: { startsAt: nextWeek(16), durationMinutes: 50, locationId: foreign.id },
    })).rejects.toBeInstanceOf(InvalidError);
    await expect(assignIntake(w.actors.intake, request.id, {
      clinicianId, firstAppointment: { startsAt: "2020-01-06T15:00:00Z", durationMinutes: 50 },
    })).rejects.toMatchObject({ name: "ZodError" });
    await expect(assignIntake(w.actors.intake, request.id, {
      clinicianId, firstAppointment: { startsAt: nextWeek(16), durationMinutes: 5000 },
    })).rejects.toMatchObject({ name: "ZodError" });
    expect(await db().appointment.count({ where: { practiceId: w.practice.id } })).toBe(0);
    expect((await db().intakeRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe("NEW");
  });

  test("the matches offer the next dates of the hours both sides have free, and booking one books exactly that", async () => {
    const w = await intakeWorld();
    const clinicianId = w.therapist.clinicianId!;
    // Every weekday 14:00-18:00 for the clinician; the couple asks for 16:00-20:00: 16:00-18:00 in common.
    const week = [0, 1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, from: "14:00", to: "18:00" }));
    await db().clinicianProfile.update({ where: { id: clinicianId }, data: { availability: week } });
    const request = await createIntake(w.actors.intake, coupleRequest({
      availability: [0, 1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, from: "16:00", to: "20:00" })),
    }));
    const matches = await getIntakeMatches(w.actors.intake, request.id);
    const match = matches.data.find((m) => m.clinicianId === clinicianId)!;
    expect(matches.timeZone).toBe("America/Detroit");
    expect(match.firstSlots).toHaveLength(3);
    for (const slot of match.firstSlots) {
      expect(slot.startsAt).toMatch(/T16:00:00-0[45]:00$/);
      expect(Date.parse(slot.startsAt)).toBeGreaterThan(Date.now());
    }

    await assignIntake(w.actors.intake, request.id, { clinicianId, firstAppointment: { startsAt: match.firstSlots[0]!.startsAt, durationMinutes: 80, telehealth: true } });
    const [appointment] = await db().appointment.findMany({ where: { practiceId: w.practice.id } });
    expect(appointment!.startsAt.getTime()).toBe(Date.parse(match.firstSlots[0]!.startsAt));
  });
});
