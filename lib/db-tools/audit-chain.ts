// The audit trail's hash chain, recomputed outside the database (see docs/decisions/0027). Each
// event's hash is the SHA-256 of a canonical text of its fields and of the previous event's hash.
// This file rebuilds that text byte for byte like the SQL function audit_event_hash (migration
// 20261202051130_access_wall), without calling it: a superuser who replaced the function could
// otherwise make any row look right. Pure: no database, so the tests can pin it to known hashes.
import { createHash } from "node:crypto";

export const CHAIN_VERSION = "lakeshore-audit-v1";

/** One AuditEvent row as the `pg` driver returns it (timestamps left as Postgres prints them). */
export interface ChainEvent {
  id: string;
  practiceId: string;
  seq: string | number | bigint;
  actorId: string | null;
  tokenId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  entityIds: readonly (string | null)[] | null;
  clientIds: readonly (string | null)[] | null;
  outcome: string;
  requestId: string | null;
  /** "2026-01-02 03:04:05.5" (Postgres' ISO output of a timestamp) or a Date read as UTC. */
  at: string | Date;
  prevHash: string;
  hash: string;
}

/** Byte length, colon, text, newline; "-" for null: no value can pass for another. */
function field(value: string | null): string {
  return value === null ? "-\n" : `${Buffer.byteLength(value, "utf8")}:${value}\n`;
}

/** array_to_string(COALESCE(a, '{}'), ','): null elements are left out. */
function list(values: readonly (string | null)[] | null): string {
  return (values ?? []).filter((v): v is string => v !== null).join(",");
}

const PG_TIMESTAMP = /^(\d{4,})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,6}))?$/;

/** to_char(at, 'YYYY-MM-DD"T"HH24:MI:SS.MS'): milliseconds always three digits, truncated. */
export function canonicalAt(at: string | Date): string {
  if (at instanceof Date) return at.toISOString().slice(0, 23);
  const m = PG_TIMESTAMP.exec(at);
  if (!m) throw new Error(`unexpected timestamp text: ${JSON.stringify(at)}`);
  const ms = (m[7] ?? "").padEnd(3, "0").slice(0, 3);
  return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${ms}`;
}

/** The exact text audit_event_hash hashes, with `prevHash` as the link to the event before. */
export function canonicalText(event: ChainEvent, prevHash: string = event.prevHash): string {
  return `${CHAIN_VERSION}\n${[
    prevHash, event.id, event.practiceId, String(event.seq), event.actorId, event.tokenId, event.action,
    event.entityType, event.entityId, list(event.entityIds), list(event.clientIds), event.outcome,
    event.requestId, canonicalAt(event.at),
  ].map(field).join("")}`;
}

export function eventHash(event: ChainEvent, prevHash: string = event.prevHash): string {
  return createHash("sha256").update(canonicalText(event, prevHash), "utf8").digest("hex");
}

/** The first place a practice's chain is broken; `eventId` is null when the event is gone. */
export interface ChainBreak {
  eventId: string | null;
  seq: string;
  reason: string;
}

export interface ChainHead {
  seq: string | number | bigint;
  hash: string;
}

/**
 * Walks one practice's events in seq order, one at a time (so a caller can stream millions), and
 * stops at the first that does not follow from the ones before or is not under the chain head.
 * The head is read in the same snapshot as the rows: an event past it was slipped in around the
 * trigger, and a head past the last event means the newest events were deleted.
 */
export class ChainWalk {
  private expected = 1n;
  private previous: ChainEvent | null = null;
  broken: ChainBreak | null = null;

  constructor(private readonly head: ChainHead | null) {}

  get count(): bigint {
    return this.expected - 1n;
  }

  /** Feeds the next event; false once the chain is broken (nothing further is checked). */
  push(event: ChainEvent): boolean {
    if (this.broken) return false;
    this.broken = this.check(event);
    if (this.broken) return false;
    this.previous = event;
    this.expected += 1n;
    return true;
  }

  private check(event: ChainEvent): ChainBreak | null {
    const seq = BigInt(event.seq);
    const at = (reason: string): ChainBreak => ({ eventId: event.id, seq: seq.toString(), reason });
    if (seq > this.expected) {
      const gap = seq - 1n === this.expected ? `event ${this.expected} is` : `events ${this.expected} to ${seq - 1n} are`;
      return at(`${gap} missing before it (deleted)`);
    }
    if (seq < this.expected) return at(`seq ${seq} repeats or goes back after ${this.expected - 1n} (inserted out of order)`);
    const link = this.previous?.hash ?? "";
    if (event.prevHash !== link) {
      return at(this.previous ? `its prevHash is not the hash of event ${this.expected - 1n} (that event or this link was changed)` : "the first event must have an empty prevHash");
    }
    if (eventHash(event, link) !== event.hash) return at("its stored hash does not match its fields (the row was changed)");
    if (!this.head || seq > BigInt(this.head.seq)) {
      return at(`it is past the chain head (seq ${this.head?.seq ?? "none"}): written around the trigger`);
    }
    return null;
  }

  /** After the last event: the head must point at it, or the newest events were deleted. */
  finish(): ChainBreak | null {
    if (this.broken) return this.broken;
    const last = this.previous;
    const headSeq = this.head ? BigInt(this.head.seq) : 0n;
    if (headSeq > this.count) {
      const after = last ? `the last event is ${this.count} (${last.id})` : "no events remain";
      this.broken = { eventId: null, seq: (this.count + 1n).toString(), reason: `missing: the chain head records ${headSeq} events but ${after} (deleted)` };
    } else if (this.head && this.head.hash !== (last?.hash ?? "")) {
      this.broken = { eventId: last?.id ?? null, seq: this.count.toString(), reason: "the chain head's hash is not this event's hash (the head or the event was changed)" };
    }
    return this.broken;
  }
}
