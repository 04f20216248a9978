// Two instances of the built app behind a real PgBouncer in transaction mode, on a database of
// their own: what a scaled-out deployment looks like. Migrations and the seed use a direct
// connection (the schema engine holds a session advisory lock, which transaction pooling would
// break); the instances connect through PgBouncer as lakeshore_app and share one AUTH_SECRET.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, connect } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { ensureAppRole } from "../../../lib/db-tools/app-role";
import { createDatabase, deployMigrations, dropDatabase } from "../../../lib/db-tools/deploy";
import { seedIfEmpty } from "../../../prisma/seed/index";
import { spawnNext, waitForHttp } from "../../../scripts/lib/next-app";

const BASE_URL = process.env.TEST_PG_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const PGBOUNCER = process.env.PGBOUNCER_PATH ?? "/usr/sbin/pgbouncer";

export interface Cluster {
  /** The two instances' base URLs. */
  instances: [string, string];
  /** The owner's direct connection, for assertions. */
  ownerUrl: string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitForTcp(port: number, child: ChildProcess, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`pgbouncer exited (code ${child.exitCode}); is it installed? (apt-get install pgbouncer)`);
    const ok = await new Promise<boolean>((resolve) => {
      const socket = connect(port, "127.0.0.1", () => (socket.end(), resolve(true)));
      socket.once("error", () => resolve(false));
    });
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`pgbouncer did not listen on ${port}`);
}

function startPgBouncer(dir: string, port: number, database: string): ChildProcess {
  const ini = path.join(dir, "pgbouncer.ini");
  writeFileSync(path.join(dir, "userlist.txt"), '"lakeshore_app" ""\n');
  writeFileSync(ini, [
    "[databases]",
    `${database} = host=127.0.0.1 port=5432 dbname=${database}`,
    "[pgbouncer]",
    "listen_addr = 127.0.0.1",
    `listen_port = ${port}`,
    "unix_socket_dir =",
    "auth_type = trust",
    `auth_file = ${path.join(dir, "userlist.txt")}`,
    "pool_mode = transaction",
    "default_pool_size = 8",
    "max_client_conn = 200",
    "ignore_startup_parameters = extra_float_digits,options",
    `logfile = ${path.join(dir, "pgbouncer.log")}`,
    `pidfile = ${path.join(dir, "pgbouncer.pid")}`,
    "",
  ].join("\n"));
  // PgBouncer refuses to run as root; CI runs as root, so it drops to the postgres user.
  const asRoot = process.getuid?.() === 0;
  // Its log goes to pgbouncer.log in the scratch folder; errors reach stderr.
  return spawn(PGBOUNCER, [...(asRoot ? ["-u", "postgres"] : []), "-q", ini], { stdio: ["ignore", "ignore", "inherit"] });
}

export async function startCluster(): Promise<Cluster> {
  const name = `lakeshore_scale_${Date.now()}`;
  const ownerUrl = await createDatabase(BASE_URL, name);
  const dir = mkdtempSync(path.join(tmpdir(), "lakeshore-pgbouncer-"));
  chmodSync(dir, 0o777);
  const children: ChildProcess[] = [];
  const stop = async () => {
    for (const child of children) if (child.exitCode === null) child.kill("SIGTERM");
    await Promise.all(children.map((c) => (c.exitCode === null ? new Promise((r) => c.once("exit", r)) : null)));
    rmSync(dir, { recursive: true, force: true });
    await dropDatabase(BASE_URL, name);
  };
  try {
    await deployMigrations(ownerUrl);
    await seedIfEmpty(ownerUrl);
    await ensureAppRole(ownerUrl);
    const bouncerPort = await freePort();
    const bouncer = startPgBouncer(dir, bouncerPort, name);
    children.push(bouncer);
    await waitForTcp(bouncerPort, bouncer);
    const env = {
      ...process.env,
      DATABASE_URL: `postgresql://lakeshore_app@127.0.0.1:${bouncerPort}/${name}`,
      AUTH_SECRET: randomBytes(32).toString("base64url"), // one secret, shared by both instances
      AUTH_TRUST_HOST: "true",
      DB_POOL_MAX: "6",
      NEXT_TELEMETRY_DISABLED: "1",
    };
    const ports = [await freePort(), await freePort()];
    for (const port of ports) children.push(spawnNext(["start", "-p", String(port)], env));
    const instances = ports.map((p) => `http://localhost:${p}`) as [string, string];
    await Promise.all(instances.map((url, i) => waitForHttp(`${url}/login`, children[i + 1], 90_000)));
    return { instances, ownerUrl, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
