import "fake-indexeddb/auto";
import { afterEach, describe, expect, it } from "vitest";
import { openDb, type ShiXianDB } from "../../extension/lib/db.ts";
import {
  acknowledge,
  BACKOFF_BASE_MS,
  BACKOFF_MAX_MS,
  backoffDelay,
  due,
  enqueue,
  nextAttempt,
  pendingCount,
  reject,
  retryLater,
} from "../../extension/lib/outbox.ts";

let db: ShiXianDB;
let n = 0;
const fresh = () => {
  db = openDb(`outbox-test-${++n}-${Date.now()}`);
  return db;
};
afterEach(async () => {
  db?.close();
});

describe("outbox", () => {
  it("keeps entries in insertion order with unique idempotency keys", async () => {
    fresh();
    const a = await enqueue(db, "case.upsert", { externalId: "A" });
    const b = await enqueue(db, "flag.create", { ruleId: "r1" });
    expect(a.key).not.toBe(b.key);
    expect(a.key).toMatch(/^[0-9a-f-]{36}$/);
    const list = await due(db, Date.now());
    expect(list.map((e) => e.payload)).toEqual([{ externalId: "A" }, { ruleId: "r1" }]);
    expect(await pendingCount(db)).toBe(2);
  });

  it("backs off exponentially with a cap, and skips entries until their retry time", async () => {
    expect(backoffDelay(1, () => 0.5)).toBe(BACKOFF_BASE_MS);
    expect(backoffDelay(2, () => 0.5)).toBe(2 * BACKOFF_BASE_MS);
    expect(backoffDelay(4, () => 0.5)).toBe(8 * BACKOFF_BASE_MS);
    expect(backoffDelay(30, () => 0.5)).toBe(BACKOFF_MAX_MS);
    expect(backoffDelay(1, () => 0)).toBe(0.8 * BACKOFF_BASE_MS);
    expect(backoffDelay(1, () => 1)).toBe(1.2 * BACKOFF_BASE_MS);

    fresh();
    const e = await enqueue(db, "case.upsert", { externalId: "A" });
    const t0 = 1_800_000_000_000;
    const at = await retryLater(db, [e.key], "server unreachable", t0);
    expect(at).toBeGreaterThanOrEqual(t0 + 0.8 * BACKOFF_BASE_MS);
    expect(await due(db, t0 + 1000)).toEqual([]);
    expect((await due(db, at)).map((x) => x.key)).toEqual([e.key]);
    expect(await nextAttempt(db)).toBe(at);
    const second = await retryLater(db, [e.key], "again", t0);
    expect(second - t0).toBeGreaterThanOrEqual(1.6 * BACKOFF_BASE_MS);
    const stored = await db.outbox.where("key").equals(e.key).first();
    expect(stored?.attempts).toBe(2);
    expect(stored?.lastError).toBe("again");
  });

  it("acknowledged entries leave; rejected ones stay visible but are not resent", async () => {
    fresh();
    const a = await enqueue(db, "case.upsert", { externalId: "A" });
    const b = await enqueue(db, "flag.create", { ruleId: "" });
    await acknowledge(db, [a.key]);
    await reject(db, b.key, "ruleId: expected a known rule id");
    expect(await pendingCount(db)).toBe(1);
    expect(await due(db, Date.now())).toEqual([]);
    const kept = await db.outbox.toArray();
    expect(kept[0].rejected).toBe(1);
    expect(kept[0].lastError).toContain("ruleId");
  });
});
