import { LocalTime } from "@/components/notes/local-time";
import type { NoteDto } from "@/components/notes/note-fields";

/** The addenda under a signed note, oldest first, each with its signature. */
export function AddendaList({ addenda }: { addenda: NoteDto["addenda"] }) {
  if (addenda.length === 0) return <p className="text-sm text-slate-600">No addenda yet.</p>;
  return (
    <ol className="space-y-3">
      {addenda.map((a) => (
        <li key={a.id} className="rounded-md border border-slate-200 bg-slate-50 p-3">
          <p className="whitespace-pre-wrap">{a.text}</p>
          <p className="mt-1 text-sm text-slate-600">Signed by {a.authorName ?? "a former colleague"} on <LocalTime iso={a.signedAt} /></p>
        </li>
      ))}
    </ol>
  );
}
