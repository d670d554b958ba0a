// zod validation for request bodies and queries with our 400 shape, keeping the types for the hc client.
import { zValidator } from "@hono/zod-validator";
import type { Context, MiddlewareHandler, Next } from "hono";
import type { z } from "zod";
import { type Issue, issuesOf } from "./errors.ts";
import { bodyText } from "./middleware/body.ts";
import { requestHeader } from "./middleware/request-header.ts";

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

/**
 * How many `{` and `[` the JSON text holds (inside strings too): an upper bound of its nesting depth, so a text
 * with at most MAX_JSON_DEPTH of them needs no walk over the parsed value.
 */
export function bracketCount(text: string): number {
  let n = 0;
  for (let i = text.indexOf("{"); i !== -1; i = text.indexOf("{", i + 1)) n++;
  for (let i = text.indexOf("["); i !== -1; i = text.indexOf("[", i + 1)) n++;
  return n;
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

const fail = (c: Context, error: string, issues: Issue[]) => Promise.resolve(c.json({ error, issues }, 400));

const JSON_MEDIA = /^application\/([\w.-]+\+)?json$/i;

/**
 * Validates a JSON body with a zod schema: 400 `{ error, issues }` naming the fields, 400 for bodies nested deeper
 * than MAX_JSON_DEPTH (checked before anything recursive sees them). One JSON parse, synchronous zod parse (our
 * schemas have no async refinements).
 *
 * `precheck` (optional) is a hand-written test for the common well-formed body: it returns exactly what
 * `schema.parse(value)` would return, or undefined when it is not sure — then zod decides and names the fields.
 * It must never accept a body zod would refuse (tests/server/fast-path.test.ts compares them).
 */
export function jsonBody<T extends z.ZodType>(schema: T, precheck?: (value: unknown) => z.output<T> | undefined) {
  // Built only for its type (what hc and c.req.valid("json") see); requests go through `fast` below.
  const typed = zValidator("json", schema, (result, c) => {
    if (!result.success) return c.json({ error: "invalid request body", issues: issuesOf(result.error) }, 400);
  });
  // Synchronous when the app's body reader has the text already (the usual case): no promise hops.
  const check = (c: Context, next: Next, isJson: boolean, text: string | undefined): ReturnType<MiddlewareHandler> => {
    let value: unknown = {}; // like Hono's validator: a non-JSON body validates as {}
    if (isJson) {
      try {
        value = JSON.parse(text ?? "");
      } catch {
        return fail(c, "malformed JSON in request body", [{ path: "(body)", message: "expected valid JSON" }]);
      }
      const t = text as string;
      // The walks over the parsed value run only when the text could hold what they look for.
      if (bracketCount(t) > MAX_JSON_DEPTH && jsonDepth(value, MAX_JSON_DEPTH) > MAX_JSON_DEPTH)
        return fail(c, "request body nested too deeply", issuesOf(TOO_DEEP.error));
      if (t.includes("\\u0000") && hasNul(value)) return fail(c, "invalid request body", issuesOf(HAS_NUL.error));
    }
    const pre = precheck?.(value);
    if (pre !== undefined) {
      c.req.addValidatedData("json", pre as object);
      return next();
    }
    const r = schema.safeParse(value);
    if (!r.success) {
      const error = isJson
        ? "invalid request body"
        : "invalid request body (send JSON with Content-Type: application/json)";
      return fail(c, error, issuesOf(r.error));
    }
    c.req.addValidatedData("json", r.data as object);
    return next();
  };
  const fast: MiddlewareHandler = (c, next) => {
    const media = (requestHeader(c, "content-type") ?? "").split(";")[0].trim();
    if (!JSON_MEDIA.test(media)) return check(c, next, false, undefined);
    const text = bodyText(c);
    if (text !== undefined) return check(c, next, true, text);
    return c.req.text().then((t) => check(c, next, true, t));
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
