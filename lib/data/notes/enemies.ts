import "server-only";
import type { Tx } from "@/lib/data/access/tenant";
import type { Enemy } from "@/lib/domain/intimacy";

export interface EnemyTagRow {
  enemy: Enemy;
  intensity: number;
  /** The partner who carries it; null: the couple (or the client) as a whole. */
  clientId?: string | null;
}

const carrier = (e: EnemyTagRow) => e.clientId ?? null;

/** What turns the stored tags into the wanted ones: tags to add, to re-rate (or re-attribute) and to remove. Pure. */
export function enemyChanges(stored: readonly EnemyTagRow[], wanted: readonly EnemyTagRow[]) {
  const before = new Map(stored.map((e) => [e.enemy, e]));
  const after = new Map(wanted.map((e) => [e.enemy, e]));
  return {
    add: wanted.filter((e) => !before.has(e.enemy)),
    change: wanted.filter((e) => {
      const was = before.get(e.enemy);
      return !!was && (was.intensity !== e.intensity || carrier(was) !== carrier(e));
    }),
    remove: stored.filter((e) => !after.has(e.enemy)).map((e) => e.enemy),
  };
}

/**
 * Writes only the tags that changed (an autosave that leaves them alone touches none), so the
 * roll-up triggers behind the reports run only for a real change.
 */
export async function saveEnemies(tx: Tx, practiceId: string, noteId: string, stored: readonly EnemyTagRow[], wanted: readonly EnemyTagRow[]): Promise<void> {
  const { add, change, remove } = enemyChanges(stored, wanted);
  if (remove.length) await tx.noteEnemy.deleteMany({ where: { noteId, practiceId, enemy: { in: remove } } });
  for (const e of change) {
    await tx.noteEnemy.update({ where: { noteId_enemy: { noteId, enemy: e.enemy } }, data: { intensity: e.intensity, clientId: carrier(e) } });
  }
  if (add.length) {
    await tx.noteEnemy.createMany({ data: add.map((e) => ({ noteId, practiceId, enemy: e.enemy, intensity: e.intensity, clientId: carrier(e) })) });
  }
}
