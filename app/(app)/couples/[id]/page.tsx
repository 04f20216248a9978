import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { loadClinical } from "@/app/(app)/notes/case-clinical";
import { startNoteAction } from "@/app/(app)/notes/actions";
import { CasePanel } from "@/components/cases/case-panel";
import { CaseDetails } from "@/components/notes/case-details";
import { CaseNotesSection } from "@/components/notes/case-notes-section";
import { IntakeSummaryCard } from "@/components/notes/intake-summary";
import { MeasuresSection } from "@/components/measures/measures-section";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { getCaseRecord } from "@/lib/data/clients/case-record";
import { NotFoundError } from "@/lib/data/errors";
import { requireRecordId } from "@/lib/pages/record-id";

export const metadata: Metadata = { title: "Couple" };

export default async function CouplePage({ params, searchParams }: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ cursor?: string | string[] }>;
}) {
  const id = requireRecordId((await params).id);
  const { cursor } = await searchParams;
  const actor = await requireUser();
  const record = await getCaseRecord(actor, { coupleId: id }).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const page = typeof cursor === "string" ? cursor : undefined;
  const clinical = await loadClinical(actor, { coupleId: id }, page);
  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm"><Link href="/caseload" className="text-brand-700 underline">Caseload</Link></nav>
      <PageHeader title={record.name}>Couple{record.couple?.relationshipStatus ? ` · ${record.couple.relationshipStatus}` : ""}</PageHeader>
      <div className="grid gap-4 lg:grid-cols-[2fr_1fr]">
        <CaseDetails record={record} />
        <IntakeSummaryCard intakes={record.intakes} />
      </div>
      {record.couple ? <CasePanel actor={actor} kind="couple" record={record.couple} /> : null}
      <CaseNotesSection clinical={clinical} subjectName={record.name} target={{ coupleId: id }} basePath={`/couples/${id}`}
        startNote={startNoteAction} cursor={page} />
      <MeasuresSection actor={actor} coupleId={id} />
    </>
  );
}
