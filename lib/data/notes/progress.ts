import "server-only";
import type { Actor } from "@/lib/data/actor";
import { audit } from "@/lib/data/access/audit";
import { authorizeOrHide } from "@/lib/data/access/guard";
import { requireTreatedCase, type CaseRef } from "@/lib/data/notes/notes";
import { noteScope } from "@/lib/data/notes/dto";
import { isoDay } from "@/lib/data/serialize";
import { db } from "@/lib/db";
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
  const entityType = "clientId" in ref ? "Client" : "Couple";
  const entityId = "clientId" in ref ? ref.clientId : ref.coupleId;
  const grant = await authorizeOrHide(actor, "note:read", entityType, entityId);
  const target = await requireTreatedCase(actor, ref, "note.progress");
  const rows = await db().sessionNote.findMany({
    where: { practiceId: actor.practiceId, ...ref, status: "SIGNED", ...noteScope(actor, grant) },
    select: { id: true, sessionDate: true, intimacyLevel: true, partnerLevels: true, enemies: { select: { enemy: true, intensity: true } } },
    orderBy: [{ sessionDate: "asc" }, { createdAt: "asc" }, { id: "asc" }],
  });
  await audit(db(), actor, { action: "note.progress", entityType, entityId });
  const partners = target.kind === "couple"
    ? [target.couple.partnerA, target.couple.partnerB].map((p) => ({ clientId: p.id, name: `${p.firstName} ${p.lastName}` }))
    : [];
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
