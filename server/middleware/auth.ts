// Bearer-token authentication and role checks (clerk < supervisor < admin), the per-token rate limit, and a
// limit on failed authentications per client address that is checked *before* authentication.
//
// Only failures count against an address (no token, a malformed header, an unknown or revoked token): a client
// with a valid token never uses up its address's budget, however many requests it sends (those count against
// the token's own budget), so many clerks behind one address, or a test suite on loopback, are not limited by
// each other's successful requests. Once an address has failed AUTH_FAILURES_PER_MINUTE times in the current
// minute, every request from it that needs a token is answered 429 with Retry-After without looking the token
// up, until the minute ends: a token-guessing flood costs neither a hash nor a database query. While its lookup
// runs, a request holds one unit of its address's budget, so at most AUTH_FAILURES_PER_MINUTE lookups of
// failing tokens run per address and minute, however many are sent at once.
import type { Context, MiddlewareHandler } from "hono";
import { findToken, roleAllows, type TokenInfo } from "../auth/tokens.ts";
import type { Role } from "../db/schema.ts";
import type { AppDeps, AppEnv } from "../env.ts";
import { ApiError } from "../errors.ts";
import { nodeIncoming, requestHeader } from "./request-header.ts";

/**
 * The client's address: the TCP peer, or with TRUST_PROXY the address the load balancer in front appended last
 * to X-Forwarded-For (earlier entries are whatever the client sent and prove nothing). Without a Node request
 * (app.request in tests) "unknown".
 */
export function clientAddress(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const fwd = requestHeader(c, "x-forwarded-for");
    const last = fwd?.split(",").at(-1)?.trim();
    if (last) return last;
  }
  return nodeIncoming(c)?.socket?.remoteAddress ?? "unknown";
}

const unauthenticated = (message: string, header: string) =>
  new ApiError(401, message, undefined, { "WWW-Authenticate": header });

export function requireRole(deps: AppDeps, need: Role): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    let token: TokenInfo | undefined = c.get("token");
    if (!token) {
      const address = clientAddress(c, deps.trustProxy);
      const blocked = deps.authFailureLimiter.exhausted(address);
      if (blocked > 0)
        throw new ApiError(
          429,
          `too many failed authentications from ${address}; retry in ${blocked} s (check the token in the extension's options)`,
          undefined,
          { "Retry-After": String(blocked) },
        );
      // Counted as a failure now, given back if the token is valid: requests checked concurrently (the lookup
      // awaits the database) cannot all pass the check above before the first failures are counted.
      deps.authFailureLimiter.hit(address);
      const header = c.req.header("authorization") ?? "";
      const m = /^Bearer\s+(\S{1,200})\s*$/i.exec(header);
      if (!m) throw unauthenticated("missing bearer token (Authorization: Bearer <token>)", 'Bearer realm="shixian"');
      token = await findToken(deps.db, m[1]);
      if (!token) throw unauthenticated("unknown or revoked token", 'Bearer realm="shixian", error="invalid_token"');
      deps.authFailureLimiter.refund(address);
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
