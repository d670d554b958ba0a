// Logging a person in, for the API (POST /api/session) and the board's login form alike: lock-out checks, the
// password check (the same answer and the same KDF cost for a wrong name and a wrong password), a new session and
// its cookie (HttpOnly, SameSite=Strict, Secure behind HTTPS).
import type { Context } from "hono";
import { setCookie } from "hono/cookie";
import type { UsersTable } from "../db/schema.ts";
import type { AppDeps } from "../env.ts";
import { ApiError } from "../errors.ts";
import { clientAddress } from "../middleware/auth.ts";
import { requestHeader } from "../middleware/request-header.ts";
import { findUserForLogin } from "../store/people.ts";
import { clearName, LOGIN_LIMITS, lockedFor, recordFailure, throttleKeys } from "./lockout.ts";
import { verifyPassword } from "./passwords.ts";
import { createSession, SESSION_COOKIE, SESSION_MAX_AGE_MS } from "./sessions.ts";

export const WRONG_LOGIN = "wrong name or password (用户名或密码错误)";

function isHttps(c: Context): boolean {
  if (new URL(c.req.url).protocol === "https:") return true;
  // Marking the cookie Secure can only make it stricter, so the proxy's word is taken even without TRUST_PROXY.
  return requestHeader(c, "x-forwarded-proto")?.split(",")[0].trim() === "https";
}

/** Sets (or, with maxAgeS 0, clears) the session cookie. */
export function sessionCookie(c: Context, value: string, maxAgeS: number): void {
  setCookie(c, SESSION_COOKIE, value, {
    httpOnly: true,
    sameSite: "Strict",
    path: "/",
    secure: isHttps(c),
    maxAge: maxAgeS,
  });
}

export function lockedError(waitMs: number): ApiError {
  const s = Math.max(1, Math.ceil(waitMs / 1000));
  return new ApiError(
    429,
    `too many failed logins for this name or from this address (${LOGIN_LIMITS.perName} per name / ${LOGIN_LIMITS.perAddress} per address in ${LOGIN_LIMITS.windowMs / 60_000} min): locked, try again in ${Math.ceil(s / 60)} min (登录失败次数过多，请稍后再试)`,
    undefined,
    { "Retry-After": String(s) },
  );
}

/** Checks name and password and opens a session (cookie set). Throws 401 (wrong) or 429 (locked out). */
export async function logIn(
  deps: AppDeps,
  c: Context,
  name: string,
  password: string,
): Promise<{ user: UsersTable; expiresAt: number }> {
  const { db } = deps;
  const now = deps.clock();
  const keys = throttleKeys(name, clientAddress(c, deps));
  const wait = await lockedFor(
    db,
    keys.map((k) => k.key),
    now,
  );
  if (wait > 0) throw lockedError(wait);
  const user = await findUserForLogin(db, name);
  const ok = await verifyPassword(user?.password_hash ?? null, password);
  if (!ok || !user) {
    await recordFailure(db, keys, now);
    throw new ApiError(401, WRONG_LOGIN);
  }
  await clearName(db, name);
  const s = await createSession(db, user.id, now);
  sessionCookie(c, s.secret, Math.floor(SESSION_MAX_AGE_MS / 1000));
  return { user, expiresAt: s.expiresAt };
}
