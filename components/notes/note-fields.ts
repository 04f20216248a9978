// The editable fields of a note as the editor holds them, and how two versions are compared.
import type { NoteDto } from "@/lib/data/notes/dto";
import { ENEMIES, INGREDIENTS } from "@/lib/domain/intimacy";
import { sectionKeys } from "@/lib/domain/note-format";
import { PATTERNS, PREREQUISITES } from "@/lib/domain/notes/relational";
import type { NoteFields } from "@/lib/validation/note";

export type { NoteDto } from "@/lib/data/notes/dto";
export type { NoteFields } from "@/lib/validation/note";

/** The fields of a stored note (what a PATCH would send to reproduce it). */
export function fieldsOf(note: NoteDto): NoteFields {
  return {
    sessionDate: note.sessionDate,
    durationMinutes: note.durationMinutes,
    serviceType: note.serviceType,
    format: note.format,
    sections: note.sections,
    intimacyLevel: note.intimacyLevel,
    partnerLevels: note.partnerLevels,
    enemies: note.enemies,
    patterns: note.patterns,
    ingredients: note.ingredients,
    prerequisites: note.prerequisites,
    interventions: note.interventions,
    homework: note.homework,
    riskFlag: note.riskFlag,
    privateNote: note.privateNote,
  };
}

/** One canonical form, so that order (of tags, of keys) never looks like a change. */
export function canonical(f: NoteFields): NoteFields {
  return {
    ...f,
    sections: Object.fromEntries(sectionKeys(f.format).map((k) => [k, f.sections[k] ?? ""])),
    partnerLevels: [...f.partnerLevels].sort((a, b) => a.clientId.localeCompare(b.clientId)),
    enemies: [...f.enemies]
      .map((e) => ({ enemy: e.enemy, intensity: e.intensity, clientId: e.clientId ?? null }))
      .sort((a, b) => ENEMIES.indexOf(a.enemy) - ENEMIES.indexOf(b.enemy)),
    patterns: [...(f.patterns ?? [])]
      .map((p) => ({ pattern: p.pattern, clientId: p.clientId ?? null, intensity: p.intensity }))
      .sort((a, b) => PATTERNS.indexOf(a.pattern) - PATTERNS.indexOf(b.pattern) || (a.clientId ?? "").localeCompare(b.clientId ?? "")),
    ingredients: [...f.ingredients].sort((a, b) => INGREDIENTS.indexOf(a) - INGREDIENTS.indexOf(b)),
    prerequisites: [...(f.prerequisites ?? [])].sort((a, b) => PREREQUISITES.indexOf(a) - PREREQUISITES.indexOf(b)),
    privateNote: f.privateNote ? f.privateNote : null,
  };
}

export function sameFields(a: NoteFields, b: NoteFields): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

export const FIELD_LABELS: Record<keyof NoteFields, string> = {
  sessionDate: "Session date",
  durationMinutes: "Duration",
  serviceType: "Service type",
  format: "Format",
  sections: "Note sections",
  intimacyLevel: "Intimacy level",
  partnerLevels: "Partner levels",
  enemies: "Enemies",
  patterns: "Relational patterns",
  ingredients: "Ingredients",
  prerequisites: "Prerequisites",
  interventions: "Interventions",
  homework: "Homework",
  riskFlag: "Risk flag",
  privateNote: "Private note",
};

/** The fields whose values differ between two versions, in the editor's order. */
export function changedFields(a: NoteFields, b: NoteFields): (keyof NoteFields)[] {
  const ca = canonical(a);
  const cb = canonical(b);
  return (Object.keys(FIELD_LABELS) as (keyof NoteFields)[]).filter((k) => JSON.stringify(ca[k]) !== JSON.stringify(cb[k]));
}

/**
 * What a save sends: only the fields that differ from the server's version (with the sections
 * whenever the format changes, as they are checked against it). Nothing changed: every field,
 * so the save still says what the editor holds.
 */
export function patchOf(fields: NoteFields, server: NoteFields): Partial<NoteFields> {
  const changed = changedFields(fields, server);
  if (changed.length === 0) return fields;
  const keys = changed.includes("format") && !changed.includes("sections") ? [...changed, "sections" as const] : changed;
  return Object.fromEntries(keys.map((k) => [k, fields[k]])) as Partial<NoteFields>;
}
