// SQL fragments shared by the report queries. Every fragment is scoped by practice first.
// Dates are passed as text and cast to ::date / ::timestamp so that the planner compares like
// with like and uses the indexes (a date column compared with a timestamptz is cast row by row).
import { Prisma } from "@/lib/generated/prisma/client";
import type { ReportParams } from "@/lib/data/reports/scope";
import { splitByMonths } from "@/lib/domain/reports/date-range";

export const sql = Prisma.sql;
export const empty = Prisma.empty;
export type Sql = Prisma.Sql;

/** `AND <column> = <value>` when the value is set. */
export function andEq(column: string, value: string | null): Sql {
  return value === null ? empty : sql` AND ${Prisma.raw(column)} = ${value}`;
}

const COUNTERS = sql`"sessions", "level1", "level2", "level3", "level4", "level5", "level6", "level7",
  "selfishness", "dishonesty", "entitlement", "resentment"`;

/**
 * The rollup rows of the period (columns m = month, authorId, locationId and the counters):
 * "ReportNoteMonth" for its whole months, "ReportNoteDay" for the days of its partial months.
 * At the chosen location only, and of one author only when `authorId` is given.
 */
export function rollupRows(p: ReportParams, authorId: string | null): Sql {
  const { months, days } = splitByMonths(p);
  const where = (alias: string) => sql`${Prisma.raw(alias)}."practiceId" = ${p.practiceId}${andEq(`${alias}."locationId"`, p.locationId)}${andEq(`${alias}."authorId"`, authorId)}`;
  const parts: Sql[] = [];
  if (months) {
    parts.push(sql`SELECT rm."month" AS m, rm."authorId", rm."locationId", ${COUNTERS} FROM "ReportNoteMonth" rm
       WHERE ${where("rm")} AND rm."month" >= ${months.from}::date AND rm."month" < ${months.to}::date`);
  }
  for (const range of days) {
    parts.push(sql`SELECT date_trunc('month', rd."day")::date AS m, rd."authorId", rd."locationId", ${COUNTERS} FROM "ReportNoteDay" rd
       WHERE ${where("rd")} AND rd."day" >= ${range.from}::date AND rd."day" <= ${range.to}::date`);
  }
  return Prisma.join(parts, " UNION ALL ");
}

/** Notes (alias n) whose session falls in the period. */
export function notesInPeriod(p: ReportParams): Sql {
  return sql`n."practiceId" = ${p.practiceId} AND n."sessionDate" >= ${p.from}::date AND n."sessionDate" <= ${p.to}::date`;
}

/** Draft notes (alias n) started more than 72 hours ago. */
export function overdueDrafts(p: ReportParams): Sql {
  return sql`n."practiceId" = ${p.practiceId} AND n.status = 'DRAFT' AND n."createdAt" < ${p.overdueBefore}::timestamptz AT TIME ZONE 'UTC'`;
}

/** Where a note's case (alias n) is seen: its client's location, else its couple's. */
export const caseLocation = sql`COALESCE((SELECT c."locationId" FROM "Client" c WHERE c.id = n."clientId"), (SELECT co."locationId" FROM "Couple" co WHERE co.id = n."coupleId"))`;

const NOTE_COLUMNS = sql`n.id, n."sessionDate", n."intimacyLevel"`;

/**
 * The notes of the period a report reads (id, sessionDate, intimacyLevel): all of the
 * practice's, or only those of cases assigned to the caller ("own", when `useCaseload`) and/or
 * seen at the chosen location. Scoped reads start from the cases and reach their notes through
 * the per-case indexes, so a therapist's report reads only their own notes.
 */
export function scopedNotes(p: ReportParams, useCaseload: boolean): Sql {
  const clinician = useCaseload ? p.clinicianId : null;
  if (clinician === null && p.locationId === null) return sql`SELECT ${NOTE_COLUMNS} FROM "SessionNote" n WHERE ${notesInPeriod(p)}`;
  const cases = sql`"practiceId" = ${p.practiceId}${andEq(`"assignedClinicianId"`, clinician)}${andEq(`"locationId"`, p.locationId)}`;
  const couples = sql`SELECT ${NOTE_COLUMNS} FROM "SessionNote" n
     WHERE n."coupleId" = ANY(ARRAY(SELECT id FROM "Couple" WHERE ${cases})) AND ${notesInPeriod(p)}`;
  return sql`SELECT ${NOTE_COLUMNS} FROM "SessionNote" n
     WHERE n."clientId" = ANY(ARRAY(SELECT id FROM "Client" WHERE ${cases})) AND ${notesInPeriod(p)}
    UNION ALL ${couples}`;
}
