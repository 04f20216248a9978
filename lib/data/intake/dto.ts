// IntakeRequest rows to DESIGN.md's intake payload: the `people` JSON column is `clients`,
// paymentType/insurer is `payment`, risk* columns are `riskScreen`.
import type { Concern, Modality } from "@/lib/domain/matching/vocabulary";
import type { Window } from "@/lib/domain/matching/types";
import type { IntakeRequest } from "@/lib/generated/prisma/client";

export interface StoredPerson {
  firstName: string;
  lastName: string;
  dateOfBirth: string | null;
  email: string | null;
  phone: string | null;
  /** The client record this person is (linked before assignment, or created by it). */
  clientId?: string | null;
}

export function peopleOf(row: Pick<IntakeRequest, "people">): StoredPerson[] {
  return Array.isArray(row.people) ? (row.people as unknown as StoredPerson[]) : [];
}

/**
 * The client id of each person, by position (null: none yet). Older rows kept links only in
 * `clientIds`, in the order of the people, so that list is the fallback when it lines up.
 */
export function linkedClientIds(row: Pick<IntakeRequest, "people" | "clientIds">): (string | null)[] {
  const people = peopleOf(row);
  const aligned = row.clientIds.length === people.length;
  return people.map((p, i) => p.clientId ?? (aligned ? (row.clientIds[i] ?? null) : null));
}

export function hasRisk(row: Pick<IntakeRequest, "riskSelfHarm" | "riskViolence" | "riskSubstance">): boolean {
  return row.riskSelfHarm || row.riskViolence || row.riskSubstance;
}

/** Optional JSON keys are left out rather than sent as null, as DESIGN.md writes them (`insurer?`). */
function compact<T extends Record<string, unknown>>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined && v !== "")) as Partial<T>;
}

export interface AssignmentSummary {
  id: string;
  clinicianId: string;
  clinicianName: string;
  assignedById: string;
  score: number;
  reasons: unknown;
  note: string;
  createdAt: string;
}

type Row = IntakeRequest & {
  assignment?: { id: string; clinicianId: string; assignedById: string; score: number; reasons: unknown; note: string; createdAt: Date; clinician: { user: { name: string } } } | null;
};

export function intakeDto(row: Row) {
  const links = linkedClientIds(row);
  const prefs = (row.preferences ?? {}) as { clinicianGender?: string | null; language?: string | null };
  return {
    id: row.id,
    kind: row.kind,
    clients: peopleOf(row).map((p, i) => ({
      firstName: p.firstName, lastName: p.lastName, dateOfBirth: p.dateOfBirth ?? null, email: p.email ?? null, phone: p.phone ?? null,
      clientId: links[i] ?? null,
    })),
    concerns: row.concerns as Concern[],
    serviceType: row.serviceType as Modality,
    locationIds: row.locationIds,
    telehealthOk: row.telehealthOk,
    availability: (Array.isArray(row.availability) ? row.availability : []) as unknown as Window[],
    preferences: compact({ clinicianGender: prefs.clinicianGender, language: prefs.language }),
    payment: { type: row.paymentType, ...compact({ insurer: row.insurer }) } as { type: "INSURANCE" | "SELF_PAY"; insurer?: string },
    urgency: hasRisk(row) ? ("URGENT" as const) : row.urgency,
    riskScreen: { selfHarm: row.riskSelfHarm, violence: row.riskViolence, substance: row.riskSubstance },
    risk: hasRisk(row),
    status: row.status,
    waitlistReason: row.waitlistReason,
    clientIds: links.filter((x): x is string => x !== null),
    coupleId: row.coupleId,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    matchedAt: row.matchedAt?.toISOString() ?? null,
    waitlistedAt: row.waitlistedAt?.toISOString() ?? null,
    assignment: row.assignment
      ? ({
          id: row.assignment.id, clinicianId: row.assignment.clinicianId, clinicianName: row.assignment.clinician.user.name,
          assignedById: row.assignment.assignedById, score: row.assignment.score, reasons: row.assignment.reasons,
          note: row.assignment.note, createdAt: row.assignment.createdAt.toISOString(),
        } satisfies AssignmentSummary)
      : null,
  };
}
export type IntakeDto = ReturnType<typeof intakeDto>;

export const withAssignment = {
  assignment: {
    select: { id: true, clinicianId: true, assignedById: true, score: true, reasons: true, note: true, createdAt: true, clinician: { select: { user: { select: { name: true } } } } },
  },
} as const;
