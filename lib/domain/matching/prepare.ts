// What every clinician is compared against, worked out once per ranking rather than once per
// clinician (1,000 clinicians must rank in a few milliseconds).
import { ageGroupOf, ageOn, toWeekIntervals, type WeekIntervals } from "@/lib/domain/matching/time";
import type { MatchContext, MatchIntake } from "@/lib/domain/matching/types";
import type { AgeGroup } from "@/lib/domain/matching/vocabulary";

export interface PreparedIntake {
  intake: MatchIntake;
  context: MatchContext;
  /** Each person's age band, with the age that put them there. */
  ages: { group: AgeGroup; age: number }[];
  language: string | null;
  gender: string | null;
  insurer: string | null;
  intervals: WeekIntervals;
  locationIds: ReadonlySet<string>;
  partnerTherapists: ReadonlySet<string>;
}

const norm = (value: string | null | undefined): string | null => {
  const trimmed = value?.trim().toLowerCase();
  return trimmed ? trimmed : null;
};

export function prepareIntake(intake: MatchIntake, context: MatchContext): PreparedIntake {
  const ages: PreparedIntake["ages"] = [];
  for (const birthDate of intake.birthDates) {
    const age = birthDate ? ageOn(birthDate, context.referenceDate) : null;
    if (age !== null && age >= 0) ages.push({ group: ageGroupOf(age), age });
  }
  return {
    intake,
    context,
    ages,
    language: norm(intake.preferences.language),
    gender: norm(intake.preferences.clinicianGender),
    insurer: intake.payment.type === "INSURANCE" ? norm(intake.payment.insurer) : null,
    intervals: toWeekIntervals(intake.availability),
    locationIds: new Set(intake.locationIds),
    partnerTherapists: new Set(intake.partnerTherapistIds),
  };
}

/** Case-insensitive membership: "spanish" is on a list holding "Spanish". */
export function includesWord(list: readonly string[], lowered: string): boolean {
  for (const item of list) if (item.trim().toLowerCase() === lowered) return true;
  return false;
}
