// Clinical trends against notes written here: the counts per month by level and enemy, the
// couples' progress, suppression of small counts, and nothing that identifies anyone.
import { beforeAll, describe, expect, test } from "vitest";
import { getClinicalTrends } from "@/lib/data/reports/clinical-trends";
import { reportParams } from "@/lib/data/reports/scope";
import { asInts, progressSql, trendCountsFromNotesSql, trendCountsSql, type ProgressSqlRow, type TrendCountsSqlRow } from "@/lib/data/reports/trends-sql";
import { ForbiddenError } from "@/lib/data/errors";
import { ENEMIES, type Enemy } from "@/lib/domain/intimacy";
import { monthsOf } from "@/lib/domain/reports/date-range";
import { medianRose } from "@/lib/domain/reports/median";
import { suppress } from "@/lib/domain/reports/suppression";
import { ownerDb as db } from "@/tests/support/owner-db";
import { coupleAt, clientAt, note, reportWorld, writeNotes, type NoteFact, type ReportWorld } from "@/tests/integration/report-world";

const period = { from: "2026-06-01", to: "2026-10-31" };
let w: ReportWorld;
let notes: NoteFact[];
let coupleIds: string[];

// Ten couples of therapist A with nine sessions each (two before the period); six rise, four do not.
const RISING = [[2, 2, 3, 3, 3, 4, 5, 5, 6], [1, 2, 2, 3, 3, 3, 4, 4, 5], [3, 3, 3, 3, 4, 4, 5, 5, 5], [2, 3, 2, 3, 3, 4, 4, 5, 4], [1, 1, 2, 2, 2, 3, 3, 4, 4], [4, 4, 4, 4, 4, 5, 5, 6, 6]];
const FLAT = [[5, 5, 5, 5, 4, 4, 3, 3, 3], [3, 3, 3, 3, 3, 3, 3, 3, 3], [6, 5, 6, 5, 5, 4, 5, 4, 4], [4, 4, 5, 5, 4, 4, 4, 4, 3]];
const DATES = ["2026-04-20", "2026-05-18", "2026-06-08", "2026-06-29", "2026-07-20", "2026-08-10", "2026-08-31", "2026-09-21", "2026-10-12"];
const TAGS: Enemy[][] = [["RESENTMENT"], [], ["RESENTMENT", "DISHONESTY"], [], ["SELFISHNESS"], [], ["RESENTMENT"], [], []];

beforeAll(async () => {
  w = await reportWorld();
  const A = w.therapist.clinicianId!;
  const p = w.practice.id;
  const couples = [];
  for (let i = 0; i < RISING.length + FLAT.length; i++) couples.push(await coupleAt(p, A, i < 6 ? w.site1 : w.site2));
  coupleIds = couples.map((c) => c.id);
  const levels = [...RISING, ...FLAT];
  const facts = couples.flatMap((c, i) => DATES.map((day, k) => note(w.therapist.id, { coupleId: c.id }, day, levels[i]![k]!, { enemies: TAGS[k]! })));
  // therapist B: two individual sessions, one with entitlement
  const b1 = await clientAt(p, w.therapist2.clinicianId, w.site2);
  facts.push(note(w.therapist2.id, { clientId: b1.id }, "2026-07-02", 7, { enemies: ["ENTITLEMENT"] }), note(w.therapist2.id, { clientId: b1.id }, "2026-07-09", 7));
  notes = await writeNotes(p, facts);
});

// --- expectations, from the facts ----------------------------------------------------------------
const month = (day: string) => day.slice(0, 7);
function expectedCounts(keep: (n: NoteFact) => boolean) {
  const inPeriod = notes.filter((n) => keep(n) && n.sessionDate >= period.from && n.sessionDate <= period.to);
  return monthsOf(period).map((m) => {
    const here = inPeriod.filter((n) => month(n.sessionDate) === m);
    return {
      month: m,
      levels: Object.fromEntries([1, 2, 3, 4, 5, 6, 7].map((l) => [String(l), here.filter((n) => n.level === l).length])),
      enemies: Object.fromEntries(ENEMIES.map((e) => [e, here.filter((n) => n.enemies.includes(e)).length])),
    };
  });
}
/** Per month: couples seen, judged at their last session of the month (all their sessions count). */
function expectedProgress(keep: (n: NoteFact) => boolean) {
  const byCouple = new Map<string, NoteFact[]>();
  for (const n of notes.filter((x) => keep(x) && x.coupleId)) byCouple.set(n.coupleId!, [...(byCouple.get(n.coupleId!) ?? []), n]);
  const tally = (pick: (sessions: NoteFact[]) => NoteFact | undefined, sessionsOf: NoteFact[][]) => {
    let evaluated = 0, improved = 0;
    for (const sessions of sessionsOf) {
      const last = pick(sessions);
      if (!last) continue;
      const upTo = sessions.filter((s) => s.sessionDate <= last.sessionDate).map((s) => s.level);
      const rose = medianRose(upTo);
      if (rose !== null) evaluated++;
      if (rose) improved++;
    }
    return { evaluated, improved };
  };
  const sorted = [...byCouple.values()].map((s) => [...s].sort((a, b) => a.sessionDate.localeCompare(b.sessionDate)));
  const months = monthsOf(period).map((m) => ({ month: m, ...tally((s) => s.filter((x) => month(x.sessionDate) === m && x.sessionDate >= period.from && x.sessionDate <= period.to).at(-1), sorted) }));
  return { months, all: tally((s) => s.filter((x) => x.sessionDate >= period.from && x.sessionDate <= period.to).at(-1), sorted) };
}
const flat = (rows: TrendCountsSqlRow[]) => Object.fromEntries(rows.map((r) => [r.month, r]));

describe("clinical trends", () => {
  test("the SQL's monthly counts equal the notes counted here, from the rollup and from the notes alike", async () => {
    const { params } = await reportParams(w.actors.owner, "report:trends", "test", { ...period, locationId: null });
    const rollup = flat(await db().$queryRaw<TrendCountsSqlRow[]>(trendCountsSql(params)));
    const direct = flat(await db().$queryRaw<TrendCountsSqlRow[]>(asInts(trendCountsFromNotesSql(params, false))));
    for (const m of expectedCounts(() => true)) {
      for (const l of [1, 2, 3, 4, 5, 6, 7]) {
        expect(rollup[m.month]?.[`level${l}` as keyof TrendCountsSqlRow] ?? 0, `${m.month} level ${l}`).toBe(m.levels[String(l)]);
        expect(direct[m.month]?.[`level${l}` as keyof TrendCountsSqlRow] ?? 0).toBe(m.levels[String(l)]);
      }
      for (const e of ENEMIES) expect(rollup[m.month]?.[e.toLowerCase() as keyof TrendCountsSqlRow] ?? 0, `${m.month} ${e}`).toBe(m.enemies[e]);
    }
  });

  test("couples' progress per month and at the end of the period", async () => {
    const { params } = await reportParams(w.actors.owner, "report:trends", "test", { ...period, locationId: null });
    const rows = await db().$queryRaw<ProgressSqlRow[]>(progressSql(params, false));
    const expected = expectedProgress(() => true);
    for (const m of expected.months) {
      const row = rows.find((r) => r.month === m.month);
      expect({ evaluated: row?.evaluated ?? 0, improved: row?.improved ?? 0 }, m.month).toEqual({ evaluated: m.evaluated, improved: m.improved });
    }
    expect(rows.find((r) => r.month === "all")).toMatchObject(expected.all);
    expect(expected.all).toEqual({ evaluated: 10, improved: 6 }); // the design of the data, as a check on the model
  });

  test("the report publishes counts of 5 and more, hides 1 to 4, and shows 0", async () => {
    const report = await getClinicalTrends(w.actors.owner, { ...period, locationId: null });
    const expected = expectedCounts(() => true);
    expect(report.data.map((m) => m.month)).toEqual(monthsOf(period));
    report.data.forEach((m, i) => {
      const e = expected[i]!;
      for (const l of ["1", "2", "3", "4", "5", "6", "7"] as const) expect(m.levels[l]).toBe(suppress(e.levels[l]!));
      for (const en of ENEMIES) expect(m.enemies[en]).toBe(suppress(e.enemies[en]!));
    });
    const july = report.data.find((m) => m.month === "2026-07")!;
    expect(july.enemies.ENTITLEMENT).toBeNull(); // one session
    expect(july.levels["7"]).toBeNull(); // two sessions
    expect(july.levels["1"]).toBe(0);
    // 10 couples judged, 6 rose: 4 did not, a small group, so the share is withheld
    expect(report.progress).toEqual({ couplesEvaluated: 10, couplesImproved: 6, improvedShare: null });
  });

  test("nothing in the report names or identifies anyone", async () => {
    const text = JSON.stringify(await getClinicalTrends(w.actors.owner, { ...period, locationId: null }));
    for (const id of [...coupleIds, ...notes.map((n) => n.id), w.therapist.id, w.therapist.clinicianId!]) expect(text).not.toContain(id);
    expect(text).not.toContain("Session.");
  });

  test("a therapist's trends cover their own caseload; a location filter narrows to its cases", async () => {
    const own = await getClinicalTrends(w.actors.therapist2, { ...period, locationId: null });
    expect(own.scope).toBe("own");
    const expected = expectedCounts((n) => n.authorId === w.therapist2.id);
    expect(own.data.map((m) => m.levels["7"])).toEqual(expected.map((m) => suppress(m.levels["7"]!)));
    expect(own.data.every((m) => m.levels["3"] === 0 && m.levels["5"] === 0)).toBe(true); // none of A's couples
    const site2 = await getClinicalTrends(w.actors.owner, { ...period, locationId: w.site2 });
    const site2Couples = new Set(coupleIds.slice(6));
    const atSite2 = expectedProgress((n) => (n.coupleId ? site2Couples.has(n.coupleId) : false));
    expect(site2.progress.couplesEvaluated).toBe(suppress(atSite2.all.evaluated));
    const resentment = expectedCounts((n) => (n.coupleId ? site2Couples.has(n.coupleId) : true)).map((m) => suppress(m.enemies.RESENTMENT!));
    expect(site2.data.map((m) => m.enemies.RESENTMENT)).toEqual(resentment);
  });

  test("intake specialists are refused clinical trends", async () => {
    await expect(getClinicalTrends(w.actors.intake, { ...period, locationId: null })).rejects.toBeInstanceOf(ForbiddenError);
  });
});
