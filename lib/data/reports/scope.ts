import "server-only";
import type { Permission } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/data/actor";
import { audit } from "@/lib/data/access/audit";
import { authorize } from "@/lib/data/access/guard";
import { assertInPractice } from "@/lib/data/access/references";
import type { ReportScope } from "@/lib/domain/reports/types";
import { db } from "@/lib/db";
import type { ReportFilter } from "@/lib/validation/report";

/** The 72 hours after which a draft note counts as overdue for signing. */
export const OVERDUE_DRAFT_MS = 72 * 3_600_000;

/**
 * Everything a report query is scoped by. Values are plain strings so that the very same SQL
 * (lib/data/reports/sql.ts) runs through Prisma here and through `pg` in the benchmark.
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
 * Checks the report permission (403 + DENIED audit when the roles never allow it) and returns
 * the scope and the parameters of the scoped queries. Then `run` sends the queries while it
 * checks, at the same time, that the location belongs to the caller's practice (400 naming
 * `locationId` otherwise, exactly as for one that does not exist) and writes the audit row:
 * the queries are scoped by practice anyway, so another practice's location only ever finds
 * nothing, and the report answers in the time of its slowest query rather than of all steps.
 */
export async function reportParams(actor: Actor, permission: Permission, report: string, filter: ReportFilter, now = new Date()): Promise<{ scope: ReportScope; params: ReportParams }> {
  const grant = await authorize(actor, permission, "Report", report);
  const own = grant === "own" || filter.ownOnly === true;
  return {
    scope: own ? "own" : "practice",
    params: {
      practiceId: actor.practiceId,
      clinicianId: own ? (actor.clinicianId ?? NOBODY) : null,
      authorId: own ? actor.id : null,
      locationId: filter.locationId,
      from: filter.from,
      to: filter.to,
      overdueBefore: new Date(now.getTime() - OVERDUE_DRAFT_MS).toISOString(),
      now: now.toISOString(),
    },
  };
}

/** Runs a report's queries alongside the location check and the audit row (see reportParams). */
export async function runReport<T>(actor: Actor, report: string, params: ReportParams, queries: Promise<T>): Promise<T> {
  const checked = (params.locationId ? assertInPractice(actor, { locationId: params.locationId }) : Promise.resolve()).then(() =>
    audit(db(), actor, { action: `report.${report}`, entityType: "Report", entityId: report }),
  );
  const [result] = await Promise.all([queries, checked]);
  return result;
}
