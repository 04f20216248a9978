// Inputs and outputs of the matching code. Plain data only: lib/data builds these from rows.
import type { AgeGroup, Concern, Modality } from "@/lib/domain/matching/vocabulary";

/** A weekly window, weekday 0 (Sunday) to 6, times "HH:MM" in the practice's local time. */
export interface Window {
  weekday: number;
  from: string;
  to: string;
}

export interface MatchIntake {
  kind: "INDIVIDUAL" | "COUPLE";
  /** Dates of birth ("YYYY-MM-DD") of the people in the request; null when not given. */
  birthDates: (string | null)[];
  concerns: Concern[];
  serviceType: Modality;
  locationIds: string[];
  telehealthOk: boolean;
  availability: Window[];
  preferences: { clinicianGender?: string | null; language?: string | null };
  payment: { type: "INSURANCE" | "SELF_PAY"; insurer?: string | null };
  /** Clinicians who already see one of the partners individually (couples only). */
  partnerTherapistIds: string[];
}

export interface MatchClinician {
  id: string;
  name: string;
  gender: string | null;
  specialties: Concern[];
  modalities: Modality[];
  ageGroups: AgeGroup[];
  locationIds: string[];
  telehealth: boolean;
  languages: string[];
  insurancePanels: string[];
  couplesYears: number;
  availability: Window[];
  acceptingNewClients: boolean;
  maxCaseload: number;
  /** Active cases now (lib/data/caseload-counts.ts's rule). */
  activeCaseload: number;
}

export interface MatchContext {
  /** "YYYY-MM-DD": the day ages are measured on. Passed in so that ranking stays pure. */
  referenceDate: string;
  /** Location names for explanations; ids are shown when a name is missing. */
  locationNames?: Readonly<Record<string, string>>;
}

export type FilterKey = "accepting" | "capacity" | "modality" | "location" | "ageGroup" | "language" | "insurance";
export type FactorKey = "specialty" | "availability" | "preferences" | "caseload" | "couplesExperience" | "neutrality";

/** One scored factor: its points, the most it could give, and a sentence a person can read. */
export interface Reason {
  factor: FactorKey;
  points: number;
  maxPoints: number;
  detail: string;
}

export interface RankedMatch {
  clinicianId: string;
  name: string;
  /** 0-100, the sum of the reasons' points. */
  score: number;
  /** Active cases / maxCaseload, 0-1 (the tie-break after score). */
  utilization: number;
  reasons: Reason[];
}

export interface Exclusion {
  clinicianId: string;
  name: string;
  /** Every failed filter's sentence, joined. */
  why: string;
  filters: { filter: FilterKey; detail: string }[];
}

export interface MatchResult {
  ranked: RankedMatch[];
  excluded: Exclusion[];
}
