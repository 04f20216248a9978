// The tests' own connection, as the database's owner: factories build each test's world with it
// and assertions read back what really is in the tables. Row-level security does not apply to
// the owner, so this client must never serve the code under test (lib/db is the app role's).
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

const globalForOwner = globalThis as unknown as { ownerPrisma?: PrismaClient };

export function ownerDb(): PrismaClient {
  const url = process.env.OWNER_DATABASE_URL;
  if (!url) throw new Error("OWNER_DATABASE_URL is not set (tests/setup/integration-global.ts sets it)");
  globalForOwner.ownerPrisma ??= new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 4 }) });
  return globalForOwner.ownerPrisma;
}
