import "server-only";
import type { Actor } from "@/lib/data/actor";
import { access, accessWith, type Access } from "@/lib/data/access";
import { assertCursor } from "@/lib/data/access/cursor";
import {
  appointmentDto, appointmentInclude, assertActiveLocation, discloseAll, practiceTimeZone, refusingOverlap,
} from "@/lib/data/appointments/shared";
import { ForbiddenError, InvalidError, NotFoundError } from "@/lib/data/errors";
import { appointmentCreate, appointmentListQuery, type AppointmentCreate, type AppointmentDto } from "@/lib/validation/appointment";
import { toPage, type Page } from "@/lib/validation/common";

const OWN_CALENDAR_ONLY = "Therapists see and book appointments only on their own calendar.";

/**
 * Appointments starting in [from, to) (at most 92 days), earliest first: the practice's, or a
 * therapist's own calendar. A therapist who names another clinician's calendar gets 403.
 */
export async function listAppointments(actor: Actor, input: unknown): Promise<Page<AppointmentDto>> {
  const rule = { permission: "appointment:read", action: "appointment.list", entityType: "Appointment" } as const;
  return accessWith(actor, rule, appointmentListQuery, input, async (ctx, query) => {
    const { tx, scope } = ctx;
    if (scope.reach.grant === "own" && query.clinicianId !== undefined && query.clinicianId !== scope.reach.clinicianId) {
      throw new ForbiddenError(OWN_CALENDAR_ONLY);
    }
    const where = {
      AND: [scope.appointment, { startsAt: { gte: query.from, lt: query.to } }, query.clinicianId ? { clinicianId: query.clinicianId } : {}],
    };
    await assertCursor(query.cursor, (id) => tx.appointment.count({ where: { AND: [...where.AND, { id }] } }));
    const rows = await tx.appointment.findMany({
      where,
      include: appointmentInclude,
      orderBy: [{ startsAt: "asc" }, { id: "asc" }],
      take: query.limit + 1,
      ...(query.cursor ? { cursor: { id: query.cursor }, skip: 1 } : {}),
    });
    const timeZone = await practiceTimeZone(tx, actor.practiceId);
    const shown = rows.slice(0, query.limit);
    discloseAll(ctx, shown);
    return toPage(rows.map((row) => appointmentDto(row, timeZone)), query.limit);
  });
}

/** One appointment, or NotFoundError when it does not exist or lies outside the actor's calendars. */
export async function getAppointment(actor: Actor, id: string): Promise<AppointmentDto> {
  return access(actor, { permission: "appointment:read", action: "appointment.read", entityType: "Appointment", id }, async (ctx) => {
    const row = await ctx.tx.appointment.findFirst({ where: { AND: [ctx.scope.appointment, { id }] }, include: appointmentInclude });
    if (!row) throw new NotFoundError("Appointment");
    discloseAll(ctx, [row]);
    return appointmentDto(row, await practiceTimeZone(ctx.tx, actor.practiceId));
  });
}

/**
 * Books an appointment. Therapists book only on their own calendar and only for their own
 * caseload; intake and owners for any clinician and any client or couple of the practice. Two
 * overlapping appointments of one clinician that are not cancelled: 409 (the database decides,
 * under a lock per clinician, so of two concurrent bookings exactly one wins).
 */
export async function createAppointment(actor: Actor, raw: unknown): Promise<AppointmentDto> {
  const rule = { permission: "appointment:write", action: "appointment.create", entityType: "Appointment" } as const;
  return accessWith(actor, rule, appointmentCreate, raw, async (ctx, input) => {
    const { tx } = ctx;
    if (ctx.scope.reach.grant === "own" && input.clinicianId !== ctx.scope.reach.clinicianId) throw new ForbiddenError(OWN_CALENDAR_ONLY);
    await assertReferences(ctx, input);
    const row = await refusingOverlap(() =>
      tx.appointment.create({
        data: {
          practiceId: actor.practiceId,
          clinicianId: input.clinicianId,
          clientId: input.clientId ?? null,
          coupleId: input.coupleId ?? null,
          startsAt: input.startsAt,
          durationMinutes: input.durationMinutes,
          // The trigger computes endsAt; Prisma still wants a value for the required column.
          endsAt: new Date(input.startsAt.getTime() + input.durationMinutes * 60_000),
          locationId: input.locationId,
          telehealth: input.telehealth,
          createdById: actor.id,
        },
        include: appointmentInclude,
      }),
    );
    ctx.subject(row.id);
    discloseAll(ctx, [row]);
    return appointmentDto(row, await practiceTimeZone(tx, actor.practiceId));
  });
}

/** The clinician, the client or couple (within the actor's reach) and the location: 400 naming the field otherwise. */
async function assertReferences({ tx, actor, scope }: Access, input: AppointmentCreate) {
  const issues: { path: string[]; message: string }[] = [];
  const within = scope.reach.grant === "own" ? "in your caseload" : "in this practice";
  if (!(await tx.clinicianProfile.count({ where: { id: input.clinicianId, practiceId: actor.practiceId } }))) {
    issues.push({ path: ["clinicianId"], message: "No such clinician in this practice." });
  }
  if (input.clientId && !(await tx.client.count({ where: { AND: [scope.client, { id: input.clientId }] } }))) {
    issues.push({ path: ["clientId"], message: `No such client ${within}.` });
  }
  if (input.coupleId && !(await tx.couple.count({ where: { AND: [scope.couple, { id: input.coupleId }] } }))) {
    issues.push({ path: ["coupleId"], message: `No such couple ${within}.` });
  }
  if (issues.length) throw new InvalidError("Some referenced records do not exist.", issues);
  await assertActiveLocation(tx, actor.practiceId, input.locationId);
}
