// Hard filters: a clinician who fails any of them is not ranked, and the intake specialist sees
// every reason why (not just the first), so fixing one thing does not reveal another.
import { includesWord, type PreparedIntake } from "@/lib/domain/matching/prepare";
import type { FilterKey, MatchClinician } from "@/lib/domain/matching/types";
import { listWords, MODALITY_LABELS, type AgeGroup } from "@/lib/domain/matching/vocabulary";

export interface FilterFailure {
  filter: FilterKey;
  detail: string;
}

const GROUP_WORDS: Record<AgeGroup, string> = { CHILD: "children", ADOLESCENT: "adolescents", ADULT: "adults" };

function locationFailure(p: PreparedIntake, c: MatchClinician): string | null {
  const { intake } = p;
  // Neither a place nor telehealth asked for: the request does not constrain where.
  if (p.locationIds.size === 0 && !intake.telehealthOk) return null;
  if (intake.telehealthOk && c.telehealth) return null;
  for (const id of c.locationIds) if (p.locationIds.has(id)) return null;
  const names = intake.locationIds.map((id) => p.context.locationNames?.[id] ?? id);
  if (names.length === 0) return "Offers no telehealth, and only telehealth was requested.";
  const where = `Not at ${listWords(names, "or")}`;
  return intake.telehealthOk ? `${where}, and offers no telehealth.` : `${where} (in-person only was requested).`;
}

function ageFailure(p: PreparedIntake, c: MatchClinician): string | null {
  const missing = p.ages.filter((a) => !c.ageGroups.includes(a.group));
  if (missing.length === 0) return null;
  const first = missing[0]!;
  const who = p.ages.length > 1 ? `a client is ${first.age}` : `the client is ${first.age}`;
  return `Does not work with ${GROUP_WORDS[first.group]} (${who}).`;
}

/** Every filter the clinician fails, in a fixed order; empty when they may be ranked. */
export function failedFilters(p: PreparedIntake, c: MatchClinician): FilterFailure[] {
  const failures: FilterFailure[] = [];
  if (!c.acceptingNewClients) failures.push({ filter: "accepting", detail: "Not accepting new clients." });
  if (c.activeCaseload >= c.maxCaseload) {
    failures.push({ filter: "capacity", detail: `At capacity: ${c.activeCaseload} of ${c.maxCaseload} active cases.` });
  }
  if (!c.modalities.includes(p.intake.serviceType)) {
    failures.push({ filter: "modality", detail: `Does not offer ${MODALITY_LABELS[p.intake.serviceType].toLowerCase()}.` });
  }
  const location = locationFailure(p, c);
  if (location) failures.push({ filter: "location", detail: location });
  const age = ageFailure(p, c);
  if (age) failures.push({ filter: "ageGroup", detail: age });
  if (p.language && !includesWord(c.languages, p.language)) {
    failures.push({ filter: "language", detail: `Does not offer sessions in ${p.intake.preferences.language?.trim()}.` });
  }
  if (p.insurer && !includesWord(c.insurancePanels, p.insurer)) {
    failures.push({ filter: "insurance", detail: `Not on the ${p.intake.payment.insurer?.trim()} panel.` });
  }
  return failures;
}
