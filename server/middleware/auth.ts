// Bearer-token authentication and role checks (clerk < supervisor < admin), then the per-token rate limit.
import type { MiddlewareHandler } from "hono";
import { findToken, roleAllows, type TokenInfo } from "../auth/tokens.ts";
import type { Role } from "../db/schema.ts";
import type { AppDeps, AppEnv } from "../env.ts";
import { ApiError } from "../errors.ts";

export function requireRole(deps: AppDeps, need: Role): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const header = c.req.header("authorization") ?? "";
    const m = /^Bearer\s+(\S{1,200})\s*$/i.exec(header);
    if (!m)
      throw new ApiError(401, "missing bearer token (Authorization: Bearer <token>)", undefined, {
        "WWW-Authenticate": 'Bearer realm="shixian"',
      });
    let token: TokenInfo | undefined = c.get("token");
    if (!token) {
      token = await findToken(deps.db, m[1]);
      if (!token)
        throw new ApiError(401, "unknown or revoked token", undefined, {
          "WWW-Authenticate": 'Bearer realm="shixian", error="invalid_token"',
        });
      const wait = deps.rateLimiter.hit(token.id);
      if (wait > 0)
        throw new ApiError(429, `too many requests for this token; retry in ${wait} s`, undefined, {
          "Retry-After": String(wait),
        });
      c.set("token", token);
    }
    if (!roleAllows(token.role, need)) throw new ApiError(403, `this needs the ${need} role (token has ${token.role})`);
    await next();
  };
}
