// POST /api/sync (clerk+): an offline outbox batch; per-item results (applied / replayed / rejected).
// The answer is masked like what is stored (a replay's result comes from the database, masked): an item key or
// an error message quoting a personal number reads the same on the first answer and on every replay.
import { Hono } from "hono";
import { maskPersonalDeep } from "../../shared/privacy/index.ts";
import type { AppDeps, AppEnv } from "../env.ts";
import { requireRole } from "../middleware/auth.ts";
import { SyncRequestSchema } from "../schemas.ts";
import { syncBatch } from "../store/sync.ts";
import { jsonBody } from "../validate.ts";

export function syncRoutes(deps: AppDeps) {
  return new Hono<AppEnv>().post("/", requireRole(deps, "clerk"), jsonBody(SyncRequestSchema), async (c) => {
    const results = maskPersonalDeep(
      await syncBatch(deps.db, deps.engine, c.req.valid("json").items, {
        ...c.get("actor"),
        id: c.get("token").id,
      }),
    );
    return c.json({
      results,
      applied: results.filter((r) => r.status === "applied").length,
      replayed: results.filter((r) => r.status === "replayed").length,
      rejected: results.filter((r) => r.status === "rejected").length,
    });
  });
}
