// The audit trail is tamper-evident even to the database's superuser: `npm run audit:verify`
// recomputes every practice's hash chain and names the first broken event when a row was
// changed, deleted, or slipped in around the chain trigger. Events are written by the app role
// (as the app writes them); the tampering is done as the superuser, with the append-only trigger
// switched off for its session (session_replication_role = replica).
import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import { promisify } from "node:util";
import pg from "pg";
import { describe, expect, test } from "vitest";
import { eventHash, type ChainEvent } from "@/lib/db-tools/audit-chain";
import { RAW_TIMESTAMPS, verifyAuditChains } from "@/scripts/audit-verify";
import * as f from "@/tests/factories";

const ownerUrl = () => process.env.OWNER_DATABASE_URL!;

async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** A practice with `n` events written by the app role, in one tenant transaction each; their ids in order. */
async function practiceWithEvents(n = 5) {
  const practice = await f.createPractice();
  const ids: string[] = [];
  await withClient(process.env.DATABASE_URL!, async (app) => {
    for (let i = 0; i < n; i++) {
      const id = randomUUID();
      await app.query("BEGIN");
      await app.query("SELECT set_config('app.practice_id', $1, true)", [practice.id]);
      await app.query(
        `INSERT INTO "AuditEvent" (id, "practiceId", "actorId", action, "entityType", "entityId", "entityIds", "clientIds", outcome, "requestId")
         VALUES ($1, $2, 'user-é', $3, 'Client', $4, $5, $6, 'ALLOWED', $7)`,
        [id, practice.id, i % 2 ? "client.list" : "client.read", i % 2 ? null : `c${i}`, [`c${i}`, "c9"], [`c${i}`], `req ${i} 😀`]);
      await app.query("COMMIT");
      ids.push(id);
    }
  });
  return { practice, ids };
}

/** Runs SQL as the superuser with the audit trail's append-only trigger off for this session. */
const tamper = (statements: [string, unknown[]][]) =>
  withClient(ownerUrl(), async (c) => {
    await c.query("SET session_replication_role = replica");
    for (const [sql, params] of statements) await c.query(sql, params);
  });
/** What a forger who knows the algorithm does after a change: the row's hash made to fit again. */
const REHASH = `UPDATE "AuditEvent" e SET hash = audit_event_hash(e) WHERE e.id = $1`;

const verify = async (practiceId: string) => (await verifyAuditChains(ownerUrl(), { practiceIds: [practiceId], pageSize: 2 }))[0]!;

describe("audit:verify", () => {
  test("finds a chain the app wrote intact, recomputing in TypeScript exactly the hashes Postgres wrote", async () => {
    const { practice, ids } = await practiceWithEvents(12); // past seq 10, in pages of 2: numeric order, not text order
    const rows = await withClient(ownerUrl(), async (c) => {
      await c.query("SET datestyle = 'ISO, YMD'");
      const sql = `SELECT * FROM "AuditEvent" WHERE "practiceId" = $1 ORDER BY seq`;
      return (await c.query<ChainEvent>({ text: sql, values: [practice.id], types: RAW_TIMESTAMPS })).rows;
    });
    expect(rows.map((r) => r.id)).toEqual(ids);
    expect(rows.map((r) => eventHash(r))).toEqual(rows.map((r) => r.hash));
    expect(await verify(practice.id)).toEqual({
      practiceId: practice.id, name: practice.name, events: "12", head: { seq: "12", hash: rows[11]!.hash }, broken: null,
    });
  });

  test("a row changed by the superuser is named; the practice next door stays intact", async () => {
    const { practice, ids } = await practiceWithEvents();
    const untouched = await practiceWithEvents(3);
    await tamper([[`UPDATE "AuditEvent" SET action = 'client.list' WHERE id = $1`, [ids[2]]]]);
    expect((await verify(practice.id)).broken).toEqual({ eventId: ids[2], seq: "3", reason: expect.stringMatching(/the row was changed/) });
    expect((await verify(untouched.practice.id)).broken).toBeNull();
  });

  test("a row changed with its own hash recomputed breaks the link to the next one", async () => {
    const { practice, ids } = await practiceWithEvents();
    await tamper([[`UPDATE "AuditEvent" SET "clientIds" = '{}' WHERE id = $1`, [ids[1]]], [REHASH, [ids[1]]]]);
    expect((await verify(practice.id)).broken).toEqual({ eventId: ids[2], seq: "3", reason: expect.stringMatching(/prevHash is not the hash of event 2/) });
  });

  test("a deleted middle row is found at the event after the gap", async () => {
    const { practice, ids } = await practiceWithEvents();
    await tamper([[`DELETE FROM "AuditEvent" WHERE id = $1`, [ids[1]]]]);
    expect((await verify(practice.id)).broken).toEqual({ eventId: ids[2], seq: "3", reason: expect.stringMatching(/event 2 is missing/) });
  });

  test("a deleted last row is found through the chain head", async () => {
    const { practice, ids } = await practiceWithEvents();
    await tamper([[`DELETE FROM "AuditEvent" WHERE id = $1`, [ids[4]]]]);
    expect((await verify(practice.id)).broken).toEqual({ eventId: null, seq: "5", reason: expect.stringMatching(/head records 5 events but the last event is 4/) });
  });

  test("a backdated row slipped in around the trigger, well linked and hashed, is named", async () => {
    const { practice, ids } = await practiceWithEvents();
    const forged = randomUUID();
    await tamper([
      [`INSERT INTO "AuditEvent" (id, "practiceId", action, "entityType", outcome, at, seq, "prevHash", hash)
        SELECT $1, "practiceId", 'client.read', 'Client', 'ALLOWED', now() - interval '7 days', 6, hash, '' FROM "AuditEvent" WHERE id = $2`,
      [forged, ids[4]]],
      [REHASH, [forged]],
    ]);
    expect((await verify(practice.id)).broken).toEqual({ eventId: forged, seq: "6", reason: expect.stringMatching(/past the chain head/) });
  });

  test("a consistent rewrite of the whole chain passes the check but not the head hash anchored before", async () => {
    const { practice, ids } = await practiceWithEvents(2);
    const anchored = (await verify(practice.id)).head!.hash;
    const relink = `UPDATE "AuditEvent" e SET "prevHash" = (SELECT p.hash FROM "AuditEvent" p WHERE p.id = $2) WHERE e.id = $1`;
    await tamper([
      [`UPDATE "AuditEvent" SET action = 'nothing.happened' WHERE id = $1`, [ids[0]]],
      [REHASH, [ids[0]]],
      [relink, [ids[1], ids[0]]],
      [REHASH, [ids[1]]],
      [`UPDATE "AuditChainHead" SET hash = (SELECT hash FROM "AuditEvent" WHERE id = $2) WHERE "practiceId" = $1`, [practice.id, ids[1]]],
    ]);
    const after = await verify(practice.id);
    expect(after.broken).toBeNull();
    expect(after.head!.hash).not.toBe(anchored);
  });

  test("`npm run audit:verify` exits 1 naming the broken practice and event, and prints the intact ones with their head", async () => {
    const broken = await practiceWithEvents(3);
    const intact = await practiceWithEvents(2);
    await tamper([[`UPDATE "AuditEvent" SET "requestId" = 'x' WHERE id = $1`, [broken.ids[1]]]]);
    const run = promisify(execFile)("npm", ["run", "-s", "audit:verify"], { env: { ...process.env, DATABASE_URL: ownerUrl() } });
    const failure = await run.then(() => null, (error: { code: number; stdout: string }) => error);
    expect(failure?.code).toBe(1);
    const lines = failure!.stdout.split("\n");
    expect(lines).toContain(`BROKEN  ${broken.practice.id} ${JSON.stringify(broken.practice.name)}: first broken event ${broken.ids[1]} (seq 2): its stored hash does not match its fields (the row was changed)`);
    expect(lines.find((l) => l.includes(intact.practice.id))).toMatch(new RegExp(`^intact  ${intact.practice.id} ".*": 2 events, head seq 2 sha256 [0-9a-f]{64}$`));
  });

  test("refuses to vouch for a chain it cannot see: the app role (under row-level security) is turned away", async () => {
    await expect(verifyAuditChains(process.env.DATABASE_URL!)).rejects.toThrow(/row-level security/);
  });
});
