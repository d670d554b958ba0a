// Opens the database: embedded SQLite under DATA_DIR by default (WAL, synchronous=FULL so that an
// acknowledged write survives kill -9 and power loss; secure_delete so that a row's earlier content does not
// linger in free space), PostgreSQL when a postgres:// URL is given. Both pass every query through the masking
// plugin (./mask-plugin.ts): no personal number is stored in clear.
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect } from "kysely";
import pg from "pg";
import { MaskPersonalDataPlugin } from "./mask-plugin.ts";
import type { Database } from "./schema.ts";

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
  const sqlite = new SQLite(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = FULL");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("secure_delete = ON");
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: sqlite }),
    plugins: [new MaskPersonalDataPlugin()],
  });
  return { db, kind: "sqlite", location: file, close: () => db.destroy() };
}
