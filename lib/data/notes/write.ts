import "server-only";
import type { Actor } from "@/lib/data/actor";
import { audit } from "@/lib/data/access/audit";
import { ConflictError, ForbiddenError, InvalidError } from "@/lib/data/errors";
import { authorize, authorizeOrHide } from "@/lib/data/access/guard";
import { dayToDate } from "@/lib/data/serialize";
import { findVisibleNote, requireTreatedCase, toDto, type CaseRef, type NoteDto } from "@/lib/data/notes/notes";
import { noteInclude, type NoteRow } from "@/lib/data/notes/dto";
import { db } from "@/lib/db";
import { emptySections, sectionIssues, type NoteFormat } from "@/lib/domain/note-format";
import type { Prisma } from "@/lib/generated/prisma/client";
import { noteCreate, type NoteCreate, type NotePatch } from "@/lib/validation/note";

type Issue = { path: (string | number)[]; message: string };

/** Partner levels must name the couple's own partners (and nobody, for an individual note). */
function partnerLevelIssues(levels: { clientId: string }[], partnerIds: string[] | null): Issue[] {
  if (levels.length === 0) return [];
  if (!partnerIds) return [{ path: ["partnerLevels"], message: "Partner levels belong to couple sessions only." }];
  return levels.flatMap((p, i) =>
    partnerIds.includes(p.clientId) ? [] : [{ path: ["partnerLevels", i, "clientId"], message: "Not a partner of this couple." }],
  );
}

/**
 * Starts a DRAFT note for a client or couple of the actor's own caseload: the author is always
 * the treating clinician (anyone else gets 404 for the client or couple).
 */
export async function createNote(actor: Actor, input: NoteCreate): Promise<NoteDto> {
  await authorize(actor, "note:write", "SessionNote");
  const ref: CaseRef = input.clientId ? { clientId: input.clientId } : { coupleId: input.coupleId ?? "" };
  const target = await requireTreatedCase(actor, ref, "note.create");
  const partnerIds = target.kind === "couple" ? [target.couple.partnerAId, target.couple.partnerBId] : null;
  const issues = partnerLevelIssues(input.partnerLevels, partnerIds);
  if (issues.length) throw new InvalidError("Some fields are missing or invalid.", issues);
  const row = await db().$transaction(async (tx) => {
    const created = await tx.sessionNote.create({
      data: {
        practiceId: actor.practiceId,
        ...("clientId" in ref ? { clientId: ref.clientId } : { coupleId: ref.coupleId }),
        authorId: actor.id,
        sessionDate: dayToDate(input.sessionDate),
        durationMinutes: input.durationMinutes,
        serviceType: input.serviceType,
        format: input.format,
        sections: input.sections,
        intimacyLevel: input.intimacyLevel,
        partnerLevels: input.partnerLevels,
        ingredients: input.ingredients,
        interventions: input.interventions,
        homework: input.homework,
        riskFlag: input.riskFlag,
        privateNote: input.privateNote,
      },
      select: { id: true },
    });
    await tx.noteEnemy.createMany({ data: input.enemies.map((e) => ({ noteId: created.id, practiceId: actor.practiceId, enemy: e.enemy, intensity: e.intensity })) });
    await audit(tx, actor, { action: "note.create", entityType: "SessionNote", entityId: created.id });
    return created;
  });
  return reload(actor, row.id);
}

/**
 * "New note" in the editor: a DRAFT created at once (so autosave always has a note to save to),
 * dated `sessionDate`, with format, duration, service type and level carried over from the
 * case's last note, or usual values for a first session.
 */
export async function startDraft(actor: Actor, ref: CaseRef, sessionDate: string): Promise<NoteDto> {
  await authorize(actor, "note:write", "SessionNote");
  await requireTreatedCase(actor, ref, "note.create");
  const last = await db().sessionNote.findFirst({
    where: { practiceId: actor.practiceId, ...ref },
    orderBy: [{ sessionDate: "desc" }, { createdAt: "desc" }],
    select: { id: true, format: true, durationMinutes: true, serviceType: true, intimacyLevel: true },
  });
  if (last) await audit(db(), actor, { action: "note.read", entityType: "SessionNote", entityId: last.id });
  const couple = "coupleId" in ref;
  const format = (last?.format ?? "SOAP") as NoteFormat;
  return createNote(actor, noteCreate.parse({
    ...ref,
    sessionDate,
    durationMinutes: last?.durationMinutes ?? (couple ? 80 : 50),
    serviceType: last?.serviceType ?? (couple ? "90847" : "90834"),
    format,
    sections: emptySections(format),
    intimacyLevel: last?.intimacyLevel ?? 1,
  }));
}

/** The note as stored now (read after the write's transaction has committed). */
export async function reload(actor: Actor, id: string): Promise<NoteDto> {
  return toDto(actor, await db().sessionNote.findUniqueOrThrow({ where: { id }, include: noteInclude }));
}

/** Thrown inside the transaction when the atomic version check matched nothing. */
class LostRace extends Error {}

/** The 409 for a note that moved on: carries the server's current version for the editor. */
export async function staleConflict(actor: Actor, id: string, message: string): Promise<ConflictError> {
  const current = await db().sessionNote.findFirst({ where: { id, practiceId: actor.practiceId }, include: noteInclude });
  return new ConflictError(message, { current: current ? await toDto(actor, current) : null });
}

/** Checks the edit against the stored note: author, state, version, sections, partner levels. */
async function assertEditable(actor: Actor, existing: NoteRow, patch: NotePatch) {
  if (existing.authorId !== actor.id) {
    await audit(db(), actor, { action: "note.update", entityType: "SessionNote", entityId: existing.id, outcome: "DENIED" });
    throw new ForbiddenError("Only the note's author may edit it.");
  }
  if (existing.status === "SIGNED" || patch.version !== existing.version) {
    await audit(db(), actor, { action: "note.update", entityType: "SessionNote", entityId: existing.id, outcome: "DENIED" });
    throw await staleConflict(actor, existing.id, existing.status === "SIGNED"
      ? "This note is signed and can no longer change. Add an addendum instead."
      : "This note was saved elsewhere since you opened it. Compare both versions and choose.");
  }
  const format = patch.format ?? (existing.format as NoteFormat);
  const sections = patch.sections ?? (existing.sections as Record<string, string>);
  const issues: Issue[] = sectionIssues(format, sections).map((i) => ({ path: ["sections", i.key], message: i.message }));
  if (patch.partnerLevels) {
    const couple = existing.coupleId
      ? await db().couple.findFirst({ where: { id: existing.coupleId, practiceId: actor.practiceId } })
      : null;
    issues.push(...partnerLevelIssues(patch.partnerLevels, couple ? [couple.partnerAId, couple.partnerBId] : null));
  }
  if (issues.length) throw new InvalidError("Some fields are missing or invalid.", issues);
}

/**
 * Saves a change to the actor's own DRAFT. The update is conditional on the version it was based
 * on, atomically (`updateMany where { id, version }`), so of two saves of one version exactly one
 * wins and the other gets 409 with the current note; a signed note answers 409 too.
 */
export async function updateNote(actor: Actor, id: string, patch: NotePatch): Promise<NoteDto> {
  const grant = await authorizeOrHide(actor, "note:write", "SessionNote", id);
  const existing = await findVisibleNote(actor, grant, id, "note.update");
  await assertEditable(actor, existing, patch);
  const data: Prisma.SessionNoteUpdateManyMutationInput = {
    ...(patch.sessionDate !== undefined ? { sessionDate: dayToDate(patch.sessionDate) } : {}),
    ...(patch.durationMinutes !== undefined ? { durationMinutes: patch.durationMinutes } : {}),
    ...(patch.serviceType !== undefined ? { serviceType: patch.serviceType } : {}),
    ...(patch.format !== undefined ? { format: patch.format } : {}),
    ...(patch.sections !== undefined ? { sections: patch.sections } : {}),
    ...(patch.intimacyLevel !== undefined ? { intimacyLevel: patch.intimacyLevel } : {}),
    ...(patch.partnerLevels !== undefined ? { partnerLevels: patch.partnerLevels } : {}),
    ...(patch.ingredients !== undefined ? { ingredients: patch.ingredients } : {}),
    ...(patch.interventions !== undefined ? { interventions: patch.interventions } : {}),
    ...(patch.homework !== undefined ? { homework: patch.homework } : {}),
    ...(patch.riskFlag !== undefined ? { riskFlag: patch.riskFlag } : {}),
    ...(patch.privateNote !== undefined ? { privateNote: patch.privateNote } : {}),
    version: { increment: 1 },
  };
  try {
    await db().$transaction(async (tx) => {
      const { count } = await tx.sessionNote.updateMany({ where: { id, practiceId: actor.practiceId, version: patch.version, status: "DRAFT" }, data });
      if (count !== 1) throw new LostRace();
      if (patch.enemies) {
        await tx.noteEnemy.deleteMany({ where: { noteId: id } });
        await tx.noteEnemy.createMany({ data: patch.enemies.map((e) => ({ noteId: id, practiceId: actor.practiceId, enemy: e.enemy, intensity: e.intensity })) });
      }
      await audit(tx, actor, { action: "note.update", entityType: "SessionNote", entityId: id });
    });
    return reload(actor, id);
  } catch (error) {
    if (!(error instanceof LostRace)) throw error;
    await audit(db(), actor, { action: "note.update", entityType: "SessionNote", entityId: id, outcome: "DENIED" });
    throw await staleConflict(actor, id, "This note was saved elsewhere a moment ago. Compare both versions and choose.");
  }
}
