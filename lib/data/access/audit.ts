import "server-only";
import type { Actor } from "@/lib/data/actor";
import type { Tx } from "@/lib/db";

export type AuditOutcome = "ALLOWED" | "DENIED" | "NOT_FOUND";

/** What one event showed: the records (`ids`) and the clients whose data they carry. */
export interface Disclosure {
  ids?: readonly string[];
  clientIds?: readonly (string | null | undefined)[];
}

export interface AuditEntry extends Disclosure {
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

const unique = (values: readonly (string | null | undefined)[] | undefined) =>
  [...new Set((values ?? []).filter((v): v is string => typeof v === "string" && v.length > 0))];

export function auditRow(actor: Pick<Actor, "practiceId" | "id" | "requestId" | "tokenId">, entry: AuditEntry) {
  return {
    practiceId: actor.practiceId,
    actorId: actor.id,
    tokenId: actor.tokenId ?? null,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId ?? null,
    entityIds: unique(entry.ids),
    clientIds: unique(entry.clientIds),
    outcome: entry.outcome ?? "ALLOWED",
    requestId: isRequestId(actor.requestId) ? actor.requestId : null,
  };
}

/**
 * Writes audit rows in one statement: actor, action, entity, what was shown, outcome, time,
 * request id. Never note text or demographics: the trail itself must be safe to show an owner.
 * The database chains each row to its practice's previous one (trigger audit_event_chain).
 */
export async function writeAudit(tx: Tx, actor: Pick<Actor, "practiceId" | "id" | "requestId" | "tokenId">, entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  if (entries.length === 1) await tx.auditEvent.create({ data: auditRow(actor, entries[0]!) });
  else await tx.auditEvent.createMany({ data: entries.map((entry) => auditRow(actor, entry)) });
}
