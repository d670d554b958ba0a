// /api/cases (clerk+): create/update a tracked case idempotently by (portal, externalId), list with filters
// (status, dueBefore, unit, unitId, kind, portal), get, close — all within the principal's scope (a case of a unit
// outside it is 404, never 403, so ids do not leak).
import { Hono } from "hono";
import type { AppDeps, AppEnv } from "../env.ts";
import { requireRole } from "../middleware/auth.ts";
import { CaseListQuerySchema, CaseUpsertSchema } from "../schemas.ts";
import { type CaseDto, closeCase, getCase, listCases, upsertCase } from "../store/cases.ts";
import { toBeijingInstant } from "../time.ts";
import { jsonBody, queryParams } from "../validate.ts";

/**
 * Open cases are answered with deadlines and findings re-evaluated now (live 工作日 counters, calendar years
 * loaded since the case was written); closed cases keep the snapshot taken when they were last written.
 */
function live(deps: AppDeps, c: CaseDto): CaseDto & { evaluatedAt: string } {
  const evaluatedAt = toBeijingInstant();
  if (c.status !== "open") return { ...c, evaluatedAt: c.updatedAt };
  try {
    const r = deps.engine.evaluate(c.kind, c.facts, evaluatedAt);
    return { ...c, deadlines: r.deadlines, findings: r.findings, evaluatedAt };
  } catch {
    return { ...c, evaluatedAt: c.updatedAt }; // rules changed so that the stored facts no longer evaluate
  }
}

export function caseRoutes(deps: AppDeps) {
  return new Hono<AppEnv>()
    .use(requireRole(deps, "clerk"))
    .post("/", jsonBody(CaseUpsertSchema), async (c) => {
      const r = await upsertCase(deps.db, deps.engine.evaluateCase, c.req.valid("json"), c.get("actor"));
      return c.json(r.case, r.created ? 201 : 200);
    })
    .get("/", queryParams(CaseListQuerySchema), async (c) => {
      const { items, total } = await listCases(deps.db, c.get("actor").scope, c.req.valid("query"));
      return c.json({ items: items.map((x) => live(deps, x)), total });
    })
    .get("/:id", async (c) => c.json(live(deps, await getCase(deps.db, c.get("actor").scope, c.req.param("id")))))
    .post("/:id/close", async (c) => c.json(await closeCase(deps.db, c.get("actor"), c.req.param("id"))));
}
