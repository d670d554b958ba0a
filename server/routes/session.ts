// /api/session: people log in with a name and password (board: session cookie; extension: `"token": true` for a
// personal API token), see who they are, log out, change their password. Lock-out after repeated failures
// (server/auth/lockout.ts); the answer to a wrong name and to a wrong password is the same, and an unknown name
// costs the same KDF run as a known one.
import { Hono } from "hono";
import { clearName, lockedFor, recordFailure, throttleKeys } from "../auth/lockout.ts";
import { lockedError, logIn, sessionCookie } from "../auth/login.ts";
import { hashPassword, verifyPassword } from "../auth/passwords.ts";
import type { Principal } from "../auth/scope.ts";
import { deleteSession, deleteUserSessions } from "../auth/sessions.ts";
import { createToken, findToken, revokeToken } from "../auth/tokens.ts";
import type { AppDeps, AppEnv } from "../env.ts";
import { ApiError } from "../errors.ts";
import { clientAddress, isSameOrigin, ownOrigins, requireRole, sessionSecret } from "../middleware/auth.ts";
import { requestHeader } from "../middleware/request-header.ts";
import { PasswordChangeSchema, SessionCreateSchema } from "../schemas.ts";
import { toBeijingInstant } from "../time.ts";
import { jsonBody } from "../validate.ts";

function whoAmI(a: Principal) {
  return {
    via: a.via,
    userId: a.userId,
    tokenId: a.tokenId,
    name: a.name,
    role: a.role,
    unitId: a.unitId,
    unitName: a.unitName,
    scope: a.scope.all ? ("all" as const) : [...a.scope.unitIds],
  };
}

export function sessionRoutes(deps: AppDeps) {
  const { db } = deps;
  return new Hono<AppEnv>()
    .post("/", jsonBody(SessionCreateSchema), async (c) => {
      // Login CSRF: a page on another origin must not log a browser in (the extension's origin is in ALLOWED_ORIGINS).
      const origin = requestHeader(c, "origin");
      if (origin !== undefined && !ownOrigins(c, deps).includes(origin) && !deps.allowedOrigins.includes(origin))
        throw new ApiError(403, "cross-site login refused: log in from this server's own pages or an allowed origin");
      const { name, password, token } = c.req.valid("json");
      const { user, expiresAt } = await logIn(deps, c, name, password);
      const body: Record<string, unknown> = {
        user: {
          id: user.id,
          name: user.name,
          role: user.role,
          unitId: user.unit_id,
          mustChangePassword: Number(user.must_change_password) === 1,
        },
        expiresAt: toBeijingInstant(new Date(expiresAt)),
      };
      if (token) {
        const t = await createToken(db, user.role, `${user.name} 登录令牌 login token`, { userId: user.id });
        body.token = t.token;
        body.tokenId = t.id;
      }
      return c.json(body, 200);
    })
    .get("/", requireRole(deps, "clerk"), (c) => c.json(whoAmI(c.get("actor"))))
    .delete("/", async (c) => {
      const secret = sessionSecret(c);
      const header = requestHeader(c, "authorization");
      const bearer = /^Bearer\s+(\S{1,200})\s*$/i.exec(header ?? "")?.[1];
      if (!secret && !bearer) throw new ApiError(401, "not logged in: no session cookie or bearer token");
      if (secret && !bearer && !isSameOrigin(c, deps))
        throw new ApiError(403, "cross-site request refused: log out from this server's own pages (Origin)");
      let revoked: string | null = null;
      if (bearer) {
        const p = await findToken(db, bearer);
        if (!p) throw new ApiError(401, "unknown or revoked token");
        if (!p.userId)
          throw new ApiError(400, "this is a service token, not a login: an admin revokes it (DELETE /api/tokens/:id)");
        if (p.tokenId && (await revokeToken(db, p.tokenId))) revoked = p.tokenId;
      }
      if (secret) await deleteSession(db, secret);
      sessionCookie(c, "", 0);
      return c.json({ loggedOut: true, revokedTokenId: revoked });
    })
    .put("/password", requireRole(deps, "clerk"), jsonBody(PasswordChangeSchema), async (c) => {
      const actor = c.get("actor");
      if (!actor.userId)
        throw new ApiError(400, "this token belongs to no user: log in with a name and password to change one");
      const { current, next } = c.req.valid("json");
      const now = deps.clock();
      const user = await db.selectFrom("users").selectAll().where("id", "=", actor.userId).executeTakeFirstOrThrow();
      const keys = throttleKeys(user.name, clientAddress(c, deps));
      const wait = await lockedFor(
        db,
        keys.map((k) => k.key),
        now,
      );
      if (wait > 0) throw lockedError(wait);
      if (!(await verifyPassword(user.password_hash, current))) {
        await recordFailure(db, keys, now);
        throw new ApiError(400, "invalid request body", [
          { path: "current", message: "does not match your current password" },
        ]);
      }
      if (next.normalize("NFKC").trim().toLowerCase() === user.name_key)
        throw new ApiError(400, "invalid request body", [{ path: "next", message: "must not be your login name" }]);
      await db
        .updateTable("users")
        .set({ password_hash: await hashPassword(next), must_change_password: 0, updated_at: toBeijingInstant() })
        .where("id", "=", user.id)
        .execute();
      // Every other session of this user ends (a stolen cookie stops working); this one stays.
      await deleteUserSessions(db, user.id, actor.via === "session" ? sessionSecret(c) : undefined);
      await clearName(db, user.name);
      return c.json({ changed: true });
    });
}
