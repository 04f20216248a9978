import { defineConfig } from "prisma/config";

// No env() here: `prisma generate` (run by postinstall) needs no database, and a fresh clone has
// no DATABASE_URL. Commands that do need one get it from the environment.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx prisma/seed.ts" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres" },
});
