import "server-only";
import type { Actor } from "@/lib/data/actor";
import { runReport, type ReportParams } from "@/lib/data/reports/scope";
import {
  asInts, progressSql, trendCountsFromNotesSql, trendCountsSql, type ProgressSqlRow, type TrendCountsSqlRow,
} from "@/lib/data/reports/trends-sql";
import { ENEMIES, type Enemy } from "@/lib/domain/intimacy";
import { monthsOf } from "@/lib/domain/reports/date-range";
import { SMALL_CELL_MIN, suppress, suppressedShare } from "@/lib/domain/reports/suppression";
import { LEVEL_KEYS, type LevelKey, type ProgressFigures, type ReportScope, type TrendsReport } from "@/lib/domain/reports/types";

const ENEMY_COLUMN: Record<Enemy, keyof TrendCountsSqlRow> = {
  SELFISHNESS: "selfishness", DISHONESTY: "dishonesty", ENTITLEMENT: "entitlement", RESENTMENT: "resentment",
};

/**
 * De-identified clinical trends for the period, per month: sessions by intimacy level reached,
 * sessions with each enemy present, and the share of couples whose median level rose over
 * their last 8 sessions. Every count from 1 to 4 is null. No names, ids or note text leave the
 * database. OWNER: the practice (from the per-day rollup); THERAPIST: their own caseload (from
 * their notes); INTAKE: 403. `input`: the raw query or a parsed filter (see reportInput).
 * Audited as `report.clinical-trends`.
 */
export async function getClinicalTrends(actor: Actor, input: unknown): Promise<TrendsReport> {
  return runReport(actor, "report:trends", "clinical-trends", input, async ({ tx }, params, scope) => {
    const own = scope === "own";
    const counts = await tx.$queryRaw<TrendCountsSqlRow[]>(own ? asInts(trendCountsFromNotesSql(params, true)) : trendCountsSql(params));
    const progress = await tx.$queryRaw<ProgressSqlRow[]>(progressSql(params, own));
    return trendsReport(counts, progress, params, scope);
  });
}

function trendsReport(counts: TrendCountsSqlRow[], progress: ProgressSqlRow[], params: ReportParams, scope: ReportScope): TrendsReport {
  const progressOf = (month: string): ProgressFigures => {
    const row = progress.find((r) => r.month === month);
    return published(row?.evaluated ?? 0, row?.improved ?? 0);
  };
  const data = monthsOf(params).map((month) => {
    const row = counts.find((r) => r.month === month);
    const count = (column: keyof TrendCountsSqlRow) => suppress(Number(row?.[column] ?? 0));
    return {
      month,
      levels: Object.fromEntries(LEVEL_KEYS.map((k) => [k, count(`level${k}`)])) as Record<LevelKey, number | null>,
      enemies: Object.fromEntries(ENEMIES.map((e) => [e, count(ENEMY_COLUMN[e])])) as Record<Enemy, number | null>,
      ...progressOf(month),
    };
  });
  return {
    from: params.from, to: params.to, locationId: params.locationId, scope,
    suppressionThreshold: SMALL_CELL_MIN, data, progress: progressOf("all"),
  };
}

function published(evaluated: number, improved: number): ProgressFigures {
  return { couplesEvaluated: suppress(evaluated), couplesImproved: suppress(improved), improvedShare: suppressedShare(improved, evaluated) };
}
