// 0002: masks the personal numbers (身份证号, mobile numbers) that earlier versions stored in clear, in every
// text column of every table, with the same function the storage boundary now applies to every write
// (server/db/mask-plugin.ts). Rows are addressed by their primary key through db.withoutPlugins(), since the
// plugin would mask the clear key in the WHERE clause.
// Unique columns: two values that differ only in masked digits (two IDs with the same region and last four, or
// one ID in two spellings) would become equal; the later row gets a "#2", "#3" … suffix instead of failing the
// migration or merging two cases.
// After this migration SQLite's WAL is checkpointed and truncated (server/db/migrate.ts) and secure_delete is on,
// so the clear values do not linger in the file; on PostgreSQL the old row versions go with the next (auto)vacuum
// (`VACUUM FULL` to rewrite the tables at once).
import type { Kysely } from "kysely";
import { maskBoundValue } from "../mask-plugin.ts";

interface TableSpec {
  table: string;
  key: string;
  /** Column sets that are unique; the last column takes the disambiguating suffix. */
  unique: string[][];
}

const TABLES: TableSpec[] = [
  { table: "tokens", key: "id", unique: [["token_hash"]] },
  { table: "cases", key: "id", unique: [["portal", "external_id"]] },
  { table: "flags", key: "id", unique: [["client_key"]] },
  { table: "sync_keys", key: "key", unique: [["key"]] },
  { table: "calendar_years", key: "year", unique: [] },
  { table: "meta", key: "key", unique: [["key"]] },
];

const CHUNK = 500;

const tupleOf = (row: Record<string, unknown>, cols: string[]) => JSON.stringify(cols.map((c) => row[c] ?? null));

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the current table types
export async function up(plugged: Kysely<any>): Promise<void> {
  const db = plugged.withoutPlugins();
  for (const spec of TABLES) {
    const keys = (await db.selectFrom(spec.table).select(spec.key).execute()).map((r) => r[spec.key]);
    // every unique tuple in use, so that a masked value never takes another row's
    const taken = new Map<string[], Set<string>>();
    if (spec.unique.length) {
      const rows = await db
        .selectFrom(spec.table)
        .select([...new Set(spec.unique.flat())])
        .execute();
      for (const cols of spec.unique) taken.set(cols, new Set(rows.map((r) => tupleOf(r, cols))));
    }
    for (let i = 0; i < keys.length; i += CHUNK) {
      const rows = await db
        .selectFrom(spec.table)
        .selectAll()
        .where(spec.key, "in", keys.slice(i, i + CHUNK))
        .execute();
      for (const row of rows) {
        const set: Record<string, unknown> = {};
        for (const [col, v] of Object.entries(row)) {
          const m = maskBoundValue(v);
          if (m !== v) set[col] = m;
        }
        if (!Object.keys(set).length) continue;
        const next = { ...row, ...set };
        for (const cols of spec.unique) {
          const before = tupleOf(row, cols);
          let after = tupleOf(next, cols);
          if (after === before || next[cols.at(-1) as string] == null) continue;
          const used = taken.get(cols) as Set<string>;
          const last = cols.at(-1) as string;
          const base = String(next[last]);
          for (let n = 2; used.has(after); n++) {
            next[last] = `${base}#${n}`;
            set[last] = next[last];
            after = tupleOf(next, cols);
          }
          used.delete(before);
          used.add(after);
        }
        await db.updateTable(spec.table).set(set).where(spec.key, "=", row[spec.key]).execute();
      }
    }
  }
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(_db: Kysely<any>): Promise<void> {
  // masking cannot be undone: the clear numbers are gone on purpose
}
