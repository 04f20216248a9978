import { DefinitionList } from "@/components/ui/definition-list";
import { DISCIPLINE_LABELS } from "@/components/admin/role-fields";
import { concernList, modalityLabel } from "@/components/intake/labels";
import type { ClinicianDto } from "@/lib/data/clinicians/clinicians";
import { AGE_GROUP_LABELS, WEEKDAY_NAMES, type AgeGroup } from "@/lib/domain/matching/vocabulary";

/** A clinician profile as matching reads it. */
export function ClinicianProfileView({ clinician: c, locationNames }: { clinician: ClinicianDto; locationNames: Record<string, string> }) {
  const rows: [string, string][] = [
    ["Discipline", `${DISCIPLINE_LABELS[c.discipline as keyof typeof DISCIPLINE_LABELS] ?? c.discipline}${c.credentials ? ` (${c.credentials})` : ""}`],
    ["Email", c.email],
    ["New clients", c.acceptingNewClients ? "Accepting new clients" : "Not accepting new clients"],
    ["Caseload", `${c.activeCaseload} of ${c.maxCaseload} active cases`],
    ["Specialties", concernList(c.specialties) || "None listed"],
    ["Modalities", c.modalities.map(modalityLabel).join(", ") || "None listed"],
    ["Age groups", c.ageGroups.map((g) => AGE_GROUP_LABELS[g as AgeGroup]).join(", ") || "None listed"],
    ["Locations", [...c.locationIds.map((id) => locationNames[id] ?? "Unknown location"), ...(c.telehealth ? ["Telehealth"] : [])].join(", ") || "None listed"],
    ["Languages", c.languages.join(", ") || "None listed"],
    ["Insurance panels", c.insurancePanels.join(", ") || "Self-pay only"],
    ["Couples experience", c.couplesYears ? `${c.couplesYears} years` : "None listed"],
    ["Gender", c.gender ? c.gender.charAt(0).toUpperCase() + c.gender.slice(1) : "Not stated"],
    ["Availability", c.availability.map((w) => `${WEEKDAY_NAMES[w.weekday]} ${w.from}-${w.to}`).join("; ") || "Not entered"],
  ];
  return (
    <>
      {c.bio ? <p className="mb-4 max-w-3xl text-slate-700">{c.bio}</p> : null}
      <DefinitionList rows={rows} termWidth="11rem" />
    </>
  );
}
