import "server-only";
import type { Access, Tx } from "@/lib/data/access";
import { ConflictError, InvalidError } from "@/lib/data/errors";
import type { AppointmentStatus } from "@/lib/domain/appointments/status";
import { isoInZone } from "@/lib/domain/appointments/time-zone";
import type { AppointmentDto } from "@/lib/validation/appointment";

/** What every read of an appointment loads: the row, and the partners of its couple for the audit. */
export const appointmentInclude = { couple: { select: { partnerAId: true, partnerBId: true } } } as const;

export interface AppointmentRow {
  id: string;
  clinicianId: string;
  clientId: string | null;
  coupleId: string | null;
  startsAt: Date;
  durationMinutes: number;
  locationId: string | null;
  telehealth: boolean;
  status: string;
  noteId: string | null;
  version: number;
  couple: { partnerAId: string; partnerBId: string } | null;
}

export function appointmentDto(row: AppointmentRow, timeZone: string): AppointmentDto {
  return {
    id: row.id,
    clinicianId: row.clinicianId,
    clientId: row.clientId,
    coupleId: row.coupleId,
    startsAt: isoInZone(row.startsAt, timeZone),
    durationMinutes: row.durationMinutes,
    locationId: row.locationId,
    telehealth: row.telehealth,
    status: row.status as AppointmentStatus,
    noteId: row.noteId,
    version: row.version,
  };
}

/** The clients an appointment concerns: its client, or both partners of its couple. */
export function clientIdsOf(row: AppointmentRow): string[] {
  if (row.clientId) return [row.clientId];
  return row.couple ? [row.couple.partnerAId, row.couple.partnerBId] : [];
}

/** Shows the caller these appointments and records it in the audit row. */
export function discloseAll(ctx: Access, rows: AppointmentRow[]) {
  ctx.disclose({ ids: rows.map((r) => r.id), clientIds: rows.flatMap(clientIdsOf) });
}

export async function practiceTimeZone(tx: Tx, practiceId: string): Promise<string> {
  const practice = await tx.practice.findUnique({ where: { id: practiceId }, select: { timeZone: true } });
  return practice?.timeZone ?? "America/Detroit";
}

/** The location must be an active location of the practice (400 naming locationId otherwise). */
export async function assertActiveLocation(tx: Tx, practiceId: string, locationId: string | null) {
  if (locationId === null) return;
  const found = await tx.location.count({ where: { id: locationId, practiceId, active: true } });
  if (!found) throw new InvalidError("Some referenced records do not exist.", [{ path: ["locationId"], message: "No such active location in this practice." }]);
}

interface MaybeDbError {
  meta?: { driverAdapterError?: { cause?: { code?: unknown; originalCode?: unknown } } };
}

/** The database's appointment_rules trigger refused an overlap (SQLSTATE 23P01). */
function isOverlap(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const cause = (error as MaybeDbError).meta?.driverAdapterError?.cause;
  return cause?.code === "23P01" || cause?.originalCode === "23P01";
}

/** Runs a write; an overlap with another of the clinician's appointments becomes a 409. */
export async function refusingOverlap<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isOverlap(error)) throw new ConflictError("The clinician already has an appointment at that time.");
    throw error;
  }
}
