// The real server process killed with SIGKILL: an acknowledged write survives, and an offline outbox batch
// that is cut short again and again by kill -9 ends with every case and flag stored exactly once.
import { join } from "node:path";
import SQLite from "better-sqlite3";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { DATABASES, emptyDatabase } from "./helpers.ts";
import { startServer } from "./server-process.ts";

const FACTS = { receivedAt: "2026-09-30T15:00:00+08:00", shareClass: "有条件共享" };
const N = 150;

function batch() {
  const items: { key: string; op: string; data: unknown }[] = [];
  for (let i = 0; i < N; i++) {
    items.push({
      key: `kill-case-${i}-0000`,
      op: "case.upsert",
      data: { portal: "kill.example", externalId: `K-${i}`, kind: "data-share-request", facts: FACTS },
    });
    items.push({
      key: `kill-flag-${i}-0000`,
      op: "flag.create",
      data: {
        ruleId: "sy-data-27-review-deadline",
        case: { portal: "kill.example", externalId: `K-${i}` },
        note: `第${i}条`,
      },
    });
  }
  return items;
}

async function counts(location: { dataDir?: string; databaseUrl?: string }) {
  if (location.dataDir) {
    const db = new SQLite(join(location.dataDir, "shixian.sqlite"), { readonly: true });
    try {
      const c = db
        .prepare("select count(*) n, count(distinct external_id) d from cases where portal = 'kill.example'")
        .get() as {
        n: number;
        d: number;
      };
      const f = db
        .prepare("select count(*) n, count(distinct client_key) d from flags where portal = 'kill.example'")
        .get() as {
        n: number;
        d: number;
      };
      return { cases: c.n, distinctCases: c.d, flags: f.n, distinctFlags: f.d };
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: location.databaseUrl });
  await client.connect();
  try {
    const c = (
      await client.query(
        "select count(*)::int n, count(distinct external_id)::int d from cases where portal = 'kill.example'",
      )
    ).rows[0];
    const f = (
      await client.query(
        "select count(*)::int n, count(distinct client_key)::int d from flags where portal = 'kill.example'",
      )
    ).rows[0];
    return { cases: c.n, distinctCases: c.d, flags: f.n, distinctFlags: f.d };
  } finally {
    await client.end();
  }
}

for (const { kind, skip } of DATABASES) {
  describe.skipIf(skip)(`server process killed with SIGKILL (${kind})`, { timeout: 120_000 }, () => {
    const drops: (() => Promise<void>)[] = [];
    afterAll(async () => {
      for (const d of drops) await d();
    });
    const env = (loc: { dataDir?: string; databaseUrl?: string }): Record<string, string> =>
      loc.dataDir ? { DATA_DIR: loc.dataDir } : { DATABASE_URL: loc.databaseUrl ?? "" };

    it("an acknowledged write survives kill -9", async () => {
      const db = await emptyDatabase(kind);
      drops.push(db.drop);
      const s1 = await startServer(env(db.location));
      expect(s1.adminToken).toMatch(/^sx_/);
      const token = s1.adminToken ?? "";
      const auth = { Authorization: `Bearer ${token}`, "Content-Type": "application/json" };
      const r = await fetch(`${s1.url}/api/cases`, {
        method: "POST",
        headers: auth,
        body: JSON.stringify({ portal: "ack.example", externalId: "A-1", kind: "data-share-request", facts: FACTS }),
      });
      expect(r.status).toBe(201);
      const created = await r.json();
      await s1.kill9();

      const s2 = await startServer(env(db.location));
      try {
        expect(s2.adminToken).toBeUndefined(); // first start only
        const got = await fetch(`${s2.url}/api/cases/${created.id}`, { headers: auth });
        expect(got.status).toBe(200);
        expect(await got.json()).toMatchObject({ externalId: "A-1", due: "2026-10-08" });
      } finally {
        await s2.stop();
      }
    });

    it("SIGTERM and SIGINT shut the server down cleanly (exit 0)", async () => {
      const db = await emptyDatabase(kind);
      drops.push(db.drop);
      for (const sig of ["SIGTERM", "SIGINT"] as const) {
        const s = await startServer(env(db.location));
        const exit = new Promise<number | null>((ok) => s.proc.once("exit", (code) => ok(code)));
        s.proc.kill(sig);
        expect(await exit).toBe(0);
        expect(s.output()).toContain(`[${sig}] shutting down`);
        expect(s.output()).toContain("stopped");
      }
    });

    it("sync batches cut short by kill -9 again and again: nothing lost, nothing duplicated", async () => {
      const db = await emptyDatabase(kind);
      drops.push(db.drop);
      const items = batch();
      let token = "";
      const midBatch: number[] = [];
      // Rounds 1–4: send the batch and kill -9 the server as soon as it has stored more items than before
      // (polling the database), so each kill lands mid-batch. Round 5: let it finish.
      for (let round = 0; round < 5; round++) {
        const s = await startServer(env(db.location));
        token ||= s.adminToken ?? "";
        const before = await counts(db.location);
        const sent = fetch(`${s.url}/api/sync`, {
          method: "POST",
          headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
          body: JSON.stringify({ items }),
        }).then(
          async (r) => (r.ok ? ((await r.json()) as { results: { status: string }[] }) : undefined),
          () => undefined, // connection reset by the kill: the client retries the whole batch
        );
        if (round < 4) {
          for (let i = 0; i < 2000; i++) {
            const c = await counts(db.location);
            if (c.cases + c.flags > before.cases + before.flags + 3) break;
            await new Promise((ok) => setTimeout(ok, 2));
          }
          await s.kill9();
          expect(await sent, "the batch finished before the kill; make it bigger").toBeUndefined();
          const c = await counts(db.location);
          midBatch.push(c.cases + c.flags);
          // every item is its own transaction with its idempotency key: partial, never duplicated
          expect(c.cases).toBe(c.distinctCases);
          expect(c.flags).toBe(c.distinctFlags);
          expect(c.cases + c.flags).toBeLessThan(2 * N);
        } else {
          const final = await sent;
          await s.stop();
          expect(final).toBeDefined();
          const statuses = final?.results.map((r) => r.status) ?? [];
          expect(statuses).toHaveLength(2 * N);
          expect(statuses.every((st) => st === "applied" || st === "replayed")).toBe(true);
          expect(statuses.filter((st) => st === "replayed").length).toBe(midBatch.at(-1));
        }
      }
      // progress was made between kills, and the end state holds each case and flag exactly once
      expect(midBatch[0]).toBeGreaterThan(0);
      expect(midBatch.at(-1)).toBeGreaterThan(midBatch[0]);
      expect(await counts(db.location)).toEqual({ cases: N, distinctCases: N, flags: N, distinctFlags: N });
    }, 240_000);
  });
}
