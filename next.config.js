/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native or WebAssembly packages that must be loaded by Node at run time, not bundled.
  serverExternalPackages: ["argon2", "@electric-sql/pglite", "@electric-sql/pglite-socket", "pg"],
  poweredByHeader: false,
  // `npm test` type-checks the whole repository once (npm run typecheck); the build need not
  // repeat it, and the demo should not fail on a test helper's types.
  typescript: { ignoreBuildErrors: true },
  typedRoutes: false,
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "Cache-Control", value: "no-store" },
        ],
      },
    ];
  },
};

export default nextConfig;
