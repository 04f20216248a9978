// The rollups the practice-wide reports read stay exact as notes, their tags and their cases
// change: after every kind of change they equal a recount, done here in JavaScript from the notes.
import { beforeEach, expect, test } from "vitest";
import { medianRose } from "@/lib/domain/reports/median";
import { ownerDb as db } from "@/tests/support/owner-db";
import { clientAt, coupleAt, note, reportWorld, setLocation, writeNotes, type ReportWorld } from "@/tests/integration/report-world";

let w: ReportWorld;
beforeEach(async () => {
  w = await reportWorld();
});

const COUNTERS = ["sessions", "level1", "level2", "level3", "level4", "level5", "level6", "level7", "selfishness", "dishonesty", "entitlement", "resentment"] as const;
type Counts = Record<(typeof COUNTERS)[number], number>;

/** Recounts the practice's notes per (day or month, author, case location) in JavaScript. */
async function recount(practiceId: string, by: "day" | "month") {
  const rows = await db().sessionNote.findMany({ where: { practiceId }, include: { enemies: true, client: true, couple: true } });
  const out = new Map<string, Counts>();
  for (const n of rows) {
    const day = n.sessionDate.toISOString().slice(0, 10);
    const key = [by === "day" ? day : `${day.slice(0, 7)}-01`, n.authorId, n.client?.locationId ?? n.couple?.locationId ?? ""].join("|");
    const c = out.get(key) ?? (Object.fromEntries(COUNTERS.map((k) => [k, 0])) as Counts);
    c.sessions++;
    c[`level${n.intimacyLevel}` as keyof Counts]++;
    for (const e of n.enemies) c[e.enemy.toLowerCase() as keyof Counts]++;
    out.set(key, c);
  }
  return out;
}

async function stored(practiceId: string, by: "day" | "month") {
  const rows = by === "day"
    ? (await db().reportNoteDay.findMany({ where: { practiceId } })).map((r) => ({ ...r, at: r.day }))
    : (await db().reportNoteMonth.findMany({ where: { practiceId } })).map((r) => ({ ...r, at: r.month }));
  const out = new Map<string, Counts>();
  for (const r of rows) {
    if (COUNTERS.every((k) => r[k] === 0)) continue; // emptied rows may linger; they add nothing
    out.set([r.at.toISOString().slice(0, 10), r.authorId, r.locationId].join("|"), Object.fromEntries(COUNTERS.map((k) => [k, r[k]])) as Counts);
  }
  return out;
}

async function expectExact(practiceId: string) {
  for (const by of ["day", "month"] as const) expect(Object.fromEntries(await stored(practiceId, by)), by).toEqual(Object.fromEntries(await recount(practiceId, by)));
  // couples' sessions: each one's place in its couple's order, and whether the median rose at it
  const notes = await db().sessionNote.findMany({ where: { practiceId, coupleId: { not: null } }, orderBy: [{ sessionDate: "asc" }, { createdAt: "asc" }] });
  const facts = await db().reportCoupleSession.findMany({ where: { practiceId } });
  expect(facts).toHaveLength(notes.length);
  for (const n of notes) {
    const mine = notes.filter((x) => x.coupleId === n.coupleId);
    const upTo = mine.slice(0, mine.indexOf(n) + 1);
    const rose = medianRose(upTo.map((x) => x.intimacyLevel));
    const next = mine[mine.indexOf(n) + 1];
    expect(facts.find((f) => f.noteId === n.id)).toMatchObject({ evaluated: rose !== null, improved: rose === true, nextDate: next?.sessionDate ?? null });
  }
}

test("notes and tags written, drafts edited, tags removed, cases moved: the rollups stay exact", async () => {
  const p = w.practice.id;
  const client = await clientAt(p, w.therapist.clinicianId, w.site1);
  const couple = await coupleAt(p, w.therapist.clinicianId, w.site1);
  const days = ["2026-06-02", "2026-06-09", "2026-06-16", "2026-06-23", "2026-07-07", "2026-07-14", "2026-07-21", "2026-08-04", "2026-08-11"];
  const written = await writeNotes(p, [
    ...days.map((d, i) => note(w.therapist.id, { coupleId: couple.id }, d, 2 + (i % 4), { enemies: i % 3 === 0 ? ["RESENTMENT"] : [] })),
    note(w.therapist.id, { clientId: client.id }, "2026-06-05", 4, { enemies: ["DISHONESTY", "SELFISHNESS"] }),
    note(w.therapist.id, { clientId: client.id }, "2026-07-05", 5, { status: "DRAFT" }),
  ]);
  await expectExact(p);

  // a draft changes date, level and tags
  const draft = written.at(-1)!;
  await db().sessionNote.update({ where: { id: draft.id }, data: { sessionDate: new Date("2026-08-20T00:00:00Z"), intimacyLevel: 6 } });
  await db().noteEnemy.create({ data: { noteId: draft.id, practiceId: p, enemy: "ENTITLEMENT", intensity: 2 } });
  await expectExact(p);
  await db().noteEnemy.delete({ where: { noteId_enemy: { noteId: draft.id, enemy: "ENTITLEMENT" } } });
  await expectExact(p);

  // a couple session written late, between earlier ones: the couple's order is recomputed
  await writeNotes(p, [note(w.therapist.id, { coupleId: couple.id }, "2026-06-30", 7)]);
  await expectExact(p);

  // the client and the couple move to another site, then the client to none
  await setLocation("client", client.id, w.site2);
  await setLocation("couple", couple.id, w.site2);
  await expectExact(p);
  await setLocation("client", client.id, null);
  await expectExact(p);
});
