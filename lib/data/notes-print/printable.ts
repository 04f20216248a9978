import "server-only";
import type { Actor } from "@/lib/data/actor";
import { access } from "@/lib/data/access";
import { ConflictError, NotFoundError } from "@/lib/data/errors";
import { isoDay } from "@/lib/data/serialize";
import type { Enemy, Ingredient } from "@/lib/domain/intimacy";
import type { NoteFormat } from "@/lib/domain/note-format";
import { wallClockAt } from "@/lib/domain/time-zone";
import type { PrintableNote } from "@/lib/print/note-document";

const person = { select: { id: true, firstName: true, lastName: true, dateOfBirth: true } } as const;

/**
 * A signed note as its printable copy, for its treating clinician (the access of notes). Audited
 * as a disclosure (`note.print`). The private note is never selected: it cannot reach a copy.
 */
export async function getPrintableNote(actor: Actor, id: string): Promise<PrintableNote> {
  return access(actor, { permission: "note:read", action: "note.print", entityType: "SessionNote", id }, async ({ tx, scope, disclose }) => {
    const note = await tx.sessionNote.findFirst({
      where: { AND: [scope.note, { id }] },
      select: {
        id: true, status: true, sessionDate: true, durationMinutes: true, format: true, sections: true, intimacyLevel: true,
        partnerLevels: true, ingredients: true, interventions: true, homework: true, riskFlag: true, signedAt: true,
        enemies: { select: { enemy: true, intensity: true, clientId: true } },
        addenda: { select: { text: true, authorId: true, signedAt: true }, orderBy: [{ signedAt: "asc" }, { id: "asc" }] },
        author: { select: { name: true, clinician: { select: { credentials: true } } } },
        client: person,
        couple: { select: { partnerA: person, partnerB: person } },
        practice: { select: { name: true, timeZone: true } },
      },
    });
    if (!note) throw new NotFoundError("Note");
    if (note.status !== "SIGNED" || !note.signedAt) throw new ConflictError("Only a signed note has a printable copy. Sign it first.");
    const clients = note.couple ? [note.couple.partnerA, note.couple.partnerB] : note.client ? [note.client] : [];
    disclose({ ids: [note.id], clientIds: clients.map((c) => c.id) });
    const nameOf = new Map(clients.map((c) => [c.id, `${c.firstName} ${c.lastName}`]));
    const authors = await tx.user.findMany({ where: { practiceId: actor.practiceId, id: { in: note.addenda.map((a) => a.authorId) } }, select: { id: true, name: true } });
    const authorName = new Map(authors.map((a) => [a.id, a.name]));
    const zone = note.practice.timeZone;
    const at = (d: Date) => {
      const w = wallClockAt(d, zone);
      return `${w.date} ${w.time} (${zone.replaceAll("_", " ")})`;
    };
    return {
      practiceName: note.practice.name,
      clients: clients.map((c) => ({ name: `${c.firstName} ${c.lastName}`, dateOfBirth: isoDay(c.dateOfBirth) })),
      clinician: { name: note.author.name, credentials: note.author.clinician?.credentials ?? "" },
      sessionDate: isoDay(note.sessionDate),
      durationMinutes: note.durationMinutes,
      format: note.format as NoteFormat,
      sections: note.sections as Record<string, string>,
      intimacyLevel: note.intimacyLevel,
      partnerLevels: (note.partnerLevels as { clientId: string; level: number }[]).map((p) => ({ name: nameOf.get(p.clientId) ?? "Partner", level: p.level })),
      enemies: note.enemies.map((e) => ({ enemy: e.enemy as Enemy, intensity: e.intensity, carriedBy: e.clientId ? (nameOf.get(e.clientId) ?? null) : null })),
      ingredients: note.ingredients as Ingredient[],
      interventions: note.interventions,
      homework: note.homework,
      riskFlag: note.riskFlag,
      signedAt: at(note.signedAt),
      addenda: note.addenda.map((a) => ({ text: a.text, authorName: authorName.get(a.authorId) ?? "A clinician", signedAt: at(a.signedAt) })),
    };
  });
}
