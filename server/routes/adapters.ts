// /api/adapters: the office's portal adapters (taught with the extension's page teacher). Read: any token, with a
// strong ETag over the whole list so every clerk's extension can poll cheaply (If-None-Match → 304), like
// /api/rulepacks. Write (PUT/DELETE): supervisor or admin; every change is recorded with who and when.
import { Hono } from "hono";
import { PortalAdapterSchema } from "../../shared/adapters/schema.ts";
import type { AppDeps, AppEnv } from "../env.ts";
import { ApiError, notFound } from "../errors.ts";
import { requireRole } from "../middleware/auth.ts";
import { adapterHistory, deleteAdapter, etagOf, getAdapter, listAdapters, putAdapter } from "../store/adapters.ts";
import { jsonBody } from "../validate.ts";

const ID = /^[a-z0-9][a-z0-9-]{0,99}$/;

function adapterId(raw: string): string {
  if (!ID.test(raw))
    throw new ApiError(400, "invalid adapter id", [
      { path: "id", message: `expected a lowercase id such as demo-queue (a–z, 0–9, -), got "${raw.slice(0, 120)}"` },
    ]);
  return raw;
}

function etagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header
    .split(",")
    .map((s) => s.trim().replace(/^W\//, ""))
    .some((t) => t === etag || t === "*");
}

export function adapterRoutes(deps: AppDeps) {
  return new Hono<AppEnv>()
    .use(requireRole(deps, "clerk"))
    .get("/", async (c) => {
      const records = await listAdapters(deps.db);
      const body = {
        adapters: records.map((r) => r.adapter),
        records: records.map(({ adapter, ...meta }) => ({ id: adapter.id, ...meta })),
      };
      const etag = etagOf(JSON.stringify(body));
      c.header("ETag", etag);
      c.header("Cache-Control", "no-cache");
      if (etagMatches(c.req.header("if-none-match"), etag)) return c.body(null, 304);
      return c.json(body, 200);
    })
    .get("/:id", async (c) => {
      const id = adapterId(c.req.param("id"));
      const r = await getAdapter(deps.db, id);
      if (!r) throw notFound(`adapter ${id}`);
      c.header("ETag", etagOf(JSON.stringify(r.adapter)));
      return c.json(r, 200);
    })
    .get("/:id/history", requireRole(deps, "supervisor"), async (c) => {
      const id = adapterId(c.req.param("id"));
      const changes = await adapterHistory(deps.db, id);
      if (!changes.length) throw notFound(`adapter ${id}`);
      return c.json({ id, changes }, 200);
    })
    .put("/:id", requireRole(deps, "supervisor"), jsonBody(PortalAdapterSchema), async (c) => {
      const id = adapterId(c.req.param("id"));
      const adapter = c.req.valid("json");
      if (adapter.id !== id)
        throw new ApiError(400, "adapter id mismatch", [
          { path: "id", message: `body id "${adapter.id}" ≠ path id "${id}"` },
        ]);
      const { record, created } = await putAdapter(deps.db, adapter, c.get("token"));
      c.header("ETag", etagOf(JSON.stringify(record.adapter)));
      return c.json(record, created ? 201 : 200);
    })
    .delete("/:id", requireRole(deps, "supervisor"), async (c) => {
      const id = adapterId(c.req.param("id"));
      if (!(await deleteAdapter(deps.db, id, c.get("token")))) throw notFound(`adapter ${id}`);
      return c.json({ deleted: id }, 200);
    });
}
