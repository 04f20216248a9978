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
  {
    // Inside lib/data, only the access path opens transactions: every feature gets its `tx` from
    // access() (docs/decisions/0026). Sign-in runs before a practice is known, in sessions/.
    files: ["lib/data/**"],
    ignores: ["lib/data/access/**", "lib/data/sessions/**"],
    rules: {
      "no-restricted-imports": ["error", { paths: [
        { name: "@/lib/db", message: "Use the tx that access() hands you (lib/data/access)." },
        { name: "@/lib/data/access/tenant", importNames: ["inTenant", "beforePractice"], message: "Go through access() (lib/data/access)." },
      ] }],
    },
  },
];

export default config;
