import "server-only";
import type { Reach } from "@/lib/auth/policy";
import type { Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

// A reach (lib/auth/policy.ts) as the row filter of each table. Every filter names the practice
// too: row-level security is the second wall, not the first.

/** Matches no row: an "own" grant without a clinician profile has no caseload. */
const NOBODY = "__none__";

export interface Scopes {
  reach: Reach;
  practice: { practiceId: string };
  /** Clients: the practice's, or ("own") those assigned to the actor's profile now. */
  client: Prisma.ClientWhereInput;
  couple: Prisma.CoupleWhereInput;
  /** Notes of the cases the actor treats now ("own"), whoever wrote them. */
  note: Prisma.SessionNoteWhereInput;
  /** Appointments: the practice's, or ("own") those of the actor's own calendar. */
  appointment: Prisma.AppointmentWhereInput;
  /** Measures: like notes, those of the cases the actor treats now ("own"). */
  measure: Prisma.MeasureWhereInput;
  /** Clinician profiles: all, or ("own") the actor's own. */
  clinician: Prisma.ClinicianProfileWhereInput;
  /** Staff accounts: all, or ("own") the actor's own. */
  staff: Prisma.UserWhereInput;
  /** Intake requests: all, or ("own") those behind a client or couple of the actor's caseload now. */
  intake(tx: Tx): Promise<Prisma.IntakeRequestWhereInput>;
}

export function scopesOf(reach: Reach): Scopes {
  const practiceId = reach.practiceId;
  const own = reach.grant === "own";
  const caseload = { practiceId, ...(own ? { assignedClinicianId: reach.clinicianId ?? NOBODY } : {}) };
  return {
    reach,
    practice: { practiceId },
    client: caseload,
    couple: caseload,
    note: own
      ? { practiceId, OR: [{ client: { assignedClinicianId: reach.clinicianId ?? NOBODY } }, { couple: { assignedClinicianId: reach.clinicianId ?? NOBODY } }] }
      : { practiceId },
    appointment: own ? { practiceId, clinicianId: reach.clinicianId ?? NOBODY } : { practiceId },
    measure: own
      ? {
          practiceId,
          OR: [
            { coupleId: null, client: { assignedClinicianId: reach.clinicianId ?? NOBODY } },
            { couple: { assignedClinicianId: reach.clinicianId ?? NOBODY } },
          ],
        }
      : { practiceId },
    clinician: own ? { practiceId, id: reach.clinicianId ?? NOBODY } : { practiceId },
    staff: own ? { practiceId, id: reach.userId } : { practiceId },
    async intake(tx) {
      if (!own) return { practiceId };
      // Follows the current assignment: a request is the therapist's while its couple, or (for
      // an individual request) its client, is assigned to them; after a transfer it is not.
      const clinicianId = reach.clinicianId ?? NOBODY;
      // One after the other: a transaction is one connection, and pg will refuse overlapping queries.
      const clients = await tx.client.findMany({ where: { practiceId, assignedClinicianId: clinicianId }, select: { id: true } });
      const couples = await tx.couple.findMany({ where: { practiceId, assignedClinicianId: clinicianId }, select: { id: true } });
      return {
        practiceId,
        OR: [
          { coupleId: { in: couples.map((c) => c.id) } },
          { coupleId: null, clientIds: { hasSome: clients.map((c) => c.id) } },
        ],
      };
    },
  };
}
