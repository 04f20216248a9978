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

/**
 * What a request id may look like (a UUID, or a proxy's id of the same kind). The id may come
 * from a request header, so anything else (a forged line, a 16 KB blob) is never written.
 */
export function isRequestId(value: string): boolean {
  return /^[A-Za-z0-9._:-]{8,64}$/.test(value);
}

function row(actor: Actor, entry: AuditEntry) {
  return {
    practiceId: actor.practiceId,
    actorId: actor.id,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId ?? null,
    outcome: entry.outcome ?? "ALLOWED",
    requestId: isRequestId(actor.requestId) ? actor.requestId : null,
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
