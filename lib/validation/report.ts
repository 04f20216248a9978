import { z } from "zod";
import { rangeProblem, resolveRange, type DateRange } from "@/lib/domain/reports/date-range";
import { id, isoDate } from "@/lib/validation/common";

/**
 * `?from=&to=&locationId=` of every report (dates YYYY-MM-DD, both included, UTC). `format=csv`
 * asks for CSV like `Accept: text/csv` (handy for a download link); `by=location` picks the
 * by-location table of the caseload report for CSV.
 */
export const reportQuery = z.object({
  from: isoDate.optional().describe("First day, YYYY-MM-DD (default: the first of the month five months back)"),
  to: isoDate.optional().describe("Last day, YYYY-MM-DD (default: today)"),
  locationId: id.optional().describe("Only this location of the caller's practice"),
  format: z.enum(["json", "csv"]).optional().describe("csv: same as Accept: text/csv"),
  by: z.enum(["clinician", "location"]).optional().describe("Caseload CSV: rows by clinician (default) or by location"),
});

export interface ReportFilter extends DateRange {
  locationId: string | null;
  /** Narrow to the caller's own caseload even when their roles could see the practice (an owner who also treats). */
  ownOnly?: boolean;
}

export type ReportQuery = z.infer<typeof reportQuery>;
/** A parsed query with its period filled in. */
export type ParsedReportQuery = Omit<ReportQuery, "locationId" | "from" | "to"> & ReportFilter;

/** A blank form field means "not set", not "invalid". */
function dropBlanks(raw: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(raw).filter(([, v]) => !(typeof v === "string" && v.trim() === "")));
}

/** Parses a report query and fills the default period; throws a ZodError naming the field. */
export function parseReportQuery(raw: Record<string, unknown>, today: Date = new Date()): ParsedReportQuery {
  const parsed = reportQuery.parse(dropBlanks(raw));
  const range = resolveRange(parsed, today);
  const problem = rangeProblem(range);
  if (problem) {
    throw new z.ZodError([{ code: "custom", path: [problem.path], message: problem.message, input: range[problem.path] }]);
  }
  return { ...parsed, ...range, locationId: parsed.locationId ?? null };
}

/** Same as parseReportQuery, for a page: bad input gives null and the message instead of throwing. */
export function safeReportQuery(raw: Record<string, unknown>, today: Date = new Date()):
  | { ok: true; value: ParsedReportQuery }
  | { ok: false; issues: { path: string; message: string }[] } {
  try {
    return { ok: true, value: parseReportQuery(raw, today) };
  } catch (error) {
    if (error instanceof z.ZodError) return { ok: false, issues: error.issues.map((i) => ({ path: i.path.join("."), message: i.message })) };
    throw error;
  }
}
