// The shapes of the three reports, as lib/data returns them and the API sends them (DESIGN.md,
// "Caseload report rows" and "Clinical trends"). Pure types, shared by pages, CSV and tests.
import type { Enemy } from "@/lib/domain/intimacy";

/** "practice": everyone in the practice (OWNER); "own": the caller's own caseload (THERAPIST). */
export type ReportScope = "practice" | "own";

export interface ReportPeriod {
  from: string;
  to: string;
  locationId: string | null;
  scope: ReportScope;
}

/** One clinician. Counts follow the location filter; activeCases and utilisation are the whole caseload. */
export interface CaseloadRow {
  clinicianId: string;
  name: string;
  activeClients: number;
  activeCouples: number;
  /** Notes the clinician wrote for sessions in the period. */
  sessions: number;
  /** Their DRAFT notes started more than 72 hours ago (a backlog: not limited to the period). */
  unsignedNotes: number;
  maxCaseload: number;
  /** activeCases / maxCaseload, 2 decimals; null when maxCaseload is 0. */
  utilization: number | null;
  activeCases: number;
  capacityLeft: number;
  acceptingNewClients: boolean;
  /** False once the clinician's account is deactivated (listed while cases remain). */
  active: boolean;
}

/** One location (locationId null: cases with no location, e.g. telehealth only). */
export interface LocationRow {
  locationId: string | null;
  name: string;
  active: boolean;
  activeClients: number;
  activeCouples: number;
  activeCases: number;
  sessions: number;
  unsignedNotes: number;
  /** Active clinicians who work at this location. */
  clinicians: number;
  /** Cases those clinicians could still take, counting only those accepting new clients. */
  capacityLeft: number;
}

export interface CaseloadTotals {
  activeClients: number;
  activeCouples: number;
  activeCases: number;
  sessions: number;
  unsignedNotes: number;
  maxCaseload: number;
  utilization: number | null;
}

export interface CaseloadReport extends ReportPeriod {
  data: CaseloadRow[];
  byLocation: LocationRow[];
  totals: CaseloadTotals;
}

export interface FunnelMonth {
  month: string;
  new: number;
  matched: number;
  waitlisted: number;
  medianDaysToMatch: number | null;
}

export interface FunnelReport extends ReportPeriod {
  /** Intake requests received in the period. */
  new: number;
  /** Requests matched to a clinician in the period. */
  matched: number;
  /** Requests put on the waitlist in the period. */
  waitlisted: number;
  /** Median days from request to match, over the requests matched in the period. */
  medianDaysToMatch: number | null;
  /** Now, whatever the period: requests still waiting for a first decision. */
  openNow: number;
  /** Now: the waitlist and how long it has been waiting (days since put on it). */
  waitlist: { count: number; medianAgeDays: number | null; oldestAgeDays: number | null };
  data: FunnelMonth[];
}

export type LevelKey = "1" | "2" | "3" | "4" | "5" | "6" | "7";
export const LEVEL_KEYS: readonly LevelKey[] = ["1", "2", "3", "4", "5", "6", "7"];

/** Counts are null when suppressed (1-4). */
export interface ProgressFigures {
  /** Couples with at least 8 sessions in the period up to that point. */
  couplesEvaluated: number | null;
  /** Of those, couples whose median level of the last 4 sessions is above that of the 4 before. */
  couplesImproved: number | null;
  improvedShare: number | null;
}

export interface TrendMonth extends ProgressFigures {
  month: string;
  /** Sessions by the deepest level reached. */
  levels: Record<LevelKey, number | null>;
  /** Sessions in which each enemy was present. */
  enemies: Record<Enemy, number | null>;
}

export interface TrendsReport extends ReportPeriod {
  suppressionThreshold: number;
  data: TrendMonth[];
  /** As of the end of the period: each couple's last 8 sessions in it. */
  progress: ProgressFigures;
}
