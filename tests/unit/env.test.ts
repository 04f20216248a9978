// The environment is checked once at start-up: a wrong one stops the server with every problem
// named, instead of a 500 on the first request.
import { describe, expect, test } from "vitest";
import { parseEnv } from "@/lib/env";

const ok = { DATABASE_URL: "postgresql://lakeshore_app@127.0.0.1:5432/lakeshore", NODE_ENV: "production", AUTH_SECRET: "x".repeat(43) };

describe("parseEnv", () => {
  test("a complete production environment parses, with the pool's default", () => {
    expect(parseEnv(ok)).toMatchObject({ NODE_ENV: "production", DB_POOL_MAX: 10 });
  });

  test("production without AUTH_SECRET, a short secret, or a bad URL: each is named", () => {
    expect(() => parseEnv({ ...ok, AUTH_SECRET: undefined })).toThrow(/AUTH_SECRET: AUTH_SECRET is required in production/);
    expect(() => parseEnv({ ...ok, AUTH_SECRET: "short" })).toThrow(/AUTH_SECRET must be 32 characters or more/);
    expect(() => parseEnv({ ...ok, DATABASE_URL: "not a url", DB_POOL_MAX: "0" })).toThrow(/DATABASE_URL[\s\S]*DB_POOL_MAX|DB_POOL_MAX[\s\S]*DATABASE_URL/);
  });

  test("development may run without AUTH_SECRET (Auth.js then refuses sign-in itself)", () => {
    expect(parseEnv({ DATABASE_URL: ok.DATABASE_URL })).toMatchObject({ NODE_ENV: "development" });
  });

  test("DATABASE_SET_ROLE must be a plain role name: it is written into SET LOCAL ROLE", () => {
    expect(() => parseEnv({ ...ok, DATABASE_SET_ROLE: "app; DROP TABLE x" })).toThrow(/DATABASE_SET_ROLE/);
  });
});
