// The SQL of the intake-funnel report, shared by lib/data and the benchmark. Timestamps are
// stored in UTC; a period runs from midnight UTC of `from` to midnight UTC after `to`.
import type { ReportParams } from "@/lib/data/reports/scope";
import { empty, sql, type Sql } from "@/lib/data/reports/sql-common";

export interface FunnelSqlRow {
  /** "YYYY-MM", or null for the whole period. */
  month: string | null;
  new: number;
  matched: number;
  waitlisted: number;
  medianDaysToMatch: number | null;
}

export interface WaitlistSqlRow {
  openNow: number;
  waitlistCount: number;
  medianAgeDays: number | null;
  oldestAgeDays: number | null;
}

/** Intake requests in scope: the practice's, wanting the location when one is chosen. */
function requests(p: ReportParams): Sql {
  const location = p.locationId === null ? empty : sql` AND ${p.locationId} = ANY(i."locationIds")`;
  const own = p.clinicianId === null ? empty
    : sql` AND i.id IN (SELECT "intakeRequestId" FROM "Assignment" WHERE "practiceId" = ${p.practiceId} AND "clinicianId" = ${p.clinicianId})`;
  return sql`SELECT i."createdAt", i."matchedAt", i."waitlistedAt", i.status FROM "IntakeRequest" i
     WHERE i."practiceId" = ${p.practiceId}${location}${own}`;
}

/**
 * Per month and for the whole period (month null): requests received, matched and put on the
 * waitlist in it, and the median days from request to match of those matched.
 */
export function funnelSql(p: ReportParams): Sql {
  const lo = sql`${p.from}::date::timestamp`;
  const hi = sql`(${p.to}::date + 1)::timestamp`;
  return sql`WITH r AS (${requests(p)}), ev AS (
      SELECT 'new' AS kind, "createdAt" AS at, NULL::float8 AS days FROM r WHERE "createdAt" >= ${lo} AND "createdAt" < ${hi}
      UNION ALL
      SELECT 'matched', "matchedAt", extract(epoch FROM "matchedAt" - "createdAt") / 86400 FROM r WHERE "matchedAt" >= ${lo} AND "matchedAt" < ${hi}
      UNION ALL
      SELECT 'waitlisted', "waitlistedAt", NULL FROM r WHERE "waitlistedAt" >= ${lo} AND "waitlistedAt" < ${hi}
    )
    SELECT to_char(date_trunc('month', at), 'YYYY-MM') AS month,
           count(*) FILTER (WHERE kind = 'new')::int AS new,
           count(*) FILTER (WHERE kind = 'matched')::int AS matched,
           count(*) FILTER (WHERE kind = 'waitlisted')::int AS waitlisted,
           round((percentile_cont(0.5) WITHIN GROUP (ORDER BY days) FILTER (WHERE kind = 'matched'))::numeric, 1)::float8 AS "medianDaysToMatch"
      FROM ev GROUP BY GROUPING SETS ((date_trunc('month', at)), ())`;
}

/** Now, whatever the period: requests awaiting a first decision, and the waitlist's age in whole days. */
export function waitlistSql(p: ReportParams): Sql {
  const age = sql`floor(extract(epoch FROM (${p.now}::timestamptz AT TIME ZONE 'UTC') - COALESCE("waitlistedAt", "createdAt")) / 86400)`;
  return sql`WITH r AS (${requests(p)})
    SELECT count(*) FILTER (WHERE status = 'NEW')::int AS "openNow",
           count(*) FILTER (WHERE status = 'WAITLISTED')::int AS "waitlistCount",
           (percentile_cont(0.5) WITHIN GROUP (ORDER BY ${age}) FILTER (WHERE status = 'WAITLISTED'))::float8 AS "medianAgeDays",
           (max(${age}) FILTER (WHERE status = 'WAITLISTED'))::int AS "oldestAgeDays"
      FROM r WHERE status IN ('NEW', 'WAITLISTED')`;
}
