// The extension's own database (IndexedDB in the extension origin, never the portal's): rule packs and calendar
// years refreshed from the API, tracked cases, flags and the outbox of writes waiting for the server.
// Every value written to any table passes the personal-number masking (shared/privacy) in one DBCore
// middleware, so no table, field or future column stores a 身份证号 or mobile number in clear — page URLs with
// the number in their query and the notes clerks type included.
import {
  type DBCore,
  type DBCoreMutateRequest,
  type DBCoreTable,
  Dexie,
  type EntityTable,
  type Middleware,
} from "dexie";
import type { Facts, FlagRequest, ViewDeadline } from "./messages.ts";
import { maskPersonalDeep } from "./privacy.ts";

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

function maskMutation(req: DBCoreMutateRequest): DBCoreMutateRequest {
  if (req.type !== "add" && req.type !== "put") return req;
  const out = { ...req, values: req.values.map(maskPersonalDeep) };
  if (req.keys) out.keys = req.keys.map(maskPersonalDeep);
  if (out.type === "put" && out.changeSpec) out.changeSpec = maskPersonalDeep(out.changeSpec);
  if (out.type === "put" && out.updates)
    out.updates = {
      keys: out.updates.keys.map(maskPersonalDeep),
      changeSpecs: maskPersonalDeep(out.updates.changeSpecs),
    };
  return out;
}

/** The storage boundary: every add/put (put, bulkPut, update, modify …) of every table is masked. */
export const maskingMiddleware: Middleware<DBCore> = {
  stack: "dbcore",
  name: "shixian-mask-personal-numbers",
  create: (down) => ({
    ...down,
    table(name: string): DBCoreTable {
      const t = down.table(name);
      return { ...t, mutate: (req) => t.mutate(maskMutation(req)) };
    },
  }),
};

const STORES = {
  meta: "key",
  cases: "id, nextDueAt, closed, updatedAt",
  flags: "id, status, caseId, createdAt",
  outbox: "++seq, &key, nextAttemptAt, rejected",
};

export function openDb(name = "shixian"): ShiXianDB {
  const db = new Dexie(name) as ShiXianDB;
  db.use(maskingMiddleware);
  db.version(1).stores(STORES);
  // 2: rows stored in clear by earlier versions are rewritten through the masking middleware (a case whose id
  // held a clear number in its page URL gets its masked id).
  db.version(2)
    .stores(STORES)
    .upgrade(async (tx) => {
      for (const name of Object.keys(STORES)) {
        const table = tx.table(name);
        const rows = await table.toArray();
        if (JSON.stringify(rows) === JSON.stringify(maskPersonalDeep(rows))) continue;
        await table.clear();
        await table.bulkPut(rows);
      }
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
