import "server-only";
import type { Access } from "@/lib/data/access";
import { ConflictError, InvalidError, NotFoundError } from "@/lib/data/errors";

// POST /api/v1/notes with `appointmentId` (DESIGN.md "Appointments"): the note records that
// appointment, whose calendar entry then points at it, in the note's own transaction.

interface Target {
  kind: "client" | "couple";
  id: string;
}

const CANCELLED = ["CANCELLED", "LATE_CANCELLED"];

/**
 * The appointment a new note may record: visible to the actor (else 404), on their own calendar,
 * of the same client or couple and not cancelled (else 400), with no note yet (else 409).
 */
export async function linkableAppointment(ctx: Pick<Access, "tx" | "actor" | "scope">, appointmentId: string, target: Target) {
  const row = await ctx.tx.appointment.findFirst({
    where: { AND: [ctx.scope.appointment, { id: appointmentId }] },
    select: { id: true, clinicianId: true, clientId: true, coupleId: true, status: true, startsAt: true, noteId: true },
  });
  if (!row) throw new NotFoundError("Appointment");
  const bad = (message: string) => new InvalidError("Some fields are missing or invalid.", [{ path: ["appointmentId"], message }]);
  if (row.clinicianId !== ctx.actor.clinicianId) throw bad("This appointment is on another clinician's calendar.");
  const same = target.kind === "client" ? row.clientId === target.id : row.coupleId === target.id;
  if (!same) throw bad(`This appointment is not with this ${target.kind === "client" ? "client" : "couple"}.`);
  if (CANCELLED.includes(row.status)) throw bad("This appointment was cancelled.");
  if (row.noteId) throw new ConflictError("This appointment already has a note.", { noteId: row.noteId });
  return row;
}

/**
 * Points the appointment at the note (and marks a scheduled appointment that has started as
 * attended). Conditional on it still having no note: of two notes for one appointment, one wins.
 */
export async function linkAppointment(ctx: Pick<Access, "tx" | "actor">, appointment: { id: string; status: string; startsAt: Date }, noteId: string, now: Date) {
  const attended = appointment.status === "SCHEDULED" && appointment.startsAt <= now;
  const { count } = await ctx.tx.appointment.updateMany({
    where: { id: appointment.id, practiceId: ctx.actor.practiceId, noteId: null },
    data: { noteId, version: { increment: 1 }, ...(attended ? { status: "ATTENDED" } : {}) },
  });
  if (count !== 1) throw new ConflictError("This appointment already has a note.");
}
