// The report half of the benchmark: each report through lib/data and through raw SQL.
import pg from "pg";
import type { Actor } from "@/lib/data/actor";
import { getCaseloadReport } from "@/lib/data/reports/caseload";
import { caseloadSql } from "@/lib/data/reports/caseload-sql";
import { getClinicalTrends } from "@/lib/data/reports/clinical-trends";
import { funnelSql, waitlistSql } from "@/lib/data/reports/funnel-sql";
import { getIntakeFunnel } from "@/lib/data/reports/intake-funnel";
import { reportParams } from "@/lib/data/reports/scope";
import { asInts, progressSql, trendCountsFromNotesSql, trendCountsSql } from "@/lib/data/reports/trends-sql";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ownerDb as db } from "@/tests/support/owner-db";
import { parseReportQuery, type ReportFilter } from "@/lib/validation/report";
import { BENCH_URL } from "./bench-db";
import { BENCH_OWNER_EMAIL, BENCH_THERAPIST_EMAIL } from "./generate-sql";
import { ms, sideBySide } from "./measure";

/** An Actor for a bench user, as lib/data receives it. */
export async function benchActor(email: string): Promise<Actor> {
  const user = await db().user.findUniqueOrThrow({ where: { email }, include: { clinician: { select: { id: true } } } });
  return {
    id: user.id, practiceId: user.practiceId, email: user.email, name: user.name, roles: user.roles,
    clinicianId: user.clinician?.id ?? null, sessionId: "bench", requestId: "bench",
  };
}

const FIXED_MS = 2;

type Params = Awaited<ReturnType<typeof reportParams>>["params"];
/** The statements lib/data runs for a report, given its scope ("own" or not). */
type Statements = (p: Params, own: boolean) => Prisma.Sql[];

interface Case {
  label: string;
  actor: Actor;
  filter: ReportFilter;
  lib: (actor: Actor, filter: ReportFilter) => Promise<unknown>;
  permission: "report:caseload" | "report:funnel" | "report:trends";
  statements: Statements;
}

export async function benchReports(iterations: number, targetP95: number, maxRatio: number): Promise<boolean> {
  const owner = await benchActor(BENCH_OWNER_EMAIL);
  const therapist = await benchActor(BENCH_THERAPIST_EMAIL);
  const site = (await db().location.findFirstOrThrow({ where: { practiceId: owner.practiceId }, orderBy: { name: "asc" } })).id;
  const all = parseReportQuery({});
  const atSite = parseReportQuery({ locationId: site });
  const caseload: Statements = (p) => [caseloadSql(p)];
  const funnel: Statements = (p) => [funnelSql(p), waitlistSql(p)];
  const trends: Statements = (p, own) => [own ? asInts(trendCountsFromNotesSql(p, true)) : trendCountsSql(p), progressSql(p, own)];
  const cases: Case[] = [
    { label: "caseload", actor: owner, filter: all, lib: getCaseloadReport, permission: "report:caseload", statements: caseload },
    { label: "caseload, one location", actor: owner, filter: atSite, lib: getCaseloadReport, permission: "report:caseload", statements: caseload },
    { label: "caseload, therapist's own", actor: therapist, filter: all, lib: getCaseloadReport, permission: "report:caseload", statements: caseload },
    { label: "intake-funnel", actor: owner, filter: all, lib: getIntakeFunnel, permission: "report:funnel", statements: funnel },
    { label: "clinical-trends", actor: owner, filter: all, lib: getClinicalTrends, permission: "report:trends", statements: trends },
    { label: "clinical-trends, one location", actor: owner, filter: atSite, lib: getClinicalTrends, permission: "report:trends", statements: trends },
    { label: "clinical-trends, therapist's own", actor: therapist, filter: all, lib: getClinicalTrends, permission: "report:trends", statements: trends },
  ];
  // The raw side runs the very same statements, in parallel as lib/data does, on a pool of its own.
  const pool = new pg.Pool({ connectionString: BENCH_URL, max: 4 });
  console.log(`Reports, default period ${all.from} to ${all.to}: lib/data vs the same SQL through pg`);
  console.log(`${"report".padEnd(34)} ${"lib p50".padStart(9)} ${"lib p95".padStart(9)} ${"raw p50".padStart(9)} ${"raw p95".padStart(9)}  ratio p50  ratio p95  target`);
  let ok = true;
  try {
    for (const c of cases) {
      const { scope, params } = await reportParams(c.actor, c.permission, "bench", c.filter);
      const statements = c.statements(params, scope === "own");
      const raw = () => Promise.all(statements.map((s) => pool.query(s.text, s.values as unknown[])));
      const [lib, direct] = await sideBySide(() => c.lib(c.actor, c.filter), raw, iterations);
      const ratio50 = lib.p50 / direct.p50;
      const ratio95 = lib.p95 / direct.p95;
      // The ratio is judged on medians (tails are the machine's noise), and a report of a few
      // milliseconds may exceed it by the fixed cost of its durable audit insert (FIXED_MS).
      const pass = lib.p95 < targetP95 && (ratio50 <= maxRatio || lib.p50 - direct.p50 <= FIXED_MS);
      ok &&= pass;
      console.log(`${c.label.padEnd(34)} ${ms(lib.p50)} ${ms(lib.p95)} ${ms(direct.p50)} ${ms(direct.p95)}  ${ratio50.toFixed(2).padStart(8)}x  ${ratio95.toFixed(2).padStart(8)}x  ${pass ? "PASS" : "FAIL"}`);
    }
    // Why the rollup: the same monthly counts computed from every note and tag of the period.
    const { params } = await reportParams(owner, "report:trends", "bench", all);
    const fromNotes = asInts(trendCountsFromNotesSql(params, false));
    const [viaRollup, viaNotes] = await sideBySide(() => pool.query(trendCountsSql(params).text, trendCountsSql(params).values as unknown[]),
      () => pool.query(fromNotes.text, fromNotes.values as unknown[]), Math.max(5, Math.round(iterations / 4)), 1);
    console.log(`(trend counts from the per-day rollup: p95 ${ms(viaRollup.p95).trim()}; the same counts from every note and tag: p95 ${ms(viaNotes.p95).trim()})`);
  } finally {
    await pool.end();
  }
  console.log(`Targets: lib p95 < ${targetP95} ms, and lib p50 within ${maxRatio}x of raw p50 (or within ${FIXED_MS} ms of it: the audit row\n` +
    `every report read writes is a durable insert of about 1.5-3 ms, which outweighs a 2 ms query).`);
  return ok;
}
