import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AtAGlance } from "@/components/reports/at-a-glance";
import { CaseloadSection } from "@/components/reports/caseload-section";
import { FunnelSection } from "@/components/reports/funnel-section";
import { LocationSection } from "@/components/reports/location-section";
import { ReportFilters } from "@/components/reports/report-filters";
import { reportPageQuery } from "@/components/reports/report-page-query";
import { Tiles } from "@/components/reports/tiles";
import { TrendsSection } from "@/components/reports/trends-section";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { listLocations } from "@/lib/data/admin/locations";
import { getPractice } from "@/lib/data/admin/practice";
import { getCaseloadReport } from "@/lib/data/reports/caseload";
import { getClinicalTrends } from "@/lib/data/reports/clinical-trends";
import { getIntakeFunnel } from "@/lib/data/reports/intake-funnel";
import { insights } from "@/lib/domain/reports/insights";
import { showPercent } from "@/lib/domain/reports/utilization";

export const metadata: Metadata = { title: "Practice dashboard" };

const longDate = (day: string) => new Date(`${day}T00:00:00Z`).toLocaleDateString("en-US", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** The owner's home: capacity, backlog, intake flow and de-identified clinical trends. */
export default async function DashboardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireUser();
  if (!actor.roles.includes("OWNER")) redirect("/reports");
  const [practice, locations] = await Promise.all([getPractice(actor), listLocations(actor, { includeInactive: true })]);
  const { filter, problems } = reportPageQuery(await searchParams, locations);
  const [caseload, funnel, trends] = await Promise.all([
    getCaseloadReport(actor, filter), getIntakeFunnel(actor, filter), getClinicalTrends(actor, filter),
  ]);
  const t = caseload.totals;
  const place = filter.locationId ? locations.find((l) => l.id === filter.locationId)?.name : "all locations";
  return (
    <>
      <PageHeader title="Practice dashboard">
        {practice.name}: {longDate(filter.from)} to {longDate(filter.to)}, {place}.
      </PageHeader>
      <ReportFilters action="/dashboard" from={filter.from} to={filter.to} locationId={filter.locationId} locations={locations} problems={problems} />
      <AtAGlance items={insights(caseload, funnel, trends)} />
      <Tiles items={[
        { label: "Active clients", value: t.activeClients },
        { label: "Active couples", value: t.activeCouples },
        { label: "Sessions in the period", value: t.sessions },
        { label: "Unsigned over 72 hours", value: t.unsignedNotes },
        { label: "Utilisation", value: showPercent(t.utilization), hint: `${t.activeCases} of ${t.maxCaseload} places` },
        { label: "Awaiting intake decision", value: funnel.openNow, hint: `${funnel.waitlist.count} on the waitlist` },
      ]} />
      <CaseloadSection report={caseload} />
      <LocationSection report={caseload} />
      <FunnelSection report={funnel} />
      <TrendsSection report={trends} />
    </>
  );
}
