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

/** The clinician columns ranking and the answer use (not bio, timestamps or ids of users). */
export const MATCH_CLINICIAN_SELECT = {
  id: true, discipline: true, credentials: true, gender: true, specialties: true, modalities: true, ageGroups: true,
  locationIds: true, telehealth: true, languages: true, insurancePanels: true, couplesYears: true, availability: true,
  acceptingNewClients: true, maxCaseload: true, user: { select: { name: true, email: true } },
} as const;
type MatchColumns = { [K in keyof typeof MATCH_CLINICIAN_SELECT & keyof ClinicianProfile]: ClinicianProfile[K] };

export function toMatchClinician(row: MatchColumns & { user: { name: string } }, activeCaseload: number): MatchClinician {
  return {
    id: row.id,
    name: row.user.name,
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
