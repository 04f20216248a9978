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
function dropBlanks(raw: unknown): unknown {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return raw;
  return Object.fromEntries(Object.entries(raw).filter(([, v]) => !(typeof v === "string" && v.trim() === "")));
}

/**
 * The whole report query as one schema: fields, then the period filled in and checked (real
 * dates in 1900-2999, start on or before end, at most three years: DESIGN.md), each problem a
 * zod issue at its field, so that a route or `accessWith` answers 400 with a plain message.
 * `today` fixes the default period's end (tests); otherwise it is the day of the parse.
 */
export function reportQueryFor(today?: Date) {
  return z.preprocess(dropBlanks, reportQuery).transform((parsed, ctx): ParsedReportQuery => {
    const range = resolveRange(parsed, today ?? new Date());
    const problem = rangeProblem(range);
    if (problem) {
      ctx.addIssue({ code: "custom", path: [problem.path], message: problem.message, input: range[problem.path] });
      return z.NEVER;
    }
    return { ...parsed, ...range, locationId: parsed.locationId ?? null };
  });
}

/** `reportQueryFor()` with the period's default ending on the day of each parse. */
export const parsedReportQuery = reportQueryFor();

/** Parses a report query and fills the default period; throws a ZodError naming the field. */
export function parseReportQuery(raw: Record<string, unknown>, today: Date = new Date()): ParsedReportQuery {
  return reportQueryFor(today).parse(raw);
}

/** Same as parseReportQuery, for a page: bad input gives the problems in words instead of throwing. */
export function safeReportQuery(raw: Record<string, unknown>, today: Date = new Date()):
  | { ok: true; value: ParsedReportQuery }
  | { ok: false; issues: { path: string; message: string }[] } {
  const parsed = reportQueryFor(today).safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, issues: parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })) };
}
