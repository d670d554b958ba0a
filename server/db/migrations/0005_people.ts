// 0005: people and units. Units (科室 / 部门), users (role, home unit, scrypt password hash), the extra units a
// supervisor oversees, login sessions, the failed-login counters behind the lock-out, and a unit on every case
// and flag (`unit_id`, '' = in no unit: visible only to office-wide principals).
//
// Existing data: each distinct free-text `cases.unit` label becomes a unit of that name and its cases move into it;
// a flag takes its case's unit. Existing tokens stay as they are (no user, no unit = office-wide, exactly as before
// this migration); an admin binds them to a unit or a user with PATCH /api/tokens/:id (docs/api.md).
//
// A portal case is now unique per unit — (unit_id, portal, external_id) instead of (portal, external_id) — so two
// units that see the same request each track their own copy and neither learns that the other does. SQLite cannot
// drop a table constraint, so on SQLite the cases table is rebuilt (the documented 12-step procedure, with the
// table's own current SQL so columns added by other migrations are kept).
import { randomUUID } from "node:crypto";
import { type Kysely, sql } from "kysely";

const OLD_UNIQUE = /,\s*constraint\s+"cases_portal_external_id_key"\s+unique\s*\(\s*"portal"\s*,\s*"external_id"\s*\)/i;

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the current table types
async function rebuildSqliteCases(db: Kysely<any>): Promise<void> {
  const table = await sql<{
    sql: string;
  }>`select sql from sqlite_master where type = 'table' and name = 'cases'`.execute(db);
  const createSql = table.rows[0]?.sql ?? "";
  if (!OLD_UNIQUE.test(createSql))
    throw new Error(`0005_people: unexpected cases table definition, cannot rebuild it: ${createSql}`);
  const indexes = await sql<{ sql: string }>`
    select sql from sqlite_master where type = 'index' and tbl_name = 'cases' and sql is not null`.execute(db);
  const newSql = createSql.replace(OLD_UNIQUE, "").replace(/^create table\s+"?cases"?/i, 'create table "cases_new"');
  await sql.raw(newSql).execute(db);
  await sql`insert into cases_new select * from cases`.execute(db);
  await sql`drop table cases`.execute(db);
  await sql`alter table cases_new rename to cases`.execute(db);
  for (const i of indexes.rows) await sql.raw(i.sql).execute(db);
  const broken = await sql`pragma foreign_key_check`.execute(db);
  if (broken.rows.length) throw new Error("0005_people: foreign key check failed after rebuilding cases");
}

// biome-ignore lint/suspicious/noExplicitAny: see above
async function apply(db: Kysely<any>, sqlite: boolean): Promise<void> {
  await db.schema
    .createTable("units")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull().unique())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("users")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    // the login name folded (NFKC, trimmed, lower case): unique, what a login looks up
    .addColumn("name_key", "text", (c) => c.notNull().unique())
    .addColumn("role", "text", (c) => c.notNull())
    .addColumn("unit_id", "text", (c) => c.references("units.id"))
    .addColumn("password_hash", "text")
    .addColumn("must_change_password", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("disabled_at", "text")
    .execute();

  await db.schema
    .createTable("user_units")
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id"))
    .addColumn("unit_id", "text", (c) => c.notNull().references("units.id"))
    .addPrimaryKeyConstraint("user_units_pkey", ["user_id", "unit_id"])
    .execute();

  await db.schema
    .createTable("sessions")
    .addColumn("id", "text", (c) => c.primaryKey()) // sha256 of the cookie's secret
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("expires_at", "bigint", (c) => c.notNull()) // epoch ms, absolute
    .addColumn("last_seen_at", "bigint", (c) => c.notNull()) // epoch ms, for the idle timeout
    .execute();
  await db.schema.createIndex("sessions_user_idx").on("sessions").column("user_id").execute();

  await db.schema
    .createTable("login_throttle")
    .addColumn("key", "text", (c) => c.primaryKey()) // "name:<folded name>" or "addr:<client address>"
    .addColumn("failures", "integer", (c) => c.notNull())
    .addColumn("window_start", "bigint", (c) => c.notNull())
    .addColumn("locked_until", "bigint")
    .execute();

  await db.schema.alterTable("tokens").addColumn("user_id", "text").execute();
  await db.schema.alterTable("tokens").addColumn("unit_id", "text").execute();

  await db.schema
    .alterTable("cases")
    .addColumn("unit_id", "text", (c) => c.notNull().defaultTo(""))
    .execute();
  await db.schema
    .alterTable("flags")
    .addColumn("unit_id", "text", (c) => c.notNull().defaultTo(""))
    .execute();

  if (sqlite) await rebuildSqliteCases(db);
  else await sql`alter table cases drop constraint cases_portal_external_id_key`.execute(db);
  await db.schema
    .createIndex("cases_unit_portal_external_id_key")
    .on("cases")
    .columns(["unit_id", "portal", "external_id"])
    .unique()
    .execute();
  await db.schema.createIndex("cases_unit_status_due_idx").on("cases").columns(["unit_id", "status", "due"]).execute();
  await db.schema
    .createIndex("flags_unit_status_idx")
    .on("flags")
    .columns(["unit_id", "status", "created_at"])
    .execute();

  // Free-text unit labels written before units existed become units.
  const now = new Date(Date.now() + 8 * 3600_000).toISOString().replace("Z", "+08:00");
  const labels = await db
    .selectFrom("cases")
    .select("unit")
    .distinct()
    .where("unit", "is not", null)
    .where("unit", "!=", "")
    .execute();
  for (const { unit } of labels) {
    const id = randomUUID();
    await db.insertInto("units").values({ id, name: unit, created_at: now }).execute();
    await db.updateTable("cases").set({ unit_id: id }).where("unit", "=", unit).execute();
  }
  await db
    .updateTable("flags")
    .set({
      unit_id: sql`coalesce((select c.unit_id from cases c where c.id = flags.case_id), '')`,
    })
    .where("case_id", "is not", null)
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see above
export async function up(db: Kysely<any>): Promise<void> {
  if (db.isTransaction) return apply(db, false); // PostgreSQL: the migrator's transaction
  // SQLite: Kysely runs migrations outside a transaction; rebuilding a referenced table needs foreign keys off,
  // which SQLite only allows outside a transaction — then everything happens in one.
  await sql`pragma foreign_keys = off`.execute(db);
  try {
    await db.transaction().execute((trx) => apply(trx, true));
  } finally {
    await sql`pragma foreign_keys = on`.execute(db);
  }
}

// biome-ignore lint/suspicious/noExplicitAny: see above
export async function down(_db: Kysely<any>): Promise<void> {
  throw new Error("0005_people cannot be undone: restore a backup taken before it");
}
