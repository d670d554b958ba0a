// Who is asking and what they may see. Every authenticated request resolves to a Principal (from a bearer token
// or a session cookie); stores filter every read and write by its Scope (server/store/*: one scoped query helper
// per store). Rules:
// - admin: every unit;
// - supervisor (user): the home unit + the units they oversee (user_units);
// - clerk (user): the home unit;
// - service token bound to a unit: that unit;
// - service token with neither user nor unit (every token made before units existed, and tokens an admin creates
//   without a unit for scripts): office-wide, exactly as before — see docs/api.md, "People, units and scope".
import type { Kysely } from "kysely";
import type { Database, Role } from "../db/schema.ts";

export type Scope = { readonly all: true } | { readonly all: false; readonly unitIds: readonly string[] };

export const ALL: Scope = { all: true };

export interface Principal {
  via: "token" | "session";
  /** The bearer token's id (null for a cookie session). */
  tokenId: string | null;
  /** The user acting (null for a service token). */
  userId: string | null;
  /** Recorded as author (created_by, resolved_by …). */
  name: string;
  role: Role;
  /** Where this principal's cases and flags go (null: none — office-wide principals name it in the body). */
  unitId: string | null;
  unitName: string | null;
  scope: Scope;
}

/** A unit id no unit can have (ids are UUIDs): keeps `unit_id in (…)` valid SQL for an empty scope. */
const NO_UNIT = "(no unit)";

/** The unit ids to filter `unit_id in (…)` by; never empty. Only call when `!scope.all`. */
export function scopeUnitIds(scope: Scope): string[] {
  if (scope.all) throw new Error("scopeUnitIds: an office-wide scope has no list");
  return scope.unitIds.length ? [...scope.unitIds] : [NO_UNIT];
}

export function inScope(scope: Scope, unitId: string): boolean {
  return scope.all || scope.unitIds.includes(unitId);
}

/** The scope of a user with this role and units. */
export async function userScope(
  db: Kysely<Database>,
  user: { id: string; role: Role; unit_id: string | null },
): Promise<Scope> {
  if (user.role === "admin") return ALL;
  const ids = user.unit_id ? [user.unit_id] : [];
  if (user.role === "supervisor") {
    const rows = await db.selectFrom("user_units").select("unit_id").where("user_id", "=", user.id).execute();
    for (const r of rows) if (!ids.includes(r.unit_id)) ids.push(r.unit_id);
  }
  return { all: false, unitIds: ids };
}
