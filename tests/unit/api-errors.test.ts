// DESIGN.md's error contract at the seam where thrown errors become HTTP answers, and the
// credentials-callback wrapper that turns a locked account into 429 for JSON clients.
import { describe, expect, test, vi } from "vitest";
import { lockedAsJson } from "@/lib/api/auth-callback";
import { BodyTooLargeError, MalformedBodyError, toErrorResponse } from "@/lib/api/errors";
import { ConflictError, DataError, ForbiddenError, InvalidError, NotFoundError, TooManyAttemptsError } from "@/lib/data/errors";
import { clientCreate } from "@/lib/validation/client";
import { parseReportQuery } from "@/lib/validation/report";

async function body(response: Response) {
  return (await response.json()) as { error: { code: string; message: string; issues?: { path: (string | number)[]; message: string }[] } };
}

describe("toErrorResponse", () => {
  test("zod errors: 400 with issues naming each field", async () => {
    const parsed = clientCreate.safeParse({ firstName: "Ana", dateOfBirth: "1990-13-45" });
    expect(parsed.success).toBe(false);
    const response = toErrorResponse(parsed.error);
    expect(response.status).toBe(400);
    const { error } = await body(response);
    expect(error.code).toBe("invalid_input");
    expect(error.issues?.map((i) => i.path.join("."))).toEqual(expect.arrayContaining(["lastName", "dateOfBirth"]));
  });

  test.each([
    [new MalformedBodyError(), 400, "malformed_json"],
    [new BodyTooLargeError(), 413, "body_too_large"],
    [new NotFoundError("Client"), 404, "not_found"],
    [new ForbiddenError(), 403, "forbidden"],
    [new ConflictError("Stale version."), 409, "conflict"],
    [new TooManyAttemptsError(60), 429, "too_many_attempts"],
  ] as const)("%o → %i %s", async (error, status, code) => {
    const response = toErrorResponse(error);
    expect(response.status).toBe(status);
    const json = await body(response);
    expect(json.error.code).toBe(code);
    expect(json.error.message.length).toBeGreaterThan(0);
  });

  test("domain-invalid input: 400 with its issues", async () => {
    const response = toErrorResponse(new InvalidError("Bad reference.", [{ path: ["locationId"], message: "No such location." }]));
    expect(response.status).toBe(400);
    expect((await body(response)).error.issues).toEqual([{ path: ["locationId"], message: "No such location." }]);
  });

  test("429 says when to retry", () => {
    expect(toErrorResponse(new TooManyAttemptsError(120)).headers.get("Retry-After")).toBe("120");
  });

  test.each([
    ["year 9999", { from: "9999-10-01", to: "9999-12-31" }],
    ["year 0001", { from: "0001-01-01", to: "0001-12-31" }],
    ["a period over three years", { from: "2020-01-01", to: "2026-01-01" }],
  ])("a report query with %s: 400 naming `from` in plain words, not echoing the value", async (_, query) => {
    let thrown: unknown;
    try {
      parseReportQuery(query);
    } catch (error) {
      thrown = error;
    }
    const response = toErrorResponse(thrown);
    expect(response.status).toBe(400);
    const { error } = await body(response);
    expect(error.code).toBe("invalid_input");
    expect(error.issues?.[0]).toMatchObject({ path: ["from"], message: expect.stringMatching(/year from 1900 to 2999|three years/) });
    expect(JSON.stringify(error)).not.toContain(query.from);
  });

  test("any other refusal of lib/data: 400 with its own code and message", async () => {
    const response = toErrorResponse(new DataError("unknown_location", "That location is not one of this practice's."));
    expect(response.status).toBe(400);
    expect((await body(response)).error).toEqual({ code: "unknown_location", message: "That location is not one of this practice's." });
  });

  test.each([
    ["a TypeError", new TypeError("Cannot read properties of undefined (reading 'ssn')")],
    ["a RangeError", new RangeError("A report period touches at most 37 months, not 1000000.")],
    ["a thrown string", "ssn 123-45-6789"],
    ["a thrown object", { stack: "at /srv/app/lib/data/clients.ts:42", ssn: "123-45-6789" }],
  ])("%s: 500 with only the generic body", async (_, thrown) => {
    const spy = vi.spyOn(console, "error").mockImplementation(() => {});
    const response = toErrorResponse(thrown);
    spy.mockRestore();
    expect(response.status).toBe(500);
    expect(await body(response)).toEqual({ error: { code: "internal", message: "Something went wrong on our side. Please try again." } });
  });

  test("an unexpected error: 500 with a generic message, never its text or stack", async () => {
    const spy = vi.spyOn(console, "error").mockImplementation(() => {});
    const secret = new Error("relation \"Client\" column ssn at /srv/app/lib/data/clients.ts:42");
    const response = toErrorResponse(secret);
    spy.mockRestore();
    expect(response.status).toBe(500);
    const text = JSON.stringify(await body(response));
    expect(text).not.toContain("ssn");
    expect(text).not.toContain("clients.ts");
    expect(text).not.toMatch(/\bat \//);
  });
});

describe("lockedAsJson (POST /api/auth/callback/credentials)", () => {
  const url = "http://app.test/api/auth/callback/credentials";
  const redirect = (to: string) => new Response(null, { status: 302, headers: { Location: to } });
  const locked = redirect("http://app.test/login?error=CredentialsSignin&code=locked");
  const post = (headers: Record<string, string>, at = url) => new Request(at, { method: "POST", headers });

  test("a JSON client signing in to a locked account gets 429 with the error body", async () => {
    const response = lockedAsJson(post({ Accept: "application/json" }), locked);
    expect(response.status).toBe(429);
    expect((await body(response)).error.code).toBe("too_many_attempts");
    expect(Number(response.headers.get("Retry-After"))).toBeGreaterThan(0);
  });

  test("a browser keeps Auth.js's redirect to the login page", () => {
    expect(lockedAsJson(post({ Accept: "text/html" }), locked)).toBe(locked);
  });

  test("next-auth/react (X-Auth-Return-Redirect) keeps its own answer", () => {
    expect(lockedAsJson(post({ Accept: "application/json", "X-Auth-Return-Redirect": "1" }), locked)).toBe(locked);
  });

  test("a wrong password or a success passes through unchanged", () => {
    const invalid = redirect("http://app.test/login?error=CredentialsSignin&code=invalid");
    expect(lockedAsJson(post({ Accept: "application/json" }), invalid)).toBe(invalid);
    const success = redirect("http://app.test/");
    expect(lockedAsJson(post({ Accept: "application/json" }), success)).toBe(success);
  });

  test("other Auth.js routes pass through unchanged", () => {
    expect(lockedAsJson(post({ Accept: "application/json" }, "http://app.test/api/auth/signout"), locked)).toBe(locked);
  });
});

test("a forged practiceId is not even a field of the create schema", () => {
  const parsed = clientCreate.parse({ firstName: "A", lastName: "B", dateOfBirth: "1990-01-01", practiceId: "other" });
  expect(parsed).not.toHaveProperty("practiceId");
});
