// Plain-words renderings of note fields, shared by the read-only view and the conflict panel.
import { ENEMY_INFO, INGREDIENT_LABELS, INTENSITY_LABELS, levelName, type EnemyTag, type Ingredient } from "@/lib/domain/intimacy";
import { PATTERN_INFO, PREREQUISITE_LABELS, type PatternTag, type Prerequisite } from "@/lib/domain/notes/relational";
import { FORMAT_LABELS, SECTION_LABELS, sectionKeys } from "@/lib/domain/note-format";
import type { NoteFields } from "@/lib/validation/note";
import { serviceTypeLabel } from "@/components/notes/service-types";

export interface Partner {
  clientId: string;
  name: string;
}

export const describeLevel = (level: number) => `${level} · ${levelName(level)}`;

const intensityText = (n: number) => `${n} (${INTENSITY_LABELS[n]?.toLowerCase() ?? ""})`;
/** "the couple" for a tag nobody in particular carries, else the partner's name. */
const carrierName = (clientId: string | null | undefined, partners: Partner[]) =>
  clientId ? (partners.find((p) => p.clientId === clientId)?.name ?? "a partner") : null;

export function describeEnemy(tag: EnemyTag, partners: Partner[] = []): string {
  const who = carrierName(tag.clientId, partners);
  return `${ENEMY_INFO[tag.enemy].label}${who ? ` (carried by ${who})` : ""}: ${intensityText(tag.intensity)}`;
}

export function describePattern(tag: PatternTag, partners: Partner[] = []): string {
  const who = carrierName(tag.clientId, partners) ?? (partners.length ? "both" : null);
  return `${PATTERN_INFO[tag.pattern].label}${who ? ` (${who})` : ""}: ${intensityText(tag.intensity)}`;
}

export const describePrerequisites = (items: Prerequisite[]) => (items.length ? items.map((i) => PREREQUISITE_LABELS[i]).join(", ") : "None recorded");

export const describeIngredients = (items: Ingredient[]) => (items.length ? items.map((i) => INGREDIENT_LABELS[i]).join(", ") : "None recorded");

export function describePartnerLevels(levels: NoteFields["partnerLevels"], partners: Partner[]): string {
  return partners
    .map((p) => {
      const level = levels.find((l) => l.clientId === p.clientId)?.level;
      return `${p.name}: ${level ? describeLevel(level) : "not recorded"}`;
    })
    .join("; ");
}

/** One field of a version, as text a person can compare with another version's. */
export function describeField(key: keyof NoteFields, f: NoteFields, partners: Partner[]): string {
  switch (key) {
    case "sessionDate": return f.sessionDate;
    case "durationMinutes": return `${f.durationMinutes} minutes`;
    case "serviceType": return serviceTypeLabel(f.serviceType);
    case "format": return FORMAT_LABELS[f.format];
    case "sections": return sectionKeys(f.format).map((k) => `${SECTION_LABELS[k] ?? k}: ${f.sections[k] ?? ""}`).join("\n\n");
    case "intimacyLevel": return describeLevel(f.intimacyLevel);
    case "partnerLevels": return describePartnerLevels(f.partnerLevels, partners);
    case "enemies": return f.enemies.length ? f.enemies.map((t) => describeEnemy(t, partners)).join("; ") : "None present";
    case "patterns": return f.patterns.length ? f.patterns.map((t) => describePattern(t, partners)).join("; ") : "None recorded";
    case "ingredients": return describeIngredients(f.ingredients);
    case "prerequisites": return describePrerequisites(f.prerequisites);
    case "interventions": return f.interventions || "(empty)";
    case "homework": return f.homework || "(empty)";
    case "riskFlag": return f.riskFlag ? "Risk flagged" : "No risk flagged";
    case "privateNote": return f.privateNote || "(empty)";
  }
}
