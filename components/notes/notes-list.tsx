import Link from "next/link";
import { StatusBadge } from "@/components/status-badge";
import { describeEnemy, describeLevel } from "@/components/notes/describe";
import type { NoteDto } from "@/components/notes/note-fields";

/** The notes of one client or couple, newest session first, each linking to the note. */
export function NotesList({ notes, caption }: { notes: NoteDto[]; caption: string }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full rounded-lg bg-white text-sm shadow-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-100 text-left">
          <tr>
            <th scope="col" className="p-2">Session</th><th scope="col" className="p-2">Status</th>
            <th scope="col" className="p-2">Level reached</th><th scope="col" className="p-2">Enemies</th>
            <th scope="col" className="p-2">Written by</th>
          </tr>
        </thead>
        <tbody>
          {notes.map((n) => (
            <tr key={n.id} className="border-t border-slate-100 align-top">
              <td className="p-2">
                <Link href={`/notes/${n.id}`} className="font-medium text-brand-700 underline">
                  {n.sessionDate}<span className="sr-only"> session note</span>
                </Link>
                {n.riskFlag ? <span className="ml-2 text-xs font-semibold text-red-800">Risk</span> : null}
              </td>
              <td className="p-2"><StatusBadge status={n.status} />{n.addenda.length ? <span className="ml-1 text-xs text-slate-600">+{n.addenda.length} {n.addenda.length === 1 ? "addendum" : "addenda"}</span> : null}</td>
              <td className="p-2">{describeLevel(n.intimacyLevel)}</td>
              <td className="p-2">{n.enemies.length ? n.enemies.map((t) => describeEnemy(t)).join("; ") : "None"}</td>
              <td className="p-2">{n.authorName}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
