"use client";

import { useEffect, useRef } from "react";
import { describeField, type Partner } from "@/components/notes/describe";
import { changedFields, FIELD_LABELS, fieldsOf, type NoteDto, type NoteFields } from "@/components/notes/note-fields";
import { BUTTON, BUTTON_SECONDARY } from "@/components/notes/styles";
import { SECTION_LABELS, sectionKeys } from "@/lib/domain/note-format";

interface Row {
  label: string;
  mine: string;
  theirs: string;
}

/** Section by section, so a long note's one changed paragraph is easy to find. */
function sectionRows(a: NoteFields, b: NoteFields): Row[] {
  const keys = [...new Set([...sectionKeys(a.format), ...sectionKeys(b.format)])];
  const text = (f: NoteFields, k: string) => (sectionKeys(f.format).includes(k) ? f.sections[k] || "(empty)" : "(not in this format)");
  return keys
    .filter((k) => text(a, k) !== text(b, k))
    .map((k) => ({ label: SECTION_LABELS[k] ?? k, mine: text(a, k), theirs: text(b, k) }));
}

/**
 * A save was refused because the note changed elsewhere: both versions side by side, field by
 * field, and the therapist chooses. Nothing is overwritten or thrown away until they do.
 */
export function ConflictPanel({ mine, current, partners, onKeepMine, onTakeTheirs }: {
  mine: NoteFields;
  current: NoteDto;
  partners: Partner[];
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const theirs = fieldsOf(current);
  const signed = current.status === "SIGNED";
  const rows: Row[] = changedFields(mine, theirs).flatMap((k) =>
    k === "sections"
      ? sectionRows(mine, theirs)
      : [{ label: FIELD_LABELS[k], mine: describeField(k, mine, partners), theirs: describeField(k, theirs, partners) }],
  );
  const savedAt = new Date(current.updatedAt).toLocaleString([], { dateStyle: "medium", timeStyle: "short" });
  return (
    <section aria-labelledby="conflict-heading" className="rounded-lg border-2 border-red-400 bg-red-50 p-4">
      <h2 id="conflict-heading" ref={heading} tabIndex={-1} className="text-lg font-semibold text-red-900">
        {signed ? "This note was signed elsewhere" : "This note was changed elsewhere"}
      </h2>
      <p className="mt-1 text-sm text-red-900">
        {signed
          ? "Your changes below could not be saved: a signed note is locked. Copy anything you still need into an addendum."
          : `Your latest changes are not saved yet. The saved version (version ${current.version}, ${savedAt}) differs from yours. Choose which to keep.`}
      </p>
      <div className="mt-3 overflow-x-auto">
        <table className="w-full bg-white text-sm">
          <caption className="sr-only">Differences between your version and the saved version</caption>
          <thead className="bg-slate-100 text-left">
            <tr><th scope="col" className="p-2">Field</th><th scope="col" className="p-2">Your version</th><th scope="col" className="p-2">Saved version</th></tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.label} className="border-t border-slate-200 align-top">
                <th scope="row" className="p-2 text-left font-medium">{r.label}</th>
                <td className="whitespace-pre-wrap p-2">{r.mine}</td>
                <td className="whitespace-pre-wrap p-2">{r.theirs}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="mt-3 flex flex-wrap gap-3">
        {signed ? null : (
          <button type="button" className={BUTTON} onClick={onKeepMine}>Keep mine</button>
        )}
        <button type="button" className={BUTTON_SECONDARY} onClick={onTakeTheirs}>
          {signed ? "Discard my changes and view the signed note" : "Take theirs"}
        </button>
      </div>
      {signed ? null : (
        <p className="mt-2 text-sm text-slate-700">“Keep mine” saves your version on top of the saved one; “Take theirs” replaces your changes with it.</p>
      )}
    </section>
  );
}
