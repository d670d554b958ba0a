// First start: the admin token (as before) and the admin user with a one-time password, each created exactly
// once even when several instances start together on one PostgreSQL (a meta row is the lock). A database from
// before people existed (0005) gets its admin user at its next start.
import type { Kysely } from "kysely";
import type { Database } from "../db/schema.ts";
import { insertUser } from "../store/people.ts";
import { toBeijingInstant } from "../time.ts";
import { generatePassword, hashPassword } from "./passwords.ts";
import { createToken } from "./tokens.ts";

export const FIRST_ADMIN_NAME = "admin";

async function claim(db: Kysely<Database>, key: string): Promise<boolean> {
  const r = await db
    .insertInto("meta")
    .values({ key, value: toBeijingInstant() })
    .onConflict((oc) => oc.column("key").doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0n) > 0;
}

export interface FirstAdmin {
  /** The first admin token, in clear text (first start only). */
  token?: string;
  /** The admin user's name and one-time password (the start that created it only). */
  user?: { name: string; password: string };
}

export async function ensureFirstAdmin(db: Kysely<Database>): Promise<FirstAdmin> {
  const done = await db
    .selectFrom("meta")
    .select("key")
    .where("key", "in", ["admin-user-bootstrap", "admin-bootstrap"])
    .execute();
  if (done.length === 2) return {};
  // The KDF runs before the transaction: a write transaction must never wait on it (on SQLite another instance
  // in the same process would block the event loop in its busy wait while this one could not commit).
  const password = generatePassword();
  const passwordHash = await hashPassword(password);
  return db.transaction().execute(async (trx) => {
    const out: FirstAdmin = {};
    if (await claim(trx, "admin-user-bootstrap")) {
      const name = FIRST_ADMIN_NAME;
      const taken = await trx.selectFrom("users").select("id").where("name_key", "=", name).executeTakeFirst();
      if (!taken) {
        await insertUser(trx, { name, passwordHash, role: "admin", mustChangePassword: true });
        out.user = { name, password };
      }
    }
    // The first admin token stays an office-wide service token, as it always was (scripts, IT policy); people
    // log in as the admin user.
    if (await claim(trx, "admin-bootstrap")) out.token = (await createToken(trx, "admin", "first admin")).token;
    return out;
  });
}
