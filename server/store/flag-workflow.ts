// The flag workflow: open → resolved (with a note) or dismissed (with a reason), reopened, assigned to a person,
// discussed in a comment thread. Every change is one row of flag_events, written in the same transaction as the
// change; flag_events is insert-only (no function here or anywhere updates or deletes it), so the audit trail
// cannot be edited through the product. A write naming an older `version` than the flag's is refused with 409 and
// the current flag, so a stale board page never overwrites a newer decision.
import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import { inScope, type Principal } from "../auth/scope.ts";
import type { Database, FlagEventsTable, FlagStatus } from "../db/schema.ts";
import { ApiError, notFound } from "../errors.ts";
import { toBeijingInstant } from "../time.ts";
import { type FlagDto, getFlag, scopedFlags, toFlagDto } from "./flags.ts";

export type Actor = Pick<Principal, "scope" | "name" | "userId" | "role">;

export interface FlagEventDto {
  id: string;
  at: string;
  actor: string;
  action: FlagEventsTable["action"];
  from: FlagStatus | null;
  to: FlagStatus | null;
  body: string | null;
}

export interface FlagDetailDto extends FlagDto {
  assigneeId: string | null;
  assigneeName: string | null;
  version: number;
  comments: { id: string; author: string; body: string; at: string }[];
  audit: FlagEventDto[];
}

/** Runs f in a transaction: the caller's, when it already is one (a sync batch), else a new one. */
function inTransaction<T>(db: Kysely<Database>, f: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
  return db.isTransaction ? f(db) : db.transaction().execute(f);
}

/** Inserts one audit row (the only write to flag_events). */
export async function recordFlagEvent(
  db: Kysely<Database>,
  e: Omit<FlagEventsTable, "id" | "at"> & { at?: string },
): Promise<void> {
  await db
    .insertInto("flag_events")
    .values({ id: randomUUID(), at: e.at ?? toBeijingInstant(), ...e })
    .execute();
}

function toEventDto(r: FlagEventsTable): FlagEventDto {
  return { id: r.id, at: r.at, actor: r.actor, action: r.action, from: r.from_status, to: r.to_status, body: r.body };
}

/** A flag with its assignee, comment thread and audit trail (404 outside the scope). */
export async function flagDetail(
  db: Kysely<Database>,
  who: Pick<Principal, "scope">,
  id: string,
): Promise<FlagDetailDto> {
  const row = await scopedFlags(db, who.scope).selectAll().where("id", "=", id).executeTakeFirst();
  if (!row) throw notFound(`flag ${id}`);
  const events = await db
    .selectFrom("flag_events")
    .selectAll()
    .where("flag_id", "=", id)
    .orderBy("at")
    .orderBy("id")
    .execute();
  const assignee = row.assignee_id
    ? await db.selectFrom("users").select("name").where("id", "=", row.assignee_id).executeTakeFirst()
    : undefined;
  return {
    ...toFlagDto(row),
    assigneeId: row.assignee_id,
    assigneeName: assignee?.name ?? null,
    version: Number(row.version),
    comments: events
      .filter((e) => e.action === "commented")
      .map((e) => ({ id: e.id, author: e.actor, body: e.body ?? "", at: e.at })),
    audit: events.map(toEventDto),
  };
}

/** 409 with the current flag when the caller's version is not the flag's. */
async function staleOrMissing(
  db: Kysely<Database>,
  who: Actor,
  id: string,
  version: number | undefined,
): Promise<never> {
  const current = await flagDetail(db, who, id); // 404 when it does not exist or is out of scope
  throw new ApiError(
    409,
    `flag ${id} was changed by someone else (version ${current.version}, you sent ${version}): reload it and decide again (该标记已被他人修改，请刷新后重试)`,
    [{ path: "version", message: `expected ${current.version}` }],
    undefined,
    { current },
  );
}

const NEEDS_TEXT: Record<"resolved" | "dismissed", string> = {
  resolved: "resolution",
  dismissed: "reason",
};

/**
 * Moves a flag to `to`: resolved (note), dismissed (reason, required), or open again (reopen, optional note).
 * Idempotent for the same target without a version (resolving a resolved flag returns it unchanged).
 */
export async function transitionFlag(
  db: Kysely<Database>,
  who: Actor,
  id: string,
  to: FlagStatus,
  input: { text?: string; version?: number },
): Promise<FlagDetailDto> {
  const text = input.text?.trim() ? input.text.trim() : undefined;
  if (to === "dismissed" && !text)
    throw new ApiError(400, "invalid request body", [
      { path: NEEDS_TEXT.dismissed, message: "required: say why the flag is dismissed (驳回理由必填)" },
    ]);
  return inTransaction(db, async (trx) => {
    const row = await scopedFlags(trx, who.scope).selectAll().where("id", "=", id).executeTakeFirst();
    if (!row) throw notFound(`flag ${id}`);
    if (input.version !== undefined && Number(row.version) !== input.version)
      return staleOrMissing(trx, who, id, input.version);
    if (row.status === to) return flagDetail(trx, who, id);
    const now = toBeijingInstant();
    const closing = to !== "open";
    const updated = await trx
      .updateTable("flags")
      .set({
        status: to,
        resolved_at: closing ? now : null,
        resolved_by: closing ? who.name : null,
        resolution: closing ? (text ?? null) : null,
        version: Number(row.version) + 1,
      })
      .where("id", "=", id)
      .where("version", "=", row.version)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) return staleOrMissing(trx, who, id, input.version);
    await recordFlagEvent(trx, {
      flag_id: id,
      unit_id: row.unit_id,
      at: now,
      actor: who.name,
      actor_id: who.userId,
      action: to === "open" ? "reopened" : to,
      from_status: row.status,
      to_status: to,
      body: text ?? null,
    });
    return flagDetail(trx, who, id);
  });
}

/** Assigns a flag to a person who may see it (a user whose scope holds the flag's unit), or to nobody. */
export async function assignFlag(
  db: Kysely<Database>,
  who: Actor,
  id: string,
  input: { userId: string | null; version?: number },
): Promise<FlagDetailDto> {
  return inTransaction(db, async (trx) => {
    const row = await scopedFlags(trx, who.scope).selectAll().where("id", "=", id).executeTakeFirst();
    if (!row) throw notFound(`flag ${id}`);
    if (input.version !== undefined && Number(row.version) !== input.version)
      return staleOrMissing(trx, who, id, input.version);
    let name = "（无人）";
    if (input.userId) {
      const u = await trx
        .selectFrom("users")
        .select(["id", "name", "role", "unit_id", "disabled_at"])
        .where("id", "=", input.userId)
        .executeTakeFirst();
      const oversees = u
        ? u.role === "admin" ||
          u.unit_id === row.unit_id ||
          (u.role === "supervisor" &&
            (await trx
              .selectFrom("user_units")
              .select("unit_id")
              .where("user_id", "=", u.id)
              .where("unit_id", "=", row.unit_id)
              .executeTakeFirst()) !== undefined)
        : false;
      // someone the caller cannot see, or who cannot see the flag, is "not found": ids do not leak
      if (
        !u ||
        u.disabled_at ||
        !oversees ||
        !(u.unit_id === null || inScope(who.scope, u.unit_id) || u.role === "admin")
      )
        throw new ApiError(400, "invalid request body", [
          { path: "userId", message: "no such person who can see this flag (该人员不存在或无权查看此标记)" },
        ]);
      name = u.name;
    }
    if (row.assignee_id === input.userId) return flagDetail(trx, who, id);
    const updated = await trx
      .updateTable("flags")
      .set({ assignee_id: input.userId, version: Number(row.version) + 1 })
      .where("id", "=", id)
      .where("version", "=", row.version)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) return staleOrMissing(trx, who, id, input.version);
    await recordFlagEvent(trx, {
      flag_id: id,
      unit_id: row.unit_id,
      actor: who.name,
      actor_id: who.userId,
      action: "assigned",
      from_status: null,
      to_status: null,
      body: name,
    });
    return flagDetail(trx, who, id);
  });
}

/** Adds a comment to a flag's thread (any role that may see the flag). */
export async function commentFlag(
  db: Kysely<Database>,
  who: Actor,
  id: string,
  body: string,
): Promise<{ id: string; author: string; body: string; at: string }> {
  const text = body.trim();
  if (!text) throw new ApiError(400, "invalid request body", [{ path: "body", message: "required: the comment text" }]);
  const flag = await getFlag(db, who.scope, id); // 404 outside the scope
  const at = toBeijingInstant();
  const eventId = randomUUID();
  await db
    .insertInto("flag_events")
    .values({
      id: eventId,
      flag_id: id,
      unit_id: flag.unitId,
      at,
      actor: who.name,
      actor_id: who.userId,
      action: "commented",
      from_status: null,
      to_status: null,
      body: text,
    })
    .execute();
  return { id: eventId, author: who.name, body: text, at };
}
