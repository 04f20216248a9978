import "server-only";
import type { Actor } from "@/lib/data/actor";
import { funnelSql, waitlistSql, type FunnelSqlRow, type WaitlistSqlRow } from "@/lib/data/reports/funnel-sql";
import { reportParams, runReport } from "@/lib/data/reports/scope";
import { monthsOf } from "@/lib/domain/reports/date-range";
import type { FunnelReport } from "@/lib/domain/reports/types";
import { db } from "@/lib/db";
import type { ReportFilter } from "@/lib/validation/report";

/**
 * The intake funnel for the period: requests received, matched and waitlisted (per month and in
 * all), the median days from request to match, and today's open requests and waitlist with its
 * age. OWNER and INTAKE: the practice (filtered by a requested location); THERAPIST: the requests
 * matched to them (DESIGN.md: caseload, capacity and intake funnel reports of their own caseload).
 * Computed by two aggregate queries in Postgres; audited as `report.intake-funnel`.
 */
export async function getIntakeFunnel(actor: Actor, filter: ReportFilter): Promise<FunnelReport> {
  const { scope, params } = await reportParams(actor, "report:funnel", "intake-funnel", filter);
  const [rows, waitlistRows] = await runReport(actor, "intake-funnel", params, Promise.all([
    db().$queryRaw<FunnelSqlRow[]>(funnelSql(params)),
    db().$queryRaw<WaitlistSqlRow[]>(waitlistSql(params)),
  ]));
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
