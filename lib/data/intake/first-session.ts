import "server-only";
import type { Access } from "@/lib/data/access";
import { ConflictError, InvalidError } from "@/lib/data/errors";
import type { FirstAppointment } from "@/lib/validation/intake";

/** True when Postgres refused a write with `sqlState` (Prisma wraps driver errors a few levels deep). */
export function hasSqlState(error: unknown, sqlState: string): boolean {
  for (let e: unknown = error, depth = 0; e && typeof e === "object" && depth < 6; depth++) {
    const o = e as { code?: unknown; originalCode?: unknown; meta?: { code?: unknown }; cause?: unknown; message?: unknown };
    if (o.code === sqlState || o.originalCode === sqlState || o.meta?.code === sqlState) return true;
    if (typeof o.message === "string" && o.message.includes(sqlState)) return true;
    e = o.cause;
  }
  return false;
}

/**
 * Books the first session of a case just assigned, inside the assignment's transaction: a
 * clash with the clinician's calendar (trigger appointment_rules, SQLSTATE 23P01) refuses the
 * whole assignment with 409, so intake never holds a match without the session it promised.
 */
export async function bookFirstSession(
  ctx: Access,
  subject: { clinicianId: string; clientId: string | null; coupleId: string | null },
  input: FirstAppointment,
): Promise<string> {
  const { tx, actor } = ctx;
  if (input.locationId) {
    const location = await tx.location.findFirst({ where: { id: input.locationId, practiceId: actor.practiceId, active: true }, select: { id: true } });
    if (!location) {
      throw new InvalidError("No such location in this practice.", [{ path: ["firstAppointment", "locationId"], message: "No such location in this practice." }]);
    }
  }
  const startsAt = new Date(input.startsAt);
  try {
    const appointment = await tx.appointment.create({
      data: {
        practiceId: actor.practiceId, clinicianId: subject.clinicianId, clientId: subject.coupleId ? null : subject.clientId,
        coupleId: subject.coupleId, startsAt, durationMinutes: input.durationMinutes,
        endsAt: new Date(startsAt.getTime() + input.durationMinutes * 60_000),
        locationId: input.locationId ?? null, telehealth: input.telehealth ?? !input.locationId, createdById: actor.id,
      },
      select: { id: true },
    });
    return appointment.id;
  } catch (error) {
    if (hasSqlState(error, "23P01")) throw new ConflictError("The clinician already has an appointment at that time. Choose another time.");
    throw error;
  }
}
