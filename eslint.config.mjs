import next from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...next,
  ...nextTs,
  { ignores: [".next/**", "lib/generated/**", "node_modules/**", ".data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
  {
    // The data layer is the only door to the database (see README, Decisions).
    files: ["app/**", "components/**"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [
        { group: ["@/lib/db", "@/lib/generated/*", "@prisma/client", "**/generated/prisma/**"], message: "Reach data through lib/data only." },
      ] }],
    },
  },
];

export default config;
