import "server-only";
import { z } from "zod";
import type { Permission } from "@/lib/auth/permissions";
import type { Reach } from "@/lib/auth/policy";
import type { Actor } from "@/lib/data/actor";
import { accessWith, type Access } from "@/lib/data/access";
import { assertInPractice } from "@/lib/data/access/references";
import type { ReportScope } from "@/lib/domain/reports/types";
import { parseReportQuery, type ReportFilter } from "@/lib/validation/report";

/** The 72 hours after which a draft note counts as overdue for signing. */
export const OVERDUE_DRAFT_MS = 72 * 3_600_000;

/**
 * Everything a report query is scoped by. Values are plain strings so that the very same SQL
 * (lib/data/reports/*-sql.ts) runs through Prisma here and through `pg` in the benchmark.
 */
export interface ReportParams {
  practiceId: string;
  /** "own" scope: the caller's clinician profile id (cases assigned to them). */
  clinicianId: string | null;
  /** "own" scope: the caller's user id (notes they wrote). */
  authorId: string | null;
  locationId: string | null;
  from: string;
  to: string;
  /** ISO instant: drafts started before it are overdue. */
  overdueBefore: string;
  /** ISO instant the report is computed at (waitlist ages). */
  now: string;
}

// A user with an "own" grant but no clinician profile has no caseload: match nothing.
const NOBODY = "__no_clinician__";

/**
 * A report's filter: the raw query (`?from=&to=&locationId=`), or a filter a page already parsed
 * (`locationId: null`, and `ownOnly` for an owner who also treats), checked the same way either
 * way by the report query's own parser (dates, range, location id: 400 naming the field).
 */
export const reportInput = z.unknown().transform((raw, ctx): ReportFilter => {
  const { ownOnly, ...fields } = typeof raw === "object" && raw !== null ? (raw as Record<string, unknown>) : {};
  const query = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== null && v !== undefined));
  try {
    const { from, to, locationId } = parseReportQuery(query);
    return { from, to, locationId, ownOnly: ownOnly === true };
  } catch (error) {
    if (!(error instanceof z.ZodError)) throw error;
    for (const issue of error.issues) ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
    return z.NEVER;
  }
});

/** The scope and the SQL parameters of a report, from the caller's reach under its permission. */
export function paramsOf(reach: Reach, filter: ReportFilter, now = new Date()): { scope: ReportScope; params: ReportParams } {
  const own = reach.grant === "own" || filter.ownOnly === true;
  return {
    scope: own ? "own" : "practice",
    params: {
      practiceId: reach.practiceId,
      clinicianId: own ? (reach.clinicianId ?? NOBODY) : null,
      authorId: own ? reach.userId : null,
      locationId: filter.locationId,
      from: filter.from,
      to: filter.to,
      overdueBefore: new Date(now.getTime() - OVERDUE_DRAFT_MS).toISOString(),
      now: now.toISOString(),
    },
  };
}

/**
 * Runs one report on the access path: the permission (403 and a DENIED row when the roles never
 * allow it), then the filter (400), then, in one transaction under row-level security, the
 * location check (another practice's location is 400 naming `locationId`, exactly like one that
 * does not exist) and the report's queries, whose SQL names the practice itself too. Audited as
 * `report.<name>`, with the report's name as the record.
 */
export async function runReport<T>(
  actor: Actor, permission: Permission, report: string, input: unknown,
  run: (ctx: Access, params: ReportParams, scope: ReportScope) => Promise<T>, now = new Date(),
): Promise<T> {
  const rule = { permission, action: `report.${report}`, entityType: "Report", id: report };
  return accessWith(actor, rule, reportInput, input, async (ctx, filter) => {
    if (filter.locationId) await assertInPractice(ctx.tx, actor.practiceId, { locationId: filter.locationId });
    const { scope, params } = paramsOf(ctx.scope.reach, filter, now);
    return run(ctx, params, scope);
  });
}

/** The scope and parameters a report would run with for the actor (the benchmark and tests run its SQL themselves). */
export async function reportParams(actor: Actor, permission: Permission, report: string, input: unknown, now = new Date()): Promise<{ scope: ReportScope; params: ReportParams }> {
  return runReport(actor, permission, report, input, async (_, params, scope) => ({ scope, params }), now);
}
