// The lifecycle of a case (a client or a couple), DESIGN.md "Case lifecycle and concurrency".
// Pure: lib/data/clients applies it; the answer decides the HTTP status there (409 / 400).

export const CASE_STATUSES = ["INQUIRY", "WAITLISTED", "ACTIVE", "DISCHARGED"] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** Where a case may go from each status. Staying put is not a move (always allowed). */
export const NEXT: Record<CaseStatus, readonly CaseStatus[]> = {
  INQUIRY: ["WAITLISTED", "ACTIVE"],
  WAITLISTED: ["ACTIVE", "DISCHARGED"],
  ACTIVE: ["DISCHARGED"],
  DISCHARGED: ["ACTIVE"],
};

export function canMove(from: CaseStatus, to: CaseStatus): boolean {
  return from === to || NEXT[from].includes(to);
}

export interface Move {
  to: CaseStatus;
  /** Required when the move discharges the case. */
  dischargeReason?: string | null;
  /** The discharge date ("YYYY-MM-DD"); today in the practice's time zone when not sent. */
  dischargedOn?: string | null;
}

export type MoveOutcome =
  | { ok: true; change: { status: CaseStatus; dischargedOn: string | null; dischargeReason: string | null } | null }
  | { ok: false; kind: "forbidden-move"; message: string }
  | { ok: false; kind: "invalid"; path: string; message: string };

const LABEL: Record<CaseStatus, string> = { INQUIRY: "inquiry", WAITLISTED: "waitlisted", ACTIVE: "active", DISCHARGED: "discharged" };

/**
 * Decides a status move: `change` is what to store (null: nothing changes). Discharging needs a
 * reason and a date not after today; reopening (DISCHARGED -> ACTIVE) clears both.
 */
export function decideMove(from: CaseStatus, move: Move, today: string): MoveOutcome {
  const { to } = move;
  if (!canMove(from, to)) {
    return { ok: false, kind: "forbidden-move", message: `A ${LABEL[from]} case cannot become ${LABEL[to]}.` };
  }
  if (from === to) return { ok: true, change: null };
  if (to === "DISCHARGED") {
    const reason = move.dischargeReason?.trim() ?? "";
    if (!reason) return { ok: false, kind: "invalid", path: "dischargeReason", message: "Give a reason for the discharge." };
    const on = move.dischargedOn ?? today;
    if (on > today) return { ok: false, kind: "invalid", path: "dischargedOn", message: "The discharge date cannot be in the future." };
    return { ok: true, change: { status: to, dischargedOn: on, dischargeReason: reason } };
  }
  return { ok: true, change: { status: to, dischargedOn: null, dischargeReason: null } };
}

/** Today ("YYYY-MM-DD") in an IANA time zone, e.g. "America/Detroit". */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")}`;
}
