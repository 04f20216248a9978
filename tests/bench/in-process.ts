// `npm run bench -- --lib`: the in-process diagnostic (the HTTP benchmark, run.ts, is the one
// that judges). Against the bench database it times each report through lib/data (permission
// check, scoped SQL, audit row, mapping) side by side with the same SQL sent through `pg`, prints
// p50/p95 and their ratio. Targets: p95 < 150 ms and lib within 1.5x of the raw SQL. Then client
// search over 50,000 clients (p95 < 50 ms) and the matching benchmark (tests/bench/matching.ts).
import { BENCH_URL, benchDatabaseName, benchNoteCount } from "./bench-db";
import { benchMatching } from "./matching";
import { allowServerOnly } from "./server-only-hook";
import { ms } from "./measure";

const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 40);
const REPORT_P95_MS = 150;
const MAX_RATIO = 1.5;
const SEARCH_P95_MS = 50;

export async function runInProcess(): Promise<boolean> {
  const name = benchDatabaseName();
  const notes = (await benchNoteCount()) ?? 0;
  // lib/data reads DATABASE_URL when it first connects: point it at the bench database before
  // importing anything that reaches lib/db.
  process.env.DATABASE_URL = BENCH_URL;
  process.env.OWNER_DATABASE_URL = BENCH_URL; // the bench's own lookups (tests/support/owner-db)
  allowServerOnly();
  const { benchReports } = await import("./reports");
  const { benchSearch } = await import("./search");
  console.log(`Bench database ${name}: ${notes.toLocaleString("en-US")} notes. ${ITERATIONS} runs per figure after 3 warm-up runs.\n`);
  const reportsOk = await benchReports(ITERATIONS, REPORT_P95_MS, MAX_RATIO);
  const searchOk = await benchSearch(ITERATIONS, SEARCH_P95_MS);
  console.log("");
  await benchMatching();
  const ok = reportsOk && searchOk && !process.exitCode;
  console.log(`\n${ok ? "All targets met." : "Some targets were missed (see FAIL above)."} Timings in ${ms(0).trim().replace("0.0 ", "")}.`);
  return ok;
}

