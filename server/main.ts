// `npm start`: the sidecar API on PORT (default 8787) with SQLite under DATA_DIR (or PostgreSQL via
// DATABASE_URL), the demo legacy portal on DEMO_PORT (default 8788), and the extension build if missing.
// Prints the URLs, the first admin token (first start only) and how to load the extension.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "@hono/node-server";
import { seedBoardDemo } from "./board/demo-data.ts";
import { ConfigError, loadConfig } from "./config.ts";
import { type InstanceLock, InstanceLockedError, lockDataDir } from "./db/instance-lock.ts";
import { DatabaseCheckError } from "./db/sqlite-check.ts";
import { type DemoPortal, startDemoPortal } from "./demo-portal.ts";
import { openInstance } from "./instance.ts";

/** The demo legacy portal next to the API; a port in use must not stop the API. */
async function startDemo(port: number): Promise<DemoPortal | undefined> {
  try {
    return await startDemoPortal({ port });
  } catch (e) {
    console.warn(`[demo] demo portal not started on port ${port}: ${(e as Error).message}`);
    return undefined;
  }
}

/** The repository root (the extension builds there, whatever the current directory). */
const ROOT = fileURLToPath(new URL("..", import.meta.url));
const EXTENSION_DIR = resolve(ROOT, ".output/chrome-mv3");

function buildExtensionIfMissing(enabled: boolean): void {
  const out = EXTENSION_DIR;
  if (existsSync(resolve(out, "manifest.json"))) {
    // `npm test` leaves a test build there (open shadow roots: page scripts can read its overlay).
    if (/test build/.test(readFileSync(resolve(out, "manifest.json"), "utf8")))
      console.warn(
        "[extension] .output/chrome-mv3 is a TEST build (open shadow roots): run `npm run build` before loading it for clerks",
      );
    return;
  }
  if (!enabled) {
    console.log("[extension] .output/chrome-mv3 missing; BUILD_EXTENSION=0 so not building (run `npm run build`)");
    return;
  }
  console.log("[extension] .output/chrome-mv3 missing — building it in the background (npx wxt build)…");
  const child = spawn("npx", ["--no-install", "wxt", "build"], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  child.stdout.on("data", (d) => {
    log += d;
  });
  child.stderr.on("data", (d) => {
    log += d;
  });
  child.on("error", (e) => console.warn(`[extension] build could not run: ${e.message} — the API keeps running`));
  child.on("exit", (code) => {
    if (code === 0) console.log(`[extension] built: load ${out} as an unpacked extension (chrome://extensions)`);
    else
      console.warn(
        `[extension] build failed (exit ${code}); the API keeps running. Last output:\n${log.slice(-2000)}\nRun \`npm run build\` to retry.`,
      );
  });
}

async function main(): Promise<void> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(`[config] ${e.message}`);
      process.exit(2);
    }
    throw e;
  }
  // SQLite: one server per data directory (server/db/instance-lock.ts); PostgreSQL takes many.
  let lock: InstanceLock | undefined;
  if (!config.databaseUrl) {
    try {
      mkdirSync(config.dataDir, { recursive: true });
      lock = lockDataDir(config.dataDir);
    } catch (e) {
      if (e instanceof InstanceLockedError) {
        console.error(`[start] not started: ${e.message}`);
        process.exit(3);
      }
      throw e;
    }
  }
  let inst: Awaited<ReturnType<typeof openInstance>>;
  try {
    inst = await openInstance({
      databaseUrl: config.databaseUrl,
      dataDir: config.dataDir,
      allowedOrigins: config.allowedOrigins,
      bodyLimitBytes: config.bodyLimitBytes,
      rateLimitPerMinute: config.rateLimitPerMinute,
      authFailuresPerMinute: config.authFailuresPerMinute,
      trustProxy: config.trustProxy,
    });
  } catch (e) {
    if (e instanceof DatabaseCheckError) {
      console.error(`[start] not started: ${e.message}`);
      process.exit(4);
    }
    throw e;
  }

  const server = serve({ fetch: inst.app.fetch, port: config.port, hostname: config.host });
  await new Promise<void>((ok, fail) => {
    server.once("listening", ok);
    server.once("error", fail);
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://${config.host.includes(":") ? `[${config.host}]` : config.host}:${port}`;
  lock?.describe({ url });

  // Signal handlers first, so a signal at any moment after listening shuts down cleanly.
  let demo: DemoPortal | undefined;
  let refresh: NodeJS.Timeout | undefined;
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n[${signal}] shutting down…`);
    const force = setTimeout(() => process.exit(1), 5000);
    force.unref();
    if (refresh) clearInterval(refresh);
    await new Promise<void>((ok) => {
      server.close(() => ok());
      // keep-alive sockets would hold close() open: drop the idle ones (requests in flight still finish)
      (server as { closeIdleConnections?: () => void }).closeIdleConnections?.();
    });
    await demo?.close();
    await inst.close();
    lock?.release();
    console.log("stopped");
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));

  console.log(`\n时限 ShiXian API listening on ${url}`);
  console.log(`  API docs:   ${url}/api/docs   (OpenAPI: ${url}/api/openapi.json)`);
  console.log(`  database:   ${inst.handle.kind} ${inst.handle.location}`);
  if (inst.handle.kind === "sqlite")
    console.log(
      "              one server per data directory (a second one refuses to start);" +
        "\n              several instances behind a load balancer need PostgreSQL: DATABASE_URL=postgres://…",
    );
  console.log(
    `  CORS:       ${config.allowedOrigins.length ? config.allowedOrigins.join(", ") : "(no origins; set ALLOWED_ORIGINS)"}`,
  );
  if (inst.adminUser) {
    console.log("\n  ┌─ first start: admin login (one-time password, shown ONCE — copy it now) ─");
    console.log(`  │ name:     ${inst.adminUser.name}`);
    console.log(`  │ password: ${inst.adminUser.password}`);
    console.log("  │ change it now: PUT /api/session/password { current, next } after POST /api/session,");
    console.log(`  │   or on this machine: npx tsx server/cli.ts user password ${inst.adminUser.name}`);
    console.log("  └─ then create units and users: POST /api/units, POST /api/users (docs: /api/docs)");
  }
  if (inst.adminToken) {
    console.log("\n  ┌─ first start: admin token (shown ONCE, stored only as a hash — copy it now) ─");
    console.log(`  │ ${inst.adminToken}`);
    console.log("  └─ create clerk tokens: npx tsx server/cli.ts token create --role clerk --name <who>");
  }
  demo = config.demoPort === null ? undefined : await startDemo(config.demoPort);
  if (demo) {
    console.log(`\n  demo portal: ${demo.url}`);
    // With the demo portal (not in production: DEMO_PORT=off), a new database gets the board's demo office.
    const logins = await seedBoardDemo(inst.handle.db, inst.deps.engine);
    if (logins.length) {
      console.log("\n  ┌─ demo office for the board (passwords shown ONCE) ─");
      for (const l of logins) console.log(`  │ ${l.unit} ${l.role.padEnd(10)} ${l.name.padEnd(8)} ${l.password}`);
      console.log(`  └─ board: ${url}/board`);
    }
  }
  console.log(`  board:      ${url}/board  (督查看板 · log in with a user name and password)`);
  console.log(
    `\n  extension:  chrome://extensions → Developer mode → Load unpacked → ${EXTENSION_DIR}` +
      "\n              (options page: set the API URL to this server and paste a clerk token)\n",
  );
  buildExtensionIfMissing(config.buildExtension);

  // Several instances on one PostgreSQL: pick up calendar years loaded through another instance.
  if (inst.handle.kind === "postgres") {
    refresh = setInterval(() => {
      inst.refreshCalendar().catch((e) => console.warn(`[calendar] refresh failed: ${(e as Error).message}`));
    }, 30_000);
    refresh.unref();
  }
}

main().catch((e) => {
  console.error(`[start] ${(e as Error).stack ?? e}`);
  process.exit(1);
});
