"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { ConflictPanel } from "@/components/notes/conflict-panel";
import type { Partner } from "@/components/notes/describe";
import { EnemiesField } from "@/components/notes/enemies-field";
import { IngredientsField } from "@/components/notes/ingredients-field";
import { LevelPicker } from "@/components/notes/level-picker";
import { readLocal, type DeviceKey, type LocalDraft } from "@/components/notes/local-draft";
import type { NoteDto } from "@/components/notes/note-fields";
import { PartnerLevels } from "@/components/notes/partner-levels";
import { PatternsField } from "@/components/notes/patterns-field";
import { PrerequisitesField } from "@/components/notes/prerequisites-field";
import { PrivateNoteField } from "@/components/notes/private-note-field";
import { SaveStatusLine } from "@/components/notes/save-status";
import { SectionsField } from "@/components/notes/sections-field";
import { SessionFields } from "@/components/notes/session-fields";
import { SignDialog } from "@/components/notes/sign-dialog";
import { CARD, HINT, INPUT, LABEL } from "@/components/notes/styles";
import { useAutosave } from "@/components/notes/use-autosave";

interface Props {
  note: NoteDto;
  subjectName: string;
  partners: Partner[];
  /** Today in the practice's time zone: the latest session date. */
  today: string;
  /** The author's key for this device's sealed copy (lib/auth/draft-key.ts); null: no copy. */
  deviceKey: DeviceKey | null;
}

/**
 * The draft editor. It mounts on the client only, once this device's unsaved copy (sealed in
 * localStorage, which the server cannot see) is read and decrypted, since its first state may
 * come from there.
 */
export function NoteEditor(props: Props) {
  const [local, setLocal] = useState<{ draft: LocalDraft | null } | null>(null);
  const { note, deviceKey } = props;
  useEffect(() => {
    let live = true;
    void readLocal(note.id, deviceKey).then((draft) => {
      if (live) setLocal({ draft });
    });
    return () => {
      live = false;
    };
  }, [note.id, deviceKey]);
  if (!local) return <p role="status" className="text-slate-600">Loading the editor…</p>;
  return <EditorBody {...props} local={local.draft} />;
}

function EditorBody({ note, subjectName, partners, today, deviceKey, local }: Props & { local: LocalDraft | null }) {
  const router = useRouter();
  const { fields, status, conflict, restored, update, flush, resolve, showConflict, latest, discardLocal } = useAutosave(note, local, deviceKey);
  const invalid = new Set(status.kind === "invalid" ? status.fields : []);
  const couple = partners.length > 0;
  const onSigned = () => {
    discardLocal();
    router.refresh();
  };
  const takeTheirs = () => {
    if (conflict?.status === "SIGNED") onSigned();
    else resolve("theirs");
  };

  return (
    <div className="space-y-6">
      <div data-sticky-bar className="sticky top-0 z-10 -mx-4 flex flex-wrap items-center gap-4 border-b border-slate-200 bg-slate-50 px-4 py-3">
        <div className="min-w-0 flex-1">
          <SaveStatusLine status={status} />
          {restored ? <p className="text-sm text-slate-700">Restored unsaved changes from this device.</p> : null}
        </div>
        <SignDialog noteId={note.id} disabled={!!conflict} beforeSign={flush} version={() => latest().version}
          onSigned={onSigned} onConflict={showConflict} />
      </div>

      {conflict ? (
        <ConflictPanel mine={fields} current={conflict} partners={partners} onKeepMine={() => resolve("mine")} onTakeTheirs={takeTheirs} />
      ) : null}

      <form className="space-y-6" onSubmit={(e) => { e.preventDefault(); void flush(); }} aria-label={`Session note for ${subjectName}`}>
        <div className={CARD}>
          <SessionFields value={fields} onChange={update} invalid={invalid} today={today} />
        </div>
        <div className={`${CARD} grid gap-6 lg:grid-cols-2`}>
          <LevelPicker name="intimacy-level" legend={couple ? "Intimacy level the couple reached" : "Intimacy level reached"}
            hint="The deepest level reached in this session." value={fields.intimacyLevel} onChange={(intimacyLevel) => update({ intimacyLevel })} />
          <div className="space-y-6">
            {couple ? <PartnerLevels partners={partners} value={fields.partnerLevels} onChange={(partnerLevels) => update({ partnerLevels })} /> : null}
            <EnemiesField value={fields.enemies} partners={partners} onChange={(enemies) => update({ enemies })} />
            <IngredientsField value={fields.ingredients} onChange={(ingredients) => update({ ingredients })} />
            <PrerequisitesField value={fields.prerequisites} onChange={(prerequisites) => update({ prerequisites })} />
          </div>
        </div>
        <div className={CARD}>
          <PatternsField partners={partners} value={fields.patterns} onChange={(patterns) => update({ patterns })} />
        </div>
        <div className={CARD}>
          <SectionsField format={fields.format} sections={fields.sections} onChange={update} />
        </div>
        <div className={`${CARD} grid gap-4 sm:grid-cols-2`}>
          <div>
            <label htmlFor="interventions" className={LABEL}>Interventions</label>
            <textarea id="interventions" rows={3} className={INPUT} value={fields.interventions} onChange={(e) => update({ interventions: e.target.value })} />
          </div>
          <div>
            <label htmlFor="homework" className={LABEL}>Homework</label>
            <textarea id="homework" rows={3} className={INPUT} value={fields.homework} onChange={(e) => update({ homework: e.target.value })} />
          </div>
        </div>
        {note.privateNoteSealed ? (
          <p role="note" className="rounded-lg border-2 border-dashed border-amber-600 bg-amber-50 p-4 text-sm text-amber-950">
            This note has a private note that stays sealed: it was written before a practice owner reset your access. Nothing here changes it.
          </p>
        ) : (
          <PrivateNoteField value={fields.privateNote ?? ""} onChange={(v) => update({ privateNote: v === "" ? null : v })} />
        )}
        <p className={HINT}>Drafts save themselves about a second after you stop typing, and are kept on this device, encrypted, until saved. Signing out sends them first and removes that copy.</p>
      </form>
    </div>
  );
}
