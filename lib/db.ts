import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

// The one Prisma client, connected as the app's runtime role (never a superuser or table owner:
// row-level security applies to it). Only lib/data/access imports this file: everything else in
// lib/data reaches the database through the transaction its access path opens (eslint enforces it).
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

function create(): PrismaClient {
  const { DATABASE_URL, DB_POOL_MAX } = env();
  const adapter = new PrismaPg({ connectionString: DATABASE_URL, max: DB_POOL_MAX });
  return new PrismaClient({ adapter });
}

/** Lazily created so that importing lib/data during `next build` needs no database. */
export function db(): PrismaClient {
  globalForPrisma.prisma ??= create();
  return globalForPrisma.prisma;
}

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
