import "server-only";
import type { Actor } from "@/lib/data/actor";
import { accessWith, type Access } from "@/lib/data/access";
import {
  appointmentDto, appointmentInclude, assertActiveLocation, clientIdsOf, discloseAll, practiceTimeZone, refusingOverlap,
  type AppointmentRow,
} from "@/lib/data/appointments/shared";
import { ConflictError, InvalidError, NotFoundError } from "@/lib/data/errors";
import { mayReschedule, moveStatus, type AppointmentStatus } from "@/lib/domain/appointments/status";
import { appointmentPatch, type AppointmentDto, type AppointmentPatch } from "@/lib/validation/appointment";

/** A 409 that carries the appointment as it now stands (audited as disclosed with the refusal). */
async function conflict(ctx: Access, row: AppointmentRow | null, message: string): Promise<ConflictError> {
  if (!row) return new ConflictError(message, { current: null });
  const current = appointmentDto(row, await practiceTimeZone(ctx.tx, ctx.actor.practiceId));
  return new ConflictError(message, { current }, { ids: [row.id], clientIds: clientIdsOf(row) });
}

/** The 409 a patch earns against the stored appointment, or null when it may apply. */
function refusal(existing: AppointmentRow, patch: AppointmentPatch, now: Date): string | null {
  if (patch.version !== existing.version) return "This appointment was changed elsewhere since you opened it. Review it and try again.";
  const status = existing.status as AppointmentStatus;
  const reschedules = patch.startsAt !== undefined || patch.durationMinutes !== undefined || patch.locationId !== undefined || patch.telehealth !== undefined;
  if (reschedules && (!mayReschedule(status) || (patch.status !== undefined && patch.status !== "SCHEDULED"))) {
    return "Only a scheduled appointment can change its time or place, and not in the same change as its status.";
  }
  if (patch.status !== undefined && patch.status !== status) {
    const move = moveStatus(status, patch.status, existing.startsAt, now);
    if (!move.ok) return move.reason;
  }
  return null;
}

/**
 * Reschedules an appointment (time, length, place) or moves its status, given the version the
 * caller saw: a stale version, a move the rules forbid or a clash with another appointment of
 * the clinician answers 409. The update is conditional on the version, so of two changes made
 * from one version exactly one applies.
 */
export async function updateAppointment(actor: Actor, id: string, raw: unknown): Promise<AppointmentDto> {
  const rule = { permission: "appointment:write", action: "appointment.update", entityType: "Appointment", id } as const;
  return accessWith(actor, rule, appointmentPatch, raw, async (ctx, patch) => {
    const { tx } = ctx;
    const existing = await tx.appointment.findFirst({ where: { AND: [ctx.scope.appointment, { id }] }, include: appointmentInclude });
    if (!existing) throw new NotFoundError("Appointment");
    const refused = refusal(existing, patch, new Date());
    if (refused) throw await conflict(ctx, existing, refused);
    const telehealth = patch.telehealth ?? existing.telehealth;
    const locationId = patch.locationId !== undefined ? patch.locationId : patch.telehealth === true ? null : existing.locationId;
    if (telehealth === (locationId !== null)) {
      const message = telehealth ? "A telehealth appointment has no location." : "Choose a location, or telehealth.";
      throw new InvalidError(message, [{ path: ["locationId"], message }]);
    }
    if (patch.locationId !== undefined) await assertActiveLocation(tx, actor.practiceId, locationId);
    const startsAt = patch.startsAt ?? existing.startsAt;
    const durationMinutes = patch.durationMinutes ?? existing.durationMinutes;
    const { count } = await refusingOverlap(() =>
      tx.appointment.updateMany({
        where: { id, practiceId: actor.practiceId, version: patch.version },
        data: {
          startsAt, durationMinutes, locationId, telehealth,
          endsAt: new Date(startsAt.getTime() + durationMinutes * 60_000),
          ...(patch.status !== undefined ? { status: patch.status } : {}),
          version: { increment: 1 },
        },
      }),
    );
    const saved = await tx.appointment.findFirst({ where: { AND: [ctx.scope.appointment, { id }] }, include: appointmentInclude });
    if (count !== 1 || !saved) throw await conflict(ctx, saved, "This appointment was changed elsewhere a moment ago. Review it and try again.");
    discloseAll(ctx, [saved]);
    return appointmentDto(saved, await practiceTimeZone(tx, actor.practiceId));
  });
}
