// The SQL of the caseload report, shared by lib/data (through Prisma) and the benchmark
// (through pg). One statement answers both tables, so that the practice's clients, couples,
// rollup rows and drafts are each read once: rows of kind "clinician" and kind "location".
import type { ReportParams } from "@/lib/data/reports/scope";
import { andEq, caseLocation, overdueDrafts, rollupRows, sql, type Sql } from "@/lib/data/reports/sql-common";
import { Prisma } from "@/lib/generated/prisma/client";

export interface CaseloadSqlRow {
  kind: "clinician" | "location";
  /** Clinician id, or location id (null: cases without a location). */
  id: string | null;
  name: string;
  active: boolean;
  maxCaseload: number | null;
  acceptingNewClients: boolean | null;
  activeClients: number;
  activeCouples: number;
  activeCases: number;
  sessions: number;
  unsignedNotes: number;
  clinicians: number | null;
  capacityLeft: number | null;
}

/**
 * Clinician rows: client, couple and note counts follow the location filter; active cases (for
 * utilisation) are the whole caseload. Listed: active clinicians (at the location, when one is
 * chosen) and anyone who still has cases or notes there. Location rows: every location (and
 * "No location" when some cases have none), with the clinicians who work there and the cases
 * those accepting new clients could still take. "Own" scope: the caller's cases and notes.
 * Active cases follow lib/data/caseload-counts.ts: a couple counts once, and an active client
 * counts unless they are a partner in an active couple of their own clinician.
 */
export function caseloadSql(p: ReportParams): Sql {
  const own = (alias: string) => andEq(`${alias}."assignedClinicianId"`, p.clinicianId);
  const here = (column: Sql) => (p.locationId === null ? sql`true` : sql`${column} IS NOT DISTINCT FROM ${p.locationId}`);
  const partners = (column: "partnerAId" | "partnerBId") => sql`SELECT co.${Prisma.raw(`"${column}"`)}, co."assignedClinicianId" FROM "Couple" co
     WHERE co."practiceId" = ${p.practiceId} AND co.status = 'ACTIVE' AND co."assignedClinicianId" IS NOT NULL${own("co")}`;
  return sql`WITH cases AS (
      SELECT c."assignedClinicianId" AS cid, c."locationId" AS loc, 1 AS clients, 0 AS couples,
             CASE WHEN (c.id, c."assignedClinicianId") IN (${partners("partnerAId")} UNION ALL ${partners("partnerBId")}) THEN 0 ELSE 1 END AS cases
        FROM "Client" c WHERE c."practiceId" = ${p.practiceId} AND c.status = 'ACTIVE'${own("c")}
      UNION ALL
      SELECT co."assignedClinicianId", co."locationId", 0, 1, 1 FROM "Couple" co
       WHERE co."practiceId" = ${p.practiceId} AND co.status = 'ACTIVE'${own("co")}
    ), counted AS (
      SELECT cid, loc, GROUPING(cid) AS by_location, sum(clients) AS all_clients, sum(couples) AS all_couples,
             sum(clients) FILTER (WHERE ${here(sql`loc`)}) AS clients, sum(couples) FILTER (WHERE ${here(sql`loc`)}) AS couples, sum(cases) AS cases
        FROM cases GROUP BY GROUPING SETS ((cid), (loc))
    ), by_clinician AS (
      SELECT cid, clients, couples, cases FROM counted WHERE by_location = 0 AND cid IS NOT NULL
    ), by_location AS (
      SELECT loc, all_clients AS clients, all_couples AS couples, cases FROM counted WHERE by_location = 1
    ), ses AS (
      SELECT r."authorId" AS uid, NULLIF(r."locationId", '') AS loc, GROUPING(r."authorId") AS by_location, sum(r.sessions) AS n
        FROM (${rollupRows(p, p.authorId)}) r GROUP BY GROUPING SETS ((r."authorId"), (NULLIF(r."locationId", '')))
    ), late AS (
      SELECT d.uid, d.loc, GROUPING(d.uid) AS by_location, count(*) AS n
        FROM (SELECT n."authorId" AS uid, ${caseLocation} AS loc FROM "SessionNote" n WHERE ${overdueDrafts(p)}${andEq(`n."authorId"`, p.authorId)}) d
       WHERE ${here(sql`d.loc`)} GROUP BY GROUPING SETS ((d.uid), (d.loc))
    ), cl AS (
      SELECT cp.id, cp."userId", cp."maxCaseload", cp."acceptingNewClients", cp."locationIds", u.name, u.active,
             COALESCE(b.clients, 0) AS clients, COALESCE(b.couples, 0) AS couples, COALESCE(b.cases, 0) AS cases
        FROM "ClinicianProfile" cp JOIN "User" u ON u.id = cp."userId" LEFT JOIN by_clinician b ON b.cid = cp.id
       WHERE cp."practiceId" = ${p.practiceId}${andEq(`cp.id`, p.clinicianId)}
    ), cap AS (
      SELECT loc, count(*) AS clinicians, COALESCE(sum(GREATEST(0, cl."maxCaseload" - cl.cases)) FILTER (WHERE cl."acceptingNewClients"), 0) AS room
        FROM cl CROSS JOIN LATERAL unnest(cl."locationIds") AS loc WHERE cl.active GROUP BY loc
    ), l AS (
      SELECT id, name, active FROM "Location" WHERE "practiceId" = ${p.practiceId} UNION ALL SELECT NULL, 'No location', true
    )
    SELECT 'clinician' AS kind, cl.id, cl.name, cl.active, cl."maxCaseload", cl."acceptingNewClients",
           cl.clients::int AS "activeClients", cl.couples::int AS "activeCouples", cl.cases::int AS "activeCases",
           COALESCE(s.n, 0)::int AS sessions, COALESCE(d.n, 0)::int AS "unsignedNotes", NULL::int AS clinicians, NULL::int AS "capacityLeft"
      FROM cl LEFT JOIN ses s ON s.by_location = 0 AND s.uid = cl."userId" LEFT JOIN late d ON d.by_location = 0 AND d.uid = cl."userId"
     WHERE (cl.active AND ${p.locationId === null ? sql`true` : sql`${p.locationId} = ANY(cl."locationIds")`})
        OR cl.clients + cl.couples + COALESCE(s.n, 0) + COALESCE(d.n, 0) > 0
    UNION ALL
    SELECT 'location', l.id, l.name, l.active, NULL, NULL,
           COALESCE(b.clients, 0)::int, COALESCE(b.couples, 0)::int, COALESCE(b.cases, 0)::int,
           COALESCE(s.n, 0)::int, COALESCE(d.n, 0)::int, COALESCE(cap.clinicians, 0)::int, COALESCE(cap.room, 0)::int
      FROM l
      LEFT JOIN by_location b ON b.loc IS NOT DISTINCT FROM l.id
      LEFT JOIN ses s ON s.by_location = 1 AND s.loc IS NOT DISTINCT FROM l.id
      LEFT JOIN late d ON d.by_location = 1 AND d.loc IS NOT DISTINCT FROM l.id
      LEFT JOIN cap ON cap.loc = l.id
     WHERE ${here(sql`l.id`)}
       AND (l.id IS NOT NULL OR COALESCE(b.clients, 0) + COALESCE(b.couples, 0) + COALESCE(s.n, 0) + COALESCE(d.n, 0) > 0)
       AND (l.active OR COALESCE(b.clients, 0) + COALESCE(b.couples, 0) + COALESCE(s.n, 0) > 0)
    ORDER BY kind, name`;
}
