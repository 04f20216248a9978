// Strict Content-Security-Policy (issue 9 item 7, decision 0032): an injected <script>, onclick=
// or <style> must not run, and Next's own scripts must, which they do only if Next can read the
// nonce from the policy proxy.ts hands it. API answers allow nothing at all.
import { createRequire } from "node:module";
import { NextRequest, NextResponse } from "next/server";
import { describe, expect, test } from "vitest";
import { API_POLICY, newNonce, pagePolicy, sourcesOf } from "@/lib/security/csp";
import { withPagePolicy } from "@/lib/security/page-response";
import nextConfig from "@/next.config.js";

// The parser Next applies to the request's policy to find the nonce for its scripts.
const { getScriptNonceFromHeader } = createRequire(import.meta.url)("next/dist/server/app-render/get-script-nonce-from-header") as {
  getScriptNonceFromHeader(policy: string): string | undefined;
};

describe("pagePolicy", () => {
  const nonce = newNonce();
  const policy = pagePolicy(nonce);

  test("scripts run only with this request's nonce: no 'unsafe-inline', no 'unsafe-eval', no host allow-list", () => {
    const scripts = sourcesOf(policy, "script-src");
    expect(scripts).toContain(`'nonce-${nonce}'`);
    expect(scripts).toContain("'strict-dynamic'");
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
    expect(scripts.filter((source) => source.includes("*") || source.endsWith(":"))).toEqual([]);
  });

  test("Next finds the nonce in the policy, so its own scripts carry it", () => {
    expect(getScriptNonceFromHeader(policy)).toBe(nonce);
  });

  test("every nonce is new and 128 random bits", () => {
    const nonces = new Set(Array.from({ length: 200 }, () => newNonce()));
    expect(nonces.size).toBe(200);
    for (const one of nonces) expect(Buffer.from(one, "base64")).toHaveLength(16);
  });

  test("the rest locks the page to its own origin and closes framing, <base>, plugins and foreign form posts", () => {
    expect(sourcesOf(policy, "default-src")).toEqual(["'self'"]);
    expect(sourcesOf(policy, "img-src")).toEqual(["'self'", "data:"]);
    expect(sourcesOf(policy, "connect-src")).toEqual(["'self'"]);
    expect(sourcesOf(policy, "object-src")).toEqual(["'none'"]);
    expect(sourcesOf(policy, "base-uri")).toEqual(["'self'"]);
    expect(sourcesOf(policy, "form-action")).toEqual(["'self'"]);
    expect(sourcesOf(policy, "frame-ancestors")).toEqual(["'none'"]);
  });

  test("an injected <style> element is refused; only style= attributes (React's style props) are inline", () => {
    expect(sourcesOf(policy, "style-src")).toEqual(["'self'"]);
    expect(sourcesOf(policy, "style-src-attr")).toEqual(["'unsafe-inline'"]);
  });

  test("only `next dev` gets 'unsafe-eval' and inline styles", () => {
    const dev = pagePolicy(nonce, { dev: true });
    expect(sourcesOf(dev, "script-src")).toContain("'unsafe-eval'");
    expect(sourcesOf(dev, "script-src")).not.toContain("'unsafe-inline'");
    expect(sourcesOf(dev, "style-src")).toContain("'unsafe-inline'");
  });

  test("a nonce that could smuggle a directive into the header is refused", () => {
    expect(() => pagePolicy("abc'; script-src *; x='")).toThrow();
    expect(() => pagePolicy("")).toThrow();
  });
});

describe("withPagePolicy (proxy.ts's answer to a page request)", () => {
  // What Auth.js's proxy answers: "go on" rebuilt as a plain Response (with a refreshed cookie), or a redirect.
  const goOn = () => {
    const answer = new Response(null, NextResponse.next());
    answer.headers.append("set-cookie", "authjs.session-token=abc; Path=/; HttpOnly");
    return answer;
  };
  const page = () => new NextRequest("http://localhost/caseload", { headers: { cookie: "authjs.session-token=abc" } });

  test("the browser and Next get the same policy, with a fresh nonce each time", () => {
    const first = withPagePolicy(page(), goOn());
    const second = withPagePolicy(page(), goOn());
    const policy = first.headers.get("content-security-policy") ?? "";
    // NextResponse.next({ request: { headers } }) forwards a request header as x-middleware-request-<name>.
    expect(first.headers.get("x-middleware-request-content-security-policy")).toBe(policy);
    expect(first.headers.get("x-middleware-override-headers")).toContain("content-security-policy");
    const nonce = getScriptNonceFromHeader(policy);
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(first.headers.get("x-middleware-request-x-nonce")).toBe(nonce);
    expect(getScriptNonceFromHeader(second.headers.get("content-security-policy") ?? "")).not.toBe(nonce);
  });

  test("the cookie Auth.js refreshed and the visitor's own request headers go on", () => {
    const answer = withPagePolicy(page(), goOn());
    expect(answer.headers.getSetCookie()).toEqual(["authjs.session-token=abc; Path=/; HttpOnly"]);
    expect(answer.headers.get("x-middleware-request-cookie")).toBe("authjs.session-token=abc");
  });

  test("a signed-out visitor is still sent to /login, under the same policy", () => {
    const answer = withPagePolicy(page(), NextResponse.redirect("http://localhost/login?callbackUrl=%2Fcaseload"));
    expect(answer.status).toBe(307);
    expect(answer.headers.get("location")).toBe("http://localhost/login?callbackUrl=%2Fcaseload");
    expect(answer.headers.get("x-middleware-next")).toBeNull();
    expect(sourcesOf(answer.headers.get("content-security-policy") ?? "", "script-src")).toContain("'strict-dynamic'");
  });
});

describe("next.config.js headers", () => {
  test("API answers may load nothing and not be framed; pages get no second, static policy", async () => {
    const rules = (await nextConfig.headers?.()) ?? [];
    const cspOf = (source: string) =>
      rules.find((rule) => rule.source === source)?.headers.filter((h) => h.key.toLowerCase() === "content-security-policy") ?? [];
    expect(cspOf("/api/:path*").map((h) => h.value)).toEqual([API_POLICY]);
    expect(cspOf("/:path*")).toEqual([]);
  });
});
