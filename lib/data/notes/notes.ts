import "server-only";
import type { Actor } from "@/lib/data/actor";
import { access, accessWith, type Access } from "@/lib/data/access";
import { assertCursor } from "@/lib/data/access/cursor";
import { NotFoundError } from "@/lib/data/errors";
import { practiceTimeZone } from "@/lib/data/notes/codes";
import { todayIn } from "@/lib/domain/notes/today";
import { treatedCase, type TreatedCase } from "@/lib/data/notes/case";
import { authorNames, clientIdsOf, noteDto, noteInclude, type NoteDto, type NoteRow } from "@/lib/data/notes/dto";
import { toPage, type Page } from "@/lib/validation/common";
import { noteListQuery } from "@/lib/validation/note";

export type { NoteDto } from "@/lib/data/notes/dto";
export type { CaseRef } from "@/lib/data/notes/case";

/** One note the actor may see (their caseload's, as treating clinician), or NotFoundError. */
export async function visibleNote({ tx, scope }: Pick<Access, "tx" | "scope">, id: string): Promise<NoteRow> {
  const row = await tx.sessionNote.findFirst({ where: { AND: [scope.note, { id }] }, include: noteInclude });
  if (!row) throw new NotFoundError("Note");
  return row;
}

/** The note as the actor may see it, with addenda authors' names. */
export async function toDto({ tx, actor }: Pick<Access, "tx" | "actor">, row: NoteRow): Promise<NoteDto> {
  return noteDto(row, actor, await authorNames(tx, actor.practiceId, [row]));
}

/**
 * Notes of one client or couple, newest session first. Only the treating clinician may list
 * them: intake specialists get 403 whatever the query, anyone else 404 for the client or couple.
 * The audit row names every note listed and the clients they concern.
 */
export async function listNotes(actor: Actor, raw: unknown): Promise<Page<NoteDto>> {
  const rule = { permission: "note:read", action: "note.list", entityType: "SessionNote" } as const;
  return accessWith(actor, rule, noteListQuery, raw, async (ctx, query) => {
    const { tx, scope, disclose } = ctx;
    const subject = await treatedCase(ctx, query.clientId ? { clientId: query.clientId } : { coupleId: query.coupleId ?? "" });
    const where = { AND: [scope.note, subject.kind === "client" ? { clientId: subject.id } : { coupleId: subject.id }] };
    await assertCursor(query.cursor, (id) => tx.sessionNote.count({ where: { AND: [where, { id }] } }));
    const rows = await tx.sessionNote.findMany({
      where,
      include: noteInclude,
      orderBy: [{ sessionDate: "desc" }, { createdAt: "desc" }, { id: "desc" }],
      take: query.limit + 1,
      ...(query.cursor ? { cursor: { id: query.cursor }, skip: 1 } : {}),
    });
    const page = toPage(rows, query.limit);
    disclose({ ids: [subject.id, ...page.data.map((r) => r.id)], clientIds: subject.clientIds });
    const names = await authorNames(tx, actor.practiceId, page.data);
    return { data: page.data.map((r) => noteDto(r, actor, names)), nextCursor: page.nextCursor };
  });
}

/** One note, or NotFoundError: intake specialists, other therapists and non-treating owners alike. */
export async function getNote(actor: Actor, id: string): Promise<NoteDto> {
  return access(actor, { permission: "note:read", action: "note.read", entityType: "SessionNote", id }, async (ctx) => {
    const row = await visibleNote(ctx, id);
    ctx.disclose({ clientIds: clientIdsOf(row) });
    return toDto(ctx, row);
  });
}

export type NoteSubject = Pick<TreatedCase, "kind" | "id" | "name" | "partners">;

/**
 * A note with who it is about (for the editor's headings and per-partner levels) and today's date
 * in the practice's time zone (the latest session date the editor offers): one read, audited.
 */
export async function getNoteWithSubject(actor: Actor, id: string): Promise<{ note: NoteDto; subject: NoteSubject; today: string }> {
  return access(actor, { permission: "note:read", action: "note.read", entityType: "SessionNote", id }, async (ctx) => {
    const row = await visibleNote(ctx, id);
    const subject = await treatedCase(ctx, row.clientId ? { clientId: row.clientId } : { coupleId: row.coupleId ?? "" });
    ctx.disclose({ clientIds: subject.clientIds });
    const today = todayIn(await practiceTimeZone(ctx), new Date());
    return { note: await toDto(ctx, row), subject: { kind: subject.kind, id: subject.id, name: subject.name, partners: subject.partners }, today };
  });
}
