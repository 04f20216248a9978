/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native or WebAssembly packages that must be loaded by Node at run time, not bundled.
  serverExternalPackages: ["argon2", "@electric-sql/pglite", "@electric-sql/pglite-socket", "pg"],
  poweredByHeader: false,
  // `npm test` type-checks the whole repository once (npm run typecheck); the build need not
  // repeat it, and the demo should not fail on a test helper's types.
  typescript: { ignoreBuildErrors: true },
  typedRoutes: false,
  // A server action's body is bounded like an API body (1 MB, lib/api/handler.ts). Next 16 answers
  // a body over this with 500, so proxy.ts refuses it first with 413 (lib/actions/body-limit.ts).
  experimental: { serverActions: { bodySizeLimit: "1mb" } },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "Strict-Transport-Security", value: "max-age=31536000" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
          { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
        ],
      },
      // Pages and API answers may hold clinical data: never stored by a browser or a proxy. Next's
      // build output under /_next/static is named by its content hash, so it keeps the
      // `public, max-age=31536000, immutable` Next gives it; a no-store there made every page
      // load download all its JavaScript again (issue 10 item 3).
      {
        source: "/:path((?!_next/static/).*)",
        headers: [{ key: "Cache-Control", value: "no-store" }],
      },
      // Pages get their Content-Security-Policy from proxy.ts, with a fresh nonce per request
      // (lib/security/csp.ts, decision 0032). An API answer is JSON, never a document: it may
      // load nothing and not be framed (API_POLICY in lib/security/csp.ts says the same).
      {
        source: "/api/:path*",
        headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" }],
      },
    ];
  },
};

export default nextConfig;
