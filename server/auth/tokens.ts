// Bearer tokens: random, shown once, stored only as a sha256 hash. Roles: clerk < supervisor < admin.
// A token is personal (user_id: acts as that user, with the user's role and scope), bound to a unit (unit_id:
// a service token scoped to that unit), or neither: an office-wide service token (every token made before
// units existed; see server/auth/scope.ts).
import { createHash, randomBytes, randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database, Role } from "../db/schema.ts";
import { toBeijingInstant } from "../time.ts";
import { ALL, type Principal, userScope } from "./scope.ts";

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
  bind: { userId?: string | null; unitId?: string | null } = {},
): Promise<TokenInfo & { token: string; createdAt: string; userId: string | null; unitId: string | null }> {
  const token = `sx_${randomBytes(32).toString("base64url")}`;
  const id = randomUUID();
  const createdAt = toBeijingInstant();
  const userId = bind.userId ?? null;
  const unitId = bind.userId ? null : (bind.unitId ?? null);
  // the name as stored (masked by the storage boundary), not as given
  const row = await db
    .insertInto("tokens")
    .values({
      id,
      name,
      role,
      token_hash: hashToken(token),
      created_at: createdAt,
      revoked_at: null,
      user_id: userId,
      unit_id: unitId,
    })
    .returning("name")
    .executeTakeFirstOrThrow();
  return { id, name: row.name, role, token, createdAt, userId, unitId };
}

/** The principal a bearer token stands for, or undefined (unknown, revoked, or its user disabled). */
export async function findToken(db: Kysely<Database>, token: string): Promise<Principal | undefined> {
  const row = await db
    .selectFrom("tokens as t")
    .leftJoin("users as u", "u.id", "t.user_id")
    .leftJoin("units as n", (j) => j.onRef("n.id", "=", (eb) => eb.fn.coalesce("u.unit_id", "t.unit_id")))
    .select([
      "t.id",
      "t.name",
      "t.role",
      "t.user_id",
      "t.unit_id",
      "u.name as user_name",
      "u.role as user_role",
      "u.unit_id as user_unit_id",
      "u.disabled_at",
      "n.name as unit_name",
    ])
    .where("t.token_hash", "=", hashToken(token))
    .where("t.revoked_at", "is", null)
    .executeTakeFirst();
  if (!row) return undefined;
  if (row.user_id) {
    if (!row.user_role || row.disabled_at) return undefined;
    const user = { id: row.user_id, role: row.user_role, unit_id: row.user_unit_id ?? null };
    return {
      via: "token",
      tokenId: row.id,
      userId: row.user_id,
      name: row.user_name ?? row.name,
      role: row.user_role,
      unitId: user.unit_id,
      unitName: user.unit_id ? (row.unit_name ?? null) : null,
      scope: await userScope(db, user),
    };
  }
  return {
    via: "token",
    tokenId: row.id,
    userId: null,
    name: row.name,
    role: row.role,
    unitId: row.unit_id,
    unitName: row.unit_id ? (row.unit_name ?? null) : null,
    scope: row.role === "admin" || !row.unit_id ? ALL : { all: false, unitIds: [row.unit_id] },
  };
}

export async function listTokens(db: Kysely<Database>) {
  const rows = await db.selectFrom("tokens").selectAll().orderBy("created_at").execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    role: r.role,
    userId: r.user_id,
    unitId: r.unit_id,
    scope: r.user_id ? ("user" as const) : r.unit_id ? ("unit" as const) : ("office" as const),
    createdAt: r.created_at,
    revokedAt: r.revoked_at,
  }));
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
 * Binds an active token to a unit (service token scoped to it; null = office-wide again) or to a user (it then
 * acts as that user, with the user's role). Returns false when no active token has this id.
 */
export async function bindToken(
  db: Kysely<Database>,
  id: string,
  bind: { unitId?: string | null; userId?: string },
): Promise<boolean> {
  const set: { unit_id?: string | null; user_id?: string | null; role?: Role } = {};
  if (bind.userId) {
    const u = await db.selectFrom("users").select("role").where("id", "=", bind.userId).executeTakeFirst();
    if (!u) return false;
    Object.assign(set, { user_id: bind.userId, unit_id: null, role: u.role });
  } else if (bind.unitId !== undefined) Object.assign(set, { unit_id: bind.unitId, user_id: null });
  const r = await db
    .updateTable("tokens")
    .set(set)
    .where("id", "=", id)
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}
