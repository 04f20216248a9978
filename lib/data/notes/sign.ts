import "server-only";
import type { Actor } from "@/lib/data/actor";
import { accessWith } from "@/lib/data/access";
import { ConflictError, ForbiddenError, InvalidError } from "@/lib/data/errors";
import { clientIdsOf, noteInclude, type NoteDto, type NoteRow } from "@/lib/data/notes/dto";
import { toDto, visibleNote } from "@/lib/data/notes/notes";
import { checkSigningPassword } from "@/lib/data/notes/sign-password";
import { staleConflict } from "@/lib/data/notes/write";
import { sectionsEmpty } from "@/lib/domain/note-format";
import { addendumCreate, noteSign } from "@/lib/validation/note";

/**
 * Signs the actor's own draft. Signing is an attestation, so it asks for the author's password
 * again (wrong: 403). From then on the note is locked, here and by the database's trigger.
 * `version`, when given, must still be current (409 otherwise): the author signs what they saw.
 */
export async function signNote(actor: Actor, id: string, raw: unknown): Promise<NoteDto> {
  const rule = { permission: "note:write", action: "note.sign", entityType: "SessionNote", id } as const;
  return accessWith(actor, rule, noteSign, raw, async (ctx, input) => {
    const { tx, disclose } = ctx;
    const note = await visibleNote(ctx, id);
    if (note.authorId !== actor.id) throw new ForbiddenError("Only the note's author may sign it.");
    if (note.status === "SIGNED") throw await staleConflict(ctx, note, "This note is already signed.");
    if (input.version !== undefined && input.version !== note.version) {
      throw await staleConflict(ctx, note, "This note changed since you last saw it. Review it before signing.");
    }
    await checkSigningPassword(ctx, input.password);
    if (sectionsEmpty(note.sections as Record<string, string>)) {
      throw new InvalidError("Write the note before signing it.", [{ path: ["sections"], message: "Every section is empty." }]);
    }
    const signedAt = new Date();
    const { count } = await tx.sessionNote.updateMany({
      where: { id, practiceId: actor.practiceId, status: "DRAFT", version: note.version },
      data: { status: "SIGNED", signedAt, updatedAt: signedAt, version: { increment: 1 } },
    });
    if (count !== 1) {
      const current = await tx.sessionNote.findFirst({ where: { AND: [ctx.scope.note, { id }] }, include: noteInclude });
      throw await staleConflict(ctx, current, "This note changed while you were signing it. Review it and sign again.");
    }
    disclose({ clientIds: clientIdsOf(note) });
    const signed = { ...note, status: "SIGNED", signedAt, updatedAt: signedAt, version: note.version + 1 } satisfies NoteRow;
    return toDto(ctx, signed);
  });
}

export interface AddendumDto {
  id: string;
  text: string;
  authorId: string;
  authorName: string;
  signedAt: string;
}

/**
 * Adds a correction or late entry `{ text }` under a SIGNED note (a draft is simply edited: 409).
 * The addendum is signed by its author and timestamped, and the database refuses to change it.
 */
export async function addAddendum(actor: Actor, id: string, raw: unknown): Promise<AddendumDto> {
  const rule = { permission: "note:write", action: "note.addendum", entityType: "SessionNote", id } as const;
  return accessWith(actor, rule, addendumCreate, raw, async (ctx, input) => {
    const note = await visibleNote(ctx, id);
    if (note.status !== "SIGNED") throw new ConflictError("Addenda are for signed notes; edit the draft itself instead.");
    const row = await ctx.tx.noteAddendum.create({ data: { practiceId: actor.practiceId, noteId: id, authorId: actor.id, text: input.text } });
    ctx.disclose({ ids: [row.id], clientIds: clientIdsOf(note) });
    return { id: row.id, text: row.text, authorId: row.authorId, authorName: actor.name, signedAt: row.signedAt.toISOString() };
  });
}
