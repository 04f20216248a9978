// "At a glance": a few plain sentences an owner can act on, drawn from the reports' figures.
// Pure, so what the dashboard claims is tested against the numbers it is built from.
import type { CaseloadReport, FunnelReport, TrendsReport } from "@/lib/domain/reports/types";
import { NEAR_FULL, showPercent } from "@/lib/domain/reports/utilization";

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
/** "a, b and c", or "a, b, c and 4 more" when `more` items were left out. */
const list = (items: string[], more = 0) => {
  const all = more > 0 ? [...items, `${more} more`] : items;
  return all.length <= 1 ? all.join("") : `${all.slice(0, -1).join(", ")} and ${all.at(-1)}`;
};

export interface Insight {
  tone: "good" | "attention" | "neutral";
  text: string;
}

/** Capacity, backlog, intake and progress, each in one sentence, most pressing first. */
export function insights(caseload: CaseloadReport, funnel: FunnelReport | null, trends: TrendsReport | null): Insight[] {
  const out: Insight[] = [];
  const t = caseload.totals;
  if (t.maxCaseload > 0) {
    out.push({
      tone: (t.utilization ?? 0) >= NEAR_FULL ? "attention" : "neutral",
      text: `Caseloads are at ${showPercent(t.utilization)} of capacity: ${plural(t.activeCases, "active case")} for ${plural(t.maxCaseload, "place")}.`,
    });
  }
  const full = caseload.data.filter((r) => r.active && r.utilization !== null && r.utilization >= NEAR_FULL).sort((a, b) => (b.utilization ?? 0) - (a.utilization ?? 0));
  if (full.length) {
    out.push({ tone: "attention", text: `Near or over capacity: ${list(full.slice(0, 4).map((r) => `${r.name} (${showPercent(r.utilization)})`), Math.max(0, full.length - 4))}.` });
  } else {
    const busiest = caseload.data.filter((r) => r.active && r.utilization !== null).sort((a, b) => (b.utilization ?? 0) - (a.utilization ?? 0))[0];
    if (busiest) out.push({ tone: "neutral", text: `No clinician is above ${showPercent(NEAR_FULL)} of capacity; the busiest is ${busiest.name} (${busiest.activeCases} of ${busiest.maxCaseload}).` });
  }
  const roomiest = [...caseload.byLocation].filter((l) => l.locationId && l.active).sort((a, b) => b.capacityLeft - a.capacityLeft)[0];
  if (roomiest && roomiest.capacityLeft > 0) {
    out.push({ tone: "good", text: `Most room for new clients: ${roomiest.name}, where accepting clinicians could take ${plural(roomiest.capacityLeft, "more case")}.` });
  }
  const late = caseload.data.filter((r) => r.unsignedNotes > 0).sort((a, b) => b.unsignedNotes - a.unsignedNotes);
  if (t.unsignedNotes > 0) {
    out.push({ tone: "attention", text: `${plural(t.unsignedNotes, "note")} unsigned for more than 72 hours: ${list(late.slice(0, 3).map((r) => `${r.name} (${r.unsignedNotes})`), Math.max(0, late.length - 3))}.` });
  } else {
    out.push({ tone: "good", text: "No note has been left unsigned for more than 72 hours." });
  }
  if (funnel) {
    const wait = funnel.waitlist;
    const waitText = wait.count ? `${plural(wait.count, "request")} on the waitlist (the longest for ${plural(wait.oldestAgeDays ?? 0, "day")})` : "nobody on the waitlist";
    const matchText = funnel.medianDaysToMatch === null ? "no match in the period" : `a median of ${plural(funnel.medianDaysToMatch, "day")} from request to match`;
    out.push({ tone: wait.count ? "attention" : "neutral", text: `Intake: ${plural(funnel.openNow, "new request")} awaiting a decision, ${waitText}; ${matchText}.` });
  }
  if (trends) {
    const p = trends.progress;
    if (p.improvedShare !== null && p.couplesEvaluated !== null) {
      out.push({ tone: "neutral", text: `Couples: for ${showPercent(p.improvedShare)} of the ${p.couplesEvaluated} couples with 8 or more sessions in the period, the median level of their last 4 sessions rose above the 4 before.` });
    } else {
      out.push({ tone: "neutral", text: "Couples' progress is not shown: too few couples had 8 or more sessions in the period to report it without identifying anyone." });
    }
  }
  return out;
}
