// Sends the outbox to POST /api/sync in batches. Each item carries its idempotency key, so a batch that was
// applied but whose answer was lost (server killed, network cut) is harmless to send again.
import { getMeta, type OutboxEntry, type ShiXianDB, setMeta } from "./db.ts";
import type { SyncState } from "./messages.ts";
import { acknowledge, due, nextAttempt, pendingCount, reject, retryLater } from "./outbox.ts";
import { maskPersonalDeep } from "./privacy.ts";

export interface SyncConfig {
  apiUrl: string;
  token?: string;
  fetch?: typeof fetch;
  now?: () => number;
  batchSize?: number;
  /** A clerk pressed 立即同步: send now, ignoring back-off (each entry still once per call). */
  force?: boolean;
}

/** How one outbox entry travels in the POST /api/sync body: masked (entries stored before the database masked
 * every write, or written by any other path, never leave with a clear personal number). */
export function toSyncItem(e: OutboxEntry): Record<string, unknown> {
  return maskPersonalDeep({ key: e.key, op: e.type, data: e.payload });
}

/** Per-item answer of POST /api/sync (server/store/sync.ts): applied now, replayed (an earlier request with
 * this key applied it) or rejected (with the HTTP status the same operation would have had on its own). */
interface ItemResult {
  key?: string;
  status?: "applied" | "replayed" | "rejected";
  httpStatus?: number;
  error?: string;
}

const SYNC_STATE = "syncState";

export async function readSyncState(db: ShiXianDB): Promise<SyncState> {
  const s = (await getMeta<SyncState>(db, SYNC_STATE)) ?? { state: "idle", pending: 0 };
  return { ...s, pending: await pendingCount(db) };
}

async function writeState(db: ShiXianDB, patch: Partial<SyncState>): Promise<SyncState> {
  const prev = (await getMeta<SyncState>(db, SYNC_STATE)) ?? { state: "idle", pending: 0 };
  const next: SyncState = { ...prev, ...patch, pending: await pendingCount(db) };
  await setMeta(db, SYNC_STATE, next);
  return next;
}

/**
 * Sends every due outbox entry (in batches) once. Returns the resulting sync state. Never throws for
 * transport problems: they become back-off and `state: "offline" | "error"`.
 */
export async function syncOnce(db: ShiXianDB, cfg: SyncConfig): Promise<SyncState> {
  const now = cfg.now ?? Date.now;
  const doFetch = cfg.fetch ?? fetch;
  if (!cfg.apiUrl) return writeState(db, { state: "unconfigured", lastError: "API URL not set" });
  await writeState(db, { state: "syncing" });
  const url = `${cfg.apiUrl.replace(/\/+$/, "")}/api/sync`;
  const tried = new Set<string>();
  for (;;) {
    const limit = cfg.batchSize ?? 50;
    const batch = cfg.force
      ? (await due(db, Number.POSITIVE_INFINITY, limit + tried.size)).filter((x) => !tried.has(x.key)).slice(0, limit)
      : await due(db, now(), limit);
    if (!batch.length) break;
    const keys = batch.map((e) => e.key);
    for (const k of keys) tried.add(k);
    let res: Response;
    try {
      res = await doFetch(url, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          ...(cfg.token ? { authorization: `Bearer ${cfg.token}` } : {}),
        },
        body: JSON.stringify({ items: batch.map(toSyncItem) }),
      });
    } catch (err) {
      const msg = `server unreachable: ${(err as Error).message}`;
      const at = await retryLater(db, keys, msg, now());
      return writeState(db, { state: "offline", lastError: msg, nextAttemptAt: new Date(at).toISOString() });
    }
    if (!res.ok) {
      const body = await res.text().catch(() => "");
      const msg = `POST /api/sync → ${res.status} ${body.slice(0, 200)}`;
      const at = await retryLater(db, keys, msg, now());
      return writeState(db, { state: "error", lastError: msg, nextAttemptAt: new Date(at).toISOString() });
    }
    const json = (await res.json().catch(() => ({}))) as { results?: ItemResult[] };
    const results = Array.isArray(json.results) ? json.results : [];
    const done: string[] = [];
    const unanswered = new Set(keys);
    for (const r of results) {
      const key = r.key;
      if (!key || !unanswered.has(key)) continue;
      if (r.status === "applied" || r.status === "replayed") {
        unanswered.delete(key);
        done.push(key);
      } else if (r.status === "rejected" && (r.httpStatus ?? 400) < 500 && r.httpStatus !== 429) {
        unanswered.delete(key);
        await reject(db, key, `${r.httpStatus ?? ""} ${r.error ?? "rejected"}`.trim());
      }
      // anything else (a server-side fault on that item) stays in `unanswered` and is retried with back-off
    }
    await acknowledge(db, done);
    if (unanswered.size) {
      // The server answered but not for these items: retry them later rather than assume success.
      await retryLater(db, [...unanswered], "no result for item", now());
    }
  }
  const at = await nextAttempt(db);
  return writeState(db, {
    state: "idle",
    lastSyncAt: new Date(now()).toISOString(),
    lastError: undefined,
    nextAttemptAt: at ? new Date(at).toISOString() : undefined,
  });
}
