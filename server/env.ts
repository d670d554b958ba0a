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
  /** Failed authentications (absent, malformed, unknown or revoked token) per client address. */
  authFailureLimiter: RateLimiter;
  /** Behind a reverse proxy: client address from X-Forwarded-For (its last entry), own origin from -Proto / -Host. */
  trustProxy: boolean;
  /** Exact origins allowed by CORS. */
  allowedOrigins: string[];
  bodyLimitBytes: number;
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
