import "server-only";
import type { Actor } from "@/lib/data/actor";
import { access, accessWith, type Access } from "@/lib/data/access";
import { ConflictError, ForbiddenError } from "@/lib/data/errors";
import { dayToDate } from "@/lib/data/serialize";
import { treatedCase, type CaseRef } from "@/lib/data/notes/case";
import { clientIdsOf, noteDto, noteInclude, privateNoteSealed, type NoteDto, type NoteRow } from "@/lib/data/notes/dto";
import { linkableAppointment, linkAppointment } from "@/lib/data/notes/appointment-link";
import { caseIssues, practiceTimeZone, sessionDateIssues, throwIfAny, type Issue } from "@/lib/data/notes/codes";
import { saveEnemies } from "@/lib/data/notes/enemies";
import { savePatterns } from "@/lib/data/notes/patterns";
import { toDto, visibleNote } from "@/lib/data/notes/notes";
import { todayIn } from "@/lib/domain/notes/today";
import { emptySections, sectionIssues, type NoteFormat } from "@/lib/domain/note-format";
import type { Prisma } from "@/lib/generated/prisma/client";
import { noteCreate, notePatch, type NoteCreate, type NotePatch } from "@/lib/validation/note";

async function insertNote(ctx: Access, input: NoteCreate, timeZone?: string): Promise<NoteDto> {
  const { tx, actor, disclose } = ctx;
  const { appointmentId, ...note } = input;
  const subject = await treatedCase(ctx, note.clientId ? { clientId: note.clientId } : { coupleId: note.coupleId ?? "" });
  const now = new Date();
  throwIfAny([...caseIssues(note, subject), ...sessionDateIssues(note.sessionDate, timeZone ?? (await practiceTimeZone(ctx)), now)]);
  const appointment = appointmentId ? await linkableAppointment(ctx, appointmentId, subject) : null;
  const row = await tx.sessionNote.create({
    data: {
      practiceId: actor.practiceId,
      ...(subject.kind === "client" ? { clientId: subject.id } : { coupleId: subject.id }),
      authorId: actor.id,
      sessionDate: dayToDate(note.sessionDate),
      durationMinutes: note.durationMinutes,
      serviceType: note.serviceType,
      format: note.format,
      sections: note.sections,
      intimacyLevel: note.intimacyLevel,
      partnerLevels: note.partnerLevels,
      ingredients: note.ingredients,
      prerequisites: note.prerequisites,
      interventions: note.interventions,
      homework: note.homework,
      riskFlag: note.riskFlag,
      privateNote: note.privateNote,
      enemies: { create: note.enemies.map((e) => ({ practiceId: actor.practiceId, enemy: e.enemy, intensity: e.intensity, clientId: e.clientId ?? null })) },
      patterns: { create: note.patterns.map((p) => ({ practiceId: actor.practiceId, pattern: p.pattern, clientId: p.clientId ?? null, intensity: p.intensity })) },
    },
    include: noteInclude,
  });
  if (appointment) await linkAppointment(ctx, appointment, row.id, now);
  ctx.subject(row.id);
  disclose({ ids: [row.id, ...(appointment ? [appointment.id] : [])], clientIds: subject.clientIds });
  return noteDto(row, actor);
}

/**
 * Starts a DRAFT note for a client or couple of the actor's own caseload: the author is always
 * the treating clinician (anyone else gets 404 for the client or couple).
 */
export async function createNote(actor: Actor, raw: unknown): Promise<NoteDto> {
  const rule = { permission: "note:write", action: "note.create", entityType: "SessionNote" } as const;
  return accessWith(actor, rule, noteCreate, raw, (ctx, input) => insertNote(ctx, input));
}

/**
 * "New note" in the editor: a DRAFT created at once (so autosave always has a note to save to),
 * dated `sessionDate` (the browser's today; never after the practice's today), with format, duration, service type and level carried over from the
 * case's last note, or usual values for a first session.
 */
export async function startDraft(actor: Actor, ref: CaseRef, sessionDate?: string): Promise<NoteDto> {
  return access(actor, { permission: "note:write", action: "note.create", entityType: "SessionNote" }, async (ctx) => {
    const subject = await treatedCase(ctx, ref);
    const last = await ctx.tx.sessionNote.findFirst({
      where: { AND: [ctx.scope.note, subject.kind === "client" ? { clientId: subject.id } : { coupleId: subject.id }] },
      orderBy: [{ sessionDate: "desc" }, { createdAt: "desc" }],
      select: { id: true, format: true, durationMinutes: true, serviceType: true, intimacyLevel: true },
    });
    if (last) ctx.record({ action: "note.read", entityType: "SessionNote", entityId: last.id, clientIds: subject.clientIds });
    const couple = subject.kind === "couple";
    const format = (last?.format ?? "SOAP") as NoteFormat;
    const timeZone = await practiceTimeZone(ctx);
    const today = todayIn(timeZone, new Date());
    return insertNote(ctx, noteCreate.parse({
      ...(couple ? { coupleId: subject.id } : { clientId: subject.id }),
      sessionDate: sessionDate && sessionDate <= today ? sessionDate : today,
      durationMinutes: last?.durationMinutes ?? (couple ? 80 : 50),
      serviceType: last?.serviceType ?? (couple ? "90847" : "90834"),
      format,
      sections: emptySections(format),
      intimacyLevel: last?.intimacyLevel ?? 1,
    }), timeZone);
  });
}

/** The 409 for a note that moved on: carries (and audits as shown) the current note for the editor. */
export async function staleConflict(ctx: Pick<Access, "tx" | "actor">, current: NoteRow | null, message: string): Promise<ConflictError> {
  if (!current) return new ConflictError(message, { current: null });
  return new ConflictError(message, { current: await toDto(ctx, current) }, { ids: [current.id], clientIds: clientIdsOf(current) });
}

/** Checks the edit against the stored note: author, state, version, sections, who carries each code, the date. */
async function assertEditable(ctx: Access, existing: NoteRow, patch: NotePatch) {
  if (existing.authorId !== ctx.actor.id) throw new ForbiddenError("Only the note's author may edit it.");
  if (existing.status === "SIGNED" || patch.version !== existing.version) {
    throw await staleConflict(ctx, existing, existing.status === "SIGNED"
      ? "This note is signed and can no longer change. Add an addendum instead."
      : "This note was saved elsewhere since you opened it. Compare both versions and choose.");
  }
  const format = patch.format ?? (existing.format as NoteFormat);
  const sections = patch.sections ?? (existing.sections as Record<string, string>);
  const issues: Issue[] = sectionIssues(format, sections).map((i) => ({ path: ["sections", i.key], message: i.message }));
  issues.push(...caseIssues(patch, { kind: existing.couple ? "couple" : "client", clientIds: clientIdsOf(existing) }));
  // Only a change of date needs the practice's "today" (one small read, not on every autosave).
  if (patch.sessionDate !== undefined) issues.push(...sessionDateIssues(patch.sessionDate, await practiceTimeZone(ctx), new Date()));
  throwIfAny(issues);
}

/** The columns a patch changes (undefined: unchanged). */
function changedColumns(patch: NotePatch) {
  const { sessionDate, ...rest } = patch;
  const columns = Object.fromEntries(Object.entries(rest).filter(([key, v]) => v !== undefined && !["version", "enemies", "patterns"].includes(key)));
  return { ...columns, ...(sessionDate !== undefined ? { sessionDate: dayToDate(sessionDate) } : {}) } as Prisma.SessionNoteUpdateManyMutationInput;
}

/**
 * Saves a change to the actor's own DRAFT: one read of the note, the changed enemy tags only,
 * and an update conditional on the version it was based on (`updateMany where { id, version }`),
 * so of two saves of one version exactly one wins and the other gets 409 with the current note.
 */
export async function updateNote(actor: Actor, id: string, raw: unknown): Promise<NoteDto> {
  const rule = { permission: "note:write", action: "note.update", entityType: "SessionNote", id } as const;
  return accessWith(actor, rule, notePatch, raw, async (ctx, patch) => {
    const { tx, disclose } = ctx;
    const existing = await visibleNote(ctx, id);
    await assertEditable(ctx, existing, patch);
    const now = new Date();
    // A sealed private note (docs/decisions/0033) is neither shown nor overwritten by this session.
    const columns = changedColumns(privateNoteSealed(existing, actor) ? { ...patch, privateNote: undefined } : patch);
    const { count } = await tx.sessionNote.updateMany({
      where: { id, practiceId: actor.practiceId, version: patch.version, status: "DRAFT" },
      data: { ...columns, updatedAt: now, version: { increment: 1 } },
    });
    if (count !== 1) {
      const current = await tx.sessionNote.findFirst({ where: { AND: [ctx.scope.note, { id }] }, include: noteInclude });
      throw await staleConflict(ctx, current, "This note was saved elsewhere a moment ago. Compare both versions and choose.");
    }
    if (patch.enemies) await saveEnemies(tx, actor.practiceId, id, existing.enemies, patch.enemies);
    const patterns = patch.patterns ? await savePatterns(tx, actor.practiceId, id, existing.patterns, patch.patterns) : null;
    disclose({ clientIds: clientIdsOf(existing) });
    // The saved note, without reading it back: what was stored, with what this save changed.
    const saved = {
      ...existing,
      ...(columns as Partial<NoteRow>),
      enemies: patch.enemies ? patch.enemies.map((e) => ({ ...e, clientId: e.clientId ?? null, noteId: id, practiceId: actor.practiceId })) : existing.enemies,
      patterns: patterns ? patterns.map((p) => ({ ...p, clientId: p.clientId ?? null, noteId: id, practiceId: actor.practiceId })) : existing.patterns,
      version: existing.version + 1,
      updatedAt: now,
    } satisfies NoteRow;
    return toDto(ctx, saved);
  });
}
