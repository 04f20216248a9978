// DESIGN.md's error contract and tenant/caseload scoping of API v1, over HTTP against the built
// app and the seeded demo data. Every error body is checked for the contract's shape and for the
// absence of stack traces.
import { expect, request as playwrightRequest, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { apiAs, DEMO_PASSWORD } from "./support";

interface ErrorBody {
  error: { code: string; message: string; issues?: { path: (string | number)[]; message: string }[] };
}
interface Client {
  id: string;
  firstName: string;
  lastName: string;
  assignedClinicianId: string | null;
  practiceId?: string;
}
interface Me {
  id: string;
  roles: string[];
  practiceId: string;
  clinicianId: string | null;
}

/** Asserts DESIGN.md's error body, and that it carries no stack trace or raw error text. */
async function expectError(response: APIResponse, status: number, code?: string): Promise<ErrorBody> {
  expect(response.status()).toBe(status);
  const text = await response.text();
  expect(text).not.toMatch(/\bat \S+ \(|\n\s+at |\.tsx?:\d+/);
  expect(text).not.toContain("Error:");
  expect(text).not.toMatch(/prisma|PrismaClient|stack/i);
  const body = JSON.parse(text) as ErrorBody;
  expect(body.error.message).toEqual(expect.any(String));
  if (code) expect(body.error.code).toBe(code);
  return body;
}

const paths = (body: ErrorBody) => (body.error.issues ?? []).map((i) => i.path.join("."));

async function json<T>(response: APIResponse): Promise<T> {
  expect(response.status(), await response.text()).toBeLessThan(300);
  return (await response.json()) as T;
}

test.describe("without a session", () => {
  test("the API answers 401 with the error body", async ({ request }) => {
    await expectError(await request.get("/api/v1/me"), 401, "unauthenticated");
    await expectError(await request.get("/api/v1/clients"), 401, "unauthenticated");
    await expectError(await request.post("/api/v1/clients", { data: { firstName: "A", lastName: "B", dateOfBirth: "1990-01-01" } }), 401);
    await expectError(await request.get("/api/v1/couples"), 401);
    await expectError(await request.get("/api/v1/clinicians"), 401);
  });

  test("the OpenAPI document is public and lists every route built so far", async ({ request }) => {
    const doc = await json<{ openapi: string; paths: Record<string, Record<string, unknown>> }>(await request.get("/api/v1/openapi.json"));
    expect(doc.openapi).toMatch(/^3\./);
    const expected: Record<string, string[]> = {
      "/api/v1/me": ["get"],
      "/api/v1/clients": ["get", "post"],
      "/api/v1/clients/{id}": ["get", "patch"],
      "/api/v1/couples": ["get"],
      "/api/v1/couples/{id}": ["get"],
      "/api/v1/clinicians": ["get"],
      "/api/v1/clinicians/{id}": ["get"],
    };
    for (const [path, methods] of Object.entries(expected)) {
      expect(Object.keys(doc.paths), path).toContain(path);
      for (const method of methods) expect(Object.keys(doc.paths[path] ?? {}), `${method} ${path}`).toContain(method);
    }
  });
});

test("a JSON sign-in with unknown credentials is refused without a session or a 500", async ({ baseURL }) => {
  // An unknown email: failures on it lock nothing, so no demo account is put at risk.
  const api = await playwrightRequest.newContext({ baseURL });
  const { csrfToken } = (await (await api.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await api.post("/api/auth/callback/credentials", {
    form: { email: "nobody@lakeshore.test", password: DEMO_PASSWORD, csrfToken },
    headers: { Accept: "application/json" },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(302);
  expect(response.headers().location).toContain("code=invalid");
  await expectError(await api.get("/api/v1/me"), 401, "unauthenticated");
  await api.dispose();
});

test.describe("bad input answers 400 naming the field, never 500", () => {
  let intake: APIRequestContext;
  test.beforeAll(async ({ baseURL }) => {
    intake = await apiAs(baseURL, "intake@lakeshore.test");
  });
  test.afterAll(async () => intake.dispose());

  test("missing lastName", async () => {
    const body = await expectError(await intake.post("/api/v1/clients", { data: { firstName: "Ana", dateOfBirth: "1990-01-01" } }), 400, "invalid_input");
    expect(paths(body)).toContain("lastName");
  });

  test("a date of birth that is not a date", async () => {
    for (const dateOfBirth of ["1990-02-30", "yesterday", 19900101]) {
      const body = await expectError(await intake.post("/api/v1/clients", { data: { firstName: "Ana", lastName: "Lee", dateOfBirth } }), 400);
      expect(paths(body)).toContain("dateOfBirth");
    }
  });

  test("malformed JSON", async () => {
    // A Buffer, because Playwright would JSON-encode a string that does not parse.
    const response = await intake.post("/api/v1/clients", { data: Buffer.from('{"firstName": "Ana",'), headers: { "Content-Type": "application/json" } });
    await expectError(response, 400, "malformed_json");
  });

  test("a body over 1 MB is refused with 413", async () => {
    const response = await intake.post("/api/v1/clients", {
      data: JSON.stringify({ firstName: "x".repeat(1_100_000), lastName: "Big", dateOfBirth: "1990-01-01" }),
      headers: { "Content-Type": "application/json" },
    });
    await expectError(response, 413, "body_too_large");
  });

  test("?limit=1000 is refused, the issue naming limit", async () => {
    const body = await expectError(await intake.get("/api/v1/clients?limit=1000"), 400);
    expect(paths(body)).toContain("limit");
    await expectError(await intake.get("/api/v1/couples?limit=0"), 400);
    await expectError(await intake.get("/api/v1/clinicians?limit=abc"), 400);
  });

  test("an id with characters no id has is 400 or 404, never 500", async () => {
    const response = await intake.get("/api/v1/clients/%27%3B%20drop%20table");
    expect([400, 404]).toContain(response.status());
    await expectError(response, response.status());
  });

  test("an empty PATCH is 400", async () => {
    const list = await json<{ data: Client[] }>(await intake.get("/api/v1/clients?limit=1"));
    await expectError(await intake.patch(`/api/v1/clients/${list.data[0]!.id}`, { data: {} }), 400, "invalid_input");
  });
});

test.describe("tenant isolation and caseload scoping", () => {
  test("another practice's client, couple and clinician answer 404, as if they did not exist", async ({ baseURL }) => {
    const other = await apiAs(baseURL, "owner@other.test");
    const otherClient = (await json<{ data: Client[] }>(await other.get("/api/v1/clients?limit=1"))).data[0]!;
    const otherCouple = (await json<{ data: { id: string }[] }>(await other.get("/api/v1/couples?limit=1"))).data[0];
    const otherClinician = (await json<{ data: { id: string }[] }>(await other.get("/api/v1/clinicians?limit=1"))).data[0]!;
    await other.dispose();

    for (const email of ["owner@lakeshore.test", "intake@lakeshore.test"]) {
      const api = await apiAs(baseURL, email);
      const missing = await expectError(await api.get("/api/v1/clients/cl_does_not_exist_123"), 404, "not_found");
      const foreign = await expectError(await api.get(`/api/v1/clients/${otherClient.id}`), 404, "not_found");
      expect(foreign).toEqual(missing);
      if (otherCouple) await expectError(await api.get(`/api/v1/couples/${otherCouple.id}`), 404, "not_found");
      await expectError(await api.get(`/api/v1/clinicians/${otherClinician.id}`), 404, "not_found");
      const search = await json<{ data: Client[] }>(await api.get(`/api/v1/clients?q=${encodeURIComponent(otherClient.lastName)}`));
      expect(search.data.map((c) => c.id)).not.toContain(otherClient.id);
      await api.dispose();
    }
  });

  test("a therapist lists only their caseload and gets 404 for a colleague's client", async ({ baseURL }) => {
    const t2 = await apiAs(baseURL, "therapist2@lakeshore.test");
    const t1 = await apiAs(baseURL, "therapist@lakeshore.test");
    const intake = await apiAs(baseURL, "intake@lakeshore.test");
    const me2 = await json<Me>(await t2.get("/api/v1/me"));
    expect(me2.clinicianId).toEqual(expect.any(String));

    const own = (await json<{ data: Client[] }>(await t2.get("/api/v1/clients?limit=100"))).data;
    expect(own.length).toBeGreaterThan(0);
    for (const client of own) expect(client.assignedClinicianId).toBe(me2.clinicianId);
    const everyone = (await json<{ data: Client[] }>(await intake.get("/api/v1/clients?limit=100"))).data;
    expect(everyone.length).toBeGreaterThan(own.length);

    const colleagues = (await json<{ data: Client[] }>(await t1.get("/api/v1/clients?limit=100"))).data;
    const theirs = colleagues.find((c) => c.assignedClinicianId !== me2.clinicianId)!;
    expect(theirs).toBeDefined();
    await expectError(await t2.get(`/api/v1/clients/${theirs.id}`), 404, "not_found");
    await expectError(await t2.patch(`/api/v1/clients/${theirs.id}`, { data: { phone: "555-0100" } }), 404, "not_found");

    const couples = (await json<{ data: { assignedClinicianId: string | null }[] }>(await t2.get("/api/v1/couples?limit=100"))).data;
    for (const couple of couples) expect(couple.assignedClinicianId).toBe(me2.clinicianId);
    const clinicians = (await json<{ data: { id: string }[] }>(await t2.get("/api/v1/clinicians?limit=100"))).data;
    expect(clinicians.map((c) => c.id)).toEqual([me2.clinicianId]);
    await Promise.all([t1.dispose(), t2.dispose(), intake.dispose()]);
  });

  test("intake creates a client (201); a forged practiceId is ignored", async ({ baseURL }) => {
    const other = await apiAs(baseURL, "owner@other.test");
    const otherPractice = (await json<Me>(await other.get("/api/v1/me"))).practiceId;
    const intake = await apiAs(baseURL, "intake@lakeshore.test");
    const ownPractice = (await json<Me>(await intake.get("/api/v1/me"))).practiceId;
    expect(otherPractice).not.toBe(ownPractice);

    const lastName = `Forgewell${Date.now()}`;
    const response = await intake.post("/api/v1/clients", {
      data: { firstName: "Imogen", lastName, dateOfBirth: "1991-07-14", email: "imogen@example.test", practiceId: otherPractice },
    });
    expect(response.status()).toBe(201);
    const created = (await response.json()) as Client;
    expect(created).toMatchObject({ firstName: "Imogen", lastName, status: "INQUIRY" });
    expect(created.practiceId === undefined || created.practiceId === ownPractice).toBe(true);

    const back = await json<Client>(await intake.get(`/api/v1/clients/${created.id}`));
    expect(back).toMatchObject({ id: created.id, lastName });
    await expectError(await other.get(`/api/v1/clients/${created.id}`), 404, "not_found");
    const search = await json<{ data: Client[] }>(await other.get(`/api/v1/clients?q=${lastName}`));
    expect(search.data).toEqual([]);

    // The owner (who also treats) may update only their own caseload, and no role but intake
    // may create clients.
    const owner = await apiAs(baseURL, "owner@lakeshore.test");
    await expectError(await owner.patch(`/api/v1/clients/${created.id}`, { data: { phone: "555-0101" } }), 404, "not_found");
    await expectError(await owner.post("/api/v1/clients", { data: { firstName: "No", lastName: "Way", dateOfBirth: "1990-01-01" } }), 403, "forbidden");
    await Promise.all([other.dispose(), intake.dispose(), owner.dispose()]);
  });

  test("another practice's clinician cannot be assigned: 400 naming the field", async ({ baseURL }) => {
    const other = await apiAs(baseURL, "owner@other.test");
    const otherClinician = (await json<{ data: { id: string }[] }>(await other.get("/api/v1/clinicians?limit=1"))).data[0]!;
    const intake = await apiAs(baseURL, "intake@lakeshore.test");
    const response = await intake.post("/api/v1/clients", {
      data: { firstName: "Cross", lastName: "Tenant", dateOfBirth: "1990-01-01", assignedClinicianId: otherClinician.id },
    });
    expect(paths(await expectError(response, 400, "invalid_input"))).toContain("assignedClinicianId");
    await Promise.all([other.dispose(), intake.dispose()]);
  });
});
