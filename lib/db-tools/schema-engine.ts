// Drives Prisma's schema engine (WebAssembly build from npm) through @prisma/adapter-pg, because
// the CLI's native engine is downloaded at run time and that download is not reachable here.
// The migrations stay in Prisma's own format, so `prisma migrate deploy` works on them anywhere.
import { readdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { createRequire } from "node:module";
import * as bindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { SchemaEngine, MigrationList } from "@prisma/schema-engine-wasm";

// The engine's catalog queries return Postgres' internal "char" type, which adapter-pg cannot
// decode: read it (and its array) as text.
const CHAR_OID = 18;
const CHAR_ARRAY_OID = 1002;
const TEXT_OID = 25;
const TEXT_ARRAY_OID = 1009;

export const MIGRATIONS_DIR = path.resolve("prisma/migrations");
export const SCHEMA_PATH = path.resolve("prisma/schema.prisma");

function retypeChar(result: pg.QueryResult | undefined) {
  for (const field of result?.fields ?? []) {
    if (field.dataTypeID === CHAR_OID) field.dataTypeID = TEXT_OID;
    if (field.dataTypeID === CHAR_ARRAY_OID) field.dataTypeID = TEXT_ARRAY_OID;
  }
  return result;
}

function charAsText(pool: pg.Pool): pg.Pool {
  pool.on("connect", (client) => {
    const original = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as unknown as { query: unknown }).query = (...args: unknown[]) => {
      const callback = args[args.length - 1];
      if (typeof callback === "function") {
        args[args.length - 1] = (error: unknown, result: pg.QueryResult) => callback(error, retypeChar(result));
        return original(...args);
      }
      return (original(...args) as Promise<pg.QueryResult>).then(retypeChar);
    };
  });
  return pool;
}

/**
 * adapter-pg's executeScript splits a script on every ";", which breaks function bodies (triggers)
 * and string literals. Send each migration whole instead, as Prisma's native engine does: one
 * simple query, so Postgres also runs it as one implicit transaction.
 */
function wholeScripts<A extends object>(adapter: A, pool: pg.Pool): A {
  const onError = (adapter as unknown as { onError: (error: unknown) => never }).onError.bind(adapter);
  (adapter as unknown as { executeScript: (script: string) => Promise<void> }).executeScript = async (script) => {
    await pool.query(script).catch(onError);
  };
  return adapter;
}

/** An adapter factory whose shadow database is a scratch database we create and drop ourselves. */
function adapterFactory(url: string, pool: pg.Pool) {
  const main = new PrismaPg(charAsText(pool));
  const factory = {
    adapterName: main.adapterName,
    provider: main.provider,
    connect: async () => wholeScripts(await main.connect(), pool),
    connectToShadowDb: async () => {
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      const name = `shadow_${Date.now()}_${process.pid}`;
      await admin.query(`CREATE DATABASE "${name}"`);
      const shadowUrl = new URL(url);
      shadowUrl.pathname = `/${name}`;
      const pool = charAsText(new pg.Pool({ connectionString: shadowUrl.toString(), max: 2 }));
      pool.on("error", () => undefined);
      const shadow = new PrismaPg(pool);
      const adapter = wholeScripts(await shadow.connect(), pool);
      const dispose = adapter.dispose.bind(adapter);
      adapter.dispose = async () => {
        await dispose();
        await pool.end().catch(() => undefined);
        await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await admin.end();
      };
      return adapter;
    },
  };
  return bindMigrationAwareSqlAdapterFactory(factory as never);
}

export function readMigrations(): MigrationList {
  const dirs = existsSync(MIGRATIONS_DIR)
    ? readdirSync(MIGRATIONS_DIR, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()
    : [];
  const lockPath = path.join(MIGRATIONS_DIR, "migration_lock.toml");
  return {
    baseDir: MIGRATIONS_DIR,
    lockfile: { path: "migration_lock.toml", content: existsSync(lockPath) ? readFileSync(lockPath, "utf8") : null },
    migrationDirectories: dirs.map((dir) => ({
      path: dir,
      migrationFile: {
        path: "migration.sql",
        content: { tag: "ok", value: readFileSync(path.join(MIGRATIONS_DIR, dir, "migration.sql"), "utf8") },
      },
    })),
    shadowDbInitScript: "",
  } as MigrationList;
}

let loaded: typeof bindings | undefined;

/** Node cannot import .wasm as an ES module (the package's entry does): instantiate it by hand. */
async function loadEngine(): Promise<typeof bindings> {
  if (loaded) return loaded;
  const entry = createRequire(import.meta.url).resolve("@prisma/schema-engine-wasm");
  const wasmPath = path.join(path.dirname(entry), "schema_engine_bg.wasm");
  // The engine arms 10 s timers it never clears: unref them so they do not hold the process open.
  const imports: Record<string, unknown> = { ...bindings };
  for (const [name, fn] of Object.entries(bindings)) {
    if (!name.startsWith("__wbg_setTimeout_")) continue;
    imports[name] = (...args: unknown[]) => {
      const timer = (fn as (...a: unknown[]) => { unref?: () => void } | undefined)(...args);
      timer?.unref?.();
      return timer;
    };
  }
  const { instance } = await WebAssembly.instantiate(readFileSync(wasmPath), {
    "./schema_engine_bg.js": imports as WebAssembly.ModuleImports,
  });
  const exports = instance.exports as unknown as { __wbindgen_start: () => void };
  bindings.__wbg_set_wasm(exports);
  exports.__wbindgen_start();
  loaded = bindings;
  return bindings;
}

export async function withEngine<T>(url: string, run: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  const schema = readFileSync(SCHEMA_PATH, "utf8");
  const { SchemaEngine: Engine } = await loadEngine();
  // Ended below: idle pooled connections would otherwise hold the process (and a test run) open.
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  const engine: SchemaEngine = await Engine.new(
    { datamodels: [["schema.prisma", schema]] },
    () => undefined,
    adapterFactory(url, pool),
  );
  try {
    return await run(engine);
  } finally {
    engine.free();
    await pool.end().catch(() => undefined);
  }
}

export const NO_FILTER = { externalTables: [], externalEnums: [] };
