// The raw side of the HTTP benchmark: SQL written here, from the base tables, independently of
// lib/data (no roll-up tables, none of its statements), computing the figures each route
// answers. Each returns the figures in the route's own terms, so that the bench can check that
// both sides agree before it compares their speed. $1 practice, $2 first day, $3 last day.
import type pg from "pg";
import { suppress } from "@/lib/domain/reports/suppression";

type Q = (sql: string, values: unknown[]) => Promise<pg.QueryResult>;
export interface Period { practiceId: string; from: string; to: string }
const args = (p: Period) => [p.practiceId, p.from, p.to];

/** Per clinician: active clients, couples, cases; sessions in the period; drafts older than 72 h. */
export async function rawCaseload(q: Q, p: Period) {
  const { rows } = await q(`
    WITH partnered AS (
      SELECT co."assignedClinicianId" AS cid, count(DISTINCT cl.id) AS n FROM "Couple" co
        JOIN "Client" cl ON cl.id IN (co."partnerAId", co."partnerBId") AND cl.status = 'ACTIVE' AND cl."assignedClinicianId" = co."assignedClinicianId"
       WHERE co."practiceId" = $1 AND co.status = 'ACTIVE' GROUP BY 1)
    SELECT cp.id,
      (SELECT count(*) FROM "Client" c WHERE c."practiceId" = $1 AND c."assignedClinicianId" = cp.id AND c.status = 'ACTIVE')::int AS clients,
      (SELECT count(*) FROM "Couple" c WHERE c."practiceId" = $1 AND c."assignedClinicianId" = cp.id AND c.status = 'ACTIVE')::int AS couples,
      COALESCE((SELECT n FROM partnered WHERE cid = cp.id), 0)::int AS partnered,
      (SELECT count(*) FROM "SessionNote" n WHERE n."practiceId" = $1 AND n."authorId" = cp."userId" AND n."sessionDate" BETWEEN $2::date AND $3::date)::int AS sessions,
      (SELECT count(*) FROM "SessionNote" n WHERE n."practiceId" = $1 AND n."authorId" = cp."userId" AND n.status = 'DRAFT'
          AND n."createdAt" < (now() AT TIME ZONE 'UTC') - interval '72 hours')::int AS late
    FROM "ClinicianProfile" cp WHERE cp."practiceId" = $1`, args(p));
  return new Map(rows.map((r) => [r.id as string, {
    activeClients: r.clients, activeCouples: r.couples, activeCases: r.clients - r.partnered + r.couples, sessions: r.sessions, unsignedNotes: r.late,
  }]));
}

/** Requests received, matched and waitlisted in the period (in all and per month), and today's queue. */
export async function rawFunnel(q: Q, p: Period) {
  const period = (column: string) => `"${column}" >= $2::date AND "${column}" < $3::date + 1`;
  const [totals, months] = [await q(`
    SELECT count(*) FILTER (WHERE ${period("createdAt")})::int AS new, count(*) FILTER (WHERE ${period("matchedAt")})::int AS matched,
           count(*) FILTER (WHERE ${period("waitlistedAt")})::int AS waitlisted,
           count(*) FILTER (WHERE status = 'NEW')::int AS "openNow", count(*) FILTER (WHERE status = 'WAITLISTED')::int AS "waitlistCount"
      FROM "IntakeRequest" WHERE "practiceId" = $1`, args(p)), await q(`
    SELECT 'new' AS kind, to_char("createdAt", 'YYYY-MM') AS month, count(*)::int AS n FROM "IntakeRequest" WHERE "practiceId" = $1 AND ${period("createdAt")} GROUP BY 2
    UNION ALL SELECT 'matched', to_char("matchedAt", 'YYYY-MM'), count(*)::int FROM "IntakeRequest" WHERE "practiceId" = $1 AND ${period("matchedAt")} GROUP BY 2
    UNION ALL SELECT 'waitlisted', to_char("waitlistedAt", 'YYYY-MM'), count(*)::int FROM "IntakeRequest" WHERE "practiceId" = $1 AND ${period("waitlistedAt")} GROUP BY 2`, args(p))];
  const monthly = new Map<string, { new: number; matched: number; waitlisted: number }>();
  for (const r of months.rows) {
    const m = monthly.get(r.month) ?? { new: 0, matched: 0, waitlisted: 0 };
    m[r.kind as "new"] = r.n;
    monthly.set(r.month, m);
  }
  return { ...totals.rows[0], monthly } as { new: number; matched: number; waitlisted: number; openNow: number; waitlistCount: number; monthly: typeof monthly };
}

/** Per month: sessions at each level, sessions with each enemy, and couples judged at their last session of it. */
export async function rawTrends(q: Q, p: Period) {
  const inPeriod = `n."practiceId" = $1 AND n."sessionDate" BETWEEN $2::date AND $3::date`;
  const levels = await q(`SELECT to_char(n."sessionDate", 'YYYY-MM') AS month, n."intimacyLevel" AS level, count(*)::int AS n
      FROM "SessionNote" n WHERE ${inPeriod} GROUP BY 1, 2`, args(p));
  const enemies = await q(`SELECT to_char(n."sessionDate", 'YYYY-MM') AS month, e.enemy, count(*)::int AS n
      FROM "NoteEnemy" e JOIN "SessionNote" n ON n.id = e."noteId" WHERE ${inPeriod} GROUP BY 1, 2`, args(p));
  // Each conjoint session with its couple's last eight levels; judged where the couple's next
  // session falls after the period or in a later month. Medians by percentile_cont.
  const progress = await q(`
    WITH s AS (
      SELECT n."coupleId", n."sessionDate", row_number() OVER w AS k, lead(n."sessionDate") OVER w AS next,
             array_agg(n."intimacyLevel") OVER (w ROWS BETWEEN 7 PRECEDING AND CURRENT ROW) AS last8
        FROM "SessionNote" n WHERE n."practiceId" = $1 AND n."coupleId" IS NOT NULL AND n."sessionDate" <= $3::date
      WINDOW w AS (PARTITION BY n."coupleId" ORDER BY n."sessionDate", n."createdAt", n.id COLLATE "C")
    ), judged AS (
      SELECT to_char(s."sessionDate", 'YYYY-MM') AS month, (next IS NULL OR next > $3::date) AS at_end,
             (next IS NULL OR next > $3::date OR to_char(next, 'YYYY-MM') <> to_char(s."sessionDate", 'YYYY-MM')) AS at_month_end, k >= 8 AS evaluated,
             k >= 8 AND (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY x) FROM unnest(last8[5:8]) x)
                       > (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY x) FROM unnest(last8[1:4]) x) AS improved
        FROM s WHERE s."sessionDate" >= $2::date)
    SELECT month, count(*) FILTER (WHERE evaluated)::int AS evaluated, count(*) FILTER (WHERE improved)::int AS improved FROM judged WHERE at_month_end GROUP BY 1
    UNION ALL SELECT 'all', count(*) FILTER (WHERE evaluated)::int, count(*) FILTER (WHERE improved)::int FROM judged WHERE at_end`, args(p));
  const month = new Map<string, { levels: Record<string, number | null>; enemies: Record<string, number | null>; evaluated: number | null; improved: number | null }>();
  const of = (m: string) => month.get(m) ?? month.set(m, { levels: {}, enemies: {}, evaluated: 0, improved: 0 }).get(m)!;
  for (const r of levels.rows) of(r.month).levels[r.level] = suppress(r.n);
  for (const r of enemies.rows) of(r.month).enemies[r.enemy] = suppress(r.n);
  for (const r of progress.rows) Object.assign(of(r.month), { evaluated: suppress(r.evaluated), improved: suppress(r.improved) });
  return month;
}

/** What ranking needs: the practice's active clinicians with their active cases. */
export async function rawMatchInput(q: Q, practiceId: string) {
  const { rows } = await q(`
    SELECT cp.*, u.name, (
      (SELECT count(*) FROM "Couple" co WHERE co."practiceId" = $1 AND co."assignedClinicianId" = cp.id AND co.status = 'ACTIVE')
      + (SELECT count(*) FROM "Client" cl WHERE cl."practiceId" = $1 AND cl."assignedClinicianId" = cp.id AND cl.status = 'ACTIVE'
           AND cl.id NOT IN (SELECT unnest(ARRAY[co."partnerAId", co."partnerBId"]) FROM "Couple" co
                              WHERE co."assignedClinicianId" = cp.id AND co.status = 'ACTIVE')))::int AS cases
    FROM "ClinicianProfile" cp JOIN "User" u ON u.id = cp."userId" WHERE cp."practiceId" = $1 AND u.active`, [practiceId]);
  return new Map(rows.map((r) => [r.id as string, r.cases as number]));
}

/** The first page of clients whose first or last name contains `q`, by name. */
export async function rawSearch(q: Q, practiceId: string, text: string) {
  const { rows } = await q(`SELECT id FROM "Client" WHERE "practiceId" = $1 AND ("firstName" ILIKE $2 OR "lastName" ILIKE $2)
      ORDER BY "lastName", "firstName", id LIMIT 50`, [practiceId, `%${text}%`]);
  return rows.map((r) => r.id as string);
}
