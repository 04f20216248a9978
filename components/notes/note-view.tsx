import { AddendaList } from "@/components/notes/addenda-list";
import { AddendumForm } from "@/components/notes/addendum-form";
import { describeEnemy, describeIngredients, describeLevel, describePartnerLevels, describePattern, describePrerequisites, type Partner } from "@/components/notes/describe";
import { LockIcon } from "@/components/notes/lock-icon";
import { LocalTime } from "@/components/notes/local-time";
import type { NoteDto } from "@/components/notes/note-fields";
import { serviceTypeLabel } from "@/components/notes/service-types";
import { CARD } from "@/components/notes/styles";
import { FORMAT_LABELS, SECTION_LABELS, sectionKeys } from "@/lib/domain/note-format";

/** A note that cannot be edited here: signed (locked), or a draft that is someone else's. */
export function NoteView({ note, partners, canAddAddendum }: { note: NoteDto; partners: Partner[]; canAddAddendum: boolean }) {
  const facts: [string, string][] = [
    ["Session date", note.sessionDate],
    ["Duration", `${note.durationMinutes} minutes`],
    ["Service type", serviceTypeLabel(note.serviceType)],
    ["Format", FORMAT_LABELS[note.format]],
    ["Intimacy level reached", describeLevel(note.intimacyLevel)],
    ...(partners.length ? [["Each partner's level", describePartnerLevels(note.partnerLevels, partners)] as [string, string]] : []),
    ["Enemies present", note.enemies.length ? note.enemies.map((t) => describeEnemy(t, partners)).join("; ") : "None"],
    ["Relational patterns", note.patterns.length ? note.patterns.map((t) => describePattern(t, partners)).join("; ") : "None recorded"],
    ["Ingredients present", describeIngredients(note.ingredients)],
    ["Prerequisites present", describePrerequisites(note.prerequisites)],
    ["Risk", note.riskFlag ? "Risk concern noted" : "No risk concern noted"],
  ];
  return (
    <div className="space-y-6">
      <p className="rounded-md border border-slate-300 bg-white p-3 text-sm text-slate-800">
        {note.status === "SIGNED" ? (
          <>Signed by {note.authorName} on {note.signedAt ? <LocalTime iso={note.signedAt} /> : "—"}. This note is locked; corrections are added as addenda below.</>
        ) : (
          <>Draft by {note.authorName}. Only its author can edit or sign it.</>
        )}
      </p>
      <section aria-labelledby="note-facts" className={CARD}>
        <h2 id="note-facts" className="text-lg font-semibold text-brand-900">Session</h2>
        <dl className="mt-2 grid gap-x-6 gap-y-2 sm:grid-cols-2">
          {facts.map(([term, value]) => (
            <div key={term}>
              <dt className="text-sm font-medium text-slate-600">{term}</dt>
              <dd className={term === "Risk" && note.riskFlag ? "font-semibold text-red-800" : ""}>{value}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="note-text" className={CARD}>
        <h2 id="note-text" className="text-lg font-semibold text-brand-900">Session note</h2>
        {sectionKeys(note.format).map((key) => (
          <div key={key} className="mt-3">
            <h3 className="font-medium">{SECTION_LABELS[key] ?? key}</h3>
            <p className="whitespace-pre-wrap text-slate-800">{note.sections[key] || "—"}</p>
          </div>
        ))}
        <h3 className="mt-3 font-medium">Interventions</h3>
        <p className="whitespace-pre-wrap text-slate-800">{note.interventions || "—"}</p>
        <h3 className="mt-3 font-medium">Homework</h3>
        <p className="whitespace-pre-wrap text-slate-800">{note.homework || "—"}</p>
      </section>
      {note.privateNote !== null ? (
        <section aria-labelledby="private-view" className="rounded-lg border-2 border-dashed border-amber-600 bg-amber-50 p-4">
          <h2 id="private-view" className="flex items-center gap-2 font-semibold text-amber-950"><LockIcon /> Private — only you can see this</h2>
          <p className="mt-2 whitespace-pre-wrap text-amber-950">{note.privateNote}</p>
        </section>
      ) : note.privateNoteSealed ? (
        <p role="note" className="rounded-lg border-2 border-dashed border-amber-600 bg-amber-50 p-4 text-sm text-amber-950">
          The private note stays sealed: it was written before a practice owner reset your access.
        </p>
      ) : null}
      {note.status === "SIGNED" ? (
        <section aria-labelledby="addenda-heading" className={CARD}>
          <h2 id="addenda-heading" className="mb-2 text-lg font-semibold text-brand-900">{note.addenda.length === 1 ? "Addendum" : "Addenda"}</h2>
          <AddendaList addenda={note.addenda} />
          {canAddAddendum ? <div className="mt-4"><AddendumForm noteId={note.id} /></div> : null}
        </section>
      ) : null}
    </div>
  );
}
