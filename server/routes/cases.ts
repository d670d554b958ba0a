// /api/cases (clerk+): create/update a tracked case idempotently by (portal, externalId), list with filters
// (status, dueBefore, unit, kind, portal), get, close.
import { Hono } from "hono";
import type { AppDeps, AppEnv } from "../env.ts";
import { requireRole } from "../middleware/auth.ts";
import { CaseListQuerySchema, CaseUpsertSchema } from "../schemas.ts";
import { closeCase, getCase, listCases, upsertCase } from "../store/cases.ts";
import { jsonBody, queryParams } from "../validate.ts";

export function caseRoutes(deps: AppDeps) {
  return new Hono<AppEnv>()
    .use(requireRole(deps, "clerk"))
    .post("/", jsonBody(CaseUpsertSchema), async (c) => {
      const r = await upsertCase(deps.db, deps.engine.evaluateCase, c.req.valid("json"), c.get("token").name);
      return c.json(r.case, r.created ? 201 : 200);
    })
    .get("/", queryParams(CaseListQuerySchema), async (c) => c.json(await listCases(deps.db, c.req.valid("query"))))
    .get("/:id", async (c) => c.json(await getCase(deps.db, c.req.param("id"))))
    .post("/:id/close", async (c) => c.json(await closeCase(deps.db, c.req.param("id"), c.get("token").name)));
}
