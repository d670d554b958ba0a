// /api/tokens (admin): create clerk/supervisor/admin tokens (shown once) — office-wide, bound to a unit, or a
// user's personal token —, list, bind an existing token to a unit or a user, revoke.
import { Hono } from "hono";
import { bindToken, createToken, listTokens, revokeToken } from "../auth/tokens.ts";
import type { AppDeps, AppEnv } from "../env.ts";
import { ApiError, notFound } from "../errors.ts";
import { requireRole } from "../middleware/auth.ts";
import { TokenCreateSchema, TokenPatchSchema } from "../schemas.ts";
import { jsonBody } from "../validate.ts";

export function tokenRoutes(deps: AppDeps) {
  const checkRefs = async (unitId?: string | null, userId?: string) => {
    if (unitId && !(await deps.db.selectFrom("units").select("id").where("id", "=", unitId).executeTakeFirst()))
      throw new ApiError(400, "invalid request body", [{ path: "unitId", message: `no unit with id ${unitId}` }]);
    if (userId && !(await deps.db.selectFrom("users").select("id").where("id", "=", userId).executeTakeFirst()))
      throw new ApiError(400, "invalid request body", [{ path: "userId", message: `no user with id ${userId}` }]);
  };
  return new Hono<AppEnv>()
    .use(requireRole(deps, "admin"))
    .post("/", jsonBody(TokenCreateSchema), async (c) => {
      const { role, name, unitId, userId } = c.req.valid("json");
      await checkRefs(unitId, userId);
      const userRole = userId
        ? (await deps.db.selectFrom("users").select("role").where("id", "=", userId).executeTakeFirstOrThrow()).role
        : role;
      return c.json(await createToken(deps.db, userRole, name, { unitId, userId }), 201);
    })
    .get("/", async (c) => c.json(await listTokens(deps.db)))
    .patch("/:id", jsonBody(TokenPatchSchema), async (c) => {
      const body = c.req.valid("json");
      await checkRefs(body.unitId, body.userId);
      if (!(await bindToken(deps.db, c.req.param("id"), body))) throw notFound(`token ${c.req.param("id")}`);
      const t = (await listTokens(deps.db)).find((x) => x.id === c.req.param("id"));
      return c.json(t);
    })
    .delete("/:id", async (c) => {
      if (!(await revokeToken(deps.db, c.req.param("id")))) throw notFound(`token ${c.req.param("id")}`);
      return c.json({ id: c.req.param("id"), revoked: true });
    });
}
