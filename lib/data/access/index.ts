import "server-only";
import { can, type Grant, type Permission } from "@/lib/auth/permissions";
import { reachOf, refusalHides } from "@/lib/auth/policy";
import type { Actor } from "@/lib/data/actor";
import { writeAudit, type AuditEntry, type Disclosure } from "@/lib/data/access/audit";
import { scopesOf, type Scopes } from "@/lib/data/access/scopes";
import { inTenant, type Tx } from "@/lib/data/access/tenant";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/data/errors";
import type { z } from "zod";

export type { Disclosure } from "@/lib/data/access/audit";
export type { Scopes } from "@/lib/data/access/scopes";
export type { Tx } from "@/lib/data/access/tenant";

// The one access path of lib/data, after Medplum's repository: every function states the
// permission, the audit action and the record it acts on, and `access` does the rest once: the
// permission table, the scope of rows, "not found" for the invisible, one transaction under
// row-level security, and the audit row of what was disclosed (refusals included).

export interface Rule {
  permission: Permission;
  /** The audit action, "client.read". */
  action: string;
  /** The kind of record, as the audit trail names it ("Client"). */
  entityType: string;
  /** The record acted on, when there is one. */
  id?: string;
  /** A longer transaction limit, for bulk work (reassigning a caseload). */
  timeout?: number;
}

export interface Access {
  tx: Tx;
  actor: Actor;
  grant: Grant;
  /** The rows the actor reaches under the rule's permission. */
  scope: Scopes;
  /** The rows the actor reaches under another permission, or null when they never may. */
  scopeOf(permission: Permission): Scopes | null;
  /** Records (and the clients they concern) this call shows the caller: audited with it. */
  disclose(disclosure: Disclosure): void;
  /** Another audit row written with this call's (e.g. a record created along the way). */
  record(entry: AuditEntry): void;
  /** The record this call turned out to act on (one it created): the audit row's entity. */
  subject(id: string): void;
  /**
   * Refuses with `error`, but commits what the body wrote and the refusal's audit row (DENIED,
   * `entry` overriding the action) in this same transaction: for a refusal that must count at
   * once, such as a wrong password, which a later attempt then sees under the same lock.
   */
  refuseAndKeep(error: Error, entry?: Partial<AuditEntry>): never;
}

/** Carries a refusal whose transaction commits (Access.refuseAndKeep). */
class Kept {
  constructor(readonly error: Error, readonly entry: Partial<AuditEntry>) {}
}

async function refuse(actor: Actor, rule: Rule, outcome: "DENIED" | "NOT_FOUND", disclosure: Disclosure = {}): Promise<void> {
  await inTenant(actor.practiceId, (tx) =>
    writeAudit(tx, actor, [{ action: rule.action, entityType: rule.entityType, entityId: rule.id ?? null, outcome, ...disclosure }]));
}

/**
 * Runs `body` as `actor` under `rule`. A role that may never do the action gets 403, or 404 when
 * it acts on one record of a kind it may not even read; both audited as DENIED. The body's
 * NotFoundError is audited as NOT_FOUND, its ForbiddenError and ConflictError as DENIED (with
 * whatever the conflict shows), and on success one ALLOWED row records what was disclosed, in
 * the same transaction as the reads and writes it describes.
 */
export async function access<T>(actor: Actor, rule: Rule, body: (ctx: Access) => Promise<T>): Promise<T> {
  const reach = reachOf(actor, rule.permission);
  if (!reach) {
    await refuse(actor, rule, "DENIED");
    if (rule.id !== undefined && refusalHides(actor, rule.entityType)) throw new NotFoundError(labelOf(rule.entityType));
    throw new ForbiddenError();
  }
  let kept = false;
  try {
    const outcome = await inTenant(actor.practiceId, async (tx): Promise<T | Kept> => {
      const disclosed = { ids: [] as string[], clientIds: [] as (string | null | undefined)[] };
      const main: { action: string; entityType: string; entityId: string | null } = { action: rule.action, entityType: rule.entityType, entityId: rule.id ?? null };
      const extra: AuditEntry[] = [];
      const ctx: Access = {
        tx, actor, grant: reach.grant, scope: scopesOf(reach),
        scopeOf: (permission) => {
          const other = reachOf(actor, permission);
          return other ? scopesOf(other) : null;
        },
        disclose: (d) => {
          disclosed.ids.push(...(d.ids ?? []));
          disclosed.clientIds.push(...(d.clientIds ?? []));
        },
        record: (entry) => void extra.push(entry),
        subject: (id) => void (main.entityId = id),
        refuseAndKeep: (error, entry = {}) => {
          throw new Kept(error, entry);
        },
      };
      let result: T;
      try {
        result = await body(ctx);
      } catch (error) {
        if (!(error instanceof Kept)) throw error;
        await writeAudit(tx, actor, [...extra, { ...main, outcome: "DENIED", ...error.entry }]);
        return error;
      }
      // Last in the transaction: the audit chain's lock is then held only until the commit.
      await writeAudit(tx, actor, [{ ...main, ...disclosed }, ...extra]);
      return result;
    }, { timeout: rule.timeout });
    if (outcome instanceof Kept) {
      kept = true;
      throw outcome.error;
    }
    return outcome;
  } catch (error) {
    if (kept) throw error;
    if (error instanceof NotFoundError) await refuse(actor, rule, "NOT_FOUND");
    else if (error instanceof ForbiddenError) await refuse(actor, rule, "DENIED");
    else if (error instanceof ConflictError) await refuse(actor, rule, "DENIED", error.disclosed);
    throw error;
  }
}

/**
 * `access`, with the input parsed after the permission check: a role that may never act gets
 * its 403/404 whatever it sent, and only then is bad input a 400.
 */
export async function accessWith<S extends z.ZodType, T>(actor: Actor, rule: Rule, schema: S, input: unknown, body: (ctx: Access, input: z.output<S>) => Promise<T>): Promise<T> {
  const reach = reachOf(actor, rule.permission);
  if (!reach) return access(actor, rule, async () => undefined as never);
  const parsed = schema.parse(input);
  return access(actor, rule, (ctx) => body(ctx, parsed));
}

/** Whether the actor's roles ever allow `permission` (to choose what to show, never to authorise). */
export function allows(actor: Actor, permission: Permission): boolean {
  return can(actor, permission) !== null;
}

const LABELS: Record<string, string> = {
  Client: "Client", Couple: "Couple", SessionNote: "Note", IntakeRequest: "Intake request", ClinicianProfile: "Clinician",
  User: "Staff member", Location: "Location", AuditEvent: "Audit event",
};

export function labelOf(entityType: string): string {
  return LABELS[entityType] ?? "Record";
}
