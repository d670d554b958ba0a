// Opens the database: embedded SQLite under DATA_DIR by default (WAL, synchronous=FULL so that an
// acknowledged write survives kill -9 and power loss; secure_delete so that a row's earlier content does not
// linger in free space), PostgreSQL when a postgres:// URL is given. Both pass every query through the masking
// plugin (./mask-plugin.ts): no personal number is stored in clear.
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import SQLite from "better-sqlite3";
import {
  CompiledQuery,
  type DatabaseConnection,
  Kysely,
  PostgresDialect,
  SqliteAdapter,
  SqliteDriver,
  SqliteIntrospector,
  SqliteQueryCompiler,
} from "kysely";
import pg from "pg";
import { MaskPersonalDataPlugin } from "./mask-plugin.ts";
import type { Database } from "./schema.ts";
import { DatabaseCheckError, integrityProblem, walHeaderProblem } from "./sqlite-check.ts";

export type DbKind = "sqlite" | "postgres";

export interface DbHandle {
  db: Kysely<Database>;
  kind: DbKind;
  /** Where the data lives: the SQLite file path or the PostgreSQL URL without password. */
  location: string;
  close(): Promise<void>;
}

export interface OpenDbOptions {
  databaseUrl?: string;
  /** Directory for shixian.sqlite (created if missing). */
  dataDir?: string;
}

export function openDb(opts: OpenDbOptions): DbHandle {
  if (opts.databaseUrl) {
    const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: 10 });
    // An idle client losing its connection must not crash the process; the pool replaces it.
    pool.on("error", (e) => console.error(`[db] idle PostgreSQL client error: ${e.message}`));
    const db = new Kysely<Database>({
      dialect: new PostgresDialect({ pool }),
      plugins: [new MaskPersonalDataPlugin()],
    });
    const u = new URL(opts.databaseUrl);
    u.password = "";
    return { db, kind: "postgres", location: u.toString(), close: () => db.destroy() };
  }
  const dir = resolve(opts.dataDir ?? "./data");
  mkdirSync(dir, { recursive: true });
  const file = join(dir, "shixian.sqlite");
  // Before any connection opens the file: SQLite would silently drop a WAL whose header is damaged.
  const walProblem = walHeaderProblem(file);
  if (walProblem) throw new DatabaseCheckError(file, walProblem);
  const sqlite = new SQLite(file);
  sqlite.pragma("busy_timeout = 5000");
  const damaged = integrityProblem(sqlite);
  if (damaged) {
    sqlite.close();
    throw new DatabaseCheckError(file, damaged);
  }
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = FULL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("secure_delete = ON");
  const db = new Kysely<Database>({
    dialect: {
      createAdapter: () => new SqliteAdapter(),
      createDriver: () => new ImmediateSqliteDriver({ database: sqlite }),
      createIntrospector: (k) => new SqliteIntrospector(k),
      createQueryCompiler: () => new SqliteQueryCompiler(),
    },
    plugins: [new MaskPersonalDataPlugin()],
  });
  return { db, kind: "sqlite", location: file, close: () => db.destroy() };
}

/**
 * Kysely's SQLite driver opens transactions with a plain (deferred) BEGIN: the transaction reads first and asks
 * for the write lock at its first write. If another connection (the CLI creating a token, a second process)
 * committed in between, SQLite cannot upgrade the stale read snapshot and fails at once with SQLITE_BUSY_SNAPSHOT,
 * without waiting — a 500 for what is only contention. BEGIN IMMEDIATE takes the write lock at the start,
 * waiting up to busy_timeout for it, so every transaction reads what it then writes on.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw("begin immediate"));
  }
}
