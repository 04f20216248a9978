import "server-only";
import type { Actor } from "@/lib/data/actor";
import type { Grant } from "@/lib/auth/permissions";
import { isoDay } from "@/lib/data/serialize";
import type { Db, Tx } from "@/lib/db";
import { ENEMIES, INGREDIENTS, type Enemy, type Ingredient } from "@/lib/domain/intimacy";
import type { NoteFormat } from "@/lib/domain/note-format";
import type { Prisma } from "@/lib/generated/prisma/client";

// Session note rows to DESIGN.md's Note payload, and the scopes every note query shares.

export const noteInclude = {
  enemies: true,
  addenda: { orderBy: [{ signedAt: "asc" }, { id: "asc" }] },
  author: { select: { name: true } },
} as const satisfies Prisma.SessionNoteInclude;
export type NoteRow = Prisma.SessionNoteGetPayload<{ include: typeof noteInclude }>;

/** The clinician profile a treating-clinician check compares against (none: matches nothing). */
export function treating(actor: Actor): { assignedClinicianId: string } {
  return { assignedClinicianId: actor.clinicianId ?? "__no_clinician__" };
}

/**
 * Notes the actor may read: with an "own" grant, those whose client or couple is assigned to the
 * actor's clinician profile (the treating clinician), whoever wrote them.
 */
export function noteScope(actor: Actor, grant: Grant): Prisma.SessionNoteWhereInput {
  if (grant === "any") return {};
  return { OR: [{ client: treating(actor) }, { couple: treating(actor) }] };
}

function byOrder<T extends string>(order: readonly T[]) {
  return (a: T, b: T) => order.indexOf(a) - order.indexOf(b);
}

/** Names of the note's author and its addenda's authors, in one query. */
export async function authorNames(client: Db | Tx, actor: Actor, rows: NoteRow[]): Promise<Map<string, string>> {
  const ids = [...new Set(rows.flatMap((r) => r.addenda.map((a) => a.authorId)))];
  const users = ids.length
    ? await client.user.findMany({ where: { id: { in: ids }, practiceId: actor.practiceId }, select: { id: true, name: true } })
    : [];
  return new Map(users.map((u) => [u.id, u.name]));
}

/**
 * The Note payload. The private psychotherapy note reaches its author only: for anyone else it
 * is null, whatever else they may read.
 */
export function noteDto(row: NoteRow, actor: Actor, names: Map<string, string> = new Map()) {
  return {
    id: row.id,
    clientId: row.clientId,
    coupleId: row.coupleId,
    sessionDate: isoDay(row.sessionDate),
    durationMinutes: row.durationMinutes,
    serviceType: row.serviceType,
    format: row.format as NoteFormat,
    sections: row.sections as Record<string, string>,
    intimacyLevel: row.intimacyLevel,
    partnerLevels: row.partnerLevels as { clientId: string; level: number }[],
    enemies: row.enemies
      .map((e) => ({ enemy: e.enemy as Enemy, intensity: e.intensity }))
      .sort((a, b) => byOrder(ENEMIES)(a.enemy, b.enemy)),
    ingredients: [...(row.ingredients as Ingredient[])].sort(byOrder(INGREDIENTS)),
    interventions: row.interventions,
    homework: row.homework,
    riskFlag: row.riskFlag,
    privateNote: row.authorId === actor.id ? row.privateNote : null,
    status: row.status as "DRAFT" | "SIGNED",
    version: row.version,
    authorId: row.authorId,
    authorName: row.author.name,
    signedAt: row.signedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    addenda: row.addenda.map((a) => ({
      id: a.id,
      text: a.text,
      authorId: a.authorId,
      authorName: names.get(a.authorId) ?? null,
      signedAt: a.signedAt.toISOString(),
    })),
  };
}
export type NoteDto = ReturnType<typeof noteDto>;
