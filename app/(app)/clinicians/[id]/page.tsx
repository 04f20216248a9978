import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ClinicianProfileView } from "@/components/clinicians/clinician-profile";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { getClinician } from "@/lib/data/clinicians/clinicians";
import { NotFoundError } from "@/lib/data/errors";
import { getPracticeChoices } from "@/lib/data/intake/options";
import { requireRecordId } from "@/lib/pages/record-id";

export const metadata: Metadata = { title: "Clinician profile" };

export default async function ClinicianPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> }) {
  const actor = await requireUser();
  const [{ id: raw }, { saved }] = await Promise.all([params, searchParams]);
  const id = requireRecordId(raw);
  const clinician = await getClinician(actor, id).catch((error: unknown) => (error instanceof NotFoundError ? notFound() : Promise.reject(error)));
  const { locations } = await getPracticeChoices(actor);
  const grant = can(actor, "clinician:update");
  const canEdit = grant === "any" || (grant === "own" && clinician.userId === actor.id);
  return (
    <>
      {can(actor, "clinician:read") === "any" ? <Link href="/clinicians" className="text-sm text-brand-700 underline">All clinicians</Link> : null}
      <div className="flex flex-wrap items-start justify-between gap-4">
        <PageHeader title={clinician.name}>{clinician.userId === actor.id ? "Your clinician profile" : "Clinician profile"}</PageHeader>
        {canEdit ? <Link href={`/clinicians/${clinician.id}/edit`} className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">Edit profile</Link> : null}
      </div>
      <div role="status">{saved ? <p className="mb-4 rounded-md bg-emerald-50 px-3 py-2 text-emerald-900">Profile saved. New matches use it at once.</p> : null}</div>
      <ClinicianProfileView clinician={clinician} locationNames={Object.fromEntries(locations.map((l) => [l.id, l.name]))} />
    </>
  );
}
