// POST /api/sync (clerk+): an offline outbox batch; per-item results (applied / replayed / rejected).
import { Hono } from "hono";
import type { AppDeps, AppEnv } from "../env.ts";
import { requireRole } from "../middleware/auth.ts";
import { SyncRequestSchema } from "../schemas.ts";
import { syncBatch } from "../store/sync.ts";
import { jsonBody } from "../validate.ts";

export function syncRoutes(deps: AppDeps) {
  return new Hono<AppEnv>().post("/", requireRole(deps, "clerk"), jsonBody(SyncRequestSchema), async (c) => {
    const results = await syncBatch(deps.db, deps.engine, c.req.valid("json").items, {
      ...c.get("actor"),
      id: c.get("token").id,
    });
    return c.json({
      results,
      applied: results.filter((r) => r.status === "applied").length,
      replayed: results.filter((r) => r.status === "replayed").length,
      rejected: results.filter((r) => r.status === "rejected").length,
    });
  });
}
