import type { Metadata } from "next";
import Link from "next/link";
import { IntakeForm } from "@/components/intake/intake-form";
import { NotAllowed } from "@/components/intake/not-allowed";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { getPracticeChoices } from "@/lib/data/intake/options";

export const metadata: Metadata = { title: "New intake request" };

export default async function NewIntakePage() {
  const actor = await requireUser();
  // The data layer refuses too (403); this only spares the user a form they cannot send.
  if (!can(actor, "intake:create")) return <NotAllowed>Intake specialists file new requests.</NotAllowed>;
  const { locations, safetyProtocol } = await getPracticeChoices(actor);
  return (
    <>
      <Link href="/intake" className="text-sm text-brand-700 underline">Back to the intake queue</Link>
      <PageHeader title="New intake request">
        For an individual or a couple. Fields marked * are needed; possible duplicates of people already on file are shown before anyone is assigned.
      </PageHeader>
      <IntakeForm locations={locations} safetyProtocol={safetyProtocol} />
    </>
  );
}
