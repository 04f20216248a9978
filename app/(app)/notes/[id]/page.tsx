import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { NoteEditor } from "@/components/notes/note-editor";
import { NoteView } from "@/components/notes/note-view";
import { StatusBadge } from "@/components/status-badge";
import { draftKeyFor } from "@/lib/auth/draft-key";
import { requireUser } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/data/errors";
import { getNoteWithSubject } from "@/lib/data/notes/notes";
import { requireRecordId } from "@/lib/pages/record-id";

export const metadata: Metadata = { title: "Session note" };

export default async function NotePage({ params }: { params: Promise<{ id: string }> }) {
  const id = requireRecordId((await params).id);
  const actor = await requireUser();
  const { note, subject, today } = await getNoteWithSubject(actor, id).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const back = subject.kind === "couple" ? `/couples/${subject.id}` : `/clients/${subject.id}`;
  const editable = note.status === "DRAFT" && note.authorId === actor.id;
  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm">
        <Link href={back} className="text-brand-700 underline">{subject.name}</Link>
      </nav>
      <div className="mb-4 flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold text-brand-900">
          {subject.kind === "couple" ? "Couple session" : "Session"} note · {subject.name}
        </h1>
        <StatusBadge status={note.status} />
      </div>
      {editable ? (
        // Only the author's own editor gets the key that opens this device's copy (ADR 0031).
        <NoteEditor note={note} subjectName={subject.name} partners={subject.partners} today={today} deviceKey={draftKeyFor(actor.id)} />
      ) : (
        <NoteView note={note} partners={subject.partners} canAddAddendum={note.status === "SIGNED"} />
      )}
    </>
  );
}
