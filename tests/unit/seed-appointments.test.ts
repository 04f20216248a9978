// The demo calendar the seed writes: the database refuses the whole seed on one overlap, and a
// demo whose sessions sit at 3 a.m. or are linked to another case's note would mislead.
import { describe, expect, test } from "vitest";
import { buildSeedRows } from "@/prisma/seed/index";
import { wallClock } from "@/lib/domain/appointments/time-zone";

const rows = buildSeedRows("not-a-real-hash");
const appointments = rows.appointments;
const TZ = "America/Detroit";

describe("seeded appointments", () => {
  test("the same build gives the same appointments", () => {
    expect(JSON.stringify(buildSeedRows("not-a-real-hash").appointments)).toBe(JSON.stringify(appointments));
  });

  test("no clinician holds two overlapping appointments that the trigger would count", () => {
    const holding = appointments.filter((a) => ["SCHEDULED", "ATTENDED", "NO_SHOW"].includes(a.status as string));
    for (const clinicianId of new Set(holding.map((a) => a.clinicianId))) {
      const list = holding.filter((a) => a.clinicianId === clinicianId);
      const sorted = list.map((a) => [+new Date(a.startsAt), +new Date(a.startsAt) + a.durationMinutes * 60_000] as const).sort((x, y) => x[0] - y[0]);
      sorted.slice(1).forEach(([start], i) => expect(start).toBeGreaterThanOrEqual(sorted[i]![1]));
    }
  });

  test("every attended session carries its own note: same case, same day in Detroit", () => {
    const notes = new Map(rows.notes.map((n) => [n.id, n]));
    const attended = appointments.filter((a) => a.status === "ATTENDED");
    expect(attended.length).toBeGreaterThan(100);
    for (const a of attended) {
      const note = notes.get(a.noteId!);
      expect(note).toBeDefined();
      expect([note?.clientId ?? null, note?.coupleId ?? null]).toEqual([a.clientId, a.coupleId]);
      expect(wallClock(new Date(a.startsAt), TZ).day).toBe(new Date(note!.sessionDate).toISOString().slice(0, 10));
    }
    expect(new Set(attended.map((a) => a.noteId)).size).toBe(attended.length);
  });

  test("the past holds no-shows and late cancellations; the next two weeks are scheduled", () => {
    const of = (status: string) => appointments.filter((a) => a.status === status);
    expect(of("NO_SHOW").length).toBeGreaterThan(0);
    expect(of("LATE_CANCELLED").length).toBeGreaterThan(0);
    const scheduled = of("SCHEDULED");
    expect(scheduled.length).toBeGreaterThan(20);
    for (const a of scheduled) expect(wallClock(new Date(a.startsAt), TZ).day > "2026-11-20" && wallClock(new Date(a.startsAt), TZ).day <= "2026-12-04").toBe(true);
  });

  test("every session starts and ends in working hours (8:00-19:00 in Detroit), at a place or by telehealth", () => {
    for (const a of appointments) {
      const { minutes } = wallClock(new Date(a.startsAt), TZ);
      expect(minutes).toBeGreaterThanOrEqual(8 * 60);
      expect(minutes + a.durationMinutes).toBeLessThanOrEqual(19 * 60);
      expect(a.telehealth === (a.locationId === null)).toBe(true);
    }
  });
});
