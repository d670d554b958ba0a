// Portal adapters taught by the office, stored as validated JSON, and the audit trail of every change.
import { createHash, randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { PortalAdapter } from "../../shared/adapters/types.ts";
import type { TokenInfo } from "../auth/tokens.ts";
import type { AdapterAuditTable, Database } from "../db/schema.ts";
import { toBeijingInstant } from "../time.ts";

export interface AdapterRecord {
  adapter: PortalAdapter;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
}

export interface AdapterChange {
  action: AdapterAuditTable["action"];
  at: string;
  by: { name: string; role: string };
  adapter: PortalAdapter | null;
}

type Row = Database["adapters"];

function toRecord(r: Row): AdapterRecord {
  return {
    adapter: JSON.parse(r.adapter) as PortalAdapter,
    createdAt: r.created_at,
    createdBy: r.created_by,
    updatedAt: r.updated_at,
    updatedBy: r.updated_by,
  };
}

/** Strong ETag of a JSON text (the same form as GET /api/rulepacks). */
export function etagOf(json: string): string {
  return `"${createHash("sha256").update(json).digest("hex").slice(0, 32)}"`;
}

export async function listAdapters(db: Kysely<Database>): Promise<AdapterRecord[]> {
  const rows = await db.selectFrom("adapters").selectAll().orderBy("id").execute();
  return rows.map(toRecord);
}

export async function getAdapter(db: Kysely<Database>, id: string): Promise<AdapterRecord | undefined> {
  const row = await db.selectFrom("adapters").selectAll().where("id", "=", id).executeTakeFirst();
  return row ? toRecord(row) : undefined;
}

async function audit(
  db: Kysely<Database>,
  id: string,
  action: AdapterAuditTable["action"],
  adapter: string | null,
  at: string,
  who: TokenInfo,
) {
  await db
    .insertInto("adapter_audit")
    .values({
      id: randomUUID(),
      adapter_id: id,
      action,
      adapter,
      at,
      by_name: who.name,
      by_token: who.id,
      by_role: who.role,
    })
    .execute();
}

/** Creates or replaces an adapter (validated by the caller); returns it and whether it was new. */
export async function putAdapter(
  db: Kysely<Database>,
  adapter: PortalAdapter,
  who: TokenInfo,
): Promise<{ record: AdapterRecord; created: boolean }> {
  return db.transaction().execute(async (trx) => {
    const now = toBeijingInstant();
    const json = JSON.stringify(adapter);
    const prev = await trx.selectFrom("adapters").selectAll().where("id", "=", adapter.id).executeTakeFirst();
    if (prev) {
      await trx
        .updateTable("adapters")
        .set({ adapter: json, updated_at: now, updated_by: who.name })
        .where("id", "=", adapter.id)
        .execute();
    } else {
      await trx
        .insertInto("adapters")
        .values({
          id: adapter.id,
          adapter: json,
          created_at: now,
          created_by: who.name,
          updated_at: now,
          updated_by: who.name,
        })
        .execute();
    }
    await audit(trx, adapter.id, prev ? "update" : "create", json, now, who);
    const record: AdapterRecord = {
      adapter,
      createdAt: prev?.created_at ?? now,
      createdBy: prev?.created_by ?? who.name,
      updatedAt: now,
      updatedBy: who.name,
    };
    return { record, created: !prev };
  });
}

/** Deletes an adapter; false when there was none. */
export async function deleteAdapter(db: Kysely<Database>, id: string, who: TokenInfo): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const r = await trx.deleteFrom("adapters").where("id", "=", id).executeTakeFirst();
    if (Number(r.numDeletedRows) === 0) return false;
    await audit(trx, id, "delete", null, toBeijingInstant(), who);
    return true;
  });
}

/** Every recorded change of one adapter, oldest first (also after it was deleted). */
export async function adapterHistory(db: Kysely<Database>, id: string): Promise<AdapterChange[]> {
  const rows = await db
    .selectFrom("adapter_audit")
    .selectAll()
    .where("adapter_id", "=", id)
    .orderBy("at")
    .orderBy("id")
    .execute();
  return rows.map((r) => ({
    action: r.action,
    at: r.at,
    by: { name: r.by_name, role: r.by_role },
    adapter: r.adapter === null ? null : (JSON.parse(r.adapter) as PortalAdapter),
  }));
}
