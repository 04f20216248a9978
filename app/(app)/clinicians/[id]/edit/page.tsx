import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ClinicianForm } from "@/components/clinicians/clinician-form";
import { NotAllowed } from "@/components/intake/not-allowed";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { getClinician } from "@/lib/data/clinicians/clinicians";
import { NotFoundError } from "@/lib/data/errors";
import { getPracticeChoices } from "@/lib/data/intake/options";
import { requireRecordId } from "@/lib/pages/record-id";

export const metadata: Metadata = { title: "Edit clinician profile" };

export default async function EditClinicianPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireUser();
  const id = requireRecordId((await params).id);
  const clinician = await getClinician(actor, id).catch((error: unknown) => (error instanceof NotFoundError ? notFound() : Promise.reject(error)));
  const grant = can(actor, "clinician:update");
  // The data layer decides on save (403/404); this spares a form that could not be saved.
  if (!(grant === "any" || (grant === "own" && clinician.userId === actor.id))) {
    return <NotAllowed>Clinicians edit their own profile; the practice owner edits anyone&rsquo;s.</NotAllowed>;
  }
  const { locations } = await getPracticeChoices(actor);
  return (
    <>
      <Link href={`/clinicians/${clinician.id}`} className="text-sm text-brand-700 underline">Back to the profile</Link>
      <PageHeader title={`Edit ${clinician.name}`}>Matching reads these answers for every new request.</PageHeader>
      <ClinicianForm clinician={clinician} locations={locations} canSetCapacity={grant === "any"} />
    </>
  );
}
