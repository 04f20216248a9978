// Scale-out, for real: two app instances behind PgBouncer in transaction mode (cluster.ts). With
// tenants interleaved across both, no practice ever sees another's rows; a session, a lockout
// and a sign-out made on one instance hold on the other at once.
import { expect, request, test, type APIRequestContext } from "@playwright/test";
import pg from "pg";
import { startCluster, type Cluster } from "./scale-out/cluster";
import { apiAs, DEMO_PASSWORD } from "./support";

let cluster: Cluster;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  cluster = await startCluster();
});

test.afterAll(async () => {
  await cluster?.stop();
});

async function idsOf(practiceSlug: string, table: "Client" | "ClinicianProfile"): Promise<Set<string>> {
  const client = new pg.Client({ connectionString: cluster.ownerUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>(`SELECT t.id FROM "${table}" t JOIN "Practice" p ON p.id = t."practiceId" WHERE p.slug = $1`, [practiceSlug]);
    return new Set(rows.map((r) => r.id));
  } finally {
    await client.end();
  }
}

/** Who is connected to the cluster's database, other than this test's own connection. */
async function connectedRoles(): Promise<string[]> {
  const client = new pg.Client({ connectionString: cluster.ownerUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ usename: string }>(
      "SELECT DISTINCT usename FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()");
    return rows.map((r) => r.usename);
  } finally {
    await client.end();
  }
}

async function signOutThroughAuthJs(api: APIRequestContext, baseURL: string): Promise<void> {
  const { csrfToken } = (await (await api.get(`${baseURL}/api/auth/csrf`)).json()) as { csrfToken: string };
  const response = await api.post(`${baseURL}/api/auth/signout`, { form: { csrfToken }, maxRedirects: 0 });
  expect(response.status()).toBe(302);
}

test("interleaved tenants on both instances never see each other's clients or clinicians", async () => {
  test.setTimeout(120_000);
  const [a, b] = cluster.instances;
  const lakeshore = await apiAs(a, "owner@lakeshore.test");
  const other = await apiAs(b, "owner@other.test");
  const own = { lakeshore: await idsOf("lakeshore", "Client"), other: await idsOf("other", "Client") };
  const clinicians = { lakeshore: await idsOf("lakeshore", "ClinicianProfile"), other: await idsOf("other", "ClinicianProfile") };
  expect(own.lakeshore.size).toBeGreaterThan(0);
  expect(own.other.size).toBeGreaterThan(0);
  const calls = Array.from({ length: 40 }, (_, i) => {
    const [who, api] = i % 2 === 0 ? (["lakeshore", lakeshore] as const) : (["other", other] as const);
    const base = cluster.instances[Math.floor(i / 2) % 2]!;
    const path = i % 4 < 2 ? "/api/v1/clients?limit=100" : "/api/v1/clinicians?limit=100";
    return api.get(`${base}${path}`).then(async (response) => ({ who, path, status: response.status(), body: (await response.json()) as { data: { id: string }[] } }));
  });
  for (const { who, path, status, body } of await Promise.all(calls)) {
    expect(status, `${who} ${path}`).toBe(200);
    const mine = path.includes("clients") ? own[who] : clinicians[who];
    expect(body.data.length, `${who} ${path}`).toBeGreaterThan(0);
    for (const row of body.data) expect(mine.has(row.id), `${who} got ${row.id} from ${path}`).toBe(true);
  }
  // The instances' connections (through PgBouncer) are all the app role's: no owner, no superuser.
  expect(await connectedRoles()).toEqual(["lakeshore_app"]);
});

test("a session from one instance works on the other, and signing out on either ends it on both", async () => {
  const [a, b] = cluster.instances;
  const api = await apiAs(a, "therapist@lakeshore.test");
  expect((await api.get(`${b}/api/v1/me`)).status()).toBe(200);
  await signOutThroughAuthJs(api, b);
  const replay = await apiAs(a, "therapist@lakeshore.test");
  const cookies = (await replay.storageState()).cookies;
  await signOutThroughAuthJs(replay, a);
  // The same cookie, replayed on the other instance after the sign-out: refused.
  const copy = await request.newContext({ storageState: { cookies, origins: [] } });
  expect((await copy.get(`${b}/api/v1/me`)).status()).toBe(401);
  expect((await copy.get(`${a}/api/v1/me`)).status()).toBe(401);
});

test("five wrong passwords spread over both instances lock the account on both", async () => {
  test.setTimeout(90_000);
  const [a, b] = cluster.instances;
  const api = await request.newContext();
  const attempt = async (base: string, password: string) => {
    const { csrfToken } = (await (await api.get(`${base}/api/auth/csrf`)).json()) as { csrfToken: string };
    const response = await api.post(`${base}/api/auth/callback/credentials`, {
      form: { email: "therapist2@lakeshore.test", password, csrfToken, callbackUrl: "/" }, maxRedirects: 0,
    });
    return response.headers().location ?? "";
  };
  for (let i = 0; i < 5; i++) expect(await attempt(i % 2 === 0 ? a : b, "not-the-password")).toContain("error=");
  // The right password now fails on both: the lock lives in Postgres, not in either instance.
  expect(await attempt(a, DEMO_PASSWORD)).toContain("error=");
  expect(await attempt(b, DEMO_PASSWORD)).toContain("error=");
});
