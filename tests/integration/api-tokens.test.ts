// API bearer tokens (DESIGN.md "Integrations"): an owner mints one, a script uses it with no
// cookie, and it stops working the moment it is revoked, expires, or its creator leaves. The
// route handlers run for real; only the cookie session lookup is replaced by the test's actor.
import { createHash } from "node:crypto";
import { NextRequest } from "next/server";
import { beforeEach, describe, expect, test, vi } from "vitest";
import type { Actor } from "@/lib/data/actor";
import * as tokens from "@/app/api/v1/tokens/route";
import * as oneToken from "@/app/api/v1/tokens/[id]/route";
import * as clients from "@/app/api/v1/clients/route";
import * as f from "@/tests/factories";
import { ownerDb as db } from "@/tests/support/owner-db";

let cookieActor: Actor | null = null;
vi.mock("@/lib/auth/session", () => ({ currentActor: async () => cookieActor }));

type Route = (r: NextRequest, c: { params: Promise<Record<string, string>> }) => Promise<Response>;
type Json = Record<string, unknown> & { data?: { id: string }[]; error?: { code: string; message: string } };

async function call(route: unknown, url: string, opts: { as?: Actor | null; bearer?: string; method?: string; body?: unknown; params?: Record<string, string> } = {}) {
  cookieActor = opts.as ?? null;
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (opts.bearer) headers.authorization = `Bearer ${opts.bearer}`;
  const init = { method: opts.method ?? (opts.body === undefined ? "GET" : "POST"), headers, ...(opts.body === undefined ? {} : { body: JSON.stringify(opts.body) }) };
  const response = await (route as Route)(new NextRequest(`http://localhost${url}`, init), { params: Promise.resolve(opts.params ?? {}) });
  return { status: response.status, headers: response.headers, json: (await response.json()) as Json };
}

const listClients = (bearer: string) => call(clients.GET, "/api/v1/clients", { bearer });

let w: Awaited<ReturnType<typeof f.createStaffedPractice>>;
let owner: Actor;
let client: { id: string };
beforeEach(async () => {
  w = await f.createStaffedPractice();
  owner = await f.actorFor(w.owner);
  client = await f.createClient(w.practice.id, { assignedClinicianId: w.therapist.clinicianId });
});

async function mint(as: Actor = owner, body: unknown = { name: "Billing export", expiresInDays: 30 }) {
  const { status, json } = await call(tokens.POST, "/api/v1/tokens", { as, body });
  expect(status).toBe(201);
  return json as { id: string; name: string; token: string; expiresAt: string };
}

describe("creating and using a token", () => {
  test("a new token is shown once, lists the practice's clients with no cookie, and only its SHA-256 is stored", async () => {
    const created = await mint();
    expect(created.token).toMatch(/^lsk_[A-Za-z0-9_-]{43}$/);
    const days = (Date.parse(created.expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(29.9);
    expect(days).toBeLessThanOrEqual(30);

    const listed = await listClients(created.token);
    expect(listed.status).toBe(200);
    expect(listed.json.data?.map((c) => c.id)).toContain(client.id);

    const row = await db().apiToken.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.tokenHash).toBe(createHash("sha256").update(created.token).digest("hex"));
    expect(JSON.stringify(row)).not.toContain(created.token);
    expect(row.lastUsedAt).not.toBeNull();

    const list = await call(tokens.GET, "/api/v1/tokens", { as: owner });
    expect(list.status).toBe(200);
    expect(JSON.stringify(list.json)).not.toContain(created.token);
    expect(JSON.stringify(list.json)).not.toContain(row.tokenHash);
    expect(list.json.data?.map((t) => t.id)).toEqual([created.id]);
  });

  test("every use writes an audit row under the token", async () => {
    const { id, token } = await mint();
    await listClients(token);
    await listClients(token);
    const rows = await db().auditEvent.findMany({ where: { tokenId: id } });
    expect(rows.filter((r) => r.action === "client.list")).toHaveLength(2);
    expect(rows.every((r) => r.actorId === w.owner.id)).toBe(true);
  });

  test("a bearer header wins over a cookie sent with it, and is not refused as a cross-site write", async () => {
    const { id, token } = await mint();
    const therapist = await f.actorFor(w.therapist);
    cookieActor = therapist;
    const response = await tokens.GET(new NextRequest("http://localhost/api/v1/tokens", { headers: { authorization: `Bearer ${token}` } }), { params: Promise.resolve({}) } as never);
    // The token acts as the owner, and a token may not manage tokens: 403, not the therapist's 403 for a role.
    expect(response.status).toBe(403);
    const audited = await db().auditEvent.findFirstOrThrow({ where: { tokenId: id, action: "token.list" } });
    expect(audited).toMatchObject({ actorId: w.owner.id, outcome: "DENIED" });
    const write = await clients.POST(new NextRequest("http://localhost/api/v1/clients", {
      method: "POST", headers: { authorization: `Bearer ${token}`, origin: "https://evil.example", "content-type": "application/json" }, body: "{}",
    }), { params: Promise.resolve({}) } as never);
    expect(write.status).not.toBe(401);
    expect(((await write.json()) as Json).error?.message).not.toMatch(/another site/);
  });
});

describe("a token stops working", () => {
  test("revoked: 401 at once", async () => {
    const { id, token } = await mint();
    const revoked = await call(oneToken.DELETE, `/api/v1/tokens/${id}`, { as: owner, method: "DELETE", params: { id } });
    expect(revoked.status).toBe(200);
    expect(revoked.json.revokedAt).not.toBeNull();
    expect((await listClients(token)).status).toBe(401);
  });

  test("expired: 401", async () => {
    const { id, token } = await mint();
    await db().apiToken.update({ where: { id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await listClients(token)).status).toBe(401);
  });

  test("its creator deactivated: 401", async () => {
    const { token } = await mint();
    await db().user.update({ where: { id: w.owner.id }, data: { active: false } });
    expect((await listClients(token)).status).toBe(401);
  });

  test("an unknown or malformed token: 401", async () => {
    expect((await listClients("lsk_not-a-real-token")).status).toBe(401);
    expect((await call(clients.GET, "/api/v1/clients", { bearer: "x".repeat(5000) })).status).toBe(401);
  });

  test("its creator's roles changed: takes effect on the next request", async () => {
    const { token } = await mint();
    expect((await listClients(token)).status).toBe(200);
    // Now a therapist only: sees their own caseload (the client is another clinician's).
    await db().user.update({ where: { id: w.owner.id }, data: { roles: ["INTAKE"] } });
    expect((await listClients(token)).json.data?.map((c) => c.id)).toContain(client.id);
    await db().user.update({ where: { id: w.owner.id }, data: { roles: ["OWNER"] } });
    const other = await f.createUser(w.practice.id, ["OWNER", "THERAPIST"]);
    const hisToken = await mint(await f.actorFor(other));
    await db().user.update({ where: { id: other.id }, data: { roles: ["THERAPIST"] } });
    const asTherapist = await listClients(hisToken.token);
    expect(asTherapist.status).toBe(200);
    expect(asTherapist.json.data?.map((c) => c.id)).not.toContain(client.id);
  });

  test("past 120 requests a minute: 429 with Retry-After", async () => {
    const { id, token } = await mint();
    const minute = new Date(Math.floor(Date.now() / 60_000) * 60_000);
    const next = new Date(minute.getTime() + 60_000);
    await db().apiRateWindow.createMany({ data: [minute, next].map((windowStart) => ({ tokenId: id, windowStart, practiceId: w.practice.id, count: 120 })) });
    // (GET /api/v1/tokens documents its 429; every route answers it to a token past its limit.)
    const limited = await call(tokens.GET, "/api/v1/tokens", { bearer: token });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(Number(limited.headers.get("retry-after"))).toBeLessThanOrEqual(60);
  });
});

describe("who may manage tokens", () => {
  test.each(["therapist", "intake"] as const)("a %s cannot create or list tokens (403) nor revoke one (404, as for any record they may not see)", async (who) => {
    const as = await f.actorFor(w[who]);
    expect((await call(tokens.POST, "/api/v1/tokens", { as, body: { name: "mine", expiresInDays: 5 } })).status).toBe(403);
    expect((await call(tokens.POST, "/api/v1/tokens", { as, body: { nonsense: true } })).status).toBe(403);
    expect((await call(tokens.GET, "/api/v1/tokens", { as })).status).toBe(403);
    const { id } = await mint();
    expect((await call(oneToken.DELETE, `/api/v1/tokens/${id}`, { as, method: "DELETE", params: { id } })).status).toBe(404);
    expect((await db().apiToken.findUniqueOrThrow({ where: { id } })).revokedAt).toBeNull();
  });

  test("a token cannot create tokens (403: tokens are managed by a signed-in owner)", async () => {
    const { token } = await mint();
    const { status, json } = await call(tokens.POST, "/api/v1/tokens", { bearer: token, body: { name: "child", expiresInDays: 365 } });
    expect(status).toBe(403);
    expect(json.error?.message).toMatch(/signed in/);
    expect(await db().apiToken.count({ where: { practiceId: w.practice.id } })).toBe(1);
  });

  test("expiry must be 1 to 365 days (400)", async () => {
    for (const expiresInDays of [0, 366, 1.5]) {
      expect((await call(tokens.POST, "/api/v1/tokens", { as: owner, body: { name: "x", expiresInDays } })).status).toBe(400);
    }
  });

  test("another practice's token id is 404 on DELETE, and stays alive", async () => {
    const { id, token } = await mint();
    const elsewhere = await f.createStaffedPractice();
    const otherOwner = await f.actorFor(elsewhere.owner);
    expect((await call(oneToken.DELETE, `/api/v1/tokens/${id}`, { as: otherOwner, method: "DELETE", params: { id } })).status).toBe(404);
    expect((await listClients(token)).status).toBe(200);
  });
});
