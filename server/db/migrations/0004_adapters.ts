// 0004: portal adapters taught by the office (GET/PUT/DELETE /api/adapters) and the audit trail of every change.
import type { Kysely } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the current table types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("adapters")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("adapter", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("created_by", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("updated_by", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("adapter_audit")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("adapter_id", "text", (c) => c.notNull())
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("adapter", "text")
    .addColumn("at", "text", (c) => c.notNull())
    .addColumn("by_name", "text", (c) => c.notNull())
    .addColumn("by_token", "text", (c) => c.notNull())
    .addColumn("by_role", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("adapter_audit_adapter_idx").on("adapter_audit").columns(["adapter_id", "at"]).execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("adapter_audit").execute();
  await db.schema.dropTable("adapters").execute();
}
