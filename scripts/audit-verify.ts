// `npm run audit:verify`: checks every practice's audit chain on DATABASE_URL (the owner's or a
// superuser's URL: the app role may not read the chain head). For each practice it reads the
// events in seq order, a page at a time inside one read-only snapshot, recomputes every hash in
// TypeScript (lib/db-tools/audit-chain.ts, not the database's own function), and checks the
// links, the numbering from 1 and the chain head. Prints one line per practice, with the head's
// hash to keep somewhere the database's superuser cannot reach (docs/decisions/0027).
// Exit 0: every chain intact. 1: a chain is broken (practice and first broken event named).
// 2: could not verify (no connection, or a role that row-level security hides rows from).
import { pathToFileURL } from "node:url";
import pg from "pg";
import { ChainWalk, type ChainBreak, type ChainEvent, type ChainHead } from "../lib/db-tools/audit-chain";
import { databaseUrlOrDefault } from "../lib/db-tools/database-url";

export interface PracticeChain {
  practiceId: string;
  name: string;
  events: string;
  head: ChainHead | null;
  broken: ChainBreak | null;
}

export interface VerifyOptions {
  /** Only these practices (all when absent). */
  practiceIds?: string[];
  /** Events read per round trip. */
  pageSize?: number;
}

const TIMESTAMP_OID = 1114;
/** Timestamps as Postgres prints them, so no time zone of this machine touches the hash. */
export const RAW_TIMESTAMPS: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === TIMESTAMP_OID ? (value: string) => value : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

// Ordered by the table's bigint seq ("e.seq"): a bare "seq" would be the text alias below.
const COLUMNS = `id, "practiceId", seq::text AS seq, "actorId", "tokenId", action, "entityType", "entityId", "entityIds",
  "clientIds", outcome::text AS outcome, "requestId", at, "prevHash", hash`;

async function assertSeesEverything(client: pg.Client): Promise<void> {
  const { rows: [role] } = await client.query<{ name: string; ok: boolean }>(
    `SELECT current_user AS name, r.rolsuper OR r.rolbypassrls OR pg_has_role(current_user, c.relowner, 'USAGE') AS ok
       FROM pg_roles r, pg_class c WHERE r.rolname = current_user AND c.oid = '"AuditEvent"'::regclass`);
  if (!role?.ok) {
    throw new Error(`role ${role?.name ?? "?"} is subject to row-level security and would see no events: use the owner's or a superuser's DATABASE_URL`);
  }
}

async function verifyPractice(client: pg.Client, practiceId: string, pageSize: number): Promise<Omit<PracticeChain, "name">> {
  // One snapshot for the head and every page: events appended meanwhile are neither read nor
  // past the head read here.
  await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
  try {
    const { rows: [head] } = await client.query<ChainHead>(
      `SELECT seq::text AS seq, hash FROM "AuditChainHead" WHERE "practiceId" = $1`, [practiceId]);
    const walk = new ChainWalk(head ?? null);
    let last: ChainEvent | undefined;
    for (;;) {
      const { rows } = last
        ? await client.query<ChainEvent>(
            `SELECT ${COLUMNS} FROM "AuditEvent" e WHERE "practiceId" = $1 AND (e.seq, e.id) > ($2::bigint, $3) ORDER BY e.seq, e.id LIMIT $4`,
            [practiceId, last.seq, last.id, pageSize])
        : await client.query<ChainEvent>(
            `SELECT ${COLUMNS} FROM "AuditEvent" e WHERE "practiceId" = $1 ORDER BY e.seq, e.id LIMIT $2`, [practiceId, pageSize]);
      if (!rows.every((row) => walk.push(row)) || rows.length < pageSize) break;
      last = rows[rows.length - 1];
    }
    return { practiceId, events: walk.count.toString(), head: head ?? null, broken: walk.finish() };
  } finally {
    await client.query("COMMIT");
  }
}

/** Verifies the chains of the database at `url`; never loads more than one page of events. */
export async function verifyAuditChains(url: string, options: VerifyOptions = {}): Promise<PracticeChain[]> {
  const client = new pg.Client({ connectionString: url, types: RAW_TIMESTAMPS });
  await client.connect();
  try {
    await client.query("SET datestyle = 'ISO, YMD'");
    await assertSeesEverything(client);
    const { rows: practices } = options.practiceIds
      ? await client.query<{ id: string; name: string }>(`SELECT id, name FROM "Practice" WHERE id = ANY($1) ORDER BY id`, [options.practiceIds])
      : await client.query<{ id: string; name: string }>(`SELECT id, name FROM "Practice" ORDER BY id`);
    const results: PracticeChain[] = [];
    for (const p of practices) results.push({ name: p.name, ...(await verifyPractice(client, p.id, options.pageSize ?? 5_000)) });
    return results;
  } finally {
    await client.end();
  }
}

/** The line printed for one practice. */
export function describeChain(chain: PracticeChain): string {
  const who = `${chain.practiceId} ${JSON.stringify(chain.name)}`;
  if (!chain.broken) {
    const head = chain.head ? `head seq ${chain.head.seq} sha256 ${chain.head.hash || "(empty)"}` : "no head";
    return `intact  ${who}: ${chain.events} events, ${head}`;
  }
  const { eventId, seq, reason } = chain.broken;
  const event = eventId ? `event ${eventId} (seq ${seq})` : `event seq ${seq} (no longer in the table)`;
  return `BROKEN  ${who}: first broken ${event}: ${reason}`;
}

async function main(): Promise<number> {
  const chains = await verifyAuditChains(databaseUrlOrDefault());
  for (const chain of chains) console.log(describeChain(chain));
  const broken = chains.filter((c) => c.broken).length;
  console.log(broken ? `${broken} of ${chains.length} practices have a broken audit chain` : `all ${chains.length} audit chains intact`);
  return broken ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(`audit:verify could not verify: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(2);
    },
  );
}
