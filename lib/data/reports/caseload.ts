import "server-only";
import type { Actor } from "@/lib/data/actor";
import { caseloadSql, type CaseloadSqlRow } from "@/lib/data/reports/caseload-sql";
import { runReport, type ReportParams } from "@/lib/data/reports/scope";
import type { CaseloadReport, CaseloadRow, CaseloadTotals, LocationRow, ReportScope } from "@/lib/domain/reports/types";
import { capacityLeft, utilization } from "@/lib/domain/reports/utilization";

/**
 * Caseload and capacity by clinician and by location for the period: active clients and
 * couples, sessions (notes) in the period, drafts unsigned for more than 72 hours, and
 * utilisation against maxCaseload. OWNER: the whole practice; THERAPIST: their own caseload;
 * INTAKE: 403. `input`: the raw query or a parsed filter (see reportInput). One aggregate query
 * in Postgres; audited as `report.caseload`, with the clinicians it showed.
 */
export async function getCaseloadReport(actor: Actor, input: unknown): Promise<CaseloadReport> {
  return runReport(actor, "report:caseload", "caseload", input, async ({ tx, disclose }, params, scope) => {
    const rows = await tx.$queryRaw<CaseloadSqlRow[]>(caseloadSql(params));
    const report = caseloadReport(rows, params, scope);
    disclose({ ids: report.data.map((r) => r.clinicianId) });
    return report;
  });
}

function caseloadReport(rows: CaseloadSqlRow[], params: ReportParams, scope: ReportScope): CaseloadReport {
  const data = rows.filter((r) => r.kind === "clinician").map(toRow);
  const byLocation = rows
    .filter((r) => r.kind === "location")
    .map(toLocation)
    // one's own caseload: only the sites one works at or has cases or notes at
    .filter((l) => scope === "practice" || l.clinicians + l.activeClients + l.activeCouples + l.sessions + l.unsignedNotes > 0)
    .sort((a, b) => Number(a.locationId === null) - Number(b.locationId === null) || a.name.localeCompare(b.name));
  return { from: params.from, to: params.to, locationId: params.locationId, scope, data, byLocation, totals: totalsOf(data) };
}

function toRow(r: CaseloadSqlRow): CaseloadRow {
  const max = r.maxCaseload ?? 0;
  return {
    clinicianId: r.id ?? "",
    name: r.name,
    activeClients: r.activeClients,
    activeCouples: r.activeCouples,
    sessions: r.sessions,
    unsignedNotes: r.unsignedNotes,
    maxCaseload: max,
    utilization: utilization(r.activeCases, max),
    activeCases: r.activeCases,
    capacityLeft: capacityLeft(r.activeCases, max),
    acceptingNewClients: r.acceptingNewClients ?? false,
    active: r.active,
  };
}

function toLocation(r: CaseloadSqlRow): LocationRow {
  return {
    locationId: r.id, name: r.name, active: r.active, activeClients: r.activeClients, activeCouples: r.activeCouples,
    activeCases: r.activeCases, sessions: r.sessions, unsignedNotes: r.unsignedNotes, clinicians: r.clinicians ?? 0, capacityLeft: r.capacityLeft ?? 0,
  };
}

/** Sums of the clinician rows (at most one per clinician, so no row-level data is loaded). */
function totalsOf(rows: CaseloadRow[]): CaseloadTotals {
  const sum = (pick: (r: CaseloadRow) => number) => rows.reduce((total, r) => total + pick(r), 0);
  const activeCases = sum((r) => r.activeCases);
  const maxCaseload = sum((r) => (r.active ? r.maxCaseload : 0));
  return {
    activeClients: sum((r) => r.activeClients),
    activeCouples: sum((r) => r.activeCouples),
    activeCases,
    sessions: sum((r) => r.sessions),
    unsignedNotes: sum((r) => r.unsignedNotes),
    maxCaseload,
    utilization: utilization(activeCases, maxCaseload),
  };
}
