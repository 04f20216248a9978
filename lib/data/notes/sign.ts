import "server-only";
import { verifyPassword } from "@/lib/auth/password";
import type { Actor } from "@/lib/data/actor";
import { audit } from "@/lib/data/access/audit";
import { LOCKOUT_THRESHOLD, LOCKOUT_WINDOW_MS } from "@/lib/auth/limits";
import { ConflictError, ForbiddenError, InvalidError, TooManyAttemptsError } from "@/lib/data/errors";
import { authorizeOrHide } from "@/lib/data/access/guard";
import { reload, staleConflict } from "@/lib/data/notes/write";
import { findVisibleNote, toDto, type NoteDto } from "@/lib/data/notes/notes";
import { db } from "@/lib/db";
import { sectionsEmpty } from "@/lib/domain/note-format";

const WRONG_PASSWORD = "note.sign.password";

const denied = (actor: Actor, action: string, id: string) =>
  audit(db(), actor, { action, entityType: "SessionNote", entityId: id, outcome: "DENIED" });

/**
 * Signs the actor's own draft. Signing is an attestation, so it asks for the author's password
 * again (wrong: 403). From then on the note is locked, here and by the database's trigger.
 * `version`, when given, must still be current (409 otherwise): the author signs what they saw.
 */
export async function signNote(actor: Actor, id: string, input: { password: string; version?: number }): Promise<NoteDto> {
  const grant = await authorizeOrHide(actor, "note:write", "SessionNote", id);
  const note = await findVisibleNote(actor, grant, id, "note.sign");
  if (note.authorId !== actor.id) {
    await denied(actor, "note.sign", id);
    throw new ForbiddenError("Only the note's author may sign it.");
  }
  if (note.status === "SIGNED") {
    await denied(actor, "note.sign", id);
    throw new ConflictError("This note is already signed.", { current: await toDto(actor, note) });
  }
  if (input.version !== undefined && input.version !== note.version) {
    await denied(actor, "note.sign", id);
    throw await staleConflict(actor, id, "This note changed since you last saw it. Review it before signing.");
  }
  // Guessing a colleague's password from their open session is slowed like sign-in is.
  const since = new Date(Date.now() - LOCKOUT_WINDOW_MS);
  const failures = await db().auditEvent.count({
    where: { practiceId: actor.practiceId, actorId: actor.id, action: WRONG_PASSWORD, outcome: "DENIED", at: { gt: since } },
  });
  if (failures >= LOCKOUT_THRESHOLD) throw new TooManyAttemptsError(LOCKOUT_WINDOW_MS / 1000);
  const user = await db().user.findFirst({ where: { id: actor.id, practiceId: actor.practiceId, active: true }, select: { passwordHash: true } });
  if (!(await verifyPassword(user?.passwordHash ?? null, input.password))) {
    await denied(actor, WRONG_PASSWORD, id);
    throw new ForbiddenError("That password is not correct. Signing needs your own password.");
  }
  if (sectionsEmpty(note.sections as Record<string, string>)) {
    throw new InvalidError("Write the note before signing it.", [{ path: ["sections"], message: "Every section is empty." }]);
  }
  const signed = await db().$transaction(async (tx) => {
    const { count } = await tx.sessionNote.updateMany({
      where: { id, practiceId: actor.practiceId, status: "DRAFT", version: note.version },
      data: { status: "SIGNED", signedAt: new Date(), version: { increment: 1 } },
    });
    if (count === 1) await audit(tx, actor, { action: "note.sign", entityType: "SessionNote", entityId: id });
    return count === 1;
  });
  if (!signed) {
    await denied(actor, "note.sign", id);
    throw await staleConflict(actor, id, "This note changed while you were signing it. Review it and sign again.");
  }
  return reload(actor, id);
}

export interface AddendumDto {
  id: string;
  text: string;
  authorId: string;
  authorName: string;
  signedAt: string;
}

/**
 * Adds a correction or late entry under a SIGNED note (a draft is simply edited: 409). The
 * addendum is signed by its author and timestamped, and the database refuses to change it.
 */
export async function addAddendum(actor: Actor, id: string, text: string): Promise<AddendumDto> {
  const grant = await authorizeOrHide(actor, "note:write", "SessionNote", id);
  const note = await findVisibleNote(actor, grant, id, "note.addendum");
  if (note.status !== "SIGNED") {
    await denied(actor, "note.addendum", id);
    throw new ConflictError("Addenda are for signed notes; edit the draft itself instead.");
  }
  const row = await db().$transaction(async (tx) => {
    const created = await tx.noteAddendum.create({ data: { practiceId: actor.practiceId, noteId: id, authorId: actor.id, text } });
    await audit(tx, actor, { action: "note.addendum", entityType: "SessionNote", entityId: id });
    return created;
  });
  return { id: row.id, text: row.text, authorId: row.authorId, authorName: actor.name, signedAt: row.signedAt.toISOString() };
}
