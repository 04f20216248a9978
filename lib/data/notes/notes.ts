import "server-only";
import type { Grant } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/data/actor";
import { audit, auditMany } from "@/lib/data/access/audit";
import { assertCursor } from "@/lib/data/access/cursor";
import { NotFoundError } from "@/lib/data/errors";
import { authorize, authorizeOrHide } from "@/lib/data/access/guard";
import { authorNames, noteDto, noteInclude, noteScope, treating, type NoteDto, type NoteRow } from "@/lib/data/notes/dto";
import { db } from "@/lib/db";
import { toPage, type Page } from "@/lib/validation/common";
import type { NoteListQuery } from "@/lib/validation/note";

export type { NoteDto } from "@/lib/data/notes/dto";

export type CaseRef = { clientId: string } | { coupleId: string };

/** A client or couple of the actor's own caseload as treating clinician, or NotFoundError. */
export async function requireTreatedCase(actor: Actor, ref: CaseRef, action: string) {
  const where = { practiceId: actor.practiceId, ...treating(actor) };
  if ("clientId" in ref) {
    const client = await db().client.findFirst({ where: { id: ref.clientId, ...where } });
    if (client) return { kind: "client" as const, client };
    await audit(db(), actor, { action, entityType: "Client", entityId: ref.clientId, outcome: "NOT_FOUND" });
    throw new NotFoundError("Client");
  }
  const couple = await db().couple.findFirst({ where: { id: ref.coupleId, ...where }, include: { partnerA: true, partnerB: true } });
  if (couple) return { kind: "couple" as const, couple };
  await audit(db(), actor, { action, entityType: "Couple", entityId: ref.coupleId, outcome: "NOT_FOUND" });
  throw new NotFoundError("Couple");
}

/** One note the actor may see under `grant`, or NotFoundError (audited) when there is none. */
export async function findVisibleNote(actor: Actor, grant: Grant, id: string, action: string): Promise<NoteRow> {
  const row = await db().sessionNote.findFirst({
    where: { id, practiceId: actor.practiceId, ...noteScope(actor, grant) },
    include: noteInclude,
  });
  if (!row) {
    await audit(db(), actor, { action, entityType: "SessionNote", entityId: id, outcome: "NOT_FOUND" });
    throw new NotFoundError("Note");
  }
  return row;
}

/** The note as the actor may see it, with addenda authors' names. */
export async function toDto(actor: Actor, row: NoteRow): Promise<NoteDto> {
  return noteDto(row, actor, await authorNames(db(), actor, [row]));
}

/**
 * Notes of one client or couple, newest session first. Only the treating clinician may list
 * them: intake specialists get 403, anyone else 404 for the client or couple itself.
 */
export async function listNotes(actor: Actor, query: NoteListQuery): Promise<Page<NoteDto>> {
  const grant = await authorize(actor, "note:read", "SessionNote");
  const ref: CaseRef = query.clientId ? { clientId: query.clientId } : { coupleId: query.coupleId ?? "" };
  await requireTreatedCase(actor, ref, "note.list");
  const where = { practiceId: actor.practiceId, ...ref, ...noteScope(actor, grant) };
  await assertCursor(query.cursor, (id) => db().sessionNote.count({ where: { id, ...where } }));
  const rows = await db().sessionNote.findMany({
    where,
    include: noteInclude,
    orderBy: [{ sessionDate: "desc" }, { createdAt: "desc" }, { id: "desc" }],
    take: query.limit + 1,
    ...(query.cursor ? { cursor: { id: query.cursor }, skip: 1 } : {}),
  });
  const page = toPage(rows, query.limit);
  const [entityType, entityId] = "clientId" in ref ? ["Client", ref.clientId] : ["Couple", ref.coupleId];
  await auditMany(db(), actor, [
    { action: "note.list", entityType, entityId },
    ...page.data.map((r) => ({ action: "note.read", entityType: "SessionNote", entityId: r.id })),
  ]);
  const names = await authorNames(db(), actor, page.data);
  return { data: page.data.map((r) => noteDto(r, actor, names)), nextCursor: page.nextCursor };
}

/** One note, or NotFoundError: intake specialists, other therapists and non-treating owners alike. */
export async function getNote(actor: Actor, id: string): Promise<NoteDto> {
  const grant = await authorizeOrHide(actor, "note:read", "SessionNote", id);
  const row = await findVisibleNote(actor, grant, id, "note.read");
  await audit(db(), actor, { action: "note.read", entityType: "SessionNote", entityId: id });
  return toDto(actor, row);
}

export interface NoteSubject {
  kind: "client" | "couple";
  id: string;
  name: string;
  partners: { clientId: string; name: string }[];
}

/** A note with who it is about (for the editor's headings and per-partner levels). */
export async function getNoteWithSubject(actor: Actor, id: string): Promise<{ note: NoteDto; subject: NoteSubject }> {
  const note = await getNote(actor, id);
  const full = (p: { firstName: string; lastName: string }) => `${p.firstName} ${p.lastName}`;
  if (note.clientId) {
    const client = await db().client.findFirstOrThrow({ where: { id: note.clientId, practiceId: actor.practiceId } });
    return { note, subject: { kind: "client", id: client.id, name: full(client), partners: [] } };
  }
  const couple = await db().couple.findFirstOrThrow({
    where: { id: note.coupleId ?? "", practiceId: actor.practiceId },
    include: { partnerA: true, partnerB: true },
  });
  const partners = [couple.partnerA, couple.partnerB].map((p) => ({ clientId: p.id, name: full(p) }));
  return { note, subject: { kind: "couple", id: couple.id, name: partners.map((p) => p.name).join(" & "), partners } };
}
