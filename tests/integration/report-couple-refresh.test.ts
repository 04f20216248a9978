// A couple-note write recomputes that couple's progress roll-up (report_couple_refresh). It must
// read that couple's notes only, by an index: not every note of its practice (a big practice paid
// about 350k rows per couple-note insert at 1M notes) and never another practice's. Rows read are
// counted exactly, from Postgres' own per-transaction statistics of the SessionNote table and its
// indexes; the other practice and the other couples hold thousands of notes.
import { beforeAll, expect, test } from "vitest";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ownerDb as db } from "@/tests/support/owner-db";
import * as f from "@/tests/factories";
import { note, writeNotes } from "@/tests/integration/report-world";

type Tx = Prisma.TransactionClient;
const OWN_NOTES = 12;

/** Rows of "SessionNote" read so far in this transaction: by sequential scans and through its indexes. */
async function rowsRead(tx: Tx): Promise<number> {
  const [row] = await tx.$queryRaw<{ n: number }[]>`
    SELECT (pg_stat_get_xact_tuples_returned('"SessionNote"'::regclass)
         + COALESCE((SELECT sum(pg_stat_get_xact_tuples_returned(indexrelid)) FROM pg_index WHERE indrelid = '"SessionNote"'::regclass), 0))::int AS n`;
  return row!.n;
}

/** Rows of the couples' roll-up written so far in this transaction. */
async function rollupWrites(tx: Tx): Promise<{ inserted: number; updated: number; deleted: number }> {
  const [row] = await tx.$queryRaw<{ inserted: number; updated: number; deleted: number }[]>`
    SELECT pg_stat_get_xact_tuples_inserted('"ReportCoupleSession"'::regclass)::int AS inserted,
           pg_stat_get_xact_tuples_updated('"ReportCoupleSession"'::regclass)::int AS updated,
           pg_stat_get_xact_tuples_deleted('"ReportCoupleSession"'::regclass)::int AS deleted`;
  return row!;
}

class Rollback extends Error {}

/** Runs `measure(write)` in a transaction that is rolled back, and returns what it measured. */
async function inRollback<T>(measure: (tx: Tx) => Promise<T>): Promise<T> {
  let out: T | undefined;
  await db().$transaction(async (tx) => {
    out = await measure(tx);
    throw new Rollback();
  }).catch((error: unknown) => {
    if (!(error instanceof Rollback)) throw error;
  });
  return out!;
}

/** The rows of "SessionNote" that `write` read (in a transaction rolled back afterwards). */
const readsOf = (write: (tx: Tx) => Promise<unknown>) => inRollback(async (tx) => {
  const before = await rowsRead(tx);
  await write(tx);
  return (await rowsRead(tx)) - before;
});

const newNote = (tx: Tx, sessionDate: string) => tx.sessionNote.create({
  data: { practiceId, coupleId, authorId, sessionDate: new Date(`${sessionDate}T00:00:00Z`), durationMinutes: 80, format: "FREE", sections: {}, intimacyLevel: 5 },
});

/** `couples` couples of one practice, with `each` notes apiece, written in one statement (triggers on). */
async function manyNotes(practiceId: string, authorId: string, couples: number, each: number) {
  const ids: string[] = [];
  for (let i = 0; i < couples; i++) ids.push((await f.createCouple(practiceId, null)).id);
  await db().$executeRaw`
    INSERT INTO "SessionNote" (id, "practiceId", "coupleId", "authorId", "sessionDate", "durationMinutes", format, sections, "intimacyLevel", "updatedAt")
    SELECT 'bulk-' || md5(random()::text || c || '-' || k), ${practiceId}, c, ${authorId}, date '2026-01-01' + k, 80, 'FREE', '{}', 1 + k % 7, now()
      FROM unnest(${ids}::text[]) c, generate_series(1, ${each}) k`;
}

let practiceId: string;
let authorId: string;
let coupleId: string;

beforeAll(async () => {
  const mine = await f.createStaffedPractice();
  practiceId = mine.practice.id;
  authorId = mine.therapist.id;
  coupleId = (await f.createCouple(practiceId, mine.therapist.clinicianId)).id;
  const days = Array.from({ length: OWN_NOTES }, (_, i) => `2026-0${1 + Math.floor(i / 4)}-${String(10 + (i % 4) * 5)}`);
  await writeNotes(practiceId, days.map((d, i) => note(authorId, { coupleId }, d, 1 + (i % 7))));
  // the same practice's other couples, and a big practice next door
  await manyNotes(practiceId, mine.therapist2.id, 20, 50);
  const big = await f.createStaffedPractice();
  await manyNotes(big.practice.id, big.therapist.id, 40, 50);
  await db().$executeRawUnsafe(`ANALYZE "SessionNote"`);
}, 120_000);

// A rolled-back note leaves a dead entry in the couple's index, which later scans step over: one
// row of slack per earlier test. Reading the practice would be thousands.
test("a couple-note insert reads only that couple's notes, not its practice's nor another's", async () => {
  expect(await db().sessionNote.count({ where: { coupleId: { not: coupleId } } })).toBeGreaterThanOrEqual(3_000);
  const reads = await readsOf((tx) => newNote(tx, "2026-05-01"));
  expect(reads).toBeGreaterThanOrEqual(OWN_NOTES + 1);
  expect(reads).toBeLessThanOrEqual(OWN_NOTES + 1 + 3);
});

test("a refresh of one couple reads its notes only, however many notes the rest of the database holds", async () => {
  const reads = await readsOf((tx) => tx.$queryRaw`SELECT report_couple_refresh(${practiceId}, ${coupleId})::text`);
  expect(reads).toBeGreaterThanOrEqual(OWN_NOTES);
  expect(reads).toBeLessThanOrEqual(OWN_NOTES + 3);
});

test("a session added after the others writes its own roll-up row and moves the previous one's next date, nothing else", async () => {
  const writes = await inRollback(async (tx) => {
    const before = await rollupWrites(tx);
    await newNote(tx, "2026-06-01");
    const after = await rollupWrites(tx);
    return { inserted: after.inserted - before.inserted, updated: after.updated - before.updated, deleted: after.deleted - before.deleted };
  });
  expect(writes).toEqual({ inserted: 1, updated: 1, deleted: 0 });
});

interface PlanNode {
  "Node Type": string;
  "Relation Name"?: string;
  "Index Cond"?: string;
  Plans?: PlanNode[];
}
const nodes = (n: PlanNode): PlanNode[] => [n, ...(n.Plans ?? []).flatMap(nodes)];

test("the refresh's query, planned as a SQL function plans it (without its arguments' values), uses the couple's index", async () => {
  const plan = await db().$transaction(async (tx) => {
    await tx.$executeRawUnsafe(`SET LOCAL plan_cache_mode = force_generic_plan`);
    await tx.$executeRawUnsafe(`PREPARE couple_sessions_plan(text, text) AS SELECT * FROM report_couple_sessions($1, ARRAY[$2])`);
    try {
      const [row] = await tx.$queryRawUnsafe<{ "QUERY PLAN": unknown }[]>(`EXPLAIN (FORMAT JSON) EXECUTE couple_sessions_plan('${practiceId}', '${coupleId}')`);
      const json = row!["QUERY PLAN"];
      return (typeof json === "string" ? JSON.parse(json) : json) as { Plan: PlanNode }[];
    } finally {
      await tx.$executeRawUnsafe(`DEALLOCATE couple_sessions_plan`);
    }
  });
  const all = nodes(plan[0]!.Plan);
  expect(all.filter((n) => n["Node Type"] === "Seq Scan")).toEqual([]);
  expect(all.some((n) => /Index/.test(n["Node Type"]) && /"coupleId" = ANY \(ARRAY\[\$2\]\)/.test(n["Index Cond"] ?? ""))).toBe(true);
});

test("the rebuild recounts exactly the couples' sessions the triggers wrote", async () => {
  const before = await db().reportCoupleSession.findMany({ where: { practiceId }, orderBy: { noteId: "asc" } });
  expect(before.length).toBe(OWN_NOTES + 20 * 50);
  expect(before.filter((r) => r.evaluated).length).toBeGreaterThan(0);
  await db().$queryRaw`SELECT report_rollup_rebuild(${practiceId})::text`;
  expect(await db().reportCoupleSession.findMany({ where: { practiceId }, orderBy: { noteId: "asc" } })).toEqual(before);
});
