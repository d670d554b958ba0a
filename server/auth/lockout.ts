// Lock-out after repeated failed logins, per login name and per client address, kept in the database so every
// instance behind a load balancer counts the same failures. Counted per *name* (folded), whether or not a user
// has it, so the lock-out does not reveal which names exist. A lock ends by itself after LOCK_MS.
import type { Kysely } from "kysely";
import type { Database } from "../db/schema.ts";
import { foldName } from "../store/people.ts";

export const LOGIN_LIMITS = {
  /** Failed logins for one name within WINDOW_MS before it is locked. */
  perName: 5,
  /** Failed logins from one client address within WINDOW_MS before it is locked (an office behind one NAT). */
  perAddress: 20,
  windowMs: 15 * 60_000,
  lockMs: 15 * 60_000,
} as const;

export function throttleKeys(name: string, address: string): { key: string; limit: number }[] {
  return [
    { key: `name:${foldName(name)}`, limit: LOGIN_LIMITS.perName },
    { key: `addr:${address}`, limit: LOGIN_LIMITS.perAddress },
  ];
}

/** Milliseconds until the longest lock among `keys` ends (0 = not locked). */
export async function lockedFor(db: Kysely<Database>, keys: string[], now: number): Promise<number> {
  const rows = await db.selectFrom("login_throttle").select("locked_until").where("key", "in", keys).execute();
  let wait = 0;
  for (const r of rows) if (r.locked_until !== null) wait = Math.max(wait, Number(r.locked_until) - now);
  return wait;
}

/** Counts one failure against each key; locks a key that reaches its limit. */
export async function recordFailure(
  db: Kysely<Database>,
  keys: { key: string; limit: number }[],
  now: number,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    // housekeeping: counters whose window and lock are long over (guessed names would otherwise pile up)
    await trx
      .deleteFrom("login_throttle")
      .where("window_start", "<", now - LOGIN_LIMITS.windowMs - LOGIN_LIMITS.lockMs)
      .where((eb) => eb.or([eb("locked_until", "is", null), eb("locked_until", "<", now)]))
      .execute();
    for (const { key, limit } of keys) {
      const row = await trx.selectFrom("login_throttle").selectAll().where("key", "=", key).executeTakeFirst();
      const fresh =
        !row ||
        now - Number(row.window_start) >= LOGIN_LIMITS.windowMs ||
        (row.locked_until !== null && Number(row.locked_until) <= now);
      const failures = fresh ? 1 : Number(row.failures) + 1;
      const values = {
        failures,
        window_start: fresh ? now : Number(row.window_start),
        locked_until: failures >= limit ? now + LOGIN_LIMITS.lockMs : null,
      };
      await trx
        .insertInto("login_throttle")
        .values({ key, ...values })
        .onConflict((oc) => oc.column("key").doUpdateSet(values))
        .execute();
    }
  });
}

/** A successful login clears its name's count (not the address's: one good account must not reset it). */
export async function clearName(db: Kysely<Database>, name: string): Promise<void> {
  await db
    .deleteFrom("login_throttle")
    .where("key", "=", `name:${foldName(name)}`)
    .execute();
}
