// Test helpers: a fresh server instance on SQLite (temp dir) or on the real PostgreSQL the test run started
// (scripts/with-postgres.mjs → TEST_DATABASE_URL; one throwaway database per instance).
import { mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve } from "@hono/node-server";
import pg from "pg";
import { createToken } from "../../server/auth/tokens.ts";
import type { DbKind } from "../../server/db/connect.ts";
import { type Instance, type InstanceOptions, openInstance } from "../../server/instance.ts";

export const PG_URL = process.env.TEST_DATABASE_URL;
if (!PG_URL)
  console.warn(
    "\n!!! TEST_DATABASE_URL is not set: the PostgreSQL variants of the server tests SKIP." +
      "\n!!! Run them with: node scripts/with-postgres.mjs npx vitest run tests/server\n",
  );

/** The databases every route test runs on; PostgreSQL is skipped (loudly, above) without TEST_DATABASE_URL. */
export const DATABASES: { kind: DbKind; skip: boolean }[] = [
  { kind: "sqlite", skip: false },
  { kind: "postgres", skip: !PG_URL },
];

export interface TestInstance extends Instance {
  tokens: { admin: string; supervisor: string; clerk: string };
  /** SQLite data dir or PostgreSQL URL, to reopen the same database. */
  location: { dataDir?: string; databaseUrl?: string };
  destroy(): Promise<void>;
}

let seq = 0;

/** Creates an empty database (SQLite dir or PostgreSQL database) and returns how to open it. */
export async function emptyDatabase(kind: DbKind): Promise<{ location: InstanceOptions; drop(): Promise<void> }> {
  if (kind === "sqlite") {
    const dataDir = mkdtempSync(join(tmpdir(), "shixian-test-"));
    return { location: { dataDir }, drop: async () => rmSync(dataDir, { recursive: true, force: true }) };
  }
  if (!PG_URL) throw new Error("TEST_DATABASE_URL not set");
  const name = `shixian_t_${process.pid}_${Date.now()}_${seq++}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const u = new URL(PG_URL);
  u.pathname = `/${name}`;
  return {
    location: { databaseUrl: u.toString() },
    drop: async () => {
      const c = new pg.Client({ connectionString: PG_URL });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

export async function testInstance(
  kind: DbKind,
  opts: Omit<InstanceOptions, "databaseUrl" | "dataDir"> = {},
): Promise<TestInstance> {
  const empty = await emptyDatabase(kind);
  const inst = await openInstance({ ...empty.location, ...opts });
  if (!inst.adminToken) throw new Error("a fresh database must create the first admin token");
  const supervisor = (await createToken(inst.deps.db, "supervisor", "王主管")).token;
  const clerk = (await createToken(inst.deps.db, "clerk", "李办事员")).token;
  return {
    ...inst,
    tokens: { admin: inst.adminToken, supervisor, clerk },
    location: empty.location,
    async destroy() {
      await inst.close();
      await empty.drop();
    },
  };
}

/** The instance's app on a real HTTP server (127.0.0.1, a free port): its base URL and how to stop it. */
export async function listenHttp(inst: Instance): Promise<{ url: string; close(): Promise<void> }> {
  const server = serve({ fetch: inst.app.fetch, port: 0, hostname: "127.0.0.1" });
  await new Promise<void>((ok) => server.once("listening", () => ok()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

/** app.request with JSON body and bearer token. */
export function req(
  inst: Instance,
  method: string,
  path: string,
  opts: { token?: string; body?: unknown; headers?: Record<string, string>; raw?: string } = {},
): Promise<Response> {
  const headers: Record<string, string> = { ...opts.headers };
  if (opts.token) headers.Authorization = `Bearer ${opts.token}`;
  let body: string | undefined;
  if (opts.raw !== undefined) body = opts.raw;
  else if (opts.body !== undefined) {
    body = JSON.stringify(opts.body);
    headers["Content-Type"] ??= "application/json";
  }
  return Promise.resolve(inst.app.request(path, { method, headers, body }));
}

/** A valid 18-digit 身份证号 shape for masking tests (not a real person's). */
export const ID_NUMBER = "230502198001011234";
