// zod validation for request bodies and queries with our 400 shape, keeping the types for the hc client.
import { zValidator } from "@hono/zod-validator";
import type { Context } from "hono";
import type { z } from "zod";
import { ApiError, issuesOf } from "./errors.ts";

/** Deepest JSON nesting accepted; deeper bodies are refused before any recursive code (masking) sees them. */
export const MAX_JSON_DEPTH = 32;

/** Nesting depth of a parsed JSON value, computed without recursion (a 1 MB body can nest 500 000 deep). */
export function jsonDepth(v: unknown, limit = Number.POSITIVE_INFINITY): number {
  let max = 0;
  const stack: [unknown, number][] = [[v, 1]];
  while (stack.length) {
    const [x, d] = stack.pop() as [unknown, number];
    if (x === null || typeof x !== "object") continue;
    if (d > max) max = d;
    if (max > limit) return max;
    for (const y of Array.isArray(x) ? x : Object.values(x)) stack.push([y, d + 1]);
  }
  return max;
}

/** Throws 400 for malformed or too deeply nested JSON bodies. */
async function checkDepth(c: Context): Promise<void> {
  if (/json/i.test(c.req.header("content-type") ?? "")) {
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      throw new ApiError(400, "malformed JSON in request body", [{ path: "(body)", message: "expected valid JSON" }]);
    }
    if (jsonDepth(body, MAX_JSON_DEPTH) > MAX_JSON_DEPTH)
      throw new ApiError(400, "request body nested too deeply", [
        { path: "(body)", message: `expected JSON nested at most ${MAX_JSON_DEPTH} levels` },
      ]);
  }
}

export function jsonBody<T extends z.ZodType>(schema: T) {
  const validate = zValidator(
    "json",
    schema,
    (result, c) => {
      if (!result.success) {
        const ct = c.req.header("content-type") ?? "";
        const error = /json/i.test(ct)
          ? "invalid request body"
          : "invalid request body (send JSON with Content-Type: application/json)";
        return c.json({ error, issues: issuesOf(result.error) }, 400);
      }
    },
    // our schemas have no async refinements: the synchronous parse saves a promise chain per request
    { validationFunction: (sch: T, value: unknown) => sch.safeParse(value) as never },
  );
  // The depth check runs first; the body is parsed once (Hono caches c.req.json()).
  return (async (c, next) => {
    await checkDepth(c);
    return validate(c, next);
  }) as typeof validate;
}

export function queryParams<T extends z.ZodType>(schema: T) {
  return zValidator(
    "query",
    schema,
    (result, c) => {
      if (!result.success) return c.json({ error: "invalid query", issues: issuesOf(result.error, "query") }, 400);
    },
    // our schemas have no async refinements: the synchronous parse saves a promise chain per request
    { validationFunction: (sch: T, value: unknown) => sch.safeParse(value) as never },
  );
}
