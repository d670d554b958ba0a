// POST /api/evaluate: the shared evaluator's output (findings, deadlines, calculations) for a case's facts.
import { Hono } from "hono";
import type { AppDeps, AppEnv } from "../env.ts";
import { jsonAnswer } from "../json-bytes.ts";
import { evaluateRequestPrecheck } from "../prechecks.ts";
import { EvaluateRequestSchema } from "../schemas.ts";
import { jsonBody } from "../validate.ts";

export function evaluateRoutes(deps: AppDeps) {
  return new Hono<AppEnv>().post("/", jsonBody(EvaluateRequestSchema, evaluateRequestPrecheck), (c) => {
    const { kind, facts, now } = c.req.valid("json");
    return jsonAnswer(c, deps.engine.evaluate(kind, facts, now));
  });
}
