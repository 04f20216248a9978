import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ClinicianTable } from "@/components/clinicians/clinician-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { listClinicians } from "@/lib/data/clinicians/clinicians";
import { getPracticeChoices } from "@/lib/data/intake/options";
import { pageQuery } from "@/lib/validation/common";

export const metadata: Metadata = { title: "Clinicians" };

export default async function CliniciansPage() {
  const actor = await requireUser();
  // A therapist reads only their own profile: take them straight to it.
  if (can(actor, "clinician:read") === "own") {
    if (actor.clinicianId) redirect(`/clinicians/${actor.clinicianId}`);
    return <EmptyState title="You do not have a clinician profile." />;
  }
  const [page, { locations }] = await Promise.all([listClinicians(actor, pageQuery.parse({ limit: "100" })), getPracticeChoices(actor)]);
  return (
    <>
      <PageHeader title="Clinicians">What each clinician offers, where, and how much room they have for new clients.</PageHeader>
      {page.data.length === 0 ? (
        <EmptyState title="No clinician profiles yet." />
      ) : (
        <ClinicianTable clinicians={page.data} locationNames={Object.fromEntries(locations.map((l) => [l.id, l.name]))} />
      )}
      {page.nextCursor ? <p className="mt-2 text-sm text-slate-600">Showing the first 100 clinicians.</p> : null}
    </>
  );
}
