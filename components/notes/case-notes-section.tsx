import Link from "next/link";
import { NewNoteButton } from "@/components/notes/new-note-button";
import { NotesList } from "@/components/notes/notes-list";
import { ProgressSection } from "@/components/progress/progress-section";
import { EmptyState } from "@/components/ui/empty-state";
import type { NoteDto } from "@/lib/data/notes/dto";
import type { Progress } from "@/lib/data/notes/progress";
import type { Page } from "@/lib/validation/common";

type Clinical = { kind: "shown"; progress: Progress; notes: Page<NoteDto> } | { kind: "hidden"; reason: string };

/** Progress and notes of one client or couple, or why they are not shown. */
export function CaseNotesSection({ clinical, subjectName, target, basePath, startNote, cursor }: {
  clinical: Clinical;
  subjectName: string;
  target: { clientId: string } | { coupleId: string };
  basePath: string;
  startNote: (formData: FormData) => Promise<void>;
  cursor?: string;
}) {
  if (clinical.kind === "hidden") {
    return (
      <section aria-labelledby="notes-heading" className="mt-8">
        <h2 id="notes-heading" className="text-lg font-semibold text-brand-900">Session notes</h2>
        <p className="mt-2 text-slate-700">{clinical.reason}</p>
      </section>
    );
  }
  const { progress, notes } = clinical;
  return (
    <div className="mt-8 space-y-8">
      <ProgressSection progress={progress} subjectName={subjectName} />
      <section aria-labelledby="notes-heading" className="space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="notes-heading" className="text-lg font-semibold text-brand-900">Session notes</h2>
          <NewNoteButton action={startNote} target={target} />
        </div>
        {notes.data.length === 0 ? (
          <EmptyState title={cursor ? "No older notes." : "No session notes yet."}>Start one with “New note”.</EmptyState>
        ) : (
          <NotesList notes={notes.data} caption={`Session notes for ${subjectName}, newest first`} />
        )}
        <nav aria-label="Notes pages" className="flex gap-4 text-sm">
          {cursor ? <Link href={basePath} className="text-brand-700 underline">Newest notes</Link> : null}
          {notes.nextCursor ? <Link href={`${basePath}?cursor=${notes.nextCursor}`} className="text-brand-700 underline">Older notes</Link> : null}
        </nav>
      </section>
    </div>
  );
}
