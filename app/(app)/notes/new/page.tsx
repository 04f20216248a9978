import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { startNoteAction } from "@/app/(app)/notes/actions";
import { NewNoteButton } from "@/components/notes/new-note-button";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { getCaseRecord } from "@/lib/data/clients/case-record";
import { NotFoundError } from "@/lib/data/errors";
import { id as idSchema } from "@/lib/validation/common";

export const metadata: Metadata = { title: "New session note" };

/**
 * A direct link to "new note for this client or couple" (`?clientId=` or `?coupleId=`). Nothing
 * is created by opening it: the draft is made by the button (a POST), never by a page visit.
 */
export default async function NewNotePage({ searchParams }: { searchParams: Promise<{ clientId?: string; coupleId?: string }> }) {
  const query = await searchParams;
  const actor = await requireUser();
  const coupleId = idSchema.safeParse(query.coupleId);
  const clientId = idSchema.safeParse(query.clientId);
  const target = coupleId.success ? { coupleId: coupleId.data } : clientId.success ? { clientId: clientId.data } : null;
  if (!target) notFound();
  const record = await getCaseRecord(actor, target).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const back = "coupleId" in target ? `/couples/${target.coupleId}` : `/clients/${target.clientId}`;
  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm"><Link href={back} className="text-brand-700 underline">{record.name}</Link></nav>
      <PageHeader title={`New session note · ${record.name}`}>
        Starting a note saves a draft dated today straight away; everything you type then saves itself.
      </PageHeader>
      <NewNoteButton action={startNoteAction} target={target} label="Start the note" />
    </>
  );
}
