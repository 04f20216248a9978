"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { onFlushRequest } from "@/components/notes/device-cleanup";
import { decideRestore, draftWriter, type DeviceKey, type LocalDraft } from "@/components/notes/local-draft";
import { FIELD_LABELS, fieldsOf, patchOf, sameFields, type NoteDto, type NoteFields } from "@/components/notes/note-fields";

export type SaveStatus =
  | { kind: "idle" }
  | { kind: "pending" }
  | { kind: "saving" }
  | { kind: "saved"; at: Date }
  | { kind: "offline"; retryInMs: number; signedOut?: boolean }
  | { kind: "invalid"; fields: string[]; messages: string[] }
  | { kind: "error"; message: string };

const DEBOUNCE_MS = 1000;
const MAX_BACKOFF_MS = 30_000;
const CONFLICT_MESSAGE = "Not saved: this note changed elsewhere. Compare both versions below and choose.";

interface ApiError {
  error?: { message?: string; issues?: { path: (string | number)[]; message: string }[]; details?: { current?: NoteDto | null } };
}

/** Starts from the device's copy (read and decrypted by the editor before it mounts this). */
function start(note: NoteDto, local: LocalDraft | null) {
  const restore = decideRestore(local, note);
  if (restore.kind === "restore") return { fields: restore.fields, conflict: null, restored: true };
  if (restore.kind === "conflict") return { fields: restore.mine, conflict: note, restored: false };
  return { fields: fieldsOf(note), conflict: null, restored: false };
}

/**
 * Debounced autosave of a draft: each change goes to this device's sealed copy at once (only with
 * the author's `device` key; none without) and to the API about a second after typing stops,
 * with the version it was based on. Signing out asks it to save at once (onFlushRequest). Network failures (and an expired
 * session) retry with exponential backoff, and at once when the browser is back online. A 409
 * whose current note is not simply our own landed save raises a conflict for the user.
 */
export function useAutosave(initial: NoteDto, local: LocalDraft | null, device: DeviceKey | null) {
  const [first] = useState(() => start(initial, local));
  const [writer] = useState(() => draftWriter(initial.id, device));
  const [fields, setFields] = useState(first.fields);
  const [base, setBase] = useState(initial);
  const [status, setStatus] = useState<SaveStatus>(
    first.restored ? { kind: "pending" } : first.conflict ? { kind: "error", message: CONFLICT_MESSAGE } : { kind: "idle" },
  );
  const [conflict, setConflict] = useState<NoteDto | null>(first.conflict);
  const fieldsRef = useRef(first.fields);
  const baseRef = useRef(initial);
  const conflictRef = useRef<NoteDto | null>(first.conflict);
  const sentRef = useRef<{ baseVersion: number; fields: NoteFields } | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const inFlight = useRef<Promise<boolean> | null>(null);
  const again = useRef(false);
  const attempt = useRef(0);
  const flushRef = useRef<() => Promise<boolean>>(() => Promise.resolve(false));
  const id = initial.id;

  const remember = useCallback(() => {
    writer.save({ noteId: id, baseVersion: baseRef.current.version, fields: fieldsRef.current, savedAt: Date.now(), sent: sentRef.current });
  }, [id, writer]);

  const adopt = useCallback((note: NoteDto) => {
    baseRef.current = note;
    setBase(note);
  }, []);

  const showConflict = useCallback((current: NoteDto | null) => {
    conflictRef.current = current;
    setConflict(current);
  }, []);

  /** One PATCH of the current fields; true when the server holds them afterwards. */
  const saveOnce = useCallback(async (): Promise<boolean> => {
    const send = fieldsRef.current;
    sentRef.current = { baseVersion: baseRef.current.version, fields: send };
    remember();
    setStatus({ kind: "saving" });
    const retryLater = (signedOut = false) => {
      const delay = Math.min(MAX_BACKOFF_MS, 1000 * 2 ** attempt.current);
      attempt.current += 1;
      setStatus({ kind: "offline", retryInMs: delay, signedOut });
      timer.current = setTimeout(() => void flushRef.current(), delay);
      return false;
    };
    let response: Response;
    try {
      response = await fetch(`/api/v1/notes/${id}`, {
        method: "PATCH",
        headers: { "content-type": "application/json" },
        // Only what changed: the server then touches only those columns and tags.
        body: JSON.stringify({ version: baseRef.current.version, ...patchOf(send, fieldsOf(baseRef.current)) }),
      });
    } catch {
      return retryLater();
    }
    const body = (await response.json().catch(() => ({}))) as NoteDto & ApiError;
    if (response.ok) {
      attempt.current = 0;
      sentRef.current = undefined;
      adopt(body);
      if (sameFields(fieldsRef.current, fieldsOf(body))) writer.clear();
      else remember();
      setStatus({ kind: "saved", at: new Date() });
      return true;
    }
    if (response.status === 409) {
      const current = body.error?.details?.current ?? null;
      // Our own earlier save landed though its answer was lost: a newer base, not a conflict.
      if (current?.status === "DRAFT" && sameFields(fieldsOf(current), send)) {
        sentRef.current = undefined;
        adopt(current);
        again.current = true;
        return false;
      }
      showConflict(current);
      setStatus({ kind: "error", message: CONFLICT_MESSAGE });
      return false;
    }
    if (response.status === 400) {
      const issues = body.error?.issues ?? [];
      const label = (path: (string | number)[]) => FIELD_LABELS[path[0] as keyof NoteFields] ?? path.join(" ");
      setStatus({
        kind: "invalid",
        fields: issues.map((i) => String(i.path[0] ?? "")),
        messages: issues.length ? issues.map((i) => `${label(i.path)}: ${i.message}`) : [body.error?.message ?? "Invalid input."],
      });
      return false;
    }
    // Signed out (idle too long): keep retrying, so signing in again in another tab saves it.
    if (response.status === 401) return retryLater(true);
    if (response.status === 429 || response.status >= 500) return retryLater();
    setStatus({ kind: "error", message: body.error?.message ?? "This note can no longer be saved here." });
    return false;
  }, [adopt, id, remember, showConflict, writer]);

  /** Saves now (after any save in flight); resolves true once the server holds what is typed. */
  const flush = useCallback(async (): Promise<boolean> => {
    clearTimeout(timer.current);
    if (inFlight.current) {
      again.current = true;
      return inFlight.current;
    }
    if (conflictRef.current) return false;
    if (sameFields(fieldsRef.current, fieldsOf(baseRef.current))) {
      writer.clear();
      setStatus((s) => (s.kind === "saved" || s.kind === "idle" ? s : { kind: "saved", at: new Date() }));
      return true;
    }
    inFlight.current = saveOnce();
    const ok = await inFlight.current;
    inFlight.current = null;
    if (again.current) {
      again.current = false;
      return flushRef.current();
    }
    return ok;
  }, [saveOnce, writer]);

  useEffect(() => {
    flushRef.current = flush;
  }, [flush]);

  useEffect(() => {
    // A copy identical to the server is stale; restored edits are sent straight away.
    if (!first.restored && !first.conflict) writer.clear();
    const kick = first.restored ? setTimeout(() => void flushRef.current(), 0) : undefined;
    const online = () => {
      attempt.current = 0;
      void flushRef.current();
    };
    window.addEventListener("online", online);
    // Signing out: send what is typed now, and answer once the device copy is settled too.
    const stopAnswering = onFlushRequest(async () => {
      const saved = await flushRef.current();
      await writer.idle();
      return saved;
    });
    return () => {
      clearTimeout(kick);
      clearTimeout(timer.current);
      window.removeEventListener("online", online);
      stopAnswering();
    };
  }, [first, writer]);

  const update = useCallback((change: Partial<NoteFields>) => {
    fieldsRef.current = { ...fieldsRef.current, ...change };
    setFields(fieldsRef.current);
    remember();
    setStatus((s) => (s.kind === "saving" || s.kind === "offline" ? s : { kind: "pending" }));
    if (timer.current !== undefined) clearTimeout(timer.current);
    timer.current = setTimeout(() => void flushRef.current(), DEBOUNCE_MS);
  }, [remember]);

  /** Ends a conflict: keep my fields on top of the saved version, or take the saved version. */
  const resolve = useCallback((choice: "mine" | "theirs") => {
    const current = conflictRef.current;
    if (!current) return;
    showConflict(null);
    adopt(current);
    attempt.current = 0;
    if (choice === "theirs") {
      fieldsRef.current = fieldsOf(current);
      setFields(fieldsRef.current);
      writer.clear();
      setStatus({ kind: "saved", at: new Date(current.updatedAt) });
    } else {
      remember();
      void flushRef.current();
    }
  }, [adopt, remember, showConflict, writer]);

  /** The server version as last seen (for event handlers: always current, unlike `base`). */
  const latest = useCallback(() => baseRef.current, []);

  /** Drops this device's copy (the note was signed: the server holds it for good). */
  const discardLocal = useCallback(() => writer.clear(), [writer]);

  return { fields, base, status, conflict, restored: first.restored, update, flush, resolve, showConflict, latest, discardLocal };
}
