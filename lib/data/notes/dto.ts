import "server-only";
import type { Actor } from "@/lib/data/actor";
import { isoDay } from "@/lib/data/serialize";
import type { Tx } from "@/lib/data/access/tenant";
import { ENEMIES, INGREDIENTS, type Enemy, type Ingredient } from "@/lib/domain/intimacy";
import type { NoteFormat } from "@/lib/domain/note-format";
import { PATTERNS, PREREQUISITES, type Pattern, type Prerequisite } from "@/lib/domain/notes/relational";
import type { Prisma } from "@/lib/generated/prisma/client";

// Session note rows to DESIGN.md's Note payload.

export const noteInclude = {
  enemies: true,
  patterns: true,
  addenda: { orderBy: [{ signedAt: "asc" }, { id: "asc" }] },
  author: { select: { name: true } },
  couple: { select: { partnerAId: true, partnerBId: true } },
} as const satisfies Prisma.SessionNoteInclude;
export type NoteRow = Prisma.SessionNoteGetPayload<{ include: typeof noteInclude }>;

/** The clients a note concerns (its client, or both partners): named in the audit of every read. */
export function clientIdsOf(row: Pick<NoteRow, "clientId" | "couple">): string[] {
  if (row.clientId) return [row.clientId];
  return row.couple ? [row.couple.partnerAId, row.couple.partnerBId] : [];
}

/**
 * An owner's reset of the author's access, not guarded by the author's own MFA, seals the private
 * notes written before it: whoever signs in after such a reset may not be the author.
 */
export function privateNoteSealed(row: Pick<NoteRow, "authorId" | "privateNote" | "createdAt">, actor: Pick<Actor, "id" | "privateNotesSealedBefore">): boolean {
  const before = actor.privateNotesSealedBefore;
  return row.authorId === actor.id && row.privateNote !== null && !!before && row.createdAt < before;
}

function byOrder<T extends string>(order: readonly T[]) {
  return (a: T, b: T) => order.indexOf(a) - order.indexOf(b);
}

/** Names of the addenda's authors, in one query (none when there are no addenda). */
export async function authorNames(tx: Tx, practiceId: string, rows: Pick<NoteRow, "addenda">[]): Promise<Map<string, string>> {
  const ids = [...new Set(rows.flatMap((r) => r.addenda.map((a) => a.authorId)))];
  const users = ids.length
    ? await tx.user.findMany({ where: { id: { in: ids }, practiceId }, select: { id: true, name: true } })
    : [];
  return new Map(users.map((u) => [u.id, u.name]));
}

/**
 * The Note payload. The private psychotherapy note reaches its author only: for anyone else it
 * is null, whatever else they may read.
 */
export function noteDto(row: Omit<NoteRow, "couple">, actor: Pick<Actor, "id" | "privateNotesSealedBefore">, names: Map<string, string> = new Map()) {
  const sealed = privateNoteSealed(row, actor);
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
      .map((e) => ({ enemy: e.enemy as Enemy, intensity: e.intensity, clientId: e.clientId ?? null }))
      .sort((a, b) => byOrder(ENEMIES)(a.enemy, b.enemy)),
    patterns: row.patterns
      .map((p) => ({ pattern: p.pattern as Pattern, clientId: p.clientId ?? null, intensity: p.intensity }))
      .sort((a, b) => byOrder(PATTERNS)(a.pattern, b.pattern) || (a.clientId ?? "").localeCompare(b.clientId ?? "")),
    ingredients: [...(row.ingredients as Ingredient[])].sort(byOrder(INGREDIENTS)),
    prerequisites: [...(row.prerequisites as Prerequisite[])].sort(byOrder(PREREQUISITES)),
    interventions: row.interventions,
    homework: row.homework,
    riskFlag: row.riskFlag,
    privateNote: row.authorId === actor.id && !sealed ? row.privateNote : null,
    /** The author's private note exists but stays sealed after an owner's reset of their access. */
    privateNoteSealed: sealed,
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
