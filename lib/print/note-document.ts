// The printable signed note as plain lines, before any PDF: what a copy of the record holds
// (practice, client identifiers, clinician and credentials, the sections, tags, addenda and the
// signature) and, by construction, what it never holds: the private note has no field here.
import { ENEMY_INFO, INGREDIENT_LABELS, INTENSITY_LABELS, levelName, type Enemy, type Ingredient } from "@/lib/domain/intimacy";
import { FORMAT_LABELS, SECTION_LABELS, sectionKeys, type NoteFormat } from "@/lib/domain/note-format";

export interface PrintableNote {
  practiceName: string;
  clients: { name: string; dateOfBirth: string }[];
  clinician: { name: string; credentials: string };
  sessionDate: string;
  durationMinutes: number;
  format: NoteFormat;
  sections: Record<string, string>;
  intimacyLevel: number;
  partnerLevels: { name: string; level: number }[];
  enemies: { enemy: Enemy; intensity: number; carriedBy: string | null }[];
  ingredients: Ingredient[];
  interventions: string;
  homework: string;
  riskFlag: boolean;
  signedAt: string;
  addenda: { text: string; authorName: string; signedAt: string }[];
}

export type Line = { kind: "title" | "heading" | "text" | "small"; text: string };

export function noteLines(note: PrintableNote): Line[] {
  const lines: Line[] = [
    { kind: "title", text: note.practiceName },
    { kind: "small", text: "Session note: confidential health information" },
    { kind: "heading", text: note.clients.length > 1 ? "Clients (conjoint session)" : "Client" },
    ...note.clients.map((c) => ({ kind: "text" as const, text: `${c.name}, born ${c.dateOfBirth}` })),
    { kind: "heading", text: "Session" },
    { kind: "text", text: `${note.sessionDate}, ${note.durationMinutes} minutes, ${FORMAT_LABELS[note.format]}` },
    { kind: "text", text: `Clinician: ${note.clinician.name}${note.clinician.credentials ? `, ${note.clinician.credentials}` : ""}` },
  ];
  for (const key of sectionKeys(note.format)) {
    lines.push({ kind: "heading", text: SECTION_LABELS[key] ?? key }, { kind: "text", text: note.sections[key]?.trim() || "(empty)" });
  }
  lines.push({ kind: "heading", text: "Intimacy and its enemies" });
  lines.push({ kind: "text", text: `Level reached: ${note.intimacyLevel} (${levelName(note.intimacyLevel)})` });
  for (const p of note.partnerLevels) lines.push({ kind: "text", text: `${p.name}: level ${p.level} (${levelName(p.level)})` });
  lines.push({
    kind: "text",
    text: note.enemies.length
      ? `Enemies present: ${note.enemies.map((e) => `${ENEMY_INFO[e.enemy].label} (${INTENSITY_LABELS[e.intensity] ?? e.intensity}${e.carriedBy ? `, ${e.carriedBy}` : ""})`).join("; ")}`
      : "Enemies present: none recorded",
  });
  lines.push({ kind: "text", text: `Ingredients present: ${note.ingredients.map((i) => INGREDIENT_LABELS[i]).join(", ") || "none recorded"}` });
  if (note.interventions.trim()) lines.push({ kind: "heading", text: "Interventions" }, { kind: "text", text: note.interventions });
  if (note.homework.trim()) lines.push({ kind: "heading", text: "Homework" }, { kind: "text", text: note.homework });
  if (note.riskFlag) lines.push({ kind: "text", text: "Risk flagged in this session." });
  lines.push({ kind: "heading", text: "Signature" });
  lines.push({ kind: "text", text: `Electronically signed by ${note.clinician.name}${note.clinician.credentials ? `, ${note.clinician.credentials}` : ""} at ${note.signedAt}` });
  if (note.addenda.length) {
    lines.push({ kind: "heading", text: note.addenda.length === 1 ? "Addendum" : "Addenda" });
    for (const a of note.addenda) lines.push({ kind: "text", text: a.text }, { kind: "small", text: `Signed by ${a.authorName} at ${a.signedAt}` });
  }
  return lines;
}
