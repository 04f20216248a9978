import { describe, expect, test } from "vitest";
import { safeReturnPath } from "@/lib/auth/return-to";

describe("safeReturnPath: after sign-in, back where you were, never to another site", () => {
  test("keeps a page of this app with its query", () => {
    expect(safeReturnPath("/couples/c123?tab=notes")).toBe("/couples/c123?tab=notes");
    expect(safeReturnPath("http://localhost:3000/caseload?q=ann")).toBe("/caseload?q=ann");
  });

  test("an absolute URL of another host keeps only its path", () => {
    expect(safeReturnPath("https://evil.example/steal")).toBe("/steal");
  });

  test("refuses protocol-relative, backslash and script URLs", () => {
    expect(safeReturnPath("//evil.example/x")).toBeNull();
    expect(safeReturnPath("/\\evil.example")).toBeNull();
    expect(safeReturnPath("javascript:alert(1)")).toBeNull();
    expect(safeReturnPath("data:text/html,hi")).toBeNull();
  });

  test("refuses the login page itself, the API, and non-strings", () => {
    expect(safeReturnPath("/login")).toBeNull();
    expect(safeReturnPath("/login?callbackUrl=/x")).toBeNull();
    expect(safeReturnPath("/api/v1/me")).toBeNull();
    expect(safeReturnPath(undefined)).toBeNull();
    expect(safeReturnPath("")).toBeNull();
    expect(safeReturnPath("x".repeat(2000))).toBeNull();
  });
});
