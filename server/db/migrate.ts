// Brings a database to the newest schema version. Safe to run on every start and from several instances at
// once: on PostgreSQL Kysely holds a lock row while migrating; on SQLite (where Kysely assumes a single
// connection) a process that loses the race sees "already exists"/busy, its transaction rolls back, and it
// retries — by then the winner has recorded the migration, so the retry has nothing to do.
// On SQLite, after migrations were applied the WAL is checkpointed and truncated: a migration that rewrote rows
// (0002 masks personal numbers) leaves no earlier page images behind in shixian.sqlite-wal.
import { type Kysely, type MigrationProvider, Migrator, SqliteAdapter, sql } from "kysely";
import { migrations } from "./migrations/index.ts";
import type { Database } from "./schema.ts";

const provider: MigrationProvider = { getMigrations: async () => migrations };

const RACE = /already exists|database is locked|SQLITE_BUSY/i;

export async function migrateToLatest(db: Kysely<Database>): Promise<string[]> {
  const migrator = new Migrator({ db, provider });
  for (let attempt = 1; ; attempt++) {
    const { error, results } = await migrator.migrateToLatest();
    if (!error) {
      const applied = (results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName);
      if (applied.length && db.getExecutor().adapter instanceof SqliteAdapter)
        await sql`pragma wal_checkpoint(TRUNCATE)`.execute(db);
      return applied;
    }
    const e = error instanceof Error ? error : new Error(String(error));
    if (attempt >= 10 || !RACE.test(e.message)) throw e;
    await new Promise((ok) => setTimeout(ok, 50 * attempt));
  }
}
