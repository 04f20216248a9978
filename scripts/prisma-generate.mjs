// Runs `prisma generate` without network or database. Prisma's CLI insists on a schema engine
// binary it would download; generate never uses it, so any existing executable satisfies it.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

if (!existsSync("prisma/schema.prisma")) process.exit(0);
const env = { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath };
execFileSync(process.platform === "win32" ? "npx.cmd" : "npx", ["prisma", "generate"], { stdio: "inherit", env });
