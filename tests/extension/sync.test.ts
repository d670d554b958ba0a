// Outbox → POST /api/sync against the real API server (server/instance.ts on a temp SQLite database, served
// over real HTTP): offline first, then online; a lost answer replayed harmlessly; a bad item kept, not lost.
import "fake-indexeddb/auto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type ServerType, serve } from "@hono/node-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFlag, trackCase } from "../../extension/lib/cases.ts";
import { openDb } from "../../extension/lib/db.ts";
import type { ViewResult } from "../../extension/lib/messages.ts";
import { readSyncState, syncOnce } from "../../extension/lib/sync.ts";
import { createToken } from "../../server/auth/tokens.ts";
import { type Instance, openInstance } from "../../server/instance.ts";
import { freePort } from "../e2e/harness.ts";

let dir: string;
let inst: Instance;
let server: ServerType | undefined;
let port: number;
let clerk: string;
let admin: string;
const api = () => `http://127.0.0.1:${port}`;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "shixian-sync-"));
  inst = await openInstance({ dataDir: dir });
  clerk = (await createToken(inst.deps.db, "clerk", "extension-test")).token;
  admin = (await createToken(inst.deps.db, "admin", "extension-test-admin")).token;
  port = await freePort();
});
afterAll(async () => {
  await new Promise((r) => (server ? server.close(r) : r(undefined)));
  await inst?.close();
  rmSync(dir, { recursive: true, force: true });
});

const startServer = () =>
  new Promise<void>((res) => {
    server = serve({ fetch: inst.app.fetch, port, hostname: "127.0.0.1" }, () => res());
  });

async function serverGet<T>(path: string): Promise<T> {
  const r = await fetch(`${api()}${path}`, { headers: { authorization: `Bearer ${admin}` } });
  expect(r.status).toBe(200);
  return (await r.json()) as T;
}

const URL_ = "http://127.0.0.1:8788/share-request-rejected.html";
const facts = {
  receivedAt: "2026-09-30 15:20",
  shareClass: "conditional",
  decision: "rejected",
  reason: "",
  applicantIdNo: "230502198001011234",
};
const result: ViewResult = {
  kind: "data-share-request",
  deadlines: [],
  findings: [
    {
      ruleId: "sy-data-27-review-deadline",
      severity: "violation",
      citation: { docNo: "双政办规〔2026〕1号", article: "第二十七条" },
      message: { zh: "不同意共享但未说明理由", en: "Rejected without a reason" },
      field: "reason",
    },
  ],
};

describe("sync with the real API server", () => {
  it("works offline, keeps everything, and delivers exactly once when the server comes back", async () => {
    const db = openDb(`sync-test-${Date.now()}`);
    const t0 = Date.parse("2026-10-09T10:00:00+08:00");
    await trackCase(db, { url: URL_, externalId: "GX-2026-0930-01", kind: "data-share-request", facts, result });
    // Same facts again (the content script re-runs): no second outbox item.
    await trackCase(db, { url: URL_, externalId: "GX-2026-0930-01", kind: "data-share-request", facts, result });
    await createFlag(db, {
      kind: "data-share-request",
      externalId: "GX-2026-0930-01",
      url: URL_,
      ruleId: "sy-data-27-review-deadline",
      note: "未说明理由",
      evidence: { facts, finding: result.findings[0] },
    });
    expect(await db.outbox.count()).toBe(2);
    // 身份证号 masked in what is stored and queued.
    const stored = JSON.stringify([await db.cases.toArray(), await db.flags.toArray(), await db.outbox.toArray()]);
    expect(stored).not.toContain("230502198001011234");
    expect(stored).toContain("230502********1234");

    // Server down (nothing listens on the port): offline, items kept, retry scheduled with back-off.
    const s1 = await syncOnce(db, { apiUrl: api(), token: clerk, now: () => t0 });
    expect(s1.state).toBe("offline");
    expect(s1.pending).toBe(2);
    expect(Date.parse(s1.nextAttemptAt ?? "")).toBeGreaterThan(t0);
    // Before the back-off has passed nothing is sent (still offline, still 2).
    const s1b = await syncOnce(db, { apiUrl: api(), token: clerk, now: () => t0 + 1000 });
    expect(s1b.pending).toBe(2);

    // Server up; the first answer is lost on the way back (the request did reach the server).
    await startServer();
    const lossy: typeof fetch = async (input, init) => {
      await fetch(input, init);
      throw new TypeError("connection reset");
    };
    const s2 = await syncOnce(db, { apiUrl: api(), token: clerk, fetch: lossy, now: () => t0 + 60_000 });
    expect(s2.state).toBe("offline");
    expect(s2.pending).toBe(2);

    // Retry: the server answers "replayed" for both keys; the outbox empties.
    const s3 = await syncOnce(db, { apiUrl: api(), token: clerk, now: () => t0 + 3_600_000 });
    expect(s3.state).toBe("idle");
    expect(s3.pending).toBe(0);
    expect((await readSyncState(db)).lastError).toBeUndefined();

    const cases = await serverGet<{ items?: unknown[] } | unknown[]>("/api/cases?portal=http%3A%2F%2F127.0.0.1%3A8788");
    const caseList = Array.isArray(cases) ? cases : (cases.items ?? []);
    expect(caseList).toHaveLength(1);
    const flags = await serverGet<{ items?: unknown[] } | unknown[]>("/api/flags");
    const flagList = (Array.isArray(flags) ? flags : (flags.items ?? [])) as { ruleId: string; note: string }[];
    expect(flagList).toHaveLength(1);
    expect(flagList[0].ruleId).toBe("sy-data-27-review-deadline");
    expect(flagList[0].note).toBe("未说明理由");
    expect(JSON.stringify(flagList)).not.toContain("230502198001011234");
    db.close();
  });

  it("keeps an item the server refuses (visible, not retried, not dropped) and still delivers the rest", async () => {
    if (!server) await startServer();
    const db = openDb(`sync-test-bad-${Date.now()}`);
    await createFlag(db, {
      kind: "data-share-request",
      externalId: "NO-SUCH-CASE",
      url: URL_,
      ruleId: "no-such-rule",
      evidence: { facts: {} },
    });
    await trackCase(db, { url: URL_, externalId: "GX-2026-1001-02", kind: "data-share-request", facts, result });
    const s = await syncOnce(db, { apiUrl: api(), token: clerk });
    expect(s.state).toBe("idle");
    expect(s.pending).toBe(1);
    const [kept] = await db.outbox.toArray();
    expect(kept.rejected).toBe(1);
    expect(kept.type).toBe("flag.create");
    expect(kept.lastError).toMatch(/^404 /);
    db.close();
  });

  it("reports a wrong token as an error and keeps the items", async () => {
    if (!server) await startServer();
    const db = openDb(`sync-test-auth-${Date.now()}`);
    await trackCase(db, { url: URL_, externalId: "GX-2026-1001-03", kind: "data-share-request", facts, result });
    const s = await syncOnce(db, { apiUrl: api(), token: "sx_wrong" });
    expect(s.state).toBe("error");
    expect(s.lastError).toContain("401");
    expect(s.pending).toBe(1);
    db.close();
  });

  it("立即同步 (force) sends at once even while back-off would wait", async () => {
    if (!server) await startServer();
    const db = openDb(`sync-test-force-${Date.now()}`);
    await trackCase(db, { url: URL_, externalId: "GX-2026-1001-04", kind: "data-share-request", facts, result });
    const t0 = Date.now();
    const down = await syncOnce(db, { apiUrl: "http://127.0.0.1:9", token: clerk, now: () => t0 });
    expect(down.state).toBe("offline");
    const waiting = await syncOnce(db, { apiUrl: api(), token: clerk, now: () => t0 + 10 });
    expect(waiting.pending).toBe(1); // back-off not yet over
    const forced = await syncOnce(db, { apiUrl: api(), token: clerk, now: () => t0 + 20, force: true });
    expect(forced.state).toBe("idle");
    expect(forced.pending).toBe(0);
    db.close();
  });
});
