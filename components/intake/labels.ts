import { CONCERN_LABELS, MODALITY_LABELS, type Concern, type Modality } from "@/lib/domain/matching/vocabulary";

export const concernList = (concerns: readonly string[]) => concerns.map((c) => CONCERN_LABELS[c as Concern] ?? c).join(", ");
export const modalityLabel = (m: string) => MODALITY_LABELS[m as Modality] ?? m;
export const days = (n: number) => `${n} ${n === 1 ? "day" : "days"}`;

/** Readable names of the scored factors and the filters. */
export const FACTOR_LABELS: Record<string, string> = {
  specialty: "Specialty fit",
  availability: "Availability overlap",
  preferences: "Stated preferences",
  caseload: "Caseload balance",
  couplesExperience: "Couples experience",
  neutrality: "Neutrality",
  override: "Filter overridden",
};
