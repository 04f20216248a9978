import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { CaseloadSection } from "@/components/reports/caseload-section";
import { FunnelSection } from "@/components/reports/funnel-section";
import { LocationSection } from "@/components/reports/location-section";
import { ReportFilters } from "@/components/reports/report-filters";
import { reportPageQuery } from "@/components/reports/report-page-query";
import { TrendsSection } from "@/components/reports/trends-section";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { listLocations } from "@/lib/data/admin/locations";
import { getCaseloadReport } from "@/lib/data/reports/caseload";
import { getClinicalTrends } from "@/lib/data/reports/clinical-trends";
import { getIntakeFunnel } from "@/lib/data/reports/intake-funnel";

export const metadata: Metadata = { title: "Reports" };

/**
 * Reports of one's own work: a therapist's own caseload and its clinical trends (an owner who
 * also treats sees theirs here; the practice's are on the dashboard) and the intake requests
 * matched to them; the practice's intake funnel for intake specialists. Which reports show
 * follows the permission table; lib/data checks again.
 */
export default async function ReportsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireUser();
  const owner = actor.roles.includes("OWNER");
  if (owner && !actor.roles.includes("THERAPIST")) redirect("/dashboard");
  const locations = await listLocations(actor, { includeInactive: true });
  const query = reportPageQuery(await searchParams, locations);
  const { problems } = query;
  const filter = { ...query.filter, ownOnly: true };
  const [caseload, trends, funnel] = await Promise.all([
    can(actor, "report:caseload") ? getCaseloadReport(actor, filter) : null,
    can(actor, "report:trends") ? getClinicalTrends(actor, filter) : null,
    // A therapist's funnel is the requests matched to them; an intake specialist's, the practice's.
    can(actor, "report:funnel") && !owner ? getIntakeFunnel(actor, can(actor, "report:funnel") === "own" ? filter : query.filter) : null,
  ]);
  const own = caseload?.scope === "own" || trends?.scope === "own";
  return (
    <>
      <PageHeader title="Reports">{own ? "Your own caseload: your clients, couples and sessions." : "The practice's intake flow."}</PageHeader>
      <ReportFilters action="/reports" from={filter.from} to={filter.to} locationId={filter.locationId} locations={locations} problems={problems} />
      {!caseload && !trends && !funnel ? <EmptyState title="No reports are available for your role." /> : null}
      {caseload ? <CaseloadSection report={caseload} /> : null}
      {caseload && caseload.byLocation.length > 1 ? <LocationSection report={caseload} /> : null}
      {funnel ? <FunnelSection report={funnel} /> : null}
      {trends ? <TrendsSection report={trends} /> : null}
    </>
  );
}
