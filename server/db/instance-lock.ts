// One server per SQLite data directory. A second server on the same DATA_DIR (a service started twice, a clerk
// running `npm start` beside the office's server) refuses to start with a message saying who holds the directory
// and that several instances need PostgreSQL.
//
// Why refuse instead of sharing: SQLite allows one writer at a time, and two servers would block each other's
// event loop inside better-sqlite3's busy handler; each server also keeps per-process state (rate limits, calendar
// years loaded through it). One process per directory is what the embedded mode is for; PostgreSQL is the
// multi-instance mode.
//
// How: the lock is SQLite's own file lock (POSIX fcntl on Unix, LockFileEx on Windows) on a separate file,
// `DATA_DIR/server.lock`, held by an EXCLUSIVE transaction that stays open for the life of the process. The
// operating system drops it when the process ends in any way, kill -9 and power loss included, so a stale lock
// never blocks a restart (a pid file would need a liveness check that pid reuse defeats, e.g. pid 1 in a
// container). The database file itself is not locked, so `server/cli.ts backup`, `token create` and read-only
// tools keep working next to the running server. `server.pid` beside it only says who holds the lock.
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import SQLite from "better-sqlite3";

export const LOCK_FILE = "server.lock";
export const HOLDER_FILE = "server.pid";

export class InstanceLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: string | undefined,
  ) {
    super(
      `another ShiXian server${holder ? ` (${holder})` : ""} is already serving the SQLite data directory ${dataDir}. ` +
        "Stop it first, or give this one its own DATA_DIR. Several instances on one database need PostgreSQL: " +
        "set DATABASE_URL=postgres://… on every instance (docs/api.md, 'PostgreSQL for many instances').",
    );
    this.name = "InstanceLockedError";
  }
}

export interface InstanceLock {
  /** Adds to what `server.pid` says about the holder (e.g. its URL once it listens). */
  describe(info: Record<string, string | number>): void;
  release(): void;
}

/** Takes the data directory's server lock or throws InstanceLockedError (never waits). */
export function lockDataDir(dataDir: string, info: Record<string, string | number> = {}): InstanceLock {
  const dir = resolve(dataDir);
  const conn = new SQLite(join(dir, LOCK_FILE));
  try {
    conn.pragma("busy_timeout = 0");
    conn.exec("BEGIN EXCLUSIVE");
  } catch (e) {
    conn.close();
    if ((e as { code?: string }).code?.startsWith("SQLITE_BUSY")) throw new InstanceLockedError(dir, holderOf(dir));
    throw e;
  }
  const holder: Record<string, string | number> = { pid: process.pid, startedAt: new Date().toISOString(), ...info };
  const write = () => {
    try {
      writeFileSync(join(dir, HOLDER_FILE), `${JSON.stringify(holder)}\n`);
    } catch {
      // informational only: the lock is what counts
    }
  };
  write();
  return {
    describe(more) {
      Object.assign(holder, more);
      write();
    },
    release() {
      if (!conn.open) return;
      conn.exec("ROLLBACK");
      conn.close();
    },
  };
}

function holderOf(dir: string): string | undefined {
  try {
    const h = JSON.parse(readFileSync(join(dir, HOLDER_FILE), "utf8")) as Record<string, unknown>;
    return Object.entries(h)
      .map(([k, v]) => `${k} ${v}`)
      .join(", ");
  } catch {
    return undefined;
  }
}
