// The life of an appointment (DESIGN.md "Appointments"): booked as SCHEDULED, it ends once, as
// ATTENDED, NO_SHOW, CANCELLED or LATE_CANCELLED. Whether someone came can only be said after
// the start; a cancellation can be recorded at any time. Pure: the caller passes the clock.

export const APPOINTMENT_STATUSES = ["SCHEDULED", "ATTENDED", "NO_SHOW", "CANCELLED", "LATE_CANCELLED"] as const;
export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number];

/** Statuses that hold the clinician's time: the database refuses two of these that overlap. */
export const HOLDS_TIME: readonly AppointmentStatus[] = ["SCHEDULED", "ATTENDED", "NO_SHOW"];

const MOVES: Record<AppointmentStatus, readonly AppointmentStatus[]> = {
  SCHEDULED: ["ATTENDED", "NO_SHOW", "CANCELLED", "LATE_CANCELLED"],
  ATTENDED: [],
  NO_SHOW: [],
  CANCELLED: [],
  LATE_CANCELLED: [],
};

export type Move = { ok: true } | { ok: false; reason: string };

/** Whether an appointment starting at `startsAt` may move from `from` to `to` at `now`. */
export function moveStatus(from: AppointmentStatus, to: AppointmentStatus, startsAt: Date, now: Date): Move {
  if (from === to) return { ok: false, reason: `The appointment is already ${label(to)}.` };
  if (!MOVES[from].includes(to)) {
    return { ok: false, reason: `An appointment that is ${label(from)} cannot become ${label(to)}.` };
  }
  if ((to === "ATTENDED" || to === "NO_SHOW") && now.getTime() < startsAt.getTime()) {
    return { ok: false, reason: `An appointment can be marked ${label(to)} only once it has started.` };
  }
  return { ok: true };
}

/** Only a SCHEDULED appointment may change its time, length or place. */
export function mayReschedule(status: AppointmentStatus): boolean {
  return status === "SCHEDULED";
}

/** The statuses `from` may move to at `now` (for the buttons a page offers). */
export function nextStatuses(from: AppointmentStatus, startsAt: Date, now: Date): AppointmentStatus[] {
  return MOVES[from].filter((to) => moveStatus(from, to, startsAt, now).ok);
}

const LABELS: Record<AppointmentStatus, string> = {
  SCHEDULED: "scheduled",
  ATTENDED: "attended",
  NO_SHOW: "a no-show",
  CANCELLED: "cancelled",
  LATE_CANCELLED: "late-cancelled",
};

export function label(status: AppointmentStatus): string {
  return LABELS[status];
}
