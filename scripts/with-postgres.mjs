#!/usr/bin/env node
// `node scripts/with-postgres.mjs <cmd…>`: starts a throwaway PostgreSQL cluster in a temp dir on a free
// loopback port, exports TEST_DATABASE_URL to the command, runs it, then stops and deletes the cluster and
// exits with the command's code. Where PostgreSQL cannot run here, it says so LOUDLY and runs the command
// without TEST_DATABASE_URL (the PostgreSQL route tests then skip with a message).
import { spawn, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { constants, tmpdir } from "node:os";
import { join } from "node:path";

const cmd = process.argv.slice(2);
if (cmd.length === 0) {
  console.error("usage: node scripts/with-postgres.mjs <command> [args…]");
  process.exit(2);
}

function loud(msg) {
  const bar = "!".repeat(78);
  console.warn(`\n${bar}\n!!! [with-postgres] ${msg}\n!!! PostgreSQL tests will SKIP.\n${bar}\n`);
}

/** Newest /usr/lib/postgresql/<v>/bin holding initdb and pg_ctl (or PG_BIN). */
function findBin() {
  if (process.env.PG_BIN && existsSync(join(process.env.PG_BIN, "pg_ctl"))) return process.env.PG_BIN;
  const base = "/usr/lib/postgresql";
  if (!existsSync(base)) return null;
  const versions = readdirSync(base)
    .filter((v) => existsSync(join(base, v, "bin", "initdb")) && existsSync(join(base, v, "bin", "pg_ctl")))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length ? join(base, versions[0], "bin") : null;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** As root, PostgreSQL refuses to run: run its binaries as the `postgres` system user instead. */
const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
function asPg(bin, args) {
  if (!isRoot) return spawnSync(bin, args, { encoding: "utf8" });
  return spawnSync("runuser", ["-u", "postgres", "--", bin, ...args], { encoding: "utf8" });
}

function run(env) {
  return new Promise((resolve) => {
    const child = spawn(cmd[0], cmd.slice(1), { stdio: "inherit", env: { ...process.env, ...env } });
    const forward = (sig) => child.kill(sig);
    process.on("SIGINT", forward);
    process.on("SIGTERM", forward);
    child.on("exit", (code, signal) => {
      process.off("SIGINT", forward);
      process.off("SIGTERM", forward);
      resolve(code ?? (signal ? 128 + (constants.signals[signal] ?? 1) : 1));
    });
    child.on("error", (e) => {
      console.error(`[with-postgres] cannot run ${cmd[0]}: ${e.message}`);
      resolve(127);
    });
  });
}

async function main() {
  const bin = findBin();
  if (!bin) {
    loud("no PostgreSQL binaries (initdb, pg_ctl) under /usr/lib/postgresql — install Debian's `postgresql`.");
    return run({});
  }
  if (isRoot && spawnSync("id", ["-u", "postgres"]).status !== 0) {
    loud("running as root but there is no `postgres` system user to run the server as.");
    return run({});
  }
  const dir = mkdtempSync(join(tmpdir(), "shixian-pg-"));
  chmodSync(dir, 0o777);
  const data = join(dir, "data");
  const cleanup = () => {
    try {
      rmSync(dir, { recursive: true, force: true });
    } catch {}
  };
  if (isRoot) spawnSync("chown", ["postgres", dir]);
  const init = asPg(join(bin, "initdb"), ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync"]);
  if (init.status !== 0) {
    loud(`initdb failed: ${(init.stderr || init.stdout || "").trim().slice(0, 500)}`);
    cleanup();
    return run({});
  }
  const port = await freePort();
  writeFileSync(join(dir, "pg.log"), "");
  if (isRoot) spawnSync("chown", ["postgres", join(dir, "pg.log")]);
  // fsync off: a throwaway test cluster; the API's own durability is tested on SQLite and by its transactions.
  const opts = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`;
  const start = asPg(join(bin, "pg_ctl"), [
    "-D",
    data,
    "-o",
    opts,
    "-l",
    join(dir, "pg.log"),
    "-w",
    "-t",
    "60",
    "start",
  ]);
  if (start.status !== 0) {
    loud(`pg_ctl start failed: ${(start.stderr || start.stdout || "").trim().slice(0, 500)}`);
    cleanup();
    return run({});
  }
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  console.log(`[with-postgres] throwaway PostgreSQL (${bin}) on ${url}`);
  let code = 1;
  try {
    code = await run({ TEST_DATABASE_URL: url });
  } finally {
    asPg(join(bin, "pg_ctl"), ["-D", data, "-m", "immediate", "-w", "stop"]);
    cleanup();
    console.log("[with-postgres] cluster stopped and removed");
  }
  return code;
}

process.exit(await main());
