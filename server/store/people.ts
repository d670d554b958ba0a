// Units (科室 / 部门) and users. A user has a role (clerk | supervisor | admin), one home unit (admins may have
// none), a supervisor may oversee further units (user_units). Password hashes never leave this module's callers
// (the DTOs have no hash).
import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import { hashPassword } from "../auth/passwords.ts";
import { type Scope, scopeUnitIds } from "../auth/scope.ts";
import type { Database, Role, UsersTable } from "../db/schema.ts";
import { ApiError, notFound } from "../errors.ts";
import { toBeijingInstant } from "../time.ts";

/** The login name as looked up: NFKC (full-width → half-width), trimmed, lower case. */
export function foldName(name: string): string {
  return name.normalize("NFKC").trim().toLowerCase();
}

export interface UnitDto {
  id: string;
  name: string;
  createdAt: string;
}

/** Runs `fn` in a transaction, or in the caller's when `db` is one already. */
function inTransaction<T>(db: Kysely<Database>, fn: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
  return db.isTransaction ? fn(db) : db.transaction().execute(fn);
}

const isUniqueViolation = (e: unknown) => /unique|duplicate key/i.test((e as Error)?.message ?? "");

export async function createUnit(db: Kysely<Database>, name: string): Promise<UnitDto> {
  const row = { id: randomUUID(), name, created_at: toBeijingInstant() };
  try {
    await db.insertInto("units").values(row).execute();
  } catch (e) {
    if (isUniqueViolation(e))
      throw new ApiError(409, `a unit named ${name} exists already`, [{ path: "name", message: "already taken" }]);
    throw e;
  }
  return { id: row.id, name: row.name, createdAt: row.created_at };
}

/** Units the scope covers, by name. */
export async function listUnits(db: Kysely<Database>, scope: Scope): Promise<UnitDto[]> {
  let q = db.selectFrom("units").selectAll();
  if (!scope.all) q = q.where("id", "in", scopeUnitIds(scope));
  const rows = await q.orderBy("name").execute();
  return rows.map((r) => ({ id: r.id, name: r.name, createdAt: r.created_at }));
}

/** Renames a unit; the unit label of its cases follows. */
export async function renameUnit(db: Kysely<Database>, id: string, name: string): Promise<UnitDto> {
  try {
    return await db.transaction().execute(async (trx) => {
      const row = await trx.updateTable("units").set({ name }).where("id", "=", id).returningAll().executeTakeFirst();
      if (!row) throw notFound(`unit ${id}`);
      await trx.updateTable("cases").set({ unit: name }).where("unit_id", "=", id).execute();
      return { id: row.id, name: row.name, createdAt: row.created_at };
    });
  } catch (e) {
    if (isUniqueViolation(e))
      throw new ApiError(409, `a unit named ${name} exists already`, [{ path: "name", message: "already taken" }]);
    throw e;
  }
}

export interface UserDto {
  id: string;
  name: string;
  role: Role;
  unitId: string | null;
  /** Every unit the user works in: the home unit first, then the further units a supervisor oversees. */
  unitIds: string[];
  mustChangePassword: boolean;
  disabled: boolean;
  createdAt: string;
}

async function toUserDtos(db: Kysely<Database>, rows: UsersTable[]): Promise<UserDto[]> {
  const ids = rows.map((r) => r.id);
  const extra = ids.length
    ? await db.selectFrom("user_units").selectAll().where("user_id", "in", ids).orderBy("unit_id").execute()
    : [];
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    role: r.role,
    unitId: r.unit_id,
    unitIds: [
      ...(r.unit_id ? [r.unit_id] : []),
      ...extra.filter((x) => x.user_id === r.id && x.unit_id !== r.unit_id).map((x) => x.unit_id),
    ],
    mustChangePassword: Number(r.must_change_password) === 1,
    disabled: r.disabled_at !== null,
    createdAt: r.created_at,
  }));
}

export async function getUser(db: Kysely<Database>, id: string): Promise<UserDto> {
  const row = await db.selectFrom("users").selectAll().where("id", "=", id).executeTakeFirst();
  if (!row) throw notFound(`user ${id}`);
  return (await toUserDtos(db, [row]))[0];
}

/** Users whose home unit the scope covers (admins: everyone). */
export async function listUsers(db: Kysely<Database>, scope: Scope): Promise<UserDto[]> {
  let q = db.selectFrom("users").selectAll();
  if (!scope.all) q = q.where("unit_id", "in", scopeUnitIds(scope));
  return toUserDtos(db, await q.orderBy("name").execute());
}

/** Checks that a role / home unit / overseen units combination is valid and every unit exists (400 naming the field). */
async function checkUnits(
  db: Kysely<Database>,
  role: Role,
  unitId: string | null | undefined,
  unitIds: string[] | undefined,
): Promise<void> {
  if (role !== "admin" && !unitId)
    throw new ApiError(400, "invalid request body", [
      { path: "unitId", message: `a ${role} belongs to a unit: expected a unit id (GET /api/units)` },
    ]);
  if (unitIds?.length && role !== "supervisor")
    throw new ApiError(400, "invalid request body", [
      { path: "unitIds", message: "only a supervisor oversees further units" },
    ]);
  const wanted = [...new Set([...(unitId ? [unitId] : []), ...(unitIds ?? [])])];
  if (!wanted.length) return;
  const found = new Set(
    (await db.selectFrom("units").select("id").where("id", "in", wanted).execute()).map((r) => r.id),
  );
  if (unitId && !found.has(unitId))
    throw new ApiError(400, "invalid request body", [{ path: "unitId", message: `no unit with id ${unitId}` }]);
  (unitIds ?? []).forEach((u, i) => {
    if (!found.has(u))
      throw new ApiError(400, "invalid request body", [{ path: `unitIds.${i}`, message: `no unit with id ${u}` }]);
  });
}

export interface UserCreate {
  name: string;
  password: string;
  role: Role;
  unitId?: string | null;
  unitIds?: string[];
  /** Set by an admin: the user is asked to choose their own at the first login (default true). */
  mustChangePassword?: boolean;
}

/** A supervisor given only `unitIds` has the first of them as home unit. */
function withHomeUnit<T extends { role: Role; unitId?: string | null; unitIds?: string[] }>(input: T): T {
  if (input.unitId || input.role !== "supervisor" || !input.unitIds?.length) return input;
  return { ...input, unitId: input.unitIds[0] };
}

export async function createUser(db: Kysely<Database>, given: UserCreate): Promise<UserDto> {
  const input = withHomeUnit(given);
  await checkUnits(db, input.role, input.unitId, input.unitIds);
  // Hashed before any transaction: a transaction must not stay open across the KDF's ≈ 0.1 s.
  const hash = await hashPassword(input.password);
  const id = await insertUser(db, { ...input, passwordHash: hash });
  return getUser(db, id);
}

/** Inserts a user whose password is already hashed (in the caller's transaction when there is one). */
export async function insertUser(
  db: Kysely<Database>,
  input: Omit<UserCreate, "password"> & { passwordHash: string },
): Promise<string> {
  const now = toBeijingInstant();
  const id = randomUUID();
  const hash = input.passwordHash;
  try {
    await inTransaction(db, async (trx) => {
      await trx
        .insertInto("users")
        .values({
          id,
          name: input.name,
          name_key: foldName(input.name),
          role: input.role,
          unit_id: input.unitId ?? null,
          password_hash: hash,
          must_change_password: input.mustChangePassword === false ? 0 : 1,
          created_at: now,
          updated_at: now,
          disabled_at: null,
        })
        .execute();
      const extra = [...new Set(input.unitIds ?? [])].filter((u) => u !== input.unitId);
      if (extra.length)
        await trx
          .insertInto("user_units")
          .values(extra.map((unit_id) => ({ user_id: id, unit_id })))
          .execute();
    });
  } catch (e) {
    if (isUniqueViolation(e))
      throw new ApiError(409, `a user named ${input.name} exists already`, [
        { path: "name", message: "already taken" },
      ]);
    throw e;
  }
  return id;
}

export interface UserPatch {
  role?: Role;
  unitId?: string | null;
  unitIds?: string[];
  password?: string;
  disabled?: boolean;
}

/** Admin changes: role, units, a password reset (must change at next login), disabling. Ends the user's sessions
 * when the password, role or units change or the user is disabled. */
export async function updateUser(db: Kysely<Database>, id: string, patch: UserPatch): Promise<UserDto> {
  const row = await db.selectFrom("users").selectAll().where("id", "=", id).executeTakeFirst();
  if (!row) throw notFound(`user ${id}`);
  const role = patch.role ?? row.role;
  const current = (await toUserDtos(db, [row]))[0].unitIds;
  const unitIds = patch.unitIds ?? (role === "supervisor" ? current : []);
  const unitId =
    patch.unitId !== undefined
      ? patch.unitId
      : (row.unit_id ?? withHomeUnit({ role, unitId: null as string | null, unitIds: patch.unitIds }).unitId ?? null);
  await checkUnits(db, role, unitId, unitIds);
  const hash = patch.password === undefined ? undefined : await hashPassword(patch.password);
  const now = toBeijingInstant();
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable("users")
      .set({
        role,
        unit_id: unitId,
        updated_at: now,
        ...(hash ? { password_hash: hash, must_change_password: 1 } : {}),
        ...(patch.disabled === undefined ? {} : { disabled_at: patch.disabled ? (row.disabled_at ?? now) : null }),
      })
      .where("id", "=", id)
      .execute();
    await trx.deleteFrom("user_units").where("user_id", "=", id).execute();
    const extra = [...new Set(unitIds)].filter((u) => u !== unitId);
    if (extra.length)
      await trx
        .insertInto("user_units")
        .values(extra.map((unit_id) => ({ user_id: id, unit_id })))
        .execute();
    // personal tokens carry the user's role
    await trx.updateTable("tokens").set({ role }).where("user_id", "=", id).execute();
    await trx.deleteFrom("sessions").where("user_id", "=", id).execute();
  });
  return getUser(db, id);
}

export async function findUserForLogin(db: Kysely<Database>, name: string): Promise<UsersTable | undefined> {
  return db
    .selectFrom("users")
    .selectAll()
    .where("name_key", "=", foldName(name))
    .where("disabled_at", "is", null)
    .executeTakeFirst();
}
