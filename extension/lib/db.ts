// The extension's own database (IndexedDB in the extension origin, never the portal's): rule packs and calendar
// years refreshed from the API, tracked cases, flags and the outbox of writes waiting for the server.
import { Dexie, type EntityTable } from "dexie";
import type { Facts, FlagRequest, ViewDeadline } from "./messages.ts";

export interface MetaRow {
  key: string;
  value: unknown;
}

export interface TrackedCase {
  /** `${portal}|${externalId}` (or `${portal}|${url}` when the page has no case number). */
  id: string;
  portal: string;
  externalId?: string;
  url: string;
  kind: string;
  /** Only the facts rules need, 身份证号 masked. */
  facts: Facts;
  deadlines: ViewDeadline[];
  /** Earliest due instant among deadlines still running ("" when none); index for the popup. */
  nextDueAt: string;
  openFindings: number;
  closed: 0 | 1;
  updatedAt: string;
}

export interface FlagRow extends FlagRequest {
  id: string;
  status: "open" | "resolved";
  createdAt: string;
}

export type OutboxType = "case.upsert" | "flag.create";

export interface OutboxEntry {
  /** Client-generated idempotency key, sent with the item; replays are harmless on the server. */
  key: string;
  seq?: number;
  type: OutboxType;
  payload: Record<string, unknown>;
  createdAt: string;
  attempts: number;
  /** Epoch ms; the entry is not retried before this. */
  nextAttemptAt: number;
  lastError?: string;
  /** The server rejected the item itself (not a transport error): kept, shown, never silently dropped. */
  rejected?: 0 | 1;
}

export type ShiXianDB = Dexie & {
  meta: EntityTable<MetaRow, "key">;
  cases: EntityTable<TrackedCase, "id">;
  flags: EntityTable<FlagRow, "id">;
  outbox: EntityTable<OutboxEntry, "seq">;
};

export function openDb(name = "shixian"): ShiXianDB {
  const db = new Dexie(name) as ShiXianDB;
  db.version(1).stores({
    meta: "key",
    cases: "id, nextDueAt, closed, updatedAt",
    flags: "id, status, caseId, createdAt",
    outbox: "++seq, &key, nextAttemptAt, rejected",
  });
  return db;
}

export async function getMeta<T>(db: ShiXianDB, key: string): Promise<T | undefined> {
  const row = await db.meta.get(key);
  return row?.value as T | undefined;
}

export async function setMeta(db: ShiXianDB, key: string, value: unknown): Promise<void> {
  await db.meta.put({ key, value });
}
