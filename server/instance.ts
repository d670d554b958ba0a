// One server instance: open + migrate the database, reload calendar years loaded earlier, create the first
// admin token and admin user on first start, build the engine and the app. Used by main.ts, the CLI and the tests.
import type { YearArrangement } from "../shared/calendar/index.ts";
import { createApp } from "./app.ts";
import { ensureFirstAdmin } from "./auth/bootstrap.ts";
import { type DbHandle, openDb } from "./db/connect.ts";
import { migrateToLatest } from "./db/migrate.ts";
import { Engine } from "./engine.ts";
import type { AppDeps } from "./env.ts";
import { RateLimiter } from "./middleware/rate-limit.ts";

export interface InstanceOptions {
  databaseUrl?: string;
  dataDir?: string;
  allowedOrigins?: string[];
  bodyLimitBytes?: number;
  rateLimitPerMinute?: number;
  /** Failed authentications per client address per minute before its requests get 429 (default 60). */
  authFailuresPerMinute?: number;
  /** Believe X-Forwarded-For / -Proto / -Host (behind a reverse proxy). */
  trustProxy?: boolean;
  /** Epoch ms clock for sessions and the login lock-out (tests move it). */
  clock?: () => number;
}

export interface Instance {
  app: ReturnType<typeof createApp>;
  deps: AppDeps;
  handle: DbHandle;
  /** The first admin token, in clear text, only on the start that created it. */
  adminToken?: string;
  /** The admin user's name and one-time password, only on the start that created it. */
  adminUser?: { name: string; password: string };
  /** Applies calendar years another instance loaded since (PostgreSQL, many instances). */
  refreshCalendar(): Promise<number>;
  close(): Promise<void>;
}

export async function openInstance(opts: InstanceOptions): Promise<Instance> {
  const handle = openDb({ databaseUrl: opts.databaseUrl, dataDir: opts.dataDir });
  try {
    await migrateToLatest(handle.db);
    const rows = await handle.db.selectFrom("calendar_years").selectAll().orderBy("year").execute();
    const engine = new Engine(rows.map((r) => JSON.parse(r.arrangement) as YearArrangement));
    let seen =
      rows
        .map((r) => r.loaded_at)
        .sort()
        .at(-1) ?? "";
    const first = await ensureFirstAdmin(handle.db);
    const deps: AppDeps = {
      db: handle.db,
      dbKind: handle.kind,
      engine,
      rateLimiter: new RateLimiter(opts.rateLimitPerMinute ?? 600),
      authFailureLimiter: new RateLimiter(opts.authFailuresPerMinute ?? 60),
      trustProxy: opts.trustProxy ?? false,
      allowedOrigins: opts.allowedOrigins ?? [],
      bodyLimitBytes: opts.bodyLimitBytes ?? 1024 * 1024,
      clock: opts.clock ?? Date.now,
    };
    return {
      app: createApp(deps),
      deps,
      handle,
      adminToken: first.token,
      adminUser: first.user,
      async refreshCalendar() {
        const fresh = await handle.db.selectFrom("calendar_years").selectAll().where("loaded_at", ">", seen).execute();
        for (const r of fresh) {
          engine.loadYear(JSON.parse(r.arrangement) as YearArrangement);
          if (r.loaded_at > seen) seen = r.loaded_at;
        }
        return fresh.length;
      },
      close: () => handle.close(),
    };
  } catch (e) {
    await handle.close();
    throw e;
  }
}
