import "server-only";
// Rows to the plain inputs of lib/domain/matching (which never touches the database).
import { peopleOf } from "@/lib/data/intake/dto";
import type { MatchClinician, MatchIntake, Window } from "@/lib/domain/matching/types";
import type { Tx } from "@/lib/data/access";
import type { ClinicianProfile, IntakeRequest } from "@/lib/generated/prisma/client";

const windows = (value: unknown): Window[] => (Array.isArray(value) ? (value as Window[]) : []);

export function toMatchIntake(row: IntakeRequest, partnerTherapistIds: string[]): MatchIntake {
  const prefs = (row.preferences ?? {}) as { clinicianGender?: string | null; language?: string | null };
  return {
    kind: row.kind,
    birthDates: peopleOf(row).map((p) => p.dateOfBirth ?? null),
    concerns: row.concerns,
    serviceType: row.serviceType,
    locationIds: row.locationIds,
    telehealthOk: row.telehealthOk,
    availability: windows(row.availability),
    preferences: { clinicianGender: prefs.clinicianGender ?? null, language: prefs.language ?? null },
    payment: { type: row.paymentType, insurer: row.insurer },
    partnerTherapistIds: row.kind === "COUPLE" ? partnerTherapistIds : [],
  };
}

/** A clinician as ranking and the answer use it (not bio or timestamps), with the user's name and email. */
export type MatchClinicianRow = Pick<ClinicianProfile,
  "id" | "discipline" | "credentials" | "gender" | "specialties" | "modalities" | "ageGroups" | "locationIds" | "telehealth" |
  "languages" | "insurancePanels" | "couplesYears" | "availability" | "acceptingNewClients" | "maxCaseload"> & { name: string; email: string };

/**
 * The practice's clinicians whose user is active, by id. One raw statement: through the model
 * API the 1,000 profiles, their six arrays each and their users' second query took 20 ms in the
 * client for 2-5 ms in the database. Enum arrays are read as text[] so that they arrive as arrays.
 */
export async function matchClinicians(tx: Tx, practiceId: string): Promise<MatchClinicianRow[]> {
  return tx.$queryRaw<MatchClinicianRow[]>`
    SELECT cp.id, cp.discipline::text AS discipline, cp.credentials, cp.gender,
           COALESCE(cp.specialties::text[], '{}') AS specialties, COALESCE(cp.modalities::text[], '{}') AS modalities,
           COALESCE(cp."ageGroups"::text[], '{}') AS "ageGroups", COALESCE(cp."locationIds", '{}') AS "locationIds",
           cp.telehealth, COALESCE(cp.languages, '{}') AS languages, COALESCE(cp."insurancePanels", '{}') AS "insurancePanels",
           cp."couplesYears", cp.availability, cp."acceptingNewClients", cp."maxCaseload", u.name, u.email
      FROM "ClinicianProfile" cp JOIN "User" u ON u.id = cp."userId"
     WHERE cp."practiceId" = ${practiceId} AND u."practiceId" = ${practiceId} AND u.active
     ORDER BY cp.id`;
}

type Named = { name: string } | { user: { name: string } };

/** A profile (this module's row, or a model row with its user) and its active cases, as ranking takes them. */
export function toMatchClinician(row: Omit<MatchClinicianRow, "name" | "email"> & Named, activeCaseload: number): MatchClinician {
  return {
    id: row.id,
    name: "name" in row ? row.name : row.user.name,
    gender: row.gender,
    specialties: row.specialties,
    modalities: row.modalities,
    ageGroups: row.ageGroups,
    locationIds: row.locationIds,
    telehealth: row.telehealth,
    languages: row.languages,
    insurancePanels: row.insurancePanels,
    couplesYears: row.couplesYears,
    availability: windows(row.availability),
    acceptingNewClients: row.acceptingNewClients,
    maxCaseload: row.maxCaseload,
    activeCaseload,
  };
}

/**
 * Clinicians who see one of these clients individually: the client is ACTIVE and assigned to
 * them, and not merely as a partner in a couple that same clinician treats.
 */
export async function individualTherapists(tx: Tx, practiceId: string, clientIds: string[]): Promise<string[]> {
  if (clientIds.length === 0) return [];
  const rows = await tx.client.findMany({
    where: { practiceId, id: { in: clientIds }, status: "ACTIVE", assignedClinicianId: { not: null } },
    select: { id: true, assignedClinicianId: true },
  });
  // Seeing someone only as a partner in a couple is not individual therapy.
  const couples = await tx.couple.findMany({
    where: { practiceId, status: "ACTIVE", OR: [{ partnerAId: { in: clientIds } }, { partnerBId: { in: clientIds } }] },
    select: { partnerAId: true, partnerBId: true, assignedClinicianId: true },
  });
  const viaCouple = (id: string, clinicianId: string) =>
    couples.some((c) => c.assignedClinicianId === clinicianId && (c.partnerAId === id || c.partnerBId === id));
  const found = new Set(rows.filter((r) => !viaCouple(r.id, r.assignedClinicianId!)).map((r) => r.assignedClinicianId!));
  return [...found].sort();
}

/** Location names by id, for the explanations. */
export async function locationNames(tx: Tx, practiceId: string): Promise<Record<string, string>> {
  const rows = await tx.location.findMany({ where: { practiceId }, select: { id: true, name: true } });
  return Object.fromEntries(rows.map((r) => [r.id, r.name]));
}
