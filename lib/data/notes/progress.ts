import "server-only";
import type { Actor } from "@/lib/data/actor";
import { access } from "@/lib/data/access";
import { treatedCase, type CaseRef, type TreatedCase } from "@/lib/data/notes/case";
import { isoDay } from "@/lib/data/serialize";
import { ENEMIES, summarizeProgress, type Enemy, type EnemyTag, type ProgressSummary } from "@/lib/domain/intimacy";

export interface ProgressPoint {
  noteId: string;
  sessionDate: string;
  /** The couple's (or the client's) level. */
  level: number;
  /** Couples: each partner's level in `partners` order, null where not recorded. */
  partnerLevels: (number | null)[];
  enemies: EnemyTag[];
}

export interface Progress {
  kind: "client" | "couple";
  partners: { clientId: string; name: string }[];
  /** Signed sessions, oldest first: the timeline shows what has been attested. */
  points: ProgressPoint[];
  overall: ProgressSummary;
  byPartner: { clientId: string; name: string; summary: ProgressSummary }[];
}

/**
 * The timeline of a client or couple of the actor's own caseload: level per signed session,
 * each partner's level, the enemies and their intensity, and the summaries (median of the last
 * 4 sessions against the 4 before, most frequent enemy). Tags only: no note text leaves here.
 */
export async function getProgress(actor: Actor, ref: CaseRef): Promise<Progress> {
  const [entityType, id] = "clientId" in ref ? (["Client", ref.clientId] as const) : (["Couple", ref.coupleId] as const);
  return access(actor, { permission: "note:read", action: "note.progress", entityType, id }, async (ctx) => {
    const target = await treatedCase(ctx, ref);
    const rows = await ctx.tx.sessionNote.findMany({
      where: { AND: [ctx.scope.note, target.kind === "client" ? { clientId: target.id } : { coupleId: target.id }, { status: "SIGNED" }] },
      select: { id: true, sessionDate: true, intimacyLevel: true, partnerLevels: true, enemies: { select: { enemy: true, intensity: true } } },
      orderBy: [{ sessionDate: "asc" }, { createdAt: "asc" }, { id: "asc" }],
    });
    ctx.disclose({ ids: rows.map((r) => r.id), clientIds: target.clientIds });
    return progressOf(target, rows);
  });
}

type ProgressRow = { id: string; sessionDate: Date; intimacyLevel: number; partnerLevels: unknown; enemies: { enemy: string; intensity: number }[] };

function progressOf(target: TreatedCase, rows: ProgressRow[]): Progress {
  const partners = target.partners;
  const points: ProgressPoint[] = rows.map((r) => {
    const recorded = r.partnerLevels as { clientId: string; level: number }[];
    return {
      noteId: r.id,
      sessionDate: isoDay(r.sessionDate),
      level: r.intimacyLevel,
      partnerLevels: partners.map((p) => recorded.find((l) => l.clientId === p.clientId)?.level ?? null),
      enemies: r.enemies
        .map((e) => ({ enemy: e.enemy as Enemy, intensity: e.intensity }))
        .sort((a, b) => ENEMIES.indexOf(a.enemy) - ENEMIES.indexOf(b.enemy)),
    };
  });
  return {
    kind: target.kind,
    partners,
    points,
    overall: summarizeProgress(points),
    byPartner: partners.map((p, k) => ({
      ...p,
      summary: summarizeProgress(points.map((pt) => ({ level: pt.partnerLevels[k] ?? null, enemies: pt.enemies }))),
    })),
  };
}
