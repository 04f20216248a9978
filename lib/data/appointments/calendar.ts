import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/data/actor";
import { accessWith } from "@/lib/data/access";
import { appointmentDto, appointmentInclude, discloseAll, practiceTimeZone } from "@/lib/data/appointments/shared";
import { ForbiddenError } from "@/lib/data/errors";
import { nextStatuses, type AppointmentStatus } from "@/lib/domain/appointments/status";
import { addDays, wallClock, weekdayOf, zonedInstant } from "@/lib/domain/appointments/time-zone";
import type { AppointmentDto } from "@/lib/validation/appointment";
import { id, isoDate } from "@/lib/validation/common";

/** The most appointments one week's page shows (a location's week across every clinician). */
const WEEK_CAP = 400;

const weekQuery = z.object({ week: isoDate.optional(), clinicianId: id.optional(), locationId: id.optional() });

export interface CalendarEntry extends AppointmentDto {
  who: string;
  clinicianName: string;
  place: string;
  /** "YYYY-MM-DD" and minutes after midnight, in the practice's time zone. */
  day: string;
  minutes: number;
  /** The statuses it may move to now. */
  next: AppointmentStatus[];
}

export interface WeekCalendar {
  timeZone: string;
  /** The Monday of the week shown, and the seven days from it. */
  weekStart: string;
  days: string[];
  today: string;
  /** The calendar shown: one clinician's, or one location's (every clinician there). */
  clinicianId: string | null;
  locationId: string | null;
  /** What the actor may choose from (a therapist: only themself). */
  clinicians: { id: string; name: string }[];
  locations: { id: string; name: string }[];
  entries: CalendarEntry[];
  truncated: boolean;
}

/**
 * One week (Monday to Sunday, practice time) of one clinician's calendar or one location's.
 * Therapists see their own calendar only; asking for another's, or for a location, is 403.
 */
export async function getWeekCalendar(actor: Actor, input: unknown): Promise<WeekCalendar> {
  const rule = { permission: "appointment:read", action: "appointment.list", entityType: "Appointment" } as const;
  return accessWith(actor, rule, weekQuery, input, async (ctx, query) => {
    const { tx, scope } = ctx;
    const own = scope.reach.grant === "own";
    if (own && ((query.clinicianId && query.clinicianId !== scope.reach.clinicianId) || query.locationId)) {
      throw new ForbiddenError("Therapists see only their own calendar.");
    }
    const timeZone = await practiceTimeZone(tx, actor.practiceId);
    const now = new Date();
    const today = wallClock(now, timeZone).day;
    const anchor = query.week ?? today;
    const weekStart = addDays(anchor, -((weekdayOf(anchor) + 6) % 7));
    const days = Array.from({ length: 7 }, (_, i) => addDays(weekStart, i));
    const clinicians = (await tx.clinicianProfile.findMany({
      where: own ? { practiceId: actor.practiceId, id: scope.reach.clinicianId ?? "__none__" } : { practiceId: actor.practiceId },
      select: { id: true, user: { select: { name: true } } },
    })).map((c) => ({ id: c.id, name: c.user.name })).sort((a, b) => a.name.localeCompare(b.name));
    const allLocations = await tx.location.findMany({ where: { practiceId: actor.practiceId }, select: { id: true, name: true, active: true }, orderBy: { name: "asc" } });
    const locations = own ? [] : allLocations.filter((l) => l.active).map(({ id, name }) => ({ id, name }));
    const locationId = query.locationId && locations.some((l) => l.id === query.locationId) ? query.locationId : null;
    const asked = query.clinicianId && clinicians.some((c) => c.id === query.clinicianId) ? query.clinicianId : null;
    const fallback = clinicians.find((c) => c.id === actor.clinicianId)?.id ?? clinicians[0]?.id ?? null;
    const clinicianId = locationId ? null : (asked ?? fallback);
    const base = { timeZone, weekStart, days, today, clinicianId, locationId, clinicians, locations };
    if (!clinicianId && !locationId) return { ...base, entries: [], truncated: false };
    const rows = await tx.appointment.findMany({
      where: {
        AND: [scope.appointment, { startsAt: { gte: zonedInstant(weekStart, 0, timeZone), lt: zonedInstant(addDays(weekStart, 7), 0, timeZone) } },
          clinicianId ? { clinicianId } : { locationId }],
      },
      include: { ...appointmentInclude, client: { select: { firstName: true, lastName: true } }, couple: { select: { partnerAId: true, partnerBId: true, partnerA: { select: { firstName: true, lastName: true } }, partnerB: { select: { firstName: true, lastName: true } } } } },
      orderBy: [{ startsAt: "asc" }, { id: "asc" }],
      take: WEEK_CAP + 1,
    });
    const shown = rows.slice(0, WEEK_CAP);
    discloseAll(ctx, shown);
    const names = new Map(clinicians.map((c) => [c.id, c.name]));
    const places = new Map(allLocations.map((l) => [l.id, l.name]));
    const entries = shown.map((row): CalendarEntry => {
      const dto = appointmentDto(row, timeZone);
      const wall = wallClock(row.startsAt, timeZone);
      const who = row.client
        ? `${row.client.firstName} ${row.client.lastName}`
        : row.couple ? `${row.couple.partnerA.firstName} ${row.couple.partnerA.lastName} & ${row.couple.partnerB.firstName} ${row.couple.partnerB.lastName}` : "Unknown";
      return {
        ...dto, who, clinicianName: names.get(row.clinicianId) ?? "Another clinician",
        place: row.telehealth ? "Telehealth" : (places.get(row.locationId ?? "") ?? "A former location"),
        day: wall.day, minutes: wall.minutes, next: nextStatuses(dto.status, row.startsAt, now),
      };
    });
    return { ...base, entries, truncated: rows.length > WEEK_CAP };
  });
}
