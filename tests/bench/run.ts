// `npm run bench`: against the bench database (BENCH_DATABASE_URL, made by `npm run bench:data`)
// times each report through lib/data (permission check, scoped SQL, audit row, mapping, as the
// API and pages call it) side by side with the same SQL sent straight through `pg`, and prints
// p50/p95 and their ratio. Targets: p95 < 150 ms and lib within 1.5x of the raw SQL. Then client
// search over 50,000 clients (p95 < 50 ms) and the matching benchmark (tests/bench/matching.ts).
// Exit code 1 when the data is missing; `-- --strict` also fails on a missed target.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { BENCH_URL, benchDatabaseName, benchNoteCount } from "./bench-db";
import { allowServerOnly } from "./server-only-hook";
import { ms } from "./measure";

const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 40);
const REPORT_P95_MS = 150;
const MAX_RATIO = 1.5;
const SEARCH_P95_MS = 50;

async function main(): Promise<boolean> {
  const name = benchDatabaseName();
  const notes = await benchNoteCount();
  if (notes === null) {
    console.error(`No bench data in ${name}. Generate it first (about a minute):\n\n  npm run bench:data\n\nBENCH_DATABASE_URL picks the database (now ${BENCH_URL.replace(/:[^:@/]*@/, ":***@")}).`);
    process.exit(1);
  }
  // lib/data reads DATABASE_URL when it first connects: point it at the bench database before
  // importing anything that reaches lib/db.
  process.env.DATABASE_URL = BENCH_URL;
  allowServerOnly();
  const { benchReports } = await import("./reports");
  const { benchSearch } = await import("./search");
  console.log(`Bench database ${name}: ${notes.toLocaleString("en-US")} notes. ${ITERATIONS} runs per figure after 3 warm-up runs.\n`);
  const reportsOk = await benchReports(ITERATIONS, REPORT_P95_MS, MAX_RATIO);
  const searchOk = await benchSearch(ITERATIONS, SEARCH_P95_MS);
  await benchMatchingIfPresent();
  const ok = reportsOk && searchOk && !process.exitCode;
  console.log(`\n${ok ? "All targets met." : "Some targets were missed (see FAIL above)."} Timings in ${ms(0).trim().replace("0.0 ", "")}.`);
  return ok;
}

/** tests/bench/matching.ts belongs to the matching feature; run it when it is there. */
async function benchMatchingIfPresent(): Promise<void> {
  const file = fileURLToPath(new URL("./matching.ts", import.meta.url));
  console.log("");
  if (!existsSync(file)) {
    console.log("Matching: tests/bench/matching.ts is not there yet; skipped.");
    return;
  }
  const { benchMatching } = (await import("./matching")) as { benchMatching: () => Promise<void> };
  await benchMatching();
}

main().then(
  (ok) => process.exit(!ok && process.argv.includes("--strict") ? 1 : 0),
  (error: unknown) => {
    console.error("bench failed:", error);
    process.exit(1);
  },
);
