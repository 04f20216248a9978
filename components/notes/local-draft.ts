// The device's copy of a draft, in localStorage: written on every keystroke, so a reload, a
// closed tab or a dropped connection loses nothing; cleared once the server holds the same.
// Sealed (draft-crypto.ts, ADR 0031): nothing typed is readable there without the author's key,
// which only the author's editor page receives, and sign-out removes every copy.
import { seal, unseal, isSealedEntry, type DeviceKey } from "@/components/notes/draft-crypto";
import { fieldsOf, sameFields, type NoteDto, type NoteFields } from "@/components/notes/note-fields";

export type { DeviceKey } from "@/components/notes/draft-crypto";

export interface LocalDraft {
  noteId: string;
  /** The server version these edits were made on top of. */
  baseVersion: number;
  fields: NoteFields;
  savedAt: number;
  /** The last save this device sent, in case its answer never arrived (a reload mid-save). */
  sent?: { baseVersion: number; fields: NoteFields };
}

export const DRAFT_PREFIX = "note-draft:";
const keyOf = (noteId: string) => `${DRAFT_PREFIX}${noteId}`;

export type Store = Pick<Storage, "getItem" | "setItem" | "removeItem" | "key" | "length">;

function store(): Store | null {
  try {
    return typeof window === "undefined" ? null : window.localStorage;
  } catch {
    return null; // storage disabled: autosave still works, only the offline copy is lost
  }
}

/** This device's copy of a note, decrypted; null when there is none, or none this user can open. */
export async function readLocal(noteId: string, device: DeviceKey | null, s: Store | null = store()): Promise<LocalDraft | null> {
  if (!device || !s) return null;
  let raw: string | null;
  try {
    raw = s.getItem(keyOf(noteId));
  } catch {
    return null;
  }
  const draft = (await unseal(raw, keyOf(noteId), device)) as LocalDraft | null;
  return draft && draft.noteId === noteId && draft.fields ? draft : null;
}

/** Set while signing out: no copy is written any more in this page, whatever is still queued. */
let stopped = false;
export function stopDeviceCopies(stop = true): void {
  stopped = stop;
}

export interface DraftWriter {
  save(draft: LocalDraft): void;
  clear(): void;
  /** Resolves once every queued write or removal has reached storage. */
  idle(): Promise<void>;
}

/**
 * Keeps one note's copy in storage. Encryption is asynchronous, so operations queue and only the
 * latest counts: an older draft never lands after a newer one, nor after a removal.
 */
export function draftWriter(noteId: string, device: DeviceKey | null, s: Store | null = store()): DraftWriter {
  let next: { draft: LocalDraft | null } | null = null;
  let running: Promise<void> | null = null;
  const drain = async () => {
    while (next) {
      const { draft } = next;
      next = null;
      const sealed = draft && device && !stopped ? await seal(draft, keyOf(noteId), device).catch(() => null) : null;
      if (next) continue; // superseded while encrypting
      try {
        if (sealed && !stopped) s?.setItem(keyOf(noteId), sealed);
        else if (!draft) s?.removeItem(keyOf(noteId));
      } catch {
        // quota exceeded: the server copy is still being saved
      }
    }
  };
  const kick = () => {
    if (running) return;
    running = drain().finally(() => {
      running = null;
      if (next) kick(); // queued between the last check and now
    });
  };
  const queue = (draft: LocalDraft | null) => {
    next = { draft };
    kick();
  };
  const idle = async () => {
    while (running) await running;
  };
  return { save: (draft) => queue(draft), clear: () => queue(null), idle };
}

/**
 * Removes every draft copy not sealed by `keepOwner` (all of them when null): run on every app
 * page for the signed-in user, so a copy left by someone else on this browser does not stay, and
 * with null on signing out. Returns how many went.
 */
export function removeDrafts(keepOwner: string | null, s: Store | null = store()): number {
  if (!s) return 0;
  const doomed: string[] = [];
  try {
    for (let i = 0; i < s.length; i += 1) {
      const k = s.key(i);
      if (!k?.startsWith(DRAFT_PREFIX)) continue;
      let entry: unknown = null;
      try {
        entry = JSON.parse(s.getItem(k) ?? "null");
      } catch {
        // garbage: goes too
      }
      if (keepOwner === null || !isSealedEntry(entry) || entry.owner !== keepOwner) doomed.push(k);
    }
    for (const k of doomed) s.removeItem(k);
  } catch {
    // storage disabled
  }
  return doomed.length;
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
export function decideRestore(saved: LocalDraft | null, server: NoteDto): Restore {
  if (!saved || server.status !== "DRAFT") return { kind: "none" };
  const serverFields = fieldsOf(server);
  // A copy kept before a field existed (patterns, prerequisites) holds the server's value for it.
  const local = { ...saved, fields: { ...serverFields, ...saved.fields } };
  if (sameFields(local.fields, serverFields)) return { kind: "none" };
  if (local.baseVersion === server.version) return { kind: "restore", fields: local.fields };
  const ourSaveLanded = local.sent && server.version === local.sent.baseVersion + 1 && sameFields(local.sent.fields, serverFields);
  if (ourSaveLanded) return { kind: "restore", fields: local.fields };
  return { kind: "conflict", mine: local.fields };
}
