// A route's documented response schema produces its body (decision 0037), and the integration
// suite's check against /api/v1/openapi.json fails on a drift: a missing required field, a wrong
// type, an undocumented field or status. Only the session lookup is replaced.
import { NextRequest, NextResponse } from "next/server";
import { afterEach, describe, expect, test, vi } from "vitest";
import { z } from "zod";
import { conform, documentedRoute } from "@/lib/api/conform";
import { apiRoute, created } from "@/lib/api/handler";
import { checkResponse, ContractDrift, templateOf } from "@/tests/support/openapi-check";

vi.mock("@/lib/auth/session", () => ({ currentActor: async () => ({ id: "u1", practiceId: "p1", roles: ["OWNER"], mfaDue: false }) }));

const me = { id: "u1", email: "a@b.test", name: "Ada", roles: ["OWNER"], practiceId: "p1", clinicianId: null, mfaEnabled: false };
const run = (body: () => Promise<unknown>, path = "/api/v1/me", method = "GET") =>
  apiRoute(body)(new NextRequest(`http://localhost${path}`, { method }), { params: Promise.resolve({}) });

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe("apiRoute parses a handler's result with its documented schema", () => {
  test("a body that matches is sent as the schema outputs it", async () => {
    const response = await run(async () => me);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(me);
  });

  test("a missing required field is a 500 that logs the path, never the data", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const response = await run(async () => ({ ...me, mfaEnabled: undefined, email: "secret@client.test" }));
    expect(response.status).toBe(500);
    expect(JSON.stringify(await response.json())).not.toContain("secret@client.test");
    const logged = log.mock.calls.flat().join(" ");
    expect(logged).toContain("GET /api/v1/me");
    expect(logged).toContain("mfaEnabled");
    expect(logged).not.toContain("secret@client.test");
  });

  test("an undocumented field is a 500 outside production, and stripped in production", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const leaky = async () => ({ ...me, passwordHash: "$argon2id$..." });
    expect((await run(leaky)).status).toBe(500);
    vi.stubEnv("NODE_ENV", "production");
    const response = await run(leaky);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(me);
  });

  test("a created() Response is parsed too; CSV and other media types are passed through", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const bad = await run(async () => created({ id: 1 }), "/api/v1/clients", "POST");
    expect(bad.status).toBe(500);
    const fhir = new NextResponse(JSON.stringify({ resourceType: "Patient" }), { headers: { "content-type": "application/fhir+json" } });
    expect(await (await run(async () => fhir)).json()).toEqual({ resourceType: "Patient" });
  });
});

describe("documentedRoute and the checker's template", () => {
  test("match method and path template; a literal segment beats a {param}", async () => {
    expect(documentedRoute("GET", "/api/v1/clients/c1")?.path).toBe("/api/v1/clients/{id}");
    expect(documentedRoute("PATCH", "/api/v1/clients/c1")?.method).toBe("patch");
    expect(documentedRoute("GET", "/api/v1/nowhere")).toBeUndefined();
    expect(await templateOf("/api/v1/me/mfa/setup")).toBe("/api/v1/me/mfa/setup");
    expect(await templateOf("/api/v1/intakes/i1/matches")).toBe("/api/v1/intakes/{id}/matches");
  });

  test("conform names stray keys in nested objects and arrays", () => {
    const schema = z.object({ data: z.array(z.object({ id: z.string() })) });
    expect(conform(schema, { data: [{ id: "a", extra: 1 }], more: true })).toMatchObject({ ok: true, stray: ["data.0.extra", "more"] });
    expect(conform(schema, { data: [{ id: 7 }] })).toMatchObject({ ok: false, issues: ["data.0.id: invalid_type"] });
  });
});

describe("the integration suite's check against /api/v1/openapi.json", () => {
  const json = (body: unknown, status = 200) => NextResponse.json(body, { status });

  test("passes a documented body and a documented error", async () => {
    await expect(checkResponse("GET", "/api/v1/me", json(me))).resolves.toBeUndefined();
    await expect(checkResponse("GET", "/api/v1/clients/c1", json({ error: { code: "not_found", message: "No." } }, 404))).resolves.toBeUndefined();
  });

  test.each([
    ["a missing required field", { ...me, mfaEnabled: undefined }, /mfaEnabled/],
    ["a wrong type", { ...me, mfaEnabled: "yes" }, /mfaEnabled must be boolean/],
    ["an undocumented field", { ...me, passwordHash: "x" }, /additional properties/],
  ])("fails on %s", async (_, body, message) => {
    await expect(checkResponse("GET", "/api/v1/me", json(body))).rejects.toThrow(message);
    await expect(checkResponse("GET", "/api/v1/me", json(body))).rejects.toBeInstanceOf(ContractDrift);
  });

  test("fails on an error body without errorSchema's shape, an undocumented status, or an unknown operation", async () => {
    await expect(checkResponse("GET", "/api/v1/clients/c1", json({ message: "No." }, 404))).rejects.toThrow(/error/);
    await expect(checkResponse("GET", "/api/v1/me", json({ error: { code: "conflict", message: "x" } }, 409))).rejects.toThrow(/does not list/);
    await expect(checkResponse("PUT", "/api/v1/me", json(me))).rejects.toThrow(/no such operation/);
  });
});

describe("the document says what apiRoute enforces", () => {
  test("success objects allow no other properties, and every documented error status is errorSchema", async () => {
    const { openApiDocument } = await import("@/lib/api/openapi");
    const { errorSchema } = await import("@/lib/validation/dto");
    const error = z.toJSONSchema(errorSchema, { io: "output", unrepresentable: "any" });
    type Media = { schema?: { type?: string; additionalProperties?: unknown } };
    for (const [path, item] of Object.entries(openApiDocument().paths)) {
      for (const [method, op] of Object.entries(item) as [string, { responses: Record<string, { content: Record<string, Media> }> }][]) {
        for (const [status, response] of Object.entries(op.responses)) {
          const schema = response.content["application/json"]?.schema;
          if (Number(status) >= 400) expect(schema, `${method} ${path} ${status}`).toEqual(error);
          else if (schema?.type === "object") expect(schema.additionalProperties, `${method} ${path} ${status}`).toBe(false);
        }
      }
    }
  });
});
