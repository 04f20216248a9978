// The demo calendar: an appointment behind every session note of the last six months (ATTENDED,
// linked by noteId), a few that did not happen (NO_SHOW, LATE_CANCELLED, CANCELLED), and the
// next two weeks booked (SCHEDULED) for every active case. Times are the practice's wall clock
// (America/Detroit) within working hours; one clinician's appointments never overlap (the
// appointment_rules trigger would refuse the whole seed), so each booking takes the first free
// hour of its day near the case's usual one. Pure: built from the rows made before it.
import { addDays, zonedInstant } from "../../lib/domain/appointments/time-zone";
import { isoDay, newId, rngFor, TODAY, type Rng } from "./random";
import { emptyRows, type Rows } from "./rows";

const DAY_START = 8 * 60;
const DAY_END = 19 * 60;
const MINUTE_MS = 60_000;

interface Target {
  clientId: string | null;
  coupleId: string | null;
  clinicianId: string;
  locationId: string | null;
  active: boolean;
}

type Status = "ATTENDED" | "NO_SHOW" | "CANCELLED" | "LATE_CANCELLED" | "SCHEDULED";

/** Per clinician, the booked [start, end) instants, to find a free hour. */
class Calendar {
  private readonly busy = new Map<string, [number, number][]>();

  /** The first free start on `day` from `minutes` on (then earlier in the day), or null. */
  place(clinicianId: string, day: string, minutes: number, duration: number, timeZone: string): Date | null {
    const taken = this.busy.get(clinicianId) ?? [];
    const tries = [...range(minutes, DAY_END - duration, 60), ...range(minutes - 60, DAY_START, -60)];
    for (const m of tries) {
      const start = zonedInstant(day, m, timeZone).getTime();
      const end = start + duration * MINUTE_MS;
      if (taken.some(([s, e]) => s < end && start < e)) continue;
      taken.push([start, end]);
      this.busy.set(clinicianId, taken);
      return new Date(start);
    }
    return null;
  }
}

function range(from: number, to: number, step: number): number[] {
  const out: number[] = [];
  for (let m = from; step > 0 ? m <= to : m >= to; m += step) out.push(m);
  return out;
}

function targetsOf(all: Rows, practiceId: string): Map<string, Target> {
  const targets = new Map<string, Target>();
  for (const c of all.clients) {
    if (c.practiceId !== practiceId || !c.assignedClinicianId) continue;
    const id = c.id as string;
    targets.set(id, { clientId: id, coupleId: null, clinicianId: c.assignedClinicianId as string, locationId: (c.locationId as string | null | undefined) ?? null, active: c.status === "ACTIVE" });
  }
  for (const c of all.couples) {
    if (c.practiceId !== practiceId || !c.assignedClinicianId) continue;
    const id = c.id as string;
    targets.set(id, { clientId: null, coupleId: id, clinicianId: c.assignedClinicianId as string, locationId: (c.locationId as string | null | undefined) ?? null, active: c.status === "ACTIVE" });
  }
  return targets;
}

/** The local start (minutes after midnight) of a case's sessions, recovered from its notes' times. */
function usualStart(createdAt: Date | string | undefined, duration: number): number {
  if (!createdAt) return 10 * 60;
  const hour = new Date(createdAt).getUTCHours() - Math.ceil(duration / 60);
  return Math.min(Math.max(hour, DAY_START / 60), DAY_END / 60 - 2) * 60;
}

export function buildAppointments(practiceId: string, all: Rows): Rows {
  const rows = emptyRows();
  const timeZone = (all.practices.find((p) => p.id === practiceId)?.timeZone as string | undefined) ?? "America/Detroit";
  const createdById = all.users.find((u) => u.practiceId === practiceId && (u.roles as string[]).includes("INTAKE"))?.id as string | undefined;
  if (!createdById) return rows;
  const targets = targetsOf(all, practiceId);
  const calendar = new Calendar();
  const book = (t: Target, day: string, minutes: number, duration: number, status: Status, rng: Rng, noteId: string | null = null) => {
    const startsAt = calendar.place(t.clinicianId, day, minutes, duration, timeZone);
    if (!startsAt) return;
    const telehealth = t.locationId === null || rng.chance(0.2);
    rows.appointments.push({
      id: newId(), practiceId, clinicianId: t.clinicianId, clientId: t.clientId, coupleId: t.coupleId, startsAt, durationMinutes: duration,
      endsAt: new Date(startsAt.getTime() + duration * MINUTE_MS), locationId: telehealth ? null : t.locationId, telehealth, status, noteId,
      createdById, createdAt: addMinutes(startsAt, -7 * 24 * 60), updatedAt: startsAt,
    });
  };

  // Notes first, in date order: a session that was written up was attended.
  const notes = all.notes
    .filter((n) => n.practiceId === practiceId && isoDay(new Date(n.sessionDate)) >= addDays(isoDay(TODAY), -183))
    .sort((a, b) => +new Date(a.sessionDate) - +new Date(b.sessionDate) || String(a.id).localeCompare(String(b.id)));
  const last = new Map<string, { day: string; minutes: number; duration: number }>();
  const noted = new Set(notes.map((n) => `${n.clientId ?? n.coupleId}:${isoDay(new Date(n.sessionDate))}`));
  for (const n of notes) {
    const t = targets.get((n.coupleId ?? n.clientId) as string);
    if (!t) continue;
    const rng = rngFor(`appointments:${n.id}`);
    const day = isoDay(new Date(n.sessionDate));
    const duration = n.durationMinutes ?? 50;
    const minutes = usualStart(n.createdAt as Date | undefined, duration);
    book(t, day, minutes, duration, "ATTENDED", rng, n.id as string);
    last.set(t.coupleId ?? t.clientId!, { day, minutes, duration });
    // Now and then the week after a session went unseen: a no-show or a late cancellation.
    const missed = addDays(day, 7);
    const roll = rng.next();
    if (missed < isoDay(TODAY) && !noted.has(`${t.coupleId ?? t.clientId}:${missed}`) && roll < 0.12) {
      book(t, missed, minutes, duration, roll < 0.05 ? "NO_SHOW" : roll < 0.1 ? "LATE_CANCELLED" : "CANCELLED", rng);
    }
  }

  // The next two weeks: each active case on its usual weekday and hour, weekly.
  for (const [key, t] of [...targets].sort(([a], [b]) => a.localeCompare(b))) {
    const seen = last.get(key);
    if (!t.active || !seen) continue;
    const rng = rngFor(`appointments:next:${key}`);
    for (let day = addDays(seen.day, 7); day <= addDays(isoDay(TODAY), 14); day = addDays(day, 7)) {
      if (day > isoDay(TODAY)) book(t, day, seen.minutes, seen.duration, "SCHEDULED", rng);
    }
  }
  return rows;
}

function addMinutes(d: Date, minutes: number): Date {
  return new Date(d.getTime() + minutes * MINUTE_MS);
}
