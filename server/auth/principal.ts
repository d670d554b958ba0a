// The principal of a logged-in user (cookie session): the user's role, home unit and scope.
import type { Kysely } from "kysely";
import type { Database } from "../db/schema.ts";
import { type Principal, userScope } from "./scope.ts";

export async function userPrincipal(
  db: Kysely<Database>,
  userId: string,
  via: Principal["via"],
  tokenId: string | null = null,
): Promise<Principal | undefined> {
  const u = await db
    .selectFrom("users as u")
    .leftJoin("units as n", "n.id", "u.unit_id")
    .select(["u.id", "u.name", "u.role", "u.unit_id", "u.disabled_at", "n.name as unit_name"])
    .where("u.id", "=", userId)
    .executeTakeFirst();
  if (!u || u.disabled_at) return undefined;
  return {
    via,
    tokenId,
    userId: u.id,
    name: u.name,
    role: u.role,
    unitId: u.unit_id,
    unitName: u.unit_name ?? null,
    scope: await userScope(db, u),
  };
}
