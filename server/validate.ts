// zod validation for request bodies and queries with our 400 shape, keeping the types for the hc client.
import { zValidator } from "@hono/zod-validator";
import type { MiddlewareHandler } from "hono";
import type { z } from "zod";
import { issuesOf } from "./errors.ts";

/** Deepest JSON nesting accepted; deeper bodies are refused before any recursive code (masking) sees them. */
export const MAX_JSON_DEPTH = 32;

const TOO_DEEP = {
  success: false,
  error: { issues: [{ path: [], message: `expected JSON nested at most ${MAX_JSON_DEPTH} levels` }] },
} as const;
const HAS_NUL = {
  success: false,
  error: { issues: [{ path: [], message: "expected text without NUL (\\u0000) characters" }] },
} as const;

/** True when any string or key in a parsed JSON value holds a NUL character (PostgreSQL text cannot store it). */
export function hasNul(v: unknown): boolean {
  const stack: unknown[] = [v];
  while (stack.length) {
    const x = stack.pop();
    if (typeof x === "string") {
      if (x.includes("\u0000")) return true;
    } else if (x !== null && typeof x === "object") {
      if (Array.isArray(x)) for (const y of x) stack.push(y);
      else
        for (const [k, y] of Object.entries(x)) {
          if (k.includes("\u0000")) return true;
          stack.push(y);
        }
    }
  }
  return false;
}

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

/**
 * Validates a JSON body with a zod schema: 400 `{ error, issues }` naming the fields, 400 for bodies nested deeper
 * than MAX_JSON_DEPTH (checked before anything recursive sees them). One JSON parse, synchronous zod parse (our
 * schemas have no async refinements).
 */
const JSON_MEDIA = /^application\/([\w.-]+\+)?json$/i;

export function jsonBody<T extends z.ZodType>(schema: T) {
  // Built only for its type (what hc and c.req.valid("json") see); requests go through `fast` below.
  const typed = zValidator("json", schema, (result, c) => {
    if (!result.success) return c.json({ error: "invalid request body", issues: issuesOf(result.error) }, 400);
  });
  const fast: MiddlewareHandler = async (c, next) => {
    const media = (c.req.header("content-type") ?? "").split(";")[0].trim();
    let value: unknown = {}; // like Hono's validator: a non-JSON body validates as {}
    if (JSON_MEDIA.test(media)) {
      const text = await c.req.text();
      try {
        value = JSON.parse(text);
      } catch {
        return c.json(
          { error: "malformed JSON in request body", issues: [{ path: "(body)", message: "expected valid JSON" }] },
          400,
        );
      }
      if (jsonDepth(value, MAX_JSON_DEPTH) > MAX_JSON_DEPTH)
        return c.json({ error: "request body nested too deeply", issues: issuesOf(TOO_DEEP.error) }, 400);
      if (hasNul(value)) return c.json({ error: "invalid request body", issues: issuesOf(HAS_NUL.error) }, 400);
    }
    const r = schema.safeParse(value);
    if (!r.success) {
      const error = JSON_MEDIA.test(media)
        ? "invalid request body"
        : "invalid request body (send JSON with Content-Type: application/json)";
      return c.json({ error, issues: issuesOf(r.error) }, 400);
    }
    c.req.addValidatedData("json", r.data as object);
    await next();
  };
  return fast as unknown as typeof typed;
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
