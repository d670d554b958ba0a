// Bearer tokens: random, shown once, stored only as a sha256 hash. Roles: clerk < supervisor < admin.
import { createHash, randomBytes, randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database, Role } from "../db/schema.ts";
import { toBeijingInstant } from "../time.ts";

export const ROLES = ["clerk", "supervisor", "admin"] as const satisfies readonly Role[];
const RANK: Record<Role, number> = { clerk: 1, supervisor: 2, admin: 3 };

export interface TokenInfo {
  id: string;
  name: string;
  role: Role;
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export function roleAllows(have: Role, need: Role): boolean {
  return RANK[have] >= RANK[need];
}

/** Creates a token and returns it in clear text: the only time it is ever visible. */
export async function createToken(
  db: Kysely<Database>,
  role: Role,
  name: string,
): Promise<TokenInfo & { token: string; createdAt: string }> {
  const token = `sx_${randomBytes(32).toString("base64url")}`;
  const id = randomUUID();
  const createdAt = toBeijingInstant();
  // the name as stored (masked by the storage boundary), not as given
  const row = await db
    .insertInto("tokens")
    .values({ id, name, role, token_hash: hashToken(token), created_at: createdAt, revoked_at: null })
    .returning("name")
    .executeTakeFirstOrThrow();
  return { id, name: row.name, role, token, createdAt };
}

export async function findToken(db: Kysely<Database>, token: string): Promise<TokenInfo | undefined> {
  const row = await db
    .selectFrom("tokens")
    .select(["id", "name", "role"])
    .where("token_hash", "=", hashToken(token))
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  return row;
}

export async function listTokens(db: Kysely<Database>) {
  const rows = await db.selectFrom("tokens").selectAll().orderBy("created_at").execute();
  return rows.map((r) => ({ id: r.id, name: r.name, role: r.role, createdAt: r.created_at, revokedAt: r.revoked_at }));
}

export async function revokeToken(db: Kysely<Database>, id: string): Promise<boolean> {
  const r = await db
    .updateTable("tokens")
    .set({ revoked_at: toBeijingInstant() })
    .where("id", "=", id)
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/**
 * First start: creates the admin token exactly once, even when several instances start together on one
 * PostgreSQL (the meta row is the lock). Returns the clear token only to the instance that created it.
 */
export async function ensureAdminToken(db: Kysely<Database>): Promise<string | undefined> {
  return db.transaction().execute(async (trx) => {
    const claimed = await trx
      .insertInto("meta")
      .values({ key: "admin-bootstrap", value: toBeijingInstant() })
      .onConflict((oc) => oc.column("key").doNothing())
      .executeTakeFirst();
    if (Number(claimed.numInsertedOrUpdatedRows ?? 0n) === 0) return undefined;
    const t = await createToken(trx, "admin", "first admin");
    return t.token;
  });
}
