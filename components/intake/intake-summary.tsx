import { DefinitionList } from "@/components/ui/definition-list";
import { concernList, modalityLabel } from "@/components/intake/labels";
import type { IntakeDto } from "@/lib/data/intake/dto";
import { WEEKDAY_NAMES } from "@/lib/domain/matching/vocabulary";

const capitalise = (s?: string | null) => (s ? s.charAt(0).toUpperCase() + s.slice(1) : undefined);

const RISK_WORDS = { selfHarm: "self-harm", violence: "violence", substance: "substance use" } as const;

/** The request's answers as a definition list. */
export function IntakeSummary({ intake, locationNames }: { intake: IntakeDto; locationNames: Record<string, string> }) {
  const where = [...intake.locationIds.map((id) => locationNames[id] ?? "Unknown location"), ...(intake.telehealthOk ? ["Telehealth"] : [])];
  const risks = (Object.keys(RISK_WORDS) as (keyof typeof RISK_WORDS)[]).filter((k) => intake.riskScreen[k]).map((k) => RISK_WORDS[k]);
  const rows: [string, string][] = [
    ["Concerns", concernList(intake.concerns)],
    ["Service", modalityLabel(intake.serviceType)],
    ["Where", where.join(", ") || "No preference"],
    ["When", intake.availability.map((w) => `${WEEKDAY_NAMES[w.weekday]} ${w.from}-${w.to}`).join("; ") || "Any time"],
    ["Clinician gender", capitalise(intake.preferences.clinicianGender) ?? "No preference"],
    ["Language", intake.preferences.language ?? "No preference"],
    ["Payment", intake.payment.type === "INSURANCE" ? `Insurance${intake.payment.insurer ? `: ${intake.payment.insurer}` : ""}` : "Self-pay"],
    ["Risk screen", risks.length ? `Positive: ${risks.join(", ")}` : "Negative"],
    ["Filed", new Date(intake.createdAt).toLocaleDateString("en-US", { dateStyle: "medium" })],
  ];
  return (
    <DefinitionList rows={rows} />
  );
}
