// An embedded PostgreSQL for the demo: PGlite (Postgres compiled to WebAssembly) persisted in a
// folder and served over the Postgres wire protocol, so the app reaches it through adapter-pg
// exactly as it reaches a real server. PGlite ignores the database name in the URL: every
// connection lands in the same database, so never point tests at this server.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { btree_gist } from "@electric-sql/pglite/contrib/btree_gist";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

/**
 * Opens (or creates) the data folder and listens on 127.0.0.1 and a port the OS picks.
 * `maxConnections` must stay above 1: the socket server multiplexes connections onto PGlite's
 * single session, and Prisma's pool breaks (ECONNRESET) when it is limited to one.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  { port = 0, maxConnections = 32 }: { port?: number; maxConnections?: number } = {},
): Promise<EmbeddedPostgres> {
  const dir = path.resolve(dataDir);
  mkdirSync(dir, { recursive: true });
  // Contrib extensions must be loaded into PGlite up front; the migrations create pg_trgm and
  // btree_gist (the appointments' no-overlap constraint).
  const db = await PGlite.create(dir, { extensions: { pg_trgm, btree_gist } });
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port, maxConnections });
  await server.start();
  // getServerConn() reports the real port once listening, "127.0.0.1:54321".
  const address = server.getServerConn();
  let stopped: Promise<void> | undefined;
  return {
    url: `postgresql://postgres:postgres@${address}/postgres`,
    stop: () =>
      (stopped ??= (async () => {
        await server.stop();
        await db.close(); // flushes the data folder
      })()),
  };
}
