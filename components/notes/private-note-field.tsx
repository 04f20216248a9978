import { HINT, INPUT } from "@/components/notes/styles";
import { LockIcon } from "@/components/notes/lock-icon";

/** The author-only psychotherapy note, in a box nobody can mistake for the shared record. */
export function PrivateNoteField({ value, onChange }: { value: string; onChange: (v: string) => void }) {
  return (
    <section aria-labelledby="private-note-heading" className="rounded-lg border-2 border-dashed border-amber-600 bg-amber-50 p-4">
      <h2 id="private-note-heading" className="flex items-center gap-2 font-semibold text-amber-950">
        <LockIcon /> Private — only you can see this
      </h2>
      <p id="private-note-hint" className={`${HINT} text-amber-950`}>
        Your psychotherapy note. It is never shown to anyone else, including a clinician who takes over this case, and
        never appears in exports or reports.
      </p>
      <label htmlFor="private-note" className="mt-2 block text-sm font-medium text-amber-950">Private note</label>
      <textarea id="private-note" aria-describedby="private-note-hint" rows={4} className={`${INPUT} border-amber-600`} value={value} onChange={(e) => onChange(e.target.value)} />
    </section>
  );
}
