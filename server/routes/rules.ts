// GET /api/rules (summaries: id, title, kind, citation, severity …) and GET /api/rules/:id (the full rule).
import { Hono } from "hono";
import type { AppDeps, AppEnv } from "../env.ts";

export function ruleRoutes(deps: AppDeps) {
  return new Hono<AppEnv>()
    .get("/", (c) => {
      const kind = c.req.query("kind");
      const list = deps.engine.ruleSummaries;
      return c.json(kind ? list.filter((r) => r.kind === kind) : list);
    })
    .get("/:id", (c) => {
      const { rule, pack } = deps.engine.rule(c.req.param("id"));
      const summary = deps.engine.ruleSummaries.find((r) => r.id === rule.id);
      return c.json({ ...rule, severity: summary?.severity ?? "info", pack: { id: pack.id, version: pack.version } });
    });
}
