// The words of intake and matching (DESIGN.md's enums) with the labels people read. Shared by
// validation, the matching code and the UI, so a concern is spelled one way everywhere.

export const CONCERNS = [
  "DEPRESSION", "ANXIETY", "RELATIONSHIP", "INTIMACY", "COMMUNICATION", "INFIDELITY", "SEXUAL_CONCERNS",
  "GRIEF", "LOW_SELF_WORTH", "LIFE_TRANSITIONS", "CHILD_ADOLESCENT", "TRAUMA", "SUBSTANCE_USE",
] as const;
export type Concern = (typeof CONCERNS)[number];

export const MODALITIES = ["INDIVIDUAL", "COUPLES", "FAMILY", "CHILD_ADOLESCENT"] as const;
export type Modality = (typeof MODALITIES)[number];

export const AGE_GROUPS = ["CHILD", "ADOLESCENT", "ADULT"] as const;
export type AgeGroup = (typeof AGE_GROUPS)[number];

export const CONCERN_LABELS: Record<Concern, string> = {
  DEPRESSION: "Depression",
  ANXIETY: "Anxiety",
  RELATIONSHIP: "Relationship problems",
  INTIMACY: "Intimacy",
  COMMUNICATION: "Communication",
  INFIDELITY: "Trust after infidelity",
  SEXUAL_CONCERNS: "Sexual concerns",
  GRIEF: "Grief",
  LOW_SELF_WORTH: "Low self-worth",
  LIFE_TRANSITIONS: "Life transitions",
  CHILD_ADOLESCENT: "Childhood and adolescent difficulties",
  TRAUMA: "Trauma",
  SUBSTANCE_USE: "Substance use",
};

export const MODALITY_LABELS: Record<Modality, string> = {
  INDIVIDUAL: "Individual therapy",
  COUPLES: "Couples therapy",
  FAMILY: "Family therapy",
  CHILD_ADOLESCENT: "Child and adolescent therapy",
};

export const AGE_GROUP_LABELS: Record<AgeGroup, string> = {
  CHILD: "Children (under 13)",
  ADOLESCENT: "Adolescents (13-17)",
  ADULT: "Adults (18+)",
};

export const WEEKDAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;
export const WEEKDAY_SHORT = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"] as const;

/** "SEXUAL_CONCERNS" → "sexual concerns", for sentences. */
export function concernWords(concern: Concern): string {
  return CONCERN_LABELS[concern].toLowerCase();
}

/** ["a", "b", "c"] → "a, b and c" (or "a, b or c"). */
export function listWords(items: readonly string[], conjunction: "and" | "or" = "and"): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} ${conjunction} ${items[items.length - 1]}`;
}
