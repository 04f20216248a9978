// A 3 MB server action body is refused like an API body (issue 9: it answered 500). Next 16
// itself answers a body over serverActions.bodySizeLimit with 500, so proxy.ts refuses it first
// from the declared length; the limits of next.config.js, the proxy and the API agree.
import { createRequire } from "node:module";
import { describe, expect, test } from "vitest";
import { MAX_ACTION_BODY_BYTES, refuseOversizedAction } from "@/lib/actions/body-limit";
import nextConfig from "@/next.config.js";

// The parser Next itself applies to serverActions.bodySizeLimit.
const bytes = createRequire(import.meta.url)("next/dist/compiled/bytes") as { parse(value: string): number | null };

const MB = 1024 * 1024;

function post(path: string, headers: Record<string, string>) {
  return new Request(`http://localhost${path}`, { method: "POST", headers });
}

describe("refuseOversizedAction", () => {
  test("a 3 MB action (with or without JavaScript) is 413 with DESIGN.md's error body", async () => {
    const requests: Record<string, string>[] = [
      { "next-action": "40812af9105fb11e20d1a6cf8a30edb18c8b574800", "content-length": String(3 * MB) },
      { "content-type": "multipart/form-data; boundary=x", "content-length": String(3 * MB) },
    ];
    for (const headers of requests) {
      const refused = refuseOversizedAction(post("/notes/n1", headers));
      expect(refused?.status).toBe(413);
      expect(await refused?.json()).toEqual({ error: { code: "body_too_large", message: "The request body is larger than 1 MB." } });
    }
  });

  test("up to 1 MB passes through to the action", () => {
    expect(refuseOversizedAction(post("/notes/n1", { "next-action": "a", "content-length": String(MB) }))).toBeNull();
    expect(refuseOversizedAction(post("/admin/staff", { "content-length": "120" }))).toBeNull();
    expect(refuseOversizedAction(post("/login", {}))).toBeNull();
  });

  test("a body of unknown length (chunked) is 411, not read into memory and failed with 500", () => {
    expect(refuseOversizedAction(post("/notes/n1", { "next-action": "a", "transfer-encoding": "chunked" }))?.status).toBe(411);
  });

  test("a Content-Length that is not a number is 400", () => {
    expect(refuseOversizedAction(post("/notes/n1", { "next-action": "a", "content-length": "lots" }))?.status).toBe(400);
  });

  test("GET requests and API routes are not its business", () => {
    expect(refuseOversizedAction(new Request("http://localhost/notes/n1", { headers: { "content-length": String(3 * MB) } }))).toBeNull();
    expect(refuseOversizedAction(post("/api/v1/clients", { "content-length": String(3 * MB) }))).toBeNull();
  });
});

test("next.config.js and the proxy bound an action's body at 1 MB, as lib/api/handler.ts bounds an API body", () => {
  const limit = (nextConfig as { experimental?: { serverActions?: { bodySizeLimit?: string } } }).experimental?.serverActions?.bodySizeLimit;
  expect(bytes.parse(limit ?? "")).toBe(MAX_ACTION_BODY_BYTES);
  expect(MAX_ACTION_BODY_BYTES).toBe(MB);
});
