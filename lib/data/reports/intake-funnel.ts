import "server-only";
import type { Actor } from "@/lib/data/actor";
import { funnelSql, waitlistSql, type FunnelSqlRow, type WaitlistSqlRow } from "@/lib/data/reports/funnel-sql";
import { runReport, type ReportParams } from "@/lib/data/reports/scope";
import { monthsOf } from "@/lib/domain/reports/date-range";
import type { FunnelReport, ReportScope } from "@/lib/domain/reports/types";

/**
 * The intake funnel for the period: requests received, matched and waitlisted (per month and in
 * all), the median days from request to match, and today's open requests and waitlist with its
 * age. OWNER and INTAKE: the practice (filtered by a requested location); THERAPIST: the requests
 * matched to them (DESIGN.md: caseload, capacity and intake funnel reports of their own caseload).
 * `input`: the raw query or a parsed filter (see reportInput). Computed by two aggregate queries
 * in Postgres; audited as `report.intake-funnel`.
 */
export async function getIntakeFunnel(actor: Actor, input: unknown): Promise<FunnelReport> {
  return runReport(actor, "report:funnel", "intake-funnel", input, async ({ tx }, params, scope) => {
    const rows = await tx.$queryRaw<FunnelSqlRow[]>(funnelSql(params));
    const waitlistRows = await tx.$queryRaw<WaitlistSqlRow[]>(waitlistSql(params));
    return funnelReport(rows, waitlistRows, params, scope);
  });
}

function funnelReport(rows: FunnelSqlRow[], waitlistRows: WaitlistSqlRow[], params: ReportParams, scope: ReportScope): FunnelReport {
  const total = rows.find((r) => r.month === null);
  const w = waitlistRows[0];
  return {
    from: params.from, to: params.to, locationId: params.locationId, scope,
    new: total?.new ?? 0,
    matched: total?.matched ?? 0,
    waitlisted: total?.waitlisted ?? 0,
    medianDaysToMatch: total?.medianDaysToMatch ?? null,
    openNow: w?.openNow ?? 0,
    waitlist: { count: w?.waitlistCount ?? 0, medianAgeDays: w?.medianAgeDays ?? null, oldestAgeDays: w?.oldestAgeDays ?? null },
    data: monthsOf(params).map((month) => {
      const row = rows.find((r) => r.month === month);
      return { month, new: row?.new ?? 0, matched: row?.matched ?? 0, waitlisted: row?.waitlisted ?? 0, medianDaysToMatch: row?.medianDaysToMatch ?? null };
    }),
  };
}
