// 0003: idempotency keys belong to the token that sent them. Flags (client_key) and sync items (sync_keys.key)
// store the key as `<token id>/<key>` (keys cannot contain "/"), and the hash of the request that first used it
// (request_hash), so that a reuse with another body is answered 409 instead of replaying the first result.
// Existing keys are scoped to the token that used them where it is known: sync items recorded their token; a
// flag created through sync takes its item's token; a flag posted with an idempotencyKey takes the token whose
// name it recorded when exactly one token has that name. Keys whose token cannot be known stay unscoped and
// never match again (a replay of them creates a new flag rather than returning another token's).
import { type Kysely, sql } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the current table types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("flags").addColumn("request_hash", "text").execute();
  await db.schema.alterTable("sync_keys").addColumn("request_hash", "text").execute();
  await sql`
    UPDATE flags SET client_key = (
      SELECT s.token_id || '/' || s.key FROM sync_keys s WHERE s.key = flags.client_key AND s.token_id IS NOT NULL
    )
    WHERE client_key IS NOT NULL
      AND EXISTS (SELECT 1 FROM sync_keys s WHERE s.key = flags.client_key AND s.token_id IS NOT NULL)`.execute(db);
  await sql`
    UPDATE flags SET client_key = (
      SELECT t.id || '/' || flags.client_key FROM tokens t WHERE t.name = flags.created_by
    )
    WHERE client_key IS NOT NULL
      AND client_key NOT LIKE '%/%'
      AND (SELECT count(*) FROM tokens t WHERE t.name = flags.created_by) = 1`.execute(db);
  await sql`UPDATE sync_keys SET key = token_id || '/' || key WHERE token_id IS NOT NULL`.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await sql`UPDATE sync_keys SET key = substr(key, length(token_id) + 2) WHERE token_id IS NOT NULL AND key LIKE '%/%'`.execute(
    db,
  );
  // token ids are UUIDs: 36 characters, then "/"
  await sql`UPDATE flags SET client_key = substr(client_key, 38) WHERE client_key LIKE '%/%'`.execute(db);
  await db.schema.alterTable("sync_keys").dropColumn("request_hash").execute();
  await db.schema.alterTable("flags").dropColumn("request_hash").execute();
}
