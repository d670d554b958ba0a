// GET /api/health: liveness plus what this instance serves (versions, database kind).
import { Hono } from "hono";
import type { AppDeps, AppEnv } from "../env.ts";
import { SERVER_VERSION } from "../version.ts";

export function healthRoutes(deps: AppDeps) {
  return new Hono<AppEnv>().get("/", (c) =>
    c.json({
      ok: true as const,
      version: SERVER_VERSION,
      rulePackVersion: deps.engine.bundle.version,
      db: deps.dbKind,
    }),
  );
}
