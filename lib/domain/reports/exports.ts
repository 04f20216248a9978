// The CSV export of each report: the same rows and figures as its table, with the JSON field
// names as headers so a spreadsheet and the API speak alike. Suppressed counts read "<5".
import { ENEMIES } from "@/lib/domain/intimacy";
import { toCsv, type CsvColumn } from "@/lib/domain/reports/csv";
import { showCount } from "@/lib/domain/reports/suppression";
import {
  LEVEL_KEYS, type CaseloadReport, type CaseloadRow, type FunnelMonth, type FunnelReport, type LocationRow, type TrendMonth, type TrendsReport,
} from "@/lib/domain/reports/types";

const CASELOAD_COLUMNS: CsvColumn<CaseloadRow>[] = [
  { header: "clinicianId", value: (r) => r.clinicianId },
  { header: "name", value: (r) => r.name },
  { header: "activeClients", value: (r) => r.activeClients },
  { header: "activeCouples", value: (r) => r.activeCouples },
  { header: "sessions", value: (r) => r.sessions },
  { header: "unsignedNotes", value: (r) => r.unsignedNotes },
  { header: "maxCaseload", value: (r) => r.maxCaseload },
  { header: "utilization", value: (r) => r.utilization },
  { header: "activeCases", value: (r) => r.activeCases },
  { header: "capacityLeft", value: (r) => r.capacityLeft },
  { header: "acceptingNewClients", value: (r) => r.acceptingNewClients },
];

const LOCATION_COLUMNS: CsvColumn<LocationRow>[] = [
  { header: "locationId", value: (r) => r.locationId },
  { header: "name", value: (r) => r.name },
  { header: "activeClients", value: (r) => r.activeClients },
  { header: "activeCouples", value: (r) => r.activeCouples },
  { header: "activeCases", value: (r) => r.activeCases },
  { header: "sessions", value: (r) => r.sessions },
  { header: "unsignedNotes", value: (r) => r.unsignedNotes },
  { header: "clinicians", value: (r) => r.clinicians },
  { header: "capacityLeft", value: (r) => r.capacityLeft },
];

/** Caseload by clinician (the contract's rows), or by location with `by: "location"`. */
export function caseloadCsv(report: CaseloadReport, by: "clinician" | "location" = "clinician"): string {
  return by === "location" ? toCsv(LOCATION_COLUMNS, report.byLocation) : toCsv(CASELOAD_COLUMNS, report.data);
}

type FunnelLine = FunnelMonth & { waitlistNow?: number; waitlistMedianAgeDays?: number | null; waitlistOldestAgeDays?: number | null };

/** One line per month, then a "total" line for the whole period with today's waitlist. */
export function funnelCsv(report: FunnelReport): string {
  const total: FunnelLine = {
    month: "total", new: report.new, matched: report.matched, waitlisted: report.waitlisted, medianDaysToMatch: report.medianDaysToMatch,
    waitlistNow: report.waitlist.count, waitlistMedianAgeDays: report.waitlist.medianAgeDays, waitlistOldestAgeDays: report.waitlist.oldestAgeDays,
  };
  const columns: CsvColumn<FunnelLine>[] = [
    { header: "month", value: (r) => r.month },
    { header: "new", value: (r) => r.new },
    { header: "matched", value: (r) => r.matched },
    { header: "waitlisted", value: (r) => r.waitlisted },
    { header: "medianDaysToMatch", value: (r) => r.medianDaysToMatch },
    { header: "waitlistNow", value: (r) => r.waitlistNow },
    { header: "waitlistMedianAgeDays", value: (r) => r.waitlistMedianAgeDays },
    { header: "waitlistOldestAgeDays", value: (r) => r.waitlistOldestAgeDays },
  ];
  return toCsv(columns, [...report.data, total]);
}

/** One line per month: sessions by level, by enemy, and couples' progress. Suppressed cells read "<5". */
export function trendsCsv(report: TrendsReport): string {
  const columns: CsvColumn<TrendMonth>[] = [
    { header: "month", value: (r) => r.month },
    ...LEVEL_KEYS.map((k) => ({ header: `level${k}`, value: (r: TrendMonth) => showCount(r.levels[k]) })),
    ...ENEMIES.map((e) => ({ header: e.toLowerCase(), value: (r: TrendMonth) => showCount(r.enemies[e]) })),
    { header: "couplesEvaluated", value: (r) => showCount(r.couplesEvaluated) },
    { header: "couplesImproved", value: (r) => showCount(r.couplesImproved) },
    { header: "improvedShare", value: (r) => r.improvedShare },
  ];
  return toCsv(columns, report.data);
}
