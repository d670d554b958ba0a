// POST /api/deadlines: a working-day (工作日) / day / month / year period or a rule's period from a start.
import { Hono } from "hono";
import type { AppDeps, AppEnv } from "../env.ts";
import { deadlineRequestPrecheck } from "../prechecks.ts";
import { DeadlineRequestSchema } from "../schemas.ts";
import { jsonBody } from "../validate.ts";

export function deadlineRoutes(deps: AppDeps) {
  return new Hono<AppEnv>().post("/", jsonBody(DeadlineRequestSchema, deadlineRequestPrecheck), (c) =>
    c.json(deps.engine.deadline(c.req.valid("json"))),
  );
}
