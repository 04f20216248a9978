// Builders for the matching unit tests: a plain intake and clinician that pass every filter,
// so each test changes only the one thing it is about.
import type { MatchClinician, MatchContext, MatchIntake } from "@/lib/domain/matching/types";

export const CONTEXT: MatchContext = { referenceDate: "2026-11-20", locationNames: { loc_b: "Brighton", loc_l: "Lansing", loc_f: "Fenton" } };

export function intake(overrides: Partial<MatchIntake> = {}): MatchIntake {
  return {
    kind: "INDIVIDUAL",
    birthDates: ["1990-05-01"],
    concerns: ["ANXIETY", "GRIEF"],
    serviceType: "INDIVIDUAL",
    locationIds: ["loc_b"],
    telehealthOk: false,
    availability: [{ weekday: 1, from: "09:00", to: "13:00" }],
    preferences: {},
    payment: { type: "SELF_PAY" },
    partnerTherapistIds: [],
    ...overrides,
  };
}

export function couple(overrides: Partial<MatchIntake> = {}): MatchIntake {
  return intake({ kind: "COUPLE", birthDates: ["1985-01-01", "1987-02-02"], serviceType: "COUPLES", concerns: ["COMMUNICATION", "INTIMACY"], ...overrides });
}

export function clinician(id: string, overrides: Partial<MatchClinician> = {}): MatchClinician {
  return {
    id,
    name: `Clinician ${id}`,
    gender: "female",
    specialties: ["ANXIETY", "GRIEF", "COMMUNICATION", "INTIMACY"],
    modalities: ["INDIVIDUAL", "COUPLES"],
    ageGroups: ["ADULT"],
    locationIds: ["loc_b"],
    telehealth: false,
    languages: ["English"],
    insurancePanels: ["Aetna"],
    couplesYears: 10,
    availability: [{ weekday: 1, from: "09:00", to: "13:00" }],
    acceptingNewClients: true,
    maxCaseload: 20,
    activeCaseload: 0,
    ...overrides,
  };
}
