// Admin CLI (same DATABASE_URL / DATA_DIR as the server):
//   npx tsx server/cli.ts token create --role clerk|supervisor|admin [--name 张三]
//   npx tsx server/cli.ts token list
//   npx tsx server/cli.ts token revoke <id>
//   npx tsx server/cli.ts unit create NAME | unit list
//   npx tsx server/cli.ts user create --name 张三 --role clerk --unit 市数据局数据资源科   (prints a one-time password)
//   npx tsx server/cli.ts user list
//   npx tsx server/cli.ts user password NAME     (a new one-time password: a lost admin password, a locked-out user)
//   npx tsx server/cli.ts migrate
//   npx tsx server/cli.ts backup [--to FILE]   (SQLite: online, consistent copy; PostgreSQL: use pg_dump)
import { parseArgs } from "node:util";
import { generatePassword } from "./auth/passwords.ts";
import { ALL } from "./auth/scope.ts";
import { createToken, listTokens, ROLES, revokeToken } from "./auth/tokens.ts";
import { ConfigError, loadConfig } from "./config.ts";
import { BackupError, backupSqlite } from "./db/backup.ts";
import { openDb } from "./db/connect.ts";
import { migrateToLatest } from "./db/migrate.ts";
import type { Role } from "./db/schema.ts";
import { ApiError } from "./errors.ts";
import { createUnit, createUser, foldName, listUnits, listUsers, updateUser } from "./store/people.ts";

const USAGE = `usage:
  npx tsx server/cli.ts token create --role ${ROLES.join("|")} [--name NAME]
  npx tsx server/cli.ts token list
  npx tsx server/cli.ts token revoke ID
  npx tsx server/cli.ts unit create NAME
  npx tsx server/cli.ts unit list
  npx tsx server/cli.ts user create --name NAME --role ${ROLES.join("|")} [--unit UNIT_NAME]
  npx tsx server/cli.ts user list
  npx tsx server/cli.ts user password NAME    (sets a new one-time password and unlocks the name)
  npx tsx server/cli.ts migrate
  npx tsx server/cli.ts backup [--to FILE]`;

function fail(msg: string): never {
  console.error(`${msg}\n\n${USAGE}`);
  process.exit(2);
}

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      role: { type: "string" },
      name: { type: "string" },
      to: { type: "string" },
      unit: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help || positionals.length === 0) {
    console.log(USAGE);
    return;
  }
  const config = loadConfig();
  const handle = openDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    await migrateToLatest(handle.db);
    const [group, action, arg] = positionals;
    if (group === "backup") {
      if (handle.kind !== "sqlite")
        fail(`backup: the database is PostgreSQL (${handle.location}); back it up with pg_dump`);
      try {
        const r = await backupSqlite(handle.location, values.to);
        const counts = Object.entries(r.rows)
          .map(([t, n]) => `${t} ${n}`)
          .join(", ");
        console.log(`backed up ${handle.location} to ${r.file} (${r.bytes} bytes; ${counts}); integrity_check ok`);
      } catch (e) {
        if (e instanceof BackupError) fail(`backup: ${e.message}`);
        throw e;
      }
    } else if (group === "migrate") {
      console.log(`database ${handle.kind} ${handle.location} is at the newest schema`);
    } else if (group === "unit" && action === "create") {
      if (!arg?.trim()) fail("unit create: expected the unit's name");
      const u = await createUnit(handle.db, arg.trim());
      console.log(`created unit ${u.name} (id ${u.id})`);
    } else if (group === "unit" && action === "list") {
      for (const u of await listUnits(handle.db, ALL)) console.log(`${u.id}  ${u.name}`);
    } else if (group === "user" && action === "create") {
      const role = values.role as Role | undefined;
      if (!role || !(ROLES as readonly string[]).includes(role))
        fail(`--role: expected one of ${ROLES.join(", ")}, got ${role ?? "nothing"}`);
      const name = values.name?.trim();
      if (!name) fail("--name: expected the login name");
      let unitId: string | undefined;
      if (values.unit) {
        const unit = (await listUnits(handle.db, ALL)).find((u) => u.name === values.unit?.trim());
        if (!unit) fail(`--unit: no unit named ${values.unit} (see unit list)`);
        unitId = unit.id;
      }
      const password = generatePassword();
      const u = await createUser(handle.db, { name, password, role, unitId });
      console.log(`created ${u.role} ${u.name} (id ${u.id}). One-time password, shown once:\n${password}`);
    } else if (group === "user" && action === "list") {
      const units = new Map((await listUnits(handle.db, ALL)).map((u) => [u.id, u.name]));
      for (const u of await listUsers(handle.db, ALL))
        console.log(
          `${u.id}  ${u.role.padEnd(10)} ${u.name}  ${u.unitId ? (units.get(u.unitId) ?? u.unitId) : "(no unit)"}${u.disabled ? "  DISABLED" : ""}`,
        );
    } else if (group === "user" && action === "password") {
      if (!arg) fail("user password: expected the user's login name");
      const user = await handle.db
        .selectFrom("users")
        .select("id")
        .where("name_key", "=", foldName(arg))
        .executeTakeFirst();
      if (!user) fail(`user password: no user named ${arg}`);
      const password = generatePassword();
      await updateUser(handle.db, user.id, { password });
      await handle.db
        .deleteFrom("login_throttle")
        .where("key", "=", `name:${foldName(arg)}`)
        .execute();
      console.log(
        `new one-time password for ${arg} (shown once; change it after logging in: PUT /api/session/password):\n${password}`,
      );
    } else if (group === "token" && action === "create") {
      const role = values.role as Role | undefined;
      if (!role || !(ROLES as readonly string[]).includes(role))
        fail(`--role: expected one of ${ROLES.join(", ")}, got ${role ?? "nothing"}`);
      const name = values.name?.trim() || role;
      if (name.length > 100) fail("--name: expected at most 100 characters");
      const t = await createToken(handle.db, role, name);
      console.log(`created ${t.role} token "${t.name}" (id ${t.id}). Shown once — copy it now:\n${t.token}`);
    } else if (group === "token" && action === "list") {
      for (const t of await listTokens(handle.db))
        console.log(
          `${t.id}  ${t.role.padEnd(10)} ${t.name}  created ${t.createdAt}${t.revokedAt ? `  REVOKED ${t.revokedAt}` : ""}`,
        );
    } else if (group === "token" && action === "revoke") {
      if (!arg) fail("token revoke: expected the token id (see token list)");
      if (!(await revokeToken(handle.db, arg))) fail(`token revoke: no active token with id ${arg}`);
      console.log(`revoked ${arg}`);
    } else fail(`unknown command: ${positionals.join(" ")}`);
  } finally {
    await handle.close();
  }
}

main().catch((e) => {
  if (e instanceof ApiError) {
    console.error(
      `error: ${e.message}${e.issues ? ` (${e.issues.map((i) => `${i.path}: ${i.message}`).join("; ")})` : ""}`,
    );
    process.exit(2);
  }
  console.error(e instanceof ConfigError ? `[config] ${e.message}` : `error: ${(e as Error).message}`);
  process.exit(1);
});
