// Checks run before the SQLite database is served: the WAL file's header before the database is opened, then
// SQLite's integrity_check. A failure refuses the start with the reason and how to restore a backup.
//
// Why the WAL header is checked by hand: acknowledged writes live in shixian.sqlite-wal until a checkpoint
// copies them into the main file. SQLite validates the WAL header (magic, version, page size, checksum) when it
// opens the database, and when the header is invalid — zeroed by a disk, a backup tool or a person — it treats
// the whole WAL as empty: it opens without a word, integrity_check says "ok" (the main file alone is consistent),
// and at the next checkpoint or close it deletes the WAL, frames and all. Measured here with better-sqlite3 /
// SQLite 3.x: 10 committed rows in the WAL, header zeroed, reopened → 0 rows, integrity_check "ok", WAL gone after
// close. So the header has to be validated here, before any connection opens the file.
import { closeSync, existsSync, openSync, readdirSync, readSync, statSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import type SQLite from "better-sqlite3";

/** WAL header layout (https://www.sqlite.org/fileformat2.html#walformat): 32 bytes, big-endian fields. */
const WAL_HEADER_BYTES = 32;
const WAL_MAGIC_LE = 0x377f0682; // checksums over little-endian words
const WAL_MAGIC_BE = 0x377f0683; // checksums over big-endian words
const WAL_VERSION = 3007000;

export class DatabaseCheckError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${reason}\n${restoreAdvice(file)}`);
    this.name = "DatabaseCheckError";
  }
}

/**
 * Why the WAL beside `dbFile` cannot be trusted, or undefined when it is absent, empty or has a valid header.
 * A WAL of at most 32 bytes holds no frame, so nothing acknowledged can be lost with it.
 */
export function walHeaderProblem(dbFile: string): string | undefined {
  const wal = `${dbFile}-wal`;
  if (!existsSync(wal)) return undefined;
  const size = statSync(wal).size;
  if (size <= WAL_HEADER_BYTES) return undefined;
  const h = Buffer.alloc(WAL_HEADER_BYTES);
  const fd = openSync(wal, "r");
  try {
    readSync(fd, h, 0, WAL_HEADER_BYTES, 0);
  } finally {
    closeSync(fd);
  }
  const where = `${wal} (${size} bytes)`;
  const magic = h.readUInt32BE(0);
  if (magic !== WAL_MAGIC_LE && magic !== WAL_MAGIC_BE)
    return `the write-ahead log ${where} has an invalid header (magic ${hex(magic)}, expected 0x377f0682 or 0x377f0683; zeroed or overwritten): SQLite would silently ignore it and lose the writes it holds`;
  if (h.readUInt32BE(4) !== WAL_VERSION)
    return `the write-ahead log ${where} has an unknown format version ${h.readUInt32BE(4)} (expected ${WAL_VERSION})`;
  const pageSize = h.readUInt32BE(8);
  if (!(pageSize >= 512 && pageSize <= 65536 && (pageSize & (pageSize - 1)) === 0))
    return `the write-ahead log ${where} has an invalid page size ${pageSize} in its header`;
  const [s0, s1] = walChecksum(h.subarray(0, 24), magic === WAL_MAGIC_BE);
  if (s0 !== h.readUInt32BE(24) || s1 !== h.readUInt32BE(28))
    return `the write-ahead log ${where} has a header whose checksum does not match (damaged): SQLite would silently ignore it and lose the writes it holds`;
  return undefined;
}

/** SQLite's WAL checksum over 32-bit words (pairs), in the byte order the magic number names. */
function walChecksum(data: Buffer, bigEndian: boolean): [number, number] {
  let s0 = 0;
  let s1 = 0;
  for (let i = 0; i < data.length; i += 8) {
    const a = bigEndian ? data.readUInt32BE(i) : data.readUInt32LE(i);
    const b = bigEndian ? data.readUInt32BE(i + 4) : data.readUInt32LE(i + 4);
    s0 = (s0 + a + s1) >>> 0;
    s1 = (s1 + b + s0) >>> 0;
  }
  return [s0, s1];
}

const hex = (n: number) => `0x${n.toString(16).padStart(8, "0")}`;

/** SQLite's own check of the opened database (b-trees, indexes against tables, free list). */
export function integrityProblem(sqlite: SQLite.Database): string | undefined {
  let rows: { integrity_check: string }[];
  try {
    rows = sqlite.pragma("integrity_check(20)") as { integrity_check: string }[];
  } catch (e) {
    // damage bad enough that the check itself stops ("database disk image is malformed", "file is not a database")
    const code = (e as { code?: string }).code ?? "";
    if (/^SQLITE_(CORRUPT|NOTADB)/.test(code))
      return `SQLite's integrity_check failed for ${sqlite.name}: ${(e as Error).message} (${code})`;
    throw e;
  }
  const messages = rows.map((r) => r.integrity_check);
  if (messages.length === 1 && messages[0] === "ok") return undefined;
  return `SQLite's integrity_check failed for ${sqlite.name}:\n  ${messages.join("\n  ")}`;
}

/** What the operator does next: keep the damaged files, restore the newest backup. */
export function restoreAdvice(dbFile: string): string {
  const dir = dirname(dbFile);
  const name = basename(dbFile);
  const newest = newestBackup(join(dir, "backups"));
  return [
    "The server will not serve this database (nothing on disk was changed). To recover:",
    `  1. stop every process using ${dir} and keep a copy of it as it is: cp -a ${dir} ${dir}.damaged`,
    `  2. restore the newest backup: cp ${newest ?? `${join(dir, "backups")}/shixian-YYYYMMDD-HHMMSS.sqlite`} ${dbFile}`,
    `     and remove ${name}-wal and ${name}-shm beside it`,
    "  3. start again (what was recorded after that backup is not in it)",
    "Backups are made while the server runs with: npx tsx server/cli.ts backup   (docs/api.md, 'Data and durability').",
  ].join("\n");
}

function newestBackup(dir: string): string | undefined {
  try {
    const files = readdirSync(dir)
      .filter((f) => /^shixian-\d{8}-\d{6}\.sqlite$/.test(f))
      .sort();
    return files.length ? join(dir, files[files.length - 1]) : undefined;
  } catch {
    return undefined;
  }
}
