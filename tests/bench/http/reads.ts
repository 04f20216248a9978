// Reads over HTTP: each report route, client search and the matches API, one request after the
// other through autocannon with the owner's session cookie, against raw SQL written independently
// (raw-sql.ts) that computes the same figures. Both sides must agree before their speed counts.
import type pg from "pg";
import { BENCH_PRACTICE_ID } from "../generate-sql";
import { cannon, sequential, type Latency } from "./load";
import { printFigure, printHeader } from "./print";
import { rawCaseload, rawFunnel, rawMatchInput, rawSearch, rawTrends, type Period } from "./raw-sql";

type Json = Record<string, unknown> & { data: Record<string, unknown>[] };
const REPORT_P95_MS = 150;
const REPORT_RATIO = 1.5;

interface ReadCase {
  label: string;
  path: string;
  target: { p95: number; ratio?: number };
  raw: () => Promise<unknown>;
  agrees: (api: Json, raw: unknown) => boolean;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function reportCases(q: pg.Pool, p: Period): ReadCase[] {
  const query = `from=${p.from}&to=${p.to}`;
  const report = { p95: REPORT_P95_MS, ratio: REPORT_RATIO };
  const run = (sql: string, values: unknown[]) => q.query(sql, values);
  return [
    {
      label: "GET /reports/caseload (practice)", path: `/api/v1/reports/caseload?${query}`, target: report, raw: () => rawCaseload(run, p),
      agrees: (api, raw) => api.data.length > 0 && api.data.every((r) => {
        const mine = (raw as Map<string, object>).get(r.clinicianId as string);
        return same(mine, { activeClients: r.activeClients, activeCouples: r.activeCouples, activeCases: r.activeCases, sessions: r.sessions, unsignedNotes: r.unsignedNotes });
      }),
    },
    {
      label: "GET /reports/intake-funnel (practice)", path: `/api/v1/reports/intake-funnel?${query}`, target: report, raw: () => rawFunnel(run, p),
      agrees: (api, raw) => {
        const r = raw as Awaited<ReturnType<typeof rawFunnel>>;
        const totals = same([api.new, api.matched, api.waitlisted, api.openNow, (api.waitlist as { count: number }).count], [r.new, r.matched, r.waitlisted, r.openNow, r.waitlistCount]);
        return totals && api.data.every((m) => same([m.new, m.matched, m.waitlisted], Object.values(r.monthly.get(m.month as string) ?? { new: 0, matched: 0, waitlisted: 0 })));
      },
    },
    {
      label: "GET /reports/clinical-trends (practice)", path: `/api/v1/reports/clinical-trends?${query}`, target: report, raw: () => rawTrends(run, p),
      agrees: (api, raw) => {
        const months = raw as Awaited<ReturnType<typeof rawTrends>>;
        const mine = (m: string) => months.get(m) ?? { levels: {}, enemies: {}, evaluated: 0, improved: 0 };
        const all = mine("all");
        const progress = api.progress as Record<string, unknown>;
        return same([progress.couplesEvaluated, progress.couplesImproved], [all.evaluated, all.improved]) && api.data.every((row) => {
          const m = mine(row.month as string);
          const levels = Object.fromEntries(Object.keys(row.levels as object).map((k) => [k, m.levels[k] ?? 0]));
          const enemies = Object.fromEntries(Object.keys(row.enemies as object).map((k) => [k, m.enemies[k] ?? 0]));
          return same(row.levels, levels) && same(row.enemies, enemies) && same([row.couplesEvaluated, row.couplesImproved], [m.evaluated, m.improved]);
        });
      },
    },
  ];
}

async function measure(baseUrl: string, cookie: string, c: ReadCase, iterations: number): Promise<boolean> {
  const response = await fetch(`${baseUrl}${c.path}`, { headers: { cookie } });
  const api = (await response.json()) as Json;
  // A failing route is a figure too (it fails its target), not the end of the run.
  const agrees = response.status === 200 && c.agrees(api, await c.raw());
  for (let i = 0; i < 3; i++) await fetch(`${baseUrl}${c.path}`, { headers: { cookie } }).then((r) => r.arrayBuffer());
  const http = await cannon({ url: `${baseUrl}${c.path}`, connections: 1, amount: iterations, headers: { cookie } });
  const raw: Latency = await sequential(c.raw, iterations);
  const bad = [...http.statuses].filter(([status]) => status !== 200).map(([status, n]) => `${n} x ${status || "error"}`);
  const ratio = http.latency.p95 / raw.p95;
  const pass = agrees && bad.length === 0 && http.latency.p95 < c.target.p95 && (c.target.ratio === undefined || ratio <= c.target.ratio);
  const target = `p95 < ${c.target.p95} ms${c.target.ratio ? `, <= ${c.target.ratio}x raw` : ""}`;
  return printFigure({ label: c.label, http: http.latency, raw, target, pass, note: [agrees ? "" : response.status === 200 ? "DIFFERENT FIGURES from raw SQL" : `first answer ${response.status}`, ...bad].filter(Boolean).join(", ") || undefined });
}

export async function benchReads(baseUrl: string, cookie: string, q: pg.Pool, p: Period, iterations: number): Promise<boolean> {
  let ok = true;
  printHeader(`Reports over HTTP (owner's session), ${p.from} to ${p.to}, ${iterations} requests each, vs raw SQL from the base tables (ms)`);
  for (const c of reportCases(q, p)) ok = (await measure(baseUrl, cookie, c, iterations)) && ok;

  printHeader("Client search and matches over HTTP (ms)");
  const run = (sql: string, values: unknown[]) => q.query(sql, values);
  for (const text of ["smith", "son", "kowalski"]) {
    ok = (await measure(baseUrl, cookie, {
      label: `GET /clients?q=${text}`, path: `/api/v1/clients?q=${text}&limit=50`, target: { p95: 50 }, raw: () => rawSearch(run, p.practiceId, text),
      agrees: (api, raw) => same(api.data.map((c) => c.id).sort(), [...(raw as string[])].sort()),
    }, iterations)) && ok;
  }
  const intake = await q.query<{ id: string }>(`SELECT id FROM "IntakeRequest" WHERE "practiceId" = $1 AND status = 'NEW' ORDER BY id LIMIT 1`, [BENCH_PRACTICE_ID]);
  const clinicians = await q.query<{ n: number }>(`SELECT count(*)::int AS n FROM "ClinicianProfile" WHERE "practiceId" = $1`, [BENCH_PRACTICE_ID]);
  ok = (await measure(baseUrl, cookie, {
    label: `GET /intakes/:id/matches (${clinicians.rows[0]!.n} clinicians)`, path: `/api/v1/intakes/${intake.rows[0]!.id}/matches`, target: { p95: 25 },
    raw: () => rawMatchInput(run, p.practiceId),
    agrees: (api, raw) => api.data.length > 0 && api.data.every((m) => (raw as Map<string, number>).get(m.clinicianId as string) === m.activeCaseload),
  }, iterations)) && ok;
  return ok;
}
