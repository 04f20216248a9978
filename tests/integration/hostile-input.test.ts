// Issue 9's finding: one signed-in user took every practice down with a report period in year
// 9999 (months compared as text, "10000-01" < "9999-12", so monthsOf built a million months and
// one page grew the server to 4 GB). DESIGN.md: report ranges are at most 3 years and inside
// years 1900-2999, otherwise 400. Each report answers such a period with 400 naming the field,
// at the route and in lib/data itself (a page hands its filter straight to lib/data), and the
// server goes on answering the requests that came with it.
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, test, vi } from "vitest";
import { ZodError } from "zod";
import * as caseloadRoute from "@/app/api/v1/reports/caseload/route";
import * as trendsRoute from "@/app/api/v1/reports/clinical-trends/route";
import * as funnelRoute from "@/app/api/v1/reports/intake-funnel/route";
import { toErrorResponse } from "@/lib/api/errors";
import type { Actor } from "@/lib/data/actor";
import { getCaseloadReport } from "@/lib/data/reports/caseload";
import { getClinicalTrends } from "@/lib/data/reports/clinical-trends";
import { getIntakeFunnel } from "@/lib/data/reports/intake-funnel";
import { parseReportQuery } from "@/lib/validation/report";
import { clientAt, note, reportWorld, writeNotes, type ReportWorld } from "@/tests/integration/report-world";

let actor: Actor | null = null;
vi.mock("@/lib/auth/session", () => ({ currentActor: async () => actor }));

type Handler = (r: NextRequest, c: { params: Promise<Record<string, string>> }) => Promise<Response>;
async function get(handler: Handler, as: Actor, url: string): Promise<Response> {
  actor = as;
  return handler(new NextRequest(`http://localhost${url}`), { params: Promise.resolve({}) });
}

interface Hostile {
  name: string;
  query: { from?: string; to?: string };
  field: "from" | "to";
  message: RegExp;
}

/** The periods of the security review, and where each must be refused. */
const HOSTILE: Hostile[] = [
  { name: "year 9999", query: { from: "9999-10-01", to: "9999-12-31" }, field: "from", message: /1900 to 2999/ },
  { name: "a single day in 9999", query: { from: "9999-12-31", to: "9999-12-31" }, field: "from", message: /1900 to 2999/ },
  { name: "an end in 9999 and no start", query: { to: "9999-12-31" }, field: "to", message: /1900 to 2999/ },
  { name: "year 0001", query: { from: "0001-01-01", to: "0001-12-31" }, field: "from", message: /1900 to 2999/ },
  { name: "a five-digit year", query: { from: "2026-01-01", to: "10000-01-01" }, field: "to", message: /YYYY-MM-DD/ },
  { name: "three years and a day", query: { from: "2023-01-01", to: "2026-01-01" }, field: "from", message: /three years/ },
  { name: "1900 to 2999", query: { from: "1900-01-01", to: "2999-12-31" }, field: "from", message: /three years/ },
];

let w: ReportWorld;
beforeAll(async () => {
  w = await reportWorld();
  const client = await clientAt(w.practice.id, w.therapist.clinicianId, w.site1);
  await writeNotes(w.practice.id, [note(w.therapist.id, { clientId: client.id }, "2026-09-10", 3)]);
});

const ROUTES = [
  ["caseload", caseloadRoute.GET],
  ["intake-funnel", funnelRoute.GET],
  ["clinical-trends", trendsRoute.GET],
] as const;

describe.each(ROUTES)("GET /api/v1/reports/%s", (report, handler) => {
  test.each(HOSTILE)("$name: 400 naming the field, in plain words", async ({ query, field, message }) => {
    const response = await get(handler as Handler, w.actors.owner, `/api/v1/reports/${report}?${new URLSearchParams(query)}`);
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as { error: { code: string; issues: { path: string[]; message: string }[] } };
    expect(error.code).toBe("invalid_input");
    expect(error.issues[0]).toMatchObject({ path: [field], message: expect.stringMatching(message) });
  });

  test("a hostile period does not hold up the request sent with it", async () => {
    const [hostile, normal] = await Promise.all([
      get(handler as Handler, w.actors.owner, `/api/v1/reports/${report}?from=9999-10-01&to=9999-12-31`),
      get(handler as Handler, w.actors.owner, `/api/v1/reports/${report}?from=2026-08-01&to=2026-10-31`),
    ]);
    expect(hostile.status).toBe(400);
    expect(normal.status).toBe(200);
    const body = (await normal.json()) as { from: string; to: string; data: { month?: string }[] };
    expect(body).toMatchObject({ from: "2026-08-01", to: "2026-10-31" });
    if (report !== "caseload") expect(body.data.map((m) => m.month)).toEqual(["2026-08", "2026-09", "2026-10"]);
  });
});

describe("the route's parser, as every report route runs it", () => {
  test.each(HOSTILE)("$name: ZodError, answered 400", ({ query, field }) => {
    let thrown: unknown;
    try {
      parseReportQuery(query);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ZodError);
    expect((thrown as ZodError).issues[0]?.path).toEqual([field]);
    expect(toErrorResponse(thrown).status).toBe(400);
  });
});

describe("lib/data's reports given a period no parser checked (as a page could)", () => {
  const REPORTS = [
    ["getCaseloadReport", getCaseloadReport],
    ["getIntakeFunnel", getIntakeFunnel],
    ["getClinicalTrends", getClinicalTrends],
  ] as const;

  test.each(REPORTS)("%s refuses year 9999, year 0001 and more than three years with a 400", async (_, run) => {
    for (const { query } of HOSTILE) {
      const filter = { from: query.from ?? "2026-01-01", to: query.to ?? "2026-01-01", locationId: null };
      const refused = await run(w.actors.owner, filter).then(() => null, (error: unknown) => error);
      expect(refused, JSON.stringify(filter)).toBeInstanceOf(ZodError);
      expect(toErrorResponse(refused).status).toBe(400);
    }
  });
});
