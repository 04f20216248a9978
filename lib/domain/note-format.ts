// Note formats and their sections (DESIGN.md "Payloads", Note). Pure, shared by validation,
// the data layer and the editor.

export const NOTE_FORMATS = ["SOAP", "DAP", "BIRP", "FREE"] as const;
export type NoteFormat = (typeof NOTE_FORMATS)[number];

/** Each format's section keys, in the order a clinician writes them. */
export const SECTION_KEYS = {
  SOAP: ["subjective", "objective", "assessment", "plan"],
  DAP: ["data", "assessment", "plan"],
  BIRP: ["behavior", "intervention", "response", "plan"],
  FREE: ["text"],
} as const satisfies Record<NoteFormat, readonly string[]>;

export const FORMAT_LABELS: Record<NoteFormat, string> = {
  SOAP: "SOAP (subjective, objective, assessment, plan)",
  DAP: "DAP (data, assessment, plan)",
  BIRP: "BIRP (behavior, intervention, response, plan)",
  FREE: "Free text",
};

export const SECTION_LABELS: Record<string, string> = {
  subjective: "Subjective",
  objective: "Objective",
  assessment: "Assessment",
  plan: "Plan",
  data: "Data",
  behavior: "Behavior",
  intervention: "Intervention",
  response: "Response",
  text: "Note",
};

export type Sections = Record<string, string>;

export function sectionKeys(format: NoteFormat): readonly string[] {
  return SECTION_KEYS[format];
}

/** Every section of `format`, empty. */
export function emptySections(format: NoteFormat): Sections {
  return Object.fromEntries(sectionKeys(format).map((key) => [key, ""]));
}

/** What is wrong with `sections` for `format`: a missing key, or one the format does not have. */
export function sectionIssues(format: NoteFormat, sections: Record<string, unknown>): { key: string; message: string }[] {
  const expected = sectionKeys(format);
  const issues: { key: string; message: string }[] = [];
  for (const key of expected) {
    if (!(key in sections)) issues.push({ key, message: `${format} notes need a "${key}" section.` });
  }
  for (const key of Object.keys(sections)) {
    if (!expected.includes(key)) issues.push({ key, message: `"${key}" is not a section of ${format} notes (use ${expected.join(", ")}).` });
  }
  return issues;
}

/**
 * Moves text to another format without losing a word: sections with the same key keep their
 * text; text of sections the new format lacks is appended to its first section, labelled.
 */
export function switchFormat(sections: Sections, to: NoteFormat): Sections {
  const next = emptySections(to);
  const leftovers: string[] = [];
  for (const [key, text] of Object.entries(sections)) {
    if (key in next) next[key] = text;
    else if (text.trim()) leftovers.push(`${SECTION_LABELS[key] ?? key}: ${text.trim()}`);
  }
  const first = sectionKeys(to)[0]!;
  if (leftovers.length) next[first] = [next[first], ...leftovers].filter((t) => t && t.trim()).join("\n\n");
  return next;
}

/** True when no section holds any text. */
export function sectionsEmpty(sections: Sections): boolean {
  return Object.values(sections).every((text) => !text.trim());
}
