// GET /api/rulepacks: the bundled packs exactly as the shared engine consumes them ({ version, packs }),
// with a content hash as a strong ETag; If-None-Match → 304 so the extension can poll cheaply.
import { Hono } from "hono";
import type { AppDeps, AppEnv } from "../env.ts";

function etagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header
    .split(",")
    .map((s) => s.trim().replace(/^W\//, ""))
    .some((t) => t === etag || t === "*");
}

export function rulepackRoutes(deps: AppDeps) {
  return new Hono<AppEnv>().get("/", (c) => {
    const { bundleEtag, bundle } = deps.engine;
    c.header("ETag", bundleEtag);
    c.header("Cache-Control", "no-cache");
    if (etagMatches(c.req.header("if-none-match"), bundleEtag)) return c.body(null, 304);
    return c.json(bundle, 200);
  });
}
