// Authentication (a bearer token, or a board session cookie) and role checks (clerk < supervisor < admin), then
// the per-principal rate limit. The resolved Principal (server/auth/scope.ts) is `c.get("actor")`; stores filter
// every read and write by its scope. Cookie-authenticated writes must come from the server's own origin (CSRF).
//
// Failed authentications are limited per client address, checked *before* authentication. Only failures count
// against an address (no credentials, a malformed header, an unknown or revoked token, an expired session): a
// client with valid credentials never uses up its address's budget (its requests count against its own rate
// limit), so many clerks behind one address, or a test suite on loopback, are not limited by each other's
// successful requests. Once an address has failed AUTH_FAILURES_PER_MINUTE times in the current minute, every
// request from it that needs authentication is answered 429 with Retry-After without a lookup, until the minute
// ends: a token-guessing flood costs neither a hash nor a database query. While its lookup runs, a request holds
// one unit of its address's budget, so at most AUTH_FAILURES_PER_MINUTE failing lookups run per address and minute.
import type { Context, MiddlewareHandler } from "hono";
import { parse } from "hono/utils/cookie";
import { userPrincipal } from "../auth/principal.ts";
import type { Principal } from "../auth/scope.ts";
import { findSession, SESSION_COOKIE } from "../auth/sessions.ts";
import { findToken, roleAllows } from "../auth/tokens.ts";
import type { Role } from "../db/schema.ts";
import type { AppDeps, AppEnv } from "../env.ts";
import { ApiError } from "../errors.ts";
import { nodeIncoming, requestHeader } from "./request-header.ts";

const SAFE_METHOD = /^(GET|HEAD|OPTIONS)$/;

/** The session cookie's secret, if the request carries one. */
export function sessionSecret(c: Context): string | undefined {
  const header = requestHeader(c, "cookie");
  if (!header) return undefined;
  const v = parse(header, SESSION_COOKIE)[SESSION_COOKIE];
  return v && /^[\w-]{20,100}$/.test(v) ? v : undefined;
}

/** The origins this server is reached at: the request URL's, and the proxy's view when TRUST_PROXY is set. */
export function ownOrigins(c: Context, deps: Pick<AppDeps, "trustProxy">): string[] {
  const out = [new URL(c.req.url).origin];
  if (deps.trustProxy) {
    const proto = requestHeader(c, "x-forwarded-proto")?.split(",")[0].trim();
    const host = requestHeader(c, "x-forwarded-host")?.split(",")[0].trim() ?? requestHeader(c, "host");
    if (proto && host) out.push(`${proto}://${host}`);
  }
  return out;
}

/**
 * CSRF: a cookie-authenticated request that changes something must say it comes from this server's own pages:
 * an `Origin` equal to the server's origin, or (no Origin) `Sec-Fetch-Site: same-origin`. Hono's stock `csrf`
 * middleware checks only form-like content types (a cross-site JSON request needs a CORS preflight), but our
 * write endpoints also accept body-less POSTs (close, resolve), so the check here covers every content type.
 */
export function isSameOrigin(c: Context, deps: Pick<AppDeps, "trustProxy">): boolean {
  const origin = requestHeader(c, "origin");
  if (origin !== undefined) return ownOrigins(c, deps).includes(origin);
  return requestHeader(c, "sec-fetch-site") === "same-origin";
}

/** The client's address for the login lock-out: the socket's peer, or X-Forwarded-For's last hop with TRUST_PROXY. */
export function clientAddress(c: Context, deps: Pick<AppDeps, "trustProxy">): string {
  if (deps.trustProxy) {
    const xff = requestHeader(c, "x-forwarded-for");
    const last = xff?.split(",").at(-1)?.trim();
    if (last) return last;
  }
  return nodeIncoming(c)?.socket.remoteAddress ?? "unknown";
}

const unauthorized = (message: string, error?: string) =>
  new ApiError(401, message, undefined, {
    "WWW-Authenticate": error ? `Bearer realm="shixian", error="${error}"` : 'Bearer realm="shixian"',
  });

/** Resolves the request's principal (401 when there is none), checks CSRF for cookie writes, counts the rate limit. */
export async function authenticate(deps: AppDeps, c: Context<AppEnv>): Promise<Principal> {
  const known = c.get("actor");
  if (known) return known;
  const address = clientAddress(c, deps);
  const blocked = deps.authFailureLimiter.exhausted(address);
  if (blocked > 0)
    throw new ApiError(
      429,
      `too many failed authentications from ${address}; retry in ${blocked} s (check the token in the extension's options)`,
      undefined,
      { "Retry-After": String(blocked) },
    );
  // Counted as a failure now, given back once the credentials prove valid: requests checked concurrently (the
  // lookup awaits the database) cannot all pass the check above before the first failures are counted.
  deps.authFailureLimiter.hit(address);
  const header = requestHeader(c, "authorization");
  let actor: Principal | undefined;
  let limitKey: string;
  if (header !== undefined || !sessionSecret(c)) {
    const m = /^Bearer\s+(\S{1,200})\s*$/i.exec(header ?? "");
    if (!m) throw unauthorized("missing bearer token (Authorization: Bearer <token>) or login session");
    actor = await findToken(deps.db, m[1]);
    if (!actor) throw unauthorized("unknown or revoked token", "invalid_token");
    limitKey = actor.tokenId ?? "";
  } else {
    const session = await findSession(deps.db, sessionSecret(c) ?? "", deps.clock());
    actor = session ? await userPrincipal(deps.db, session.userId, "session") : undefined;
    if (!actor) throw unauthorized("session expired or logged out: log in again (POST /api/session)");
    if (!SAFE_METHOD.test(c.req.method) && !isSameOrigin(c, deps))
      throw new ApiError(
        403,
        "cross-site request refused: a request with a session cookie must come from this server's own pages (Origin)",
      );
    limitKey = `user:${actor.userId}`;
  }
  deps.authFailureLimiter.refund(address);
  const wait = deps.rateLimiter.hit(limitKey);
  if (wait > 0)
    throw new ApiError(429, `too many requests for this token; retry in ${wait} s`, undefined, {
      "Retry-After": String(wait),
    });
  c.set("actor", actor);
  c.set("token", { id: limitKey, name: actor.name, role: actor.role });
  return actor;
}

export function requireRole(deps: AppDeps, need: Role): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const actor = await authenticate(deps, c);
    if (!roleAllows(actor.role, need)) throw new ApiError(403, `this needs the ${need} role (token has ${actor.role})`);
    await next();
  };
}
