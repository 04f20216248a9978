// Relational codes of a session note (DESIGN.md "Relational codes on notes"): the patterns a
// therapist sees between partners, and the prerequisites of intimacy present in the session.
// Pure: no I/O, safe to import from client components. The descriptions are our own words.

export const PATTERNS = [
  "PURSUING", "DISTANCING", "CONFLICT_AVOIDANCE", "FUSION", "PSEUDO_INTIMACY",
  "CRITICISM", "CONTEMPT", "DEFENSIVENESS", "STONEWALLING", "INTIMATE_CONFLICT",
] as const;
export type Pattern = (typeof PATTERNS)[number];

export type PatternGroup = "dance" | "horsemen" | "strength";

export const PATTERN_INFO: Record<Pattern, { label: string; description: string; group: PatternGroup }> = {
  PURSUING: { label: "Pursuing", group: "dance", description: "Moves toward the partner for closeness or a reply, and presses harder when it does not come." },
  DISTANCING: { label: "Distancing", group: "dance", description: "Steps back when the partner comes closer: busy, quiet or elsewhere when feelings rise." },
  CONFLICT_AVOIDANCE: { label: "Conflict avoidance", group: "dance", description: "Keeps the peace by leaving differences unspoken, so they never get worked through." },
  FUSION: { label: "Fusion", group: "dance", description: "Little room for two selves: one's mood or opinion has to become the other's too." },
  PSEUDO_INTIMACY: { label: "Pseudo-intimacy", group: "dance", description: "Closeness on the surface (routine, sex, busyness) standing in for knowing each other." },
  CRITICISM: { label: "Criticism", group: "horsemen", description: "Resentment as an attack on who the partner is, rather than a request about what they did." },
  CONTEMPT: { label: "Contempt", group: "horsemen", description: "Resentment as scorn: mockery, eye-rolling, speaking from above the partner." },
  DEFENSIVENESS: { label: "Defensiveness", group: "horsemen", description: "Resentment as self-protection: excuses or a counter-complaint instead of hearing the complaint." },
  STONEWALLING: { label: "Stonewalling", group: "horsemen", description: "Resentment as shutting down: the partner goes silent and unreachable in the middle of a conflict." },
  INTIMATE_CONFLICT: { label: "Intimate conflict", group: "strength", description: "A strength: disagreeing openly and respectfully, staying connected while differing." },
};

export const PATTERN_GROUPS: readonly { group: PatternGroup; label: string }[] = [
  { group: "dance", label: "Patterns of distance and closeness" },
  { group: "horsemen", label: "Forms resentment takes (Gottman's four horsemen)" },
  { group: "strength", label: "Strengths" },
];

export const PREREQUISITES = [
  "SAFETY", "TRUST", "SELF_AWARENESS", "PRESENCE", "OPENNESS", "COURAGE", "SELF_ESTEEM", "AUTONOMY", "MUTUALITY",
] as const;
export type Prerequisite = (typeof PREREQUISITES)[number];

export const PREREQUISITE_LABELS: Record<Prerequisite, string> = {
  SAFETY: "Safety",
  TRUST: "Trust",
  SELF_AWARENESS: "Self-awareness",
  PRESENCE: "Presence",
  OPENNESS: "Openness",
  COURAGE: "Courage",
  SELF_ESTEEM: "Self-esteem",
  AUTONOMY: "Autonomy",
  MUTUALITY: "Mutuality",
};

export interface PatternTag {
  pattern: Pattern;
  /** The partner who shows it; null (or absent): the couple (or the client) as a whole. */
  clientId?: string | null;
  intensity: number;
}

/** The key one pattern may appear under once per note: the pattern and who shows it. */
export const patternKey = (t: Pick<PatternTag, "pattern" | "clientId">) => `${t.pattern}:${t.clientId ?? ""}`;
