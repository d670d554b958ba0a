// 0006: the flag workflow — a flag is open, resolved (with a note) or dismissed (with a reason), may be assigned to
// a person, carries a version for stale-write checks; every change and every comment is one insert-only row of
// flag_events (the audit trail: no code path updates or deletes it).
import type { Kysely } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the current table types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("flags").addColumn("assignee_id", "text").execute();
  await db.schema
    .alterTable("flags")
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createTable("flag_events")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("flag_id", "text", (c) => c.notNull().references("flags.id"))
    .addColumn("unit_id", "text", (c) => c.notNull())
    .addColumn("at", "text", (c) => c.notNull())
    .addColumn("actor", "text", (c) => c.notNull())
    .addColumn("actor_id", "text")
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("from_status", "text")
    .addColumn("to_status", "text")
    .addColumn("body", "text")
    .execute();
  await db.schema.createIndex("flag_events_flag_idx").on("flag_events").columns(["flag_id", "at"]).execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("flag_events").execute();
  await db.schema.alterTable("flags").dropColumn("version").execute();
  await db.schema.alterTable("flags").dropColumn("assignee_id").execute();
}
