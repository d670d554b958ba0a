// A damaged SQLite database is never served: a WAL whose header was zeroed (SQLite would silently drop the
// acknowledged writes in it) or a database failing integrity_check stops the start with the reason and how to
// restore a backup, and nothing on disk is changed.
import { closeSync, openSync, readFileSync, readSync, statSync, writeSync } from "node:fs";
import { join } from "node:path";
import SQLite from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { openDb } from "../../server/db/connect.ts";
import { DatabaseCheckError, walHeaderProblem } from "../../server/db/sqlite-check.ts";
import { emptyDatabase } from "./helpers.ts";
import { startServer } from "./server-process.ts";

const FACTS = { receivedAt: "2026-09-30T15:00:00+08:00", shareClass: "有条件共享" };

function overwrite(file: string, at: number, bytes: Buffer): Buffer {
  const fd = openSync(file, "r+");
  try {
    const old = Buffer.alloc(bytes.length);
    readSync(fd, old, 0, bytes.length, at);
    writeSync(fd, bytes, 0, bytes.length, at);
    return old;
  } finally {
    closeSync(fd);
  }
}

describe("damaged SQLite files stop the start", { timeout: 120_000 }, () => {
  const drops: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const d of drops) await d();
  });

  it("a zeroed WAL header: the server refuses with the reason and the restore steps, and changes nothing", async () => {
    const db = await emptyDatabase("sqlite");
    drops.push(db.drop);
    const dataDir = db.location.dataDir ?? "";
    const file = join(dataDir, "shixian.sqlite");
    const s1 = await startServer({ DATA_DIR: dataDir });
    const token = s1.adminToken ?? "";
    const r = await fetch(`${s1.url}/api/cases`, {
      method: "POST",
      headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
      body: JSON.stringify({ portal: "wal.example", externalId: "W-1", kind: "data-share-request", facts: FACTS }),
    });
    expect(r.status).toBe(201); // acknowledged: it is in the WAL now
    const { id } = await r.json();
    await s1.kill9(); // no checkpoint at close: the acknowledged case lives only in shixian.sqlite-wal
    const wal = `${file}-wal`;
    expect(statSync(wal).size).toBeGreaterThan(32);
    expect(walHeaderProblem(file)).toBeUndefined();

    const header = overwrite(wal, 0, Buffer.alloc(32));
    const walBefore = readFileSync(wal);
    const refused = await startServer({ DATA_DIR: dataDir }).then(
      async (s) => {
        await s.stop();
        return `started:\n${s.output()}`;
      },
      (e: Error) => e.message,
    );
    expect(refused).toContain("exited (4)");
    expect(refused).toContain("not started");
    expect(refused).toContain(`${wal} (`);
    expect(refused).toContain("invalid header");
    expect(refused).toContain("npx tsx server/cli.ts backup");
    expect(refused).toContain(`cp -a ${dataDir} ${dataDir}.damaged`);
    expect(readFileSync(wal).equals(walBefore)).toBe(true); // the evidence is still there

    // With the header put back the acknowledged case is served again: the refusal lost nothing.
    overwrite(wal, 0, header);
    const s2 = await startServer({ DATA_DIR: dataDir });
    try {
      const got = await fetch(`${s2.url}/api/cases/${id}`, { headers: { Authorization: `Bearer ${token}` } });
      expect(got.status).toBe(200);
    } finally {
      await s2.stop();
    }
  });

  it("a WAL header with a wrong checksum is named as damaged; the CLI refuses too", async () => {
    const db = await emptyDatabase("sqlite");
    drops.push(db.drop);
    const dataDir = db.location.dataDir ?? "";
    const file = join(dataDir, "shixian.sqlite");
    // A WAL with frames that no checkpoint has copied yet (the connection is left open, as a killed process would).
    const w = new SQLite(file);
    w.pragma("journal_mode = WAL");
    w.pragma("wal_autocheckpoint = 0");
    w.exec("CREATE TABLE t (x); INSERT INTO t VALUES (1), (2), (3)");
    const wal = `${file}-wal`;
    try {
      const salt = Buffer.from(readFileSync(wal).subarray(16, 20));
      salt[0] ^= 0xff; // one bit pattern in salt-1: the header checksum no longer matches
      overwrite(wal, 16, salt);
      expect(walHeaderProblem(file)).toMatch(/checksum does not match/);
      expect(() => openDb({ dataDir })).toThrow(DatabaseCheckError);
    } finally {
      // not w.close(): closing would checkpoint; the test directory is dropped anyway
    }
  });

  it("a database failing integrity_check is refused with SQLite's messages", async () => {
    const db = await emptyDatabase("sqlite");
    drops.push(db.drop);
    const dataDir = db.location.dataDir ?? "";
    const file = join(dataDir, "shixian.sqlite");
    const h = openDb({ dataDir });
    await h.db.schema.createTable("t").addColumn("x", "text").execute();
    await h.db.schema.createIndex("t_x").on("t").column("x").execute();
    for (let i = 0; i < 50; i++)
      await h.db
        .insertInto("t" as never)
        .values({ x: `row-${i}` } as never)
        .execute();
    await h.close(); // checkpointed into the main file, WAL removed
    const probe = new SQLite(file, { readonly: true });
    const { rootpage } = probe.prepare("SELECT rootpage FROM sqlite_master WHERE name = 't_x'").get() as {
      rootpage: number;
    };
    const pageSize = probe.pragma("page_size", { simple: true }) as number;
    probe.close();
    // scribble over the index's b-tree cells (after its page header): the table and the index disagree
    overwrite(file, (rootpage - 1) * pageSize + 200, Buffer.alloc(pageSize - 400, 0x41));
    let err: unknown;
    try {
      openDb({ dataDir });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(DatabaseCheckError);
    expect((err as Error).message).toContain("integrity_check failed");
    expect((err as Error).message).toContain("npx tsx server/cli.ts backup");
  });
});
