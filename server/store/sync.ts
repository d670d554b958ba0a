// POST /api/sync: an offline extension's outbox as a batch of case/flag operations, each with a client
// idempotency key. Every item is its own transaction that records the key together with its effect, so a
// batch cut short (server killed, connection lost) is simply sent again: applied items come back as
// "replayed" with their first result, the rest are applied now. Nothing is lost or applied twice. Keys are
// scoped to the sending token; the same key with another item is rejected with 409.
import type { Kysely } from "kysely";
import type { Principal } from "../auth/scope.ts";
import { roleAllows } from "../auth/tokens.ts";
import type { Database, Role } from "../db/schema.ts";
import { asClientError, type Issue, issuesOf } from "../errors.ts";
import { type SyncItem, SyncOpDataSchemas } from "../schemas.ts";
import { toBeijingInstant } from "../time.ts";
import { closeCaseByRef, type EvaluateCase, scopedCases, upsertCase } from "./cases.ts";
import { createFlag, type FlagDeps, resolveFlag, scopedFlags } from "./flags.ts";
import { requestHash, scopedKey } from "./request-key.ts";

export interface SyncItemResult {
  key: string;
  op: SyncItem["op"];
  /** applied now, replayed (applied by an earlier request with this key), or rejected (not applied). */
  status: "applied" | "replayed" | "rejected";
  /** The HTTP status the same operation would have had on its own endpoint. */
  httpStatus: number;
  result?: { id: string; created?: boolean; status?: string };
  error?: string;
  issues?: Issue[];
}

export interface SyncDeps extends FlagDeps {
  evaluateCase: EvaluateCase;
}

/**
 * What an item whose key this token used before gets: the first result again (replayed) when the item is the
 * same, a 409 rejection when it is another item under the same key; undefined when the key is new.
 */
async function replay(
  db: Kysely<Database>,
  item: SyncItem,
  scoped: string,
  hash: string,
): Promise<SyncItemResult | undefined> {
  const row = await db
    .selectFrom("sync_keys")
    .select(["result", "request_hash"])
    .where("key", "=", scoped)
    .executeTakeFirst();
  if (!row) return undefined;
  if (row.request_hash !== null && row.request_hash !== hash)
    return {
      key: item.key,
      op: item.op,
      status: "rejected",
      httpStatus: 409,
      error: `key "${item.key}" was already used by this token for a different item; send a new key for a new item`,
      issues: [{ path: "key", message: "already used with a different op or data" }],
    };
  const first = JSON.parse(row.result) as SyncItemResult;
  return { ...first, status: "replayed" };
}

async function applyOne(
  db: Kysely<Database>,
  deps: SyncDeps,
  item: SyncItem,
  who: SyncActor,
): Promise<Omit<SyncItemResult, "key" | "op" | "status">> {
  switch (item.op) {
    case "case.upsert": {
      const data = SyncOpDataSchemas["case.upsert"].parse(item.data);
      const r = await upsertCase(db, deps.evaluateCase, data, who);
      return { httpStatus: r.created ? 201 : 200, result: { id: r.case.id, created: r.created } };
    }
    case "case.close": {
      const data = SyncOpDataSchemas["case.close"].parse(item.data);
      const c = await closeCaseByRef(db, who, data.portal, data.externalId);
      return { httpStatus: 200, result: { id: c.id, status: c.status } };
    }
    case "flag.create": {
      const data = SyncOpDataSchemas["flag.create"].parse(item.data);
      const r = await createFlag(db, deps, data, { tokenId: who.id, key: item.key }, who);
      return { httpStatus: r.created ? 201 : 200, result: { id: r.flag.id, created: r.created } };
    }
    case "flag.resolve": {
      const data = SyncOpDataSchemas["flag.resolve"].parse(item.data);
      const f = await resolveFlag(db, who, data.id, data.resolution);
      return { httpStatus: 200, result: { id: f.id, status: f.status } };
    }
  }
}

/**
 * A replay answers the first result only when the caller may see what it names (a case or flag of its scope):
 * a key another unit used is refused without revealing its case or flag id.
 */
async function visibleReplay(
  db: Kysely<Database>,
  prior: SyncItemResult,
  who: Pick<Principal, "scope">,
): Promise<SyncItemResult> {
  const id = prior.result?.id;
  if (!id || who.scope.all) return prior;
  const seen = prior.op.startsWith("case.")
    ? await scopedCases(db, who.scope).select("id").where("id", "=", id).executeTakeFirst()
    : await scopedFlags(db, who.scope).select("id").where("id", "=", id).executeTakeFirst();
  if (seen) return prior;
  return {
    key: prior.key,
    op: prior.op,
    status: "rejected",
    httpStatus: 409,
    error: "this idempotency key is in use already: send a new one",
    issues: [{ path: "key", message: "already used" }],
  };
}

/** Who sends the batch: the token's id, name (recorded as author), role (checked per op) and scope. */
export interface SyncActor extends Principal {
  /** The authenticated principal's id (token id, or `user:<id>` for a session). */
  id: string;
}

/** The role each op needs — the same as on its own endpoint. */
const OP_ROLE: Record<SyncItem["op"], Role> = {
  "case.upsert": "clerk",
  "case.close": "clerk",
  "flag.create": "clerk",
  "flag.resolve": "supervisor",
};

export async function syncItem(
  db: Kysely<Database>,
  deps: SyncDeps,
  item: SyncItem,
  actor: SyncActor,
): Promise<SyncItemResult> {
  const base = { key: item.key, op: item.op };
  const scoped = scopedKey(actor.id, item.key);
  const hash = requestHash({ op: item.op, data: item.data });
  const prior = await replay(db, item, scoped, hash);
  if (prior) return prior.status === "rejected" ? prior : visibleReplay(db, prior, actor);
  if (!roleAllows(actor.role, OP_ROLE[item.op]))
    return {
      ...base,
      status: "rejected",
      httpStatus: 403,
      error: `${item.op} needs the ${OP_ROLE[item.op]} role (token has ${actor.role})`,
    };
  const tokenId = actor.id;
  const parsed = SyncOpDataSchemas[item.op].safeParse(item.data);
  if (!parsed.success)
    return {
      ...base,
      status: "rejected",
      httpStatus: 400,
      error: "invalid item data",
      issues: issuesOf(parsed.error, "data"),
    };
  try {
    return await db.transaction().execute(async (trx) => {
      const r = await applyOne(trx, deps, item, actor);
      const result: SyncItemResult = { ...base, status: "applied", ...r };
      await trx
        .insertInto("sync_keys")
        .values({
          key: scoped,
          op: item.op,
          result: JSON.stringify(result),
          token_id: tokenId,
          request_hash: hash,
          created_at: toBeijingInstant(),
        })
        .execute();
      return result;
    });
  } catch (e) {
    // A concurrent request with the same key committed first: its result stands.
    const raced = await replay(db, item, scoped, hash);
    if (raced) return raced.status === "rejected" ? raced : visibleReplay(db, raced, actor);
    const client = asClientError(e);
    if (client) {
      const r: SyncItemResult = { ...base, status: "rejected", httpStatus: client.status, error: client.message };
      if (client.issues) r.issues = client.issues;
      return r;
    }
    throw e;
  }
}

export async function syncBatch(
  db: Kysely<Database>,
  deps: SyncDeps,
  items: SyncItem[],
  actor: SyncActor,
): Promise<SyncItemResult[]> {
  const out: SyncItemResult[] = [];
  // In order: a flag may refer to a case created earlier in the same batch.
  for (const item of items) out.push(await syncItem(db, deps, item, actor));
  return out;
}
