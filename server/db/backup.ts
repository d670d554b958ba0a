// Online backup of the embedded SQLite database (the CLI's `backup` command). SQLite's backup API copies a
// consistent snapshot, WAL content included, while the server keeps running and writing: copying the file by hand
// can miss acknowledged writes still in shixian.sqlite-wal. The copy is checked (integrity_check) before it is
// reported. PostgreSQL deployments back up with their own tools (pg_dump).
import { existsSync, mkdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import SQLite from "better-sqlite3";

/** What a backup wrote: where, how big, and how many rows of each kept table it holds. */
export interface BackupReport {
  file: string;
  bytes: number;
  rows: Record<string, number>;
}

export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "BackupError";
  }
}

/** Tables whose rows are what clerks recorded or admins loaded (counted in the report). */
const COUNTED = ["cases", "flags", "sync_keys", "calendar_years", "tokens"];

/** `shixian-20261123-053012.sqlite` for an instant (Beijing time, as every date this project shows). */
export function backupFileName(at: Date): string {
  const b = new Date(at.getTime() + 8 * 3600_000).toISOString(); // UTC+8, no DST
  return `shixian-${b.slice(0, 10).replaceAll("-", "")}-${b.slice(11, 19).replaceAll(":", "")}.sqlite`;
}

/**
 * Copies the SQLite database `source` to `target` (default: `backups/<timestamped name>` beside it). Refuses to
 * overwrite an existing file; throws BackupError naming what is wrong.
 */
export async function backupSqlite(source: string, target?: string, at = new Date()): Promise<BackupReport> {
  if (!existsSync(source))
    throw new BackupError(`no database at ${source} (set DATA_DIR to the server's data directory)`);
  const file = target ?? join(dirname(source), "backups", backupFileName(at));
  if (existsSync(file)) throw new BackupError(`${file} exists already; give another --to path`);
  mkdirSync(dirname(file), { recursive: true });
  const db = new SQLite(source, { readonly: true, fileMustExist: true });
  try {
    db.pragma("busy_timeout = 5000");
    await db.backup(file);
  } finally {
    db.close();
  }
  const copy = new SQLite(file, { readonly: true, fileMustExist: true });
  try {
    const check = copy.pragma("integrity_check", { simple: true });
    if (check !== "ok") throw new BackupError(`the copy at ${file} failed integrity_check: ${String(check)}`);
    const tables = new Set(
      (copy.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map(
        (t) => t.name,
      ),
    );
    const rows: Record<string, number> = {};
    for (const t of COUNTED)
      if (tables.has(t)) rows[t] = (copy.prepare(`SELECT count(*) AS n FROM "${t}"`).get() as { n: number }).n;
    return { file, bytes: statSync(file).size, rows };
  } finally {
    copy.close();
  }
}
