// Login sessions for people on the board: a random 256-bit secret in an HttpOnly, SameSite=Strict cookie; the
// server keeps only its sha256 with the user, an absolute expiry and the last time it was used (idle timeout).
import { randomBytes } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database } from "../db/schema.ts";
import { toBeijingInstant } from "../time.ts";
import { hashToken } from "./tokens.ts";

export const SESSION_COOKIE = "sx_session";
/** A session ends this long after login whatever happens (a working day and a half). */
export const SESSION_MAX_AGE_MS = 12 * 3600_000;
/** … or after this long without a request. */
export const SESSION_IDLE_MS = 2 * 3600_000;
/** last_seen_at is written at most this often (not on every request). */
const TOUCH_EVERY_MS = 60_000;

export async function createSession(
  db: Kysely<Database>,
  userId: string,
  now: number,
): Promise<{ secret: string; expiresAt: number }> {
  const secret = randomBytes(32).toString("base64url");
  const expiresAt = now + SESSION_MAX_AGE_MS;
  await db
    .insertInto("sessions")
    .values({
      id: hashToken(secret),
      user_id: userId,
      created_at: toBeijingInstant(new Date(now)),
      expires_at: expiresAt,
      last_seen_at: now,
    })
    .execute();
  // housekeeping: a login also sweeps every expired or long-idle session
  await db
    .deleteFrom("sessions")
    .where((eb) => eb.or([eb("expires_at", "<=", now), eb("last_seen_at", "<=", now - SESSION_IDLE_MS)]))
    .execute();
  return { secret, expiresAt };
}

/** The live session's user id, or undefined (unknown, expired, idle too long). Touches last_seen_at. */
export async function findSession(
  db: Kysely<Database>,
  secret: string,
  now: number,
): Promise<{ id: string; userId: string; expiresAt: number } | undefined> {
  const id = hashToken(secret);
  const row = await db.selectFrom("sessions").selectAll().where("id", "=", id).executeTakeFirst();
  if (!row) return undefined;
  const expiresAt = Number(row.expires_at);
  const lastSeen = Number(row.last_seen_at);
  if (now >= expiresAt || now - lastSeen >= SESSION_IDLE_MS) {
    await db.deleteFrom("sessions").where("id", "=", id).execute();
    return undefined;
  }
  if (now - lastSeen >= TOUCH_EVERY_MS)
    await db.updateTable("sessions").set({ last_seen_at: now }).where("id", "=", id).execute();
  return { id, userId: row.user_id, expiresAt };
}

export async function deleteSession(db: Kysely<Database>, secret: string): Promise<void> {
  await db.deleteFrom("sessions").where("id", "=", hashToken(secret)).execute();
}

/** Ends every session of a user except `keepSecret`'s (after a password change). */
export async function deleteUserSessions(db: Kysely<Database>, userId: string, keepSecret?: string): Promise<void> {
  let q = db.deleteFrom("sessions").where("user_id", "=", userId);
  if (keepSecret) q = q.where("id", "!=", hashToken(keepSecret));
  await q.execute();
}
