import "server-only";
import type { Tx } from "@/lib/data/access/tenant";
import { patternKey, type Pattern } from "@/lib/domain/notes/relational";

export interface PatternTagRow {
  pattern: Pattern;
  clientId?: string | null;
  intensity: number;
}
export interface StoredPattern extends PatternTagRow {
  id: string;
}

/**
 * What turns the stored pattern rows into the wanted tags, keyed by (pattern, who shows it):
 * rows to add, rows to re-rate (by id) and rows to remove (by id). Pure.
 */
export function patternChanges(stored: readonly StoredPattern[], wanted: readonly PatternTagRow[]) {
  const before = new Map(stored.map((p) => [patternKey(p), p]));
  const after = new Set(wanted.map(patternKey));
  const add: PatternTagRow[] = [];
  const change: { id: string; intensity: number }[] = [];
  for (const p of wanted) {
    const was = before.get(patternKey(p));
    if (!was) add.push(p);
    else if (was.intensity !== p.intensity) change.push({ id: was.id, intensity: p.intensity });
  }
  const remove = stored.filter((p) => !after.has(patternKey(p))).map((p) => p.id);
  return { add, change, remove };
}

/** Writes only the pattern rows that changed: an autosave that leaves them alone touches none. */
export async function savePatterns(tx: Tx, practiceId: string, noteId: string, stored: readonly StoredPattern[], wanted: readonly PatternTagRow[]): Promise<StoredPattern[]> {
  const { add, change, remove } = patternChanges(stored, wanted);
  if (remove.length) await tx.notePattern.deleteMany({ where: { noteId, practiceId, id: { in: remove } } });
  for (const c of change) await tx.notePattern.updateMany({ where: { id: c.id, noteId, practiceId }, data: { intensity: c.intensity } });
  const added = add.length
    ? await tx.notePattern.createManyAndReturn({
        data: add.map((p) => ({ noteId, practiceId, pattern: p.pattern, clientId: p.clientId ?? null, intensity: p.intensity })),
        select: { id: true, pattern: true, clientId: true, intensity: true },
      })
    : [];
  const changed = new Map(change.map((c) => [c.id, c.intensity]));
  const kept = stored.filter((p) => !remove.includes(p.id)).map((p) => ({ ...p, intensity: changed.get(p.id) ?? p.intensity }));
  return [...kept, ...added];
}
