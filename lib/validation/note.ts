import { z } from "zod";
import { ENEMIES, INGREDIENTS, MAX_INTENSITY, MAX_LEVEL, MIN_LEVEL } from "@/lib/domain/intimacy";
import { NOTE_FORMATS, sectionIssues, type NoteFormat } from "@/lib/domain/note-format";
import { patternKey, PATTERNS, PREREQUISITES } from "@/lib/domain/notes/relational";
import { id, isoDate, NO_NUL, pageQuery, trimmed } from "@/lib/validation/common";

// Session notes (DESIGN.md "Session notes" and the Note payload). Free text is never trimmed:
// autosave must store exactly what was typed, or the editor would see its own save as a change.

const MAX_TEXT = 20_000;
const text = (max = MAX_TEXT) => z.string().max(max, `At most ${max} characters.`).refine(...NO_NUL);

export const intimacyLevel = z
  .number({ error: "Choose a level from 1 to 7." })
  .int("Choose a level from 1 to 7.")
  .min(MIN_LEVEL, "Choose a level from 1 to 7.")
  .max(MAX_LEVEL, "Choose a level from 1 to 7.");

const intensity = z.number({ error: "Use a whole number from 0 to 3." }).int("Use a whole number from 0 to 3.").min(0, "Use 0 to 3.").max(MAX_INTENSITY, "Use 0 to 3.");
/** Who carries a tag: a partner of the note's couple (or the note's client); absent or null: the couple as a whole. */
const carriedBy = id.nullish();

export const enemyTag = z.object({
  enemy: z.enum(ENEMIES, { error: `Use one of ${ENEMIES.join(", ")}.` }),
  intensity,
  clientId: carriedBy,
});

export const patternTag = z.object({
  pattern: z.enum(PATTERNS, { error: `Use one of ${PATTERNS.join(", ")}.` }),
  clientId: carriedBy,
  intensity,
});

/** Reports the second occurrence of any repeated key, at its index. */
function unique<T>(key: (item: T) => string, field?: string, says: (item: T) => string = key) {
  return (items: T[], ctx: z.RefinementCtx) => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      const k = key(item);
      if (seen.has(k)) ctx.addIssue({ code: "custom", path: field ? [i, field] : [i], message: `"${says(item)}" is listed twice.` });
      seen.add(k);
    });
  };
}

const enemies = z.array(enemyTag).superRefine(unique((t) => t.enemy, "enemy"));
const ingredients = z
  .array(z.enum(INGREDIENTS, { error: `Use one of ${INGREDIENTS.join(", ")}.` }))
  .superRefine(unique((i) => i));
const patterns = z
  .array(patternTag)
  .max(PATTERNS.length * 3, "Each pattern at most once per partner and once for the couple.")
  .superRefine(unique(patternKey, "pattern", (t) => (t.clientId ? `${t.pattern} for ${t.clientId}` : `${t.pattern} for the couple`)));
const prerequisites = z
  .array(z.enum(PREREQUISITES, { error: `Use one of ${PREREQUISITES.join(", ")}.` }))
  .superRefine(unique((p) => p));
const partnerLevels = z
  .array(z.object({ clientId: id, level: intimacyLevel }))
  .max(2, "A couple has two partners.")
  .superRefine(unique((p) => p.clientId, "clientId"));

const fields = {
  sessionDate: z.string({ error: "Enter the session date." }).pipe(isoDate),
  durationMinutes: z.number({ error: "Enter the duration in minutes." }).int("Minutes, as a whole number.").min(5, "At least 5 minutes.").max(480, "At most 480 minutes."),
  serviceType: trimmed(40).min(1, "Required."),
  format: z.enum(NOTE_FORMATS, { error: `Use one of ${NOTE_FORMATS.join(", ")}.` }),
  sections: z.record(z.string(), text()),
  intimacyLevel,
  partnerLevels,
  enemies,
  patterns,
  ingredients,
  prerequisites,
  interventions: text(5_000),
  homework: text(5_000),
  riskFlag: z.boolean(),
  privateNote: text().nullable(),
};

function checkSections(value: { format?: NoteFormat; sections?: Record<string, string> }, ctx: z.RefinementCtx) {
  if (!value.format || !value.sections) return;
  for (const issue of sectionIssues(value.format, value.sections)) {
    ctx.addIssue({ code: "custom", path: ["sections", issue.key], message: issue.message });
  }
}

/** Create a note: exactly one of clientId / coupleId; partner levels only for a couple. */
export const noteCreate = z
  .object({
    clientId: id.nullish(),
    coupleId: id.nullish(),
    sessionDate: fields.sessionDate,
    durationMinutes: fields.durationMinutes,
    serviceType: fields.serviceType.default("PSYCHOTHERAPY"),
    format: fields.format,
    sections: fields.sections,
    intimacyLevel: fields.intimacyLevel,
    partnerLevels: fields.partnerLevels.default([]),
    enemies: fields.enemies.default([]),
    patterns: fields.patterns.default([]),
    ingredients: fields.ingredients.default([]),
    prerequisites: fields.prerequisites.default([]),
    interventions: fields.interventions.default(""),
    homework: fields.homework.default(""),
    riskFlag: fields.riskFlag.default(false),
    privateNote: fields.privateNote.optional().transform((v) => v ?? null),
    /** The appointment this note records (its calendar entry then points at the note). */
    appointmentId: id.optional(),
  })
  .superRefine((value, ctx) => {
    const targets = [value.clientId, value.coupleId].filter(Boolean).length;
    if (targets !== 1) {
      const message = targets === 0 ? "Send clientId (individual session) or coupleId (couple session)." : "Send only one of clientId or coupleId.";
      ctx.addIssue({ code: "custom", path: ["clientId"], message });
      ctx.addIssue({ code: "custom", path: ["coupleId"], message });
    }
    if (value.clientId && value.partnerLevels.length > 0) {
      ctx.addIssue({ code: "custom", path: ["partnerLevels"], message: "Partner levels belong to couple sessions only." });
    }
    checkSections(value, ctx);
  });
export type NoteCreate = z.output<typeof noteCreate>;

/** The editable fields, all optional, plus the version the change is based on. */
export const notePatch = z
  .object(fields)
  .partial()
  .extend({ version: z.number({ error: "Send the version this change is based on." }).int().min(1) })
  .superRefine((value, ctx) => {
    if (Object.keys(value).length === 1) ctx.addIssue({ code: "custom", path: [], message: "Send at least one field to change." });
    checkSections(value, ctx);
  });
export type NotePatch = z.output<typeof notePatch>;

/** Every editable field at once: what the editor holds and compares. */
export const noteFields = z.object(fields);
export type NoteFields = z.output<typeof noteFields>;

export const noteSign = z.object({
  password: z.string().min(1, "Enter your password to sign.").max(200),
  /** Optional: when sent, the note must still be at this version (the author signs what they saw). */
  version: z.number().int().min(1).optional(),
});
export const addendumCreate = z.object({ text: z.string().trim().min(1, "Write the addendum first.").max(10_000).refine(...NO_NUL) });

export const noteListBase = pageQuery.extend({ clientId: id.optional(), coupleId: id.optional() });
/** `?clientId=` or `?coupleId=`: exactly one. */
export const noteListQuery = noteListBase.superRefine((value, ctx) => {
  if (!!value.clientId === !!value.coupleId) {
    const message = "Send exactly one of clientId or coupleId.";
    ctx.addIssue({ code: "custom", path: ["clientId"], message });
    ctx.addIssue({ code: "custom", path: ["coupleId"], message });
  }
});
export type NoteListQuery = z.output<typeof noteListQuery>;
