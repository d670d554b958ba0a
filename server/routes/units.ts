// /api/units: admin creates and renames units (科室 / 部门); everyone lists the units they may see.
import { Hono } from "hono";
import type { AppDeps, AppEnv } from "../env.ts";
import { requireRole } from "../middleware/auth.ts";
import { UnitCreateSchema } from "../schemas.ts";
import { createUnit, listUnits, renameUnit } from "../store/people.ts";
import { jsonBody } from "../validate.ts";

export function unitRoutes(deps: AppDeps) {
  return new Hono<AppEnv>()
    .post("/", requireRole(deps, "admin"), jsonBody(UnitCreateSchema), async (c) =>
      c.json(await createUnit(deps.db, c.req.valid("json").name), 201),
    )
    .get("/", requireRole(deps, "clerk"), async (c) => c.json(await listUnits(deps.db, c.get("actor").scope)))
    .patch("/:id", requireRole(deps, "admin"), jsonBody(UnitCreateSchema), async (c) =>
      c.json(await renameUnit(deps.db, c.req.param("id"), c.req.valid("json").name)),
    );
}
