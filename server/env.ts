// What every route gets: the database, the engine (shared rules, calendar, evaluator), limits.
import type { Kysely } from "kysely";
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
  /** Take the client address from X-Forwarded-For (set by the load balancer in front) instead of the socket. */
  trustProxy: boolean;
  /** Exact origins allowed by CORS. */
  allowedOrigins: string[];
  bodyLimitBytes: number;
}

export interface AppEnv {
  Variables: { token: TokenInfo };
}
