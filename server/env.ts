// What every route gets: the database, the engine (shared rules, calendar, evaluator), limits.
import type { Kysely } from "kysely";
import type { Principal } from "./auth/scope.ts";
import type { TokenInfo } from "./auth/tokens.ts";
import type { DbKind } from "./db/connect.ts";
import type { Database } from "./db/schema.ts";
import type { Engine } from "./engine.ts";
import type { RateLimiter } from "./middleware/rate-limit.ts";

export interface AppDeps {
  db: Kysely<Database>;
  dbKind: DbKind;
  engine: Engine;
  rateLimiter: RateLimiter;
  /** Exact origins allowed by CORS. */
  allowedOrigins: string[];
  bodyLimitBytes: number;
  /** Behind a reverse proxy: believe X-Forwarded-For / -Proto / -Host (client address, own origin). */
  trustProxy: boolean;
  /** Epoch ms; sessions and the login lock-out read time through it (tests move it). */
  clock: () => number;
}

export interface AppEnv {
  Variables: {
    /** The authenticated principal's id (token id, or `user:<id>` for a session), name and role. */
    token: TokenInfo;
    /** Who is asking and what they may see. */
    actor: Principal;
  };
}
