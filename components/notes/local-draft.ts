// The device's copy of a draft, in localStorage: written on every keystroke, so a reload, a
// closed tab or a dropped connection loses nothing; cleared once the server holds the same.
import { fieldsOf, sameFields, type NoteDto, type NoteFields } from "@/components/notes/note-fields";

export interface LocalDraft {
  noteId: string;
  /** The server version these edits were made on top of. */
  baseVersion: number;
  fields: NoteFields;
  savedAt: number;
  /** The last save this device sent, in case its answer never arrived (a reload mid-save). */
  sent?: { baseVersion: number; fields: NoteFields };
}

const key = (noteId: string) => `note-draft:${noteId}`;

type Store = Pick<Storage, "getItem" | "setItem" | "removeItem">;

function store(): Store | null {
  try {
    return typeof window === "undefined" ? null : window.localStorage;
  } catch {
    return null; // storage disabled: autosave still works, only the offline copy is lost
  }
}

export function readLocal(noteId: string, s: Store | null = store()): LocalDraft | null {
  try {
    const raw = s?.getItem(key(noteId));
    const parsed = raw ? (JSON.parse(raw) as LocalDraft) : null;
    return parsed && parsed.noteId === noteId && parsed.fields ? parsed : null;
  } catch {
    return null;
  }
}

export function writeLocal(draft: LocalDraft, s: Store | null = store()): void {
  try {
    s?.setItem(key(draft.noteId), JSON.stringify(draft));
  } catch {
    // quota exceeded: the server copy is still being saved
  }
}

export function clearLocal(noteId: string, s: Store | null = store()): void {
  try {
    s?.removeItem(key(noteId));
  } catch {
    // nothing to do
  }
}

export type Restore =
  | { kind: "none" }
  | { kind: "restore"; fields: NoteFields }
  | { kind: "conflict"; mine: NoteFields };

/**
 * What to do on opening the editor with a local copy:
 * - the same as the server: nothing (the copy is stale and can go);
 * - edits on top of the server's current version, or on top of a save of ours that landed but
 *   whose answer we never saw: restore them (and autosave sends them);
 * - edits on top of an older version someone else has since changed: both versions, the user
 *   chooses. Never a silent overwrite, and never a silent loss.
 */
export function decideRestore(local: LocalDraft | null, server: NoteDto): Restore {
  if (!local || server.status !== "DRAFT") return { kind: "none" };
  const serverFields = fieldsOf(server);
  if (sameFields(local.fields, serverFields)) return { kind: "none" };
  if (local.baseVersion === server.version) return { kind: "restore", fields: local.fields };
  const ourSaveLanded = local.sent && server.version === local.sent.baseVersion + 1 && sameFields(local.sent.fields, serverFields);
  if (ourSaveLanded) return { kind: "restore", fields: local.fields };
  return { kind: "conflict", mine: local.fields };
}
