import "server-only";
import type { Actor } from "@/lib/data/actor";
import type { Db, Tx } from "@/lib/db";

export type AuditOutcome = "ALLOWED" | "DENIED" | "NOT_FOUND";

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId?: string | null;
  outcome?: AuditOutcome;
}

function row(actor: Actor, entry: AuditEntry) {
  return {
    practiceId: actor.practiceId,
    actorId: actor.id,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId ?? null,
    outcome: entry.outcome ?? "ALLOWED",
    requestId: actor.requestId,
  };
}

/**
 * Writes one audit row: actor, action, entity, outcome, time, request id. Never note text or
 * demographics: the trail itself must be safe to show an owner.
 */
export async function audit(client: Db | Tx, actor: Actor, entry: AuditEntry): Promise<void> {
  await client.auditEvent.create({ data: row(actor, entry) });
}

/** Many rows at once, for list reads. */
export async function auditMany(client: Db | Tx, actor: Actor, entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await client.auditEvent.createMany({ data: entries.map((entry) => row(actor, entry)) });
}
