// `npm run db:seed`: seeds the demo practices into DATABASE_URL (or the local dev database)
// unless they are already there. See prisma/seed/index.ts.
import { databaseUrlOrDefault } from "../lib/db-tools/database-url";
import { DEMO_PASSWORD, seedIfEmpty } from "./seed/index";

try {
  const result = await seedIfEmpty(databaseUrlOrDefault(), (line) => console.log(line));
  if (result === "seeded") {
    console.log(`Demo data seeded. Sign in as owner@lakeshore.test, therapist@lakeshore.test, therapist2@lakeshore.test, intake@lakeshore.test or owner@other.test with password ${DEMO_PASSWORD}.`);
  } else {
    console.log('Demo data already present (practice "lakeshore" exists): nothing to do.');
  }
  process.exit(0);
} catch (error) {
  // Prisma's messages quote the calling code first; the cause is on the last line
  const message = error instanceof Error ? error.message : String(error);
  const cause = message.split("\n").map((l) => l.trim()).filter(Boolean).at(-1) ?? "unknown error";
  const hint = /does not exist in the current database/.test(cause) ? " (run `npm run db:migrate` first)" : "";
  console.error(`Seeding failed: ${cause}${hint}`);
  process.exit(1);
}
