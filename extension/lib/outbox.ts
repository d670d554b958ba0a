// Outbox: every write meant for the server (tracked cases, flags) is first committed locally with a
// client-generated idempotency key, then sent by sync.ts. Nothing is dropped while the server is down.
import type { OutboxEntry, OutboxType, ShiXianDB } from "./db.ts";

/** Retry back-off: 5 s, 10 s, 20 s … capped at 10 min, ±20 % jitter so many clerks do not retry in lockstep. */
export const BACKOFF_BASE_MS = 5_000;
export const BACKOFF_MAX_MS = 10 * 60_000;

export function backoffDelay(attempts: number, random: () => number = Math.random): number {
  const raw = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempts - 1));
  return Math.round(raw * (0.8 + 0.4 * random()));
}

export function newKey(): string {
  return crypto.randomUUID();
}

export async function enqueue(
  db: ShiXianDB,
  type: OutboxType,
  payload: Record<string, unknown>,
  now: Date = new Date(),
): Promise<OutboxEntry> {
  const entry: OutboxEntry = {
    key: newKey(),
    type,
    payload,
    createdAt: now.toISOString(),
    attempts: 0,
    nextAttemptAt: 0,
    rejected: 0,
  };
  entry.seq = await db.outbox.add(entry);
  return entry;
}

/** Entries due for (re)sending, oldest first. */
export async function due(db: ShiXianDB, nowMs: number, limit = 100): Promise<OutboxEntry[]> {
  const all = await db.outbox.orderBy("seq").toArray();
  return all.filter((e) => !e.rejected && e.nextAttemptAt <= nowMs).slice(0, limit);
}

export async function pendingCount(db: ShiXianDB): Promise<number> {
  return db.outbox.count();
}

export async function acknowledge(db: ShiXianDB, keys: string[]): Promise<void> {
  if (keys.length) await db.outbox.where("key").anyOf(keys).delete();
}

/** A transport failure (server down, 5xx, 429): try again later with back-off. */
export async function retryLater(db: ShiXianDB, keys: string[], error: string, nowMs: number): Promise<number> {
  let next = Number.POSITIVE_INFINITY;
  await db.transaction("rw", db.outbox, async () => {
    for (const key of keys) {
      const e = await db.outbox.where("key").equals(key).first();
      if (!e || e.seq === undefined) continue;
      const attempts = e.attempts + 1;
      const at = nowMs + backoffDelay(attempts);
      next = Math.min(next, at);
      await db.outbox.update(e.seq, { attempts, nextAttemptAt: at, lastError: error });
    }
  });
  return next;
}

/** The server refused the item itself (bad data): keep it, visibly, rather than retry forever or drop it. */
export async function reject(db: ShiXianDB, key: string, error: string): Promise<void> {
  const e = await db.outbox.where("key").equals(key).first();
  if (e?.seq !== undefined) await db.outbox.update(e.seq, { rejected: 1, lastError: error });
}

/** Earliest time any entry may be retried (for the alarm), or undefined when nothing waits. */
export async function nextAttempt(db: ShiXianDB): Promise<number | undefined> {
  const first = await db.outbox
    .orderBy("nextAttemptAt")
    .filter((e) => !e.rejected)
    .first();
  return first?.nextAttemptAt;
}
