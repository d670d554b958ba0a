// zod validation for request bodies and queries with our 400 shape, keeping the types for the hc client.
import { zValidator } from "@hono/zod-validator";
import type { z } from "zod";
import { issuesOf } from "./errors.ts";

export function jsonBody<T extends z.ZodType>(schema: T) {
  return zValidator("json", schema, (result, c) => {
    if (!result.success) {
      const ct = c.req.header("content-type") ?? "";
      const error = /json/i.test(ct)
        ? "invalid request body"
        : "invalid request body (send JSON with Content-Type: application/json)";
      return c.json({ error, issues: issuesOf(result.error) }, 400);
    }
  });
}

export function queryParams<T extends z.ZodType>(schema: T) {
  return zValidator("query", schema, (result, c) => {
    if (!result.success) return c.json({ error: "invalid query", issues: issuesOf(result.error, "query") }, 400);
  });
}
