// The client-search half of the benchmark: lib/data listClients with `q` over 50,000 clients.
import { listClients } from "@/lib/data/clients/clients";
import { ownerDb as db } from "@/tests/support/owner-db";
import { BENCH_OWNER_EMAIL } from "./generate-sql";
import { alone, ms } from "./measure";
import { benchActor } from "./reports";

const QUERIES = [
  { q: "smith", why: "a common last name" },
  { q: "ada", why: "a first name" },
  { q: "son", why: "a fragment inside many names" },
  { q: "kowalski", why: "a rarer last name" },
  { q: "zzqx", why: "no match at all" },
];

export async function benchSearch(iterations: number, targetP95: number): Promise<boolean> {
  const owner = await benchActor(BENCH_OWNER_EMAIL);
  const clients = await db().client.count({ where: { practiceId: owner.practiceId } });
  console.log(`\nClient search (lib/data listClients, first page of 50) over ${clients.toLocaleString("en-US")} clients`);
  let ok = true;
  for (const { q, why } of QUERIES) {
    let found = 0;
    const s = await alone(async () => {
      found = (await listClients(owner, { q, limit: 50 })).data.length;
    }, iterations);
    const pass = s.p95 < targetP95;
    ok &&= pass;
    console.log(`  q=${JSON.stringify(q).padEnd(11)} ${why.padEnd(36)} ${String(found).padStart(3)} shown  p50 ${ms(s.p50)}  p95 ${ms(s.p95)}  ${pass ? "PASS" : "FAIL"}`);
  }
  console.log(`Target: p95 < ${targetP95} ms.`);
  return ok;
}
