// Plain-words renderings of note fields, shared by the read-only view and the conflict panel.
import { ENEMY_INFO, INGREDIENT_LABELS, INTENSITY_LABELS, levelName, type EnemyTag, type Ingredient } from "@/lib/domain/intimacy";
import { FORMAT_LABELS, SECTION_LABELS, sectionKeys } from "@/lib/domain/note-format";
import type { NoteFields } from "@/lib/validation/note";
import { serviceTypeLabel } from "@/components/notes/service-types";

export interface Partner {
  clientId: string;
  name: string;
}

export const describeLevel = (level: number) => `${level} · ${levelName(level)}`;

export function describeEnemy(tag: EnemyTag): string {
  return `${ENEMY_INFO[tag.enemy].label}: ${tag.intensity} (${INTENSITY_LABELS[tag.intensity]?.toLowerCase() ?? ""})`;
}

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
    case "enemies": return f.enemies.length ? f.enemies.map(describeEnemy).join("; ") : "None present";
    case "ingredients": return describeIngredients(f.ingredients);
    case "interventions": return f.interventions || "(empty)";
    case "homework": return f.homework || "(empty)";
    case "riskFlag": return f.riskFlag ? "Risk flagged" : "No risk flagged";
    case "privateNote": return f.privateNote || "(empty)";
  }
}
