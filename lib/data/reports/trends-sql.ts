// The SQL of the clinical-trends report, shared by lib/data, the benchmark and the tests.
// Nothing here selects a name, an id or note text: only months, levels, enemies and counts.
import type { ReportParams } from "@/lib/data/reports/scope";
import { andEq, empty, rollupRows, scopedNotes, sql, type Sql } from "@/lib/data/reports/sql-common";

/** One month: sessions by deepest level reached and sessions with each enemy present. */
export interface TrendCountsSqlRow {
  month: string;
  level1: number; level2: number; level3: number; level4: number; level5: number; level6: number; level7: number;
  selfishness: number; dishonesty: number; entitlement: number; resentment: number;
}

export interface ProgressSqlRow {
  /** "YYYY-MM", or "all" for the whole period. */
  month: string;
  evaluated: number;
  improved: number;
}

const SUMS = sql`sum(level1)::int AS level1, sum(level2)::int AS level2, sum(level3)::int AS level3, sum(level4)::int AS level4,
  sum(level5)::int AS level5, sum(level6)::int AS level6, sum(level7)::int AS level7, sum(selfishness)::int AS selfishness,
  sum(dishonesty)::int AS dishonesty, sum(entitlement)::int AS entitlement, sum(resentment)::int AS resentment`;

/** The practice's counts per month, from the rollups (a few thousand rows, not every note). */
export function trendCountsSql(p: ReportParams): Sql {
  return sql`SELECT to_char(r.m, 'YYYY-MM') AS month, ${SUMS} FROM (${rollupRows(p, null)}) r GROUP BY 1`;
}

/**
 * The same counts read from the notes and their enemy tags. A therapist's own caseload is read
 * this way (their own notes are few); for the whole practice it is the reference the rollup
 * is checked against (tests, benchmark).
 */
export function trendCountsFromNotesSql(p: ReportParams, useCaseload: boolean): Sql {
  return sql`SELECT to_char(n."sessionDate", 'YYYY-MM') AS month,
      count(*) FILTER (WHERE n."intimacyLevel" = 1) AS level1, count(*) FILTER (WHERE n."intimacyLevel" = 2) AS level2,
      count(*) FILTER (WHERE n."intimacyLevel" = 3) AS level3, count(*) FILTER (WHERE n."intimacyLevel" = 4) AS level4,
      count(*) FILTER (WHERE n."intimacyLevel" = 5) AS level5, count(*) FILTER (WHERE n."intimacyLevel" = 6) AS level6,
      count(*) FILTER (WHERE n."intimacyLevel" = 7) AS level7,
      sum(t.selfishness) AS selfishness, sum(t.dishonesty) AS dishonesty, sum(t.entitlement) AS entitlement, sum(t.resentment) AS resentment
    FROM (${scopedNotes(p, useCaseload)}) n
    CROSS JOIN LATERAL (SELECT count(*) FILTER (WHERE e.enemy = 'SELFISHNESS') AS selfishness, count(*) FILTER (WHERE e.enemy = 'DISHONESTY') AS dishonesty,
        count(*) FILTER (WHERE e.enemy = 'ENTITLEMENT') AS entitlement, count(*) FILTER (WHERE e.enemy = 'RESENTMENT') AS resentment
        FROM "NoteEnemy" e WHERE e."noteId" = n.id) t
    GROUP BY 1`;
}

/** Wraps a counts query so that every figure comes back as an int. */
export function asInts(counts: Sql): Sql {
  return sql`SELECT month, ${SUMS} FROM (${counts}) c GROUP BY month`;
}

/**
 * For each month (and "all": the end of the period), the couples seen in it, judged at their
 * last session of the month (up to the end of the period): evaluated when it was at least
 * their 8th session, improved when the median level of their last 4 sessions rose above that
 * of the 4 before. "ReportCoupleSession" holds those two facts for every conjoint session
 * (kept by a trigger), and the date of the couple's next session tells which one was the last.
 */
export function progressSql(p: ReportParams, useCaseload: boolean): Sql {
  const clinician = useCaseload ? p.clinicianId : null;
  const couples = clinician === null && p.locationId === null ? empty
    : sql` AND s."coupleId" IN (SELECT id FROM "Couple" WHERE "practiceId" = ${p.practiceId}${andEq(`"assignedClinicianId"`, clinician)}${andEq(`"locationId"`, p.locationId)})`;
  const seen = sql`s."practiceId" = ${p.practiceId} AND s."sessionDate" >= ${p.from}::date AND s."sessionDate" <= ${p.to}::date${couples}`;
  const after = sql`(s."nextDate" IS NULL OR s."nextDate" > ${p.to}::date)`;
  return sql`SELECT to_char(s."sessionDate", 'YYYY-MM') AS month, count(*) FILTER (WHERE s.evaluated)::int AS evaluated,
           count(*) FILTER (WHERE s.improved)::int AS improved
      FROM "ReportCoupleSession" s
     WHERE ${seen} AND (${after} OR date_trunc('month', s."nextDate") <> date_trunc('month', s."sessionDate"))
     GROUP BY 1
    UNION ALL
    SELECT 'all', count(*) FILTER (WHERE s.evaluated)::int, count(*) FILTER (WHERE s.improved)::int
      FROM "ReportCoupleSession" s WHERE ${seen} AND ${after}`;
}
