// /api/users: admin creates users (name, password, role, home unit; a supervisor may oversee more units) and
// changes them (role, units, password reset, disable); supervisors list the users of the units they oversee.
// Answers never carry a password hash.
import { Hono } from "hono";
import { inScope } from "../auth/scope.ts";
import type { AppDeps, AppEnv } from "../env.ts";
import { notFound } from "../errors.ts";
import { requireRole } from "../middleware/auth.ts";
import { UserCreateSchema, UserPatchSchema } from "../schemas.ts";
import { createUser, getUser, listUsers, updateUser } from "../store/people.ts";
import { jsonBody } from "../validate.ts";

export function userRoutes(deps: AppDeps) {
  return new Hono<AppEnv>()
    .post("/", requireRole(deps, "admin"), jsonBody(UserCreateSchema), async (c) =>
      c.json(await createUser(deps.db, c.req.valid("json")), 201),
    )
    .get("/", requireRole(deps, "supervisor"), async (c) => c.json(await listUsers(deps.db, c.get("actor").scope)))
    .get("/:id", requireRole(deps, "supervisor"), async (c) => {
      const u = await getUser(deps.db, c.req.param("id"));
      const scope = c.get("actor").scope;
      if (!scope.all && !(u.unitId && inScope(scope, u.unitId))) throw notFound(`user ${c.req.param("id")}`);
      return c.json(u);
    })
    .patch("/:id", requireRole(deps, "admin"), jsonBody(UserPatchSchema), async (c) =>
      c.json(await updateUser(deps.db, c.req.param("id"), c.req.valid("json"))),
    );
}
