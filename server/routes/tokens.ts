// /api/tokens (admin): create clerk/supervisor/admin tokens (shown once), list, revoke.
import { Hono } from "hono";
import { createToken, listTokens, revokeToken } from "../auth/tokens.ts";
import type { AppDeps, AppEnv } from "../env.ts";
import { notFound } from "../errors.ts";
import { requireRole } from "../middleware/auth.ts";
import { TokenCreateSchema } from "../schemas.ts";
import { jsonBody } from "../validate.ts";

export function tokenRoutes(deps: AppDeps) {
  return new Hono<AppEnv>()
    .use(requireRole(deps, "admin"))
    .post("/", jsonBody(TokenCreateSchema), async (c) => {
      const { role, name } = c.req.valid("json");
      return c.json(await createToken(deps.db, role, name), 201);
    })
    .get("/", async (c) => c.json(await listTokens(deps.db)))
    .delete("/:id", async (c) => {
      if (!(await revokeToken(deps.db, c.req.param("id")))) throw notFound(`token ${c.req.param("id")}`);
      return c.json({ id: c.req.param("id"), revoked: true });
    });
}
