// The verifier recomputes the audit chain in TypeScript; these hashes were written by the SQL
// function audit_event_hash (trigger audit_event_chain) on PostgreSQL 15, so a drift between the
// two encodings (which would make every intact chain look tampered, or hide a change) fails here.
import { describe, expect, test } from "vitest";
import { canonicalAt, canonicalText, ChainWalk, eventHash, type ChainEvent } from "@/lib/db-tools/audit-chain";

const H1 = "ccc4aa07cfa6aa47ba98c14dd35f97efcc2861530da036ae59cbb2c091e68955";
const H2 = "ddf5974d8a69f6799e8b42a969224bf9d9a3552490005813272b8a9530b5d1e9";
const H3 = "05c73f2e0c3249b275c7e8d8a19ec26be37d41afe40b91877f5ffaab2e65deb7";

const base = { practiceId: "prac_1", actorId: null, tokenId: null, entityId: null, requestId: null, entityIds: [], clientIds: [] };
const chain: ChainEvent[] = [
  { ...base, id: "evt_1", seq: "1", action: "client.list", entityType: "Client", outcome: "ALLOWED", at: "2026-01-02 03:04:05", prevHash: "", hash: H1 },
  {
    ...base, id: "evt_2", seq: "2", actorId: "user_ä", tokenId: "tok_9", action: "note.read", entityType: "SessionNote", entityId: "n1",
    entityIds: ["n1", "n2"], clientIds: ["c1", null, "c2"], outcome: "DENIED", requestId: "req-Zoë 😀", at: "2026-12-31 23:59:59.5", prevHash: H1, hash: H2,
  },
  { ...base, id: "evt_3", seq: "3", action: "x:1\n-", entityType: "Client", outcome: "NOT_FOUND", at: "2026-06-15 12:00:00.123", prevHash: H2, hash: H3 },
];

const walk = (events: ChainEvent[], head: { seq: string; hash: string } | null = { seq: "3", hash: H3 }) => {
  const w = new ChainWalk(head);
  for (const e of events) if (!w.push(e)) break;
  return w.finish();
};

describe("the hash of an event", () => {
  test("is the one Postgres wrote, for nulls, arrays with null, multi-byte text, a newline inside a field, every timestamp precision", () => {
    expect(chain.map((e) => eventHash(e))).toEqual([H1, H2, H3]);
  });

  test("Prisma's Date (read as UTC) hashes like Postgres' text of the same instant", () => {
    expect(eventHash({ ...chain[1]!, at: new Date("2026-12-31T23:59:59.500Z") })).toBe(H2);
  });

  test("length prefixes keep one field's text from passing for two", () => {
    const a = canonicalText({ ...chain[0]!, action: "a", entityType: "bc" });
    const b = canonicalText({ ...chain[0]!, action: "ab", entityType: "c" });
    expect(a).not.toBe(b);
    expect(canonicalText({ ...chain[0]!, actorId: "-" })).not.toBe(canonicalText(chain[0]!));
  });

  test("any change of a field changes the hash", () => {
    for (const change of [{ action: "client.read" }, { clientIds: ["c1"] }, { outcome: "ALLOWED" }, { at: "2026-12-31 23:59:59.501" }]) {
      expect(eventHash({ ...chain[1]!, ...change })).not.toBe(H2);
    }
  });

  test("timestamps are cut to milliseconds like to_char's MS", () => {
    expect(canonicalAt("2026-06-15 12:00:00")).toBe("2026-06-15T12:00:00.000");
    expect(canonicalAt("2026-06-15 12:00:00.1239")).toBe("2026-06-15T12:00:00.123");
    expect(() => canonicalAt("15/06/2026 12:00")).toThrow(/unexpected timestamp/);
  });
});

describe("walking a chain", () => {
  test("an intact chain under its head passes", () => {
    expect(walk(chain)).toBeNull();
    expect(walk([], null)).toBeNull();
  });

  test("a changed row is named, not the rows after it", () => {
    expect(walk([chain[0]!, { ...chain[1]!, action: "client.list" }, chain[2]!])).toMatchObject({ eventId: "evt_2", seq: "2", reason: expect.stringMatching(/changed/) });
  });

  test("a row whose hash was recomputed after the change breaks the next link", () => {
    const forged = { ...chain[1]!, action: "client.list" };
    forged.hash = eventHash(forged);
    expect(walk([chain[0]!, forged, chain[2]!])).toMatchObject({ eventId: "evt_3", reason: expect.stringMatching(/prevHash/) });
  });

  test("a deleted middle row is found at the event after the gap", () => {
    expect(walk([chain[0]!, chain[2]!])).toMatchObject({ eventId: "evt_3", seq: "3", reason: expect.stringMatching(/event 2 is missing/) });
  });

  test("a deleted last row is found through the head", () => {
    expect(walk(chain.slice(0, 2))).toMatchObject({ eventId: null, seq: "3", reason: expect.stringMatching(/head records 3 events/) });
  });

  test("a well-linked row slipped in past the head is named", () => {
    const extra: ChainEvent = { ...chain[0]!, id: "evt_x", seq: "4", prevHash: H3, hash: "" };
    extra.hash = eventHash(extra);
    expect(walk([...chain, extra])).toMatchObject({ eventId: "evt_x", seq: "4", reason: expect.stringMatching(/past the chain head/) });
  });

  test("a repeated seq or a first event with a link is refused", () => {
    expect(walk([chain[0]!, chain[1]!, { ...chain[1]!, id: "evt_dup" }])).toMatchObject({ eventId: "evt_dup", reason: expect.stringMatching(/out of order/) });
    expect(walk([{ ...chain[0]!, prevHash: H3 }])).toMatchObject({ eventId: "evt_1", reason: expect.stringMatching(/empty prevHash/) });
  });

  test("a head that points elsewhere than the last event is refused", () => {
    expect(walk(chain, { seq: "3", hash: H1 })).toMatchObject({ eventId: "evt_3", reason: expect.stringMatching(/head's hash/) });
  });
});
