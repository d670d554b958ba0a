// 0001: tokens, cases, flags, sync idempotency keys, loaded calendar years, meta.
import type { Kysely } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the current table types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("tokens")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("role", "text", (c) => c.notNull())
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("revoked_at", "text")
    .execute();

  await db.schema
    .createTable("cases")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("portal", "text", (c) => c.notNull())
    .addColumn("external_id", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("unit", "text")
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("facts", "text", (c) => c.notNull())
    .addColumn("deadlines", "text", (c) => c.notNull())
    .addColumn("findings", "text", (c) => c.notNull())
    .addColumn("due", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("closed_at", "text")
    .addColumn("created_by", "text")
    .addColumn("updated_by", "text")
    .addUniqueConstraint("cases_portal_external_id_key", ["portal", "external_id"])
    .execute();
  await db.schema.createIndex("cases_status_due_idx").on("cases").columns(["status", "due"]).execute();
  await db.schema.createIndex("cases_unit_idx").on("cases").column("unit").execute();

  await db.schema
    .createTable("flags")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("client_key", "text", (c) => c.unique())
    .addColumn("rule_id", "text", (c) => c.notNull())
    .addColumn("check_id", "text")
    .addColumn("case_id", "text", (c) => c.references("cases.id"))
    .addColumn("portal", "text")
    .addColumn("external_id", "text")
    .addColumn("evidence", "text", (c) => c.notNull())
    .addColumn("note", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("created_by", "text")
    .addColumn("resolved_at", "text")
    .addColumn("resolved_by", "text")
    .addColumn("resolution", "text")
    .execute();
  await db.schema.createIndex("flags_status_idx").on("flags").columns(["status", "created_at"]).execute();
  await db.schema.createIndex("flags_case_idx").on("flags").column("case_id").execute();

  await db.schema
    .createTable("sync_keys")
    .addColumn("key", "text", (c) => c.primaryKey())
    .addColumn("op", "text", (c) => c.notNull())
    .addColumn("result", "text", (c) => c.notNull())
    .addColumn("token_id", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("calendar_years")
    .addColumn("year", "integer", (c) => c.primaryKey())
    .addColumn("source", "text", (c) => c.notNull())
    .addColumn("arrangement", "text", (c) => c.notNull())
    .addColumn("loaded_at", "text", (c) => c.notNull())
    .addColumn("loaded_by", "text")
    .execute();

  await db.schema
    .createTable("meta")
    .addColumn("key", "text", (c) => c.primaryKey())
    .addColumn("value", "text", (c) => c.notNull())
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ["meta", "calendar_years", "sync_keys", "flags", "cases", "tokens"])
    await db.schema.dropTable(t).execute();
}
