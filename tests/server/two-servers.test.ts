// Two server processes on one SQLite data directory (a service started twice, a clerk running `npm start` next to
// the office's server): the second refuses to start with a message, the first keeps answering concurrent sync
// without a single 5xx, another process writing the same database meanwhile causes no 5xx either, and the lock
// neither survives kill -9 nor blocks `server/cli.ts backup`.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { emptyDatabase } from "./helpers.ts";
import { type ServerProcess, startServer } from "./server-process.ts";

const ROOT = new URL("../../", import.meta.url);
const FACTS = { receivedAt: "2026-09-30T15:00:00+08:00", shareClass: "有条件共享" };

function batch(tag: string, n: number) {
  const items: { key: string; op: string; data: unknown }[] = [];
  for (let i = 0; i < n; i++) {
    items.push({
      key: `two-${tag}-case-${i}`,
      op: "case.upsert",
      data: { portal: "two.example", externalId: `${tag}-${i}`, kind: "data-share-request", facts: FACTS },
    });
    items.push({
      key: `two-${tag}-flag-${i}`,
      op: "flag.create",
      data: { ruleId: "sy-data-27-review-deadline", case: { portal: "two.example", externalId: `${tag}-${i}` } },
    });
  }
  return items;
}

/** Sends `batches` sync batches from `workers` parallel clients; returns the HTTP statuses. */
async function syncLoad(url: string, token: string, tag: string, batches: number, workers = 4): Promise<number[]> {
  const statuses: number[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: workers }, async () => {
      while (next < batches) {
        const b = next++;
        const r = await fetch(`${url}/api/sync`, {
          method: "POST",
          headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
          body: JSON.stringify({ items: batch(`${tag}${b}`, 10) }),
        });
        statuses.push(r.status);
        await r.arrayBuffer();
      }
    }),
  );
  return statuses;
}

/** Starts a server expected to refuse; resolves with its exit output. */
async function refusedStart(dataDir: string): Promise<string> {
  try {
    const s = await startServer({ DATA_DIR: dataDir });
    await s.stop();
    throw new Error(`a second server started on ${dataDir}:\n${s.output()}`);
  } catch (e) {
    return (e as Error).message;
  }
}

describe("two servers on one SQLite data directory", { timeout: 180_000 }, () => {
  const drops: (() => Promise<void>)[] = [];
  const servers: ServerProcess[] = [];
  afterAll(async () => {
    for (const s of servers) await s.stop();
    for (const d of drops) await d();
  });

  it("the second server refuses to start, naming the holder and PostgreSQL; the first answers every sync batch", async () => {
    const db = await emptyDatabase("sqlite");
    drops.push(db.drop);
    const dataDir = db.location.dataDir ?? "";
    const a = await startServer({ DATA_DIR: dataDir });
    servers.push(a);
    expect(a.output()).toMatch(/several instances .* need PostgreSQL/);
    const load = syncLoad(a.url, a.adminToken ?? "", "a", 40);
    // two more servers started while the first is under load
    const [b, c] = await Promise.all([refusedStart(dataDir), refusedStart(dataDir)]);
    for (const out of [b, c]) {
      expect(out).toContain("exited (3)");
      expect(out).toContain(`another ShiXian server (pid ${a.proc.pid}`);
      expect(out).toContain("DATABASE_URL=postgres://");
    }
    const statuses = await load;
    expect(statuses).toHaveLength(40);
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
    expect(statuses.every((s) => s === 200)).toBe(true);
  });

  it("servers started at the same moment: exactly one serves", async () => {
    const db = await emptyDatabase("sqlite");
    drops.push(db.drop);
    const dataDir = db.location.dataDir ?? "";
    const started = await Promise.allSettled([1, 2, 3].map(() => startServer({ DATA_DIR: dataDir })));
    const up = started.flatMap((s) => (s.status === "fulfilled" ? [s.value] : []));
    servers.push(...up);
    expect(up).toHaveLength(1);
    for (const s of started) if (s.status === "rejected") expect(String(s.reason)).toContain("another ShiXian server");
    const statuses = await syncLoad(up[0].url, up[0].adminToken ?? "", "b", 8);
    expect(statuses.every((s) => s === 200)).toBe(true);
  });

  it("another process writing the database during sync causes no 5xx (transactions take the write lock first)", async () => {
    const db = await emptyDatabase("sqlite");
    drops.push(db.drop);
    const dataDir = db.location.dataDir ?? "";
    const a = await startServer({ DATA_DIR: dataDir });
    servers.push(a);
    // A second writer on the same file, as the CLI or an older second server would be: short write
    // transactions in a tight loop for as long as the load runs.
    const writer: ChildProcess = spawn(
      process.execPath,
      [
        "-e",
        `const db = new (require("better-sqlite3"))(${JSON.stringify(join(dataDir, "shixian.sqlite"))});
         db.pragma("busy_timeout = 5000");
         const put = db.prepare("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value");
         let n = 0;
         const end = Date.now() + 60000;
         (function loop() {
           for (let i = 0; i < 20; i++) put.run("writer-" + (n++ % 50), String(n));
           if (Date.now() < end) setImmediate(loop);
         })();`,
      ],
      { cwd: ROOT, stdio: "ignore" },
    );
    try {
      const statuses = await syncLoad(a.url, a.adminToken ?? "", "w", 40);
      expect(statuses.filter((s) => s >= 500)).toEqual([]);
      expect(statuses.every((s) => s === 200)).toBe(true);
    } finally {
      writer.kill("SIGKILL");
    }
  });

  it("the lock does not survive kill -9 and does not block `server/cli.ts backup`", async () => {
    const db = await emptyDatabase("sqlite");
    drops.push(db.drop);
    const dataDir = db.location.dataDir ?? "";
    const a = await startServer({ DATA_DIR: dataDir });
    const backup = spawnSync(
      process.execPath,
      ["--import", "tsx", "server/cli.ts", "backup", "--to", join(dataDir, "copy.sqlite")],
      {
        cwd: ROOT,
        env: { ...process.env, DATABASE_URL: "", DATA_DIR: dataDir },
        encoding: "utf8",
      },
    );
    expect(backup.status, backup.stderr).toBe(0);
    expect(existsSync(join(dataDir, "copy.sqlite"))).toBe(true);
    await a.kill9();
    const b = await startServer({ DATA_DIR: dataDir });
    servers.push(b);
    expect(b.output()).toContain("listening on");
  });
});
