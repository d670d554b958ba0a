// /api/adapters on SQLite and PostgreSQL: read with any token (ETag, 304), write as supervisor/admin only,
// zod validation naming the field, and the audit trail of every change.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PortalAdapter } from "../../shared/adapters/types.ts";
import { DATABASES, req, type TestInstance, testInstance } from "./helpers.ts";

const ADAPTER: PortalAdapter = {
  id: "taught-odd-portal",
  version: "1",
  title: { zh: "教学：奇特门户共享申请详情", en: "Taught: odd portal share request" },
  urlPattern: "^http://127\\.0\\.0\\.1:\\d+/odd/detail\\.html",
  kind: "data-share-request",
  single: {
    fields: {
      receivedAt: { labels: ["登记时点"], selector: "#rcv" },
      shareClass: { labels: ["开放属性"] },
    },
    externalId: { labels: ["流转号"] },
  },
};

for (const { kind, skip } of DATABASES) {
  describe.skipIf(skip)(`/api/adapters on ${kind}`, () => {
    let s: TestInstance;
    beforeAll(async () => {
      s = await testInstance(kind);
    });
    afterAll(async () => {
      await s?.destroy();
    });

    it("needs a token to read and a supervisor/admin token to write", async () => {
      expect((await req(s, "GET", "/api/adapters")).status).toBe(401);
      const clerk = await req(s, "PUT", `/api/adapters/${ADAPTER.id}`, { token: s.tokens.clerk, body: ADAPTER });
      expect(clerk.status).toBe(403);
      expect((await clerk.json()).error).toContain("supervisor");
      expect((await req(s, "DELETE", `/api/adapters/${ADAPTER.id}`, { token: s.tokens.clerk })).status).toBe(403);
      const empty = await req(s, "GET", "/api/adapters", { token: s.tokens.clerk });
      expect(empty.status).toBe(200);
      expect(await empty.json()).toEqual({ adapters: [], records: [] });
    });

    it("PUT creates (201) then updates (200); GET lists it with an ETag that changes; If-None-Match → 304", async () => {
      const before = (await req(s, "GET", "/api/adapters", { token: s.tokens.clerk })).headers.get("etag");
      const put = await req(s, "PUT", `/api/adapters/${ADAPTER.id}`, { token: s.tokens.supervisor, body: ADAPTER });
      expect(put.status).toBe(201);
      const rec = await put.json();
      expect(rec).toMatchObject({ adapter: ADAPTER, createdBy: "王主管", updatedBy: "王主管" });
      expect(rec.updatedAt).toMatch(/\+08:00$/);

      const list = await req(s, "GET", "/api/adapters", { token: s.tokens.clerk });
      const etag = list.headers.get("etag") ?? "";
      expect(etag).toMatch(/^"[0-9a-f]{32}"$/);
      expect(etag).not.toBe(before);
      const body = await list.json();
      expect(body.adapters).toEqual([ADAPTER]);
      expect(body.records[0]).toMatchObject({ id: ADAPTER.id, createdBy: "王主管" });
      expect(
        (await req(s, "GET", "/api/adapters", { token: s.tokens.clerk, headers: { "If-None-Match": etag } })).status,
      ).toBe(304);

      const v2 = { ...ADAPTER, version: "2" };
      const upd = await req(s, "PUT", `/api/adapters/${ADAPTER.id}`, { token: s.tokens.admin, body: v2 });
      expect(upd.status).toBe(200);
      expect(await upd.json()).toMatchObject({ adapter: v2, createdBy: "王主管" });
      const after = await req(s, "GET", "/api/adapters", { token: s.tokens.clerk, headers: { "If-None-Match": etag } });
      expect(after.status).toBe(200);
      const one = await req(s, "GET", `/api/adapters/${ADAPTER.id}`, { token: s.tokens.clerk });
      expect((await one.json()).adapter.version).toBe("2");
    });

    it("refuses bad adapters with 400 naming the field", async () => {
      const cases: [unknown, string][] = [
        [{ ...ADAPTER, urlPattern: "(" }, "urlPattern"],
        [{ ...ADAPTER, kind: "no-such-kind" }, "kind"],
        [{ ...ADAPTER, single: { fields: { colour: { labels: ["颜色"] } } } }, "single.fields.colour"],
        [{ ...ADAPTER, single: { fields: { receivedAt: {} } } }, "single.fields.receivedAt"],
        [{ ...ADAPTER, script: "alert(1)" }, "(body)"],
        [{ ...ADAPTER, id: "other-id" }, "id"],
      ];
      for (const [body, path] of cases) {
        const r = await req(s, "PUT", `/api/adapters/${ADAPTER.id}`, { token: s.tokens.supervisor, body });
        expect(r.status, JSON.stringify(body)).toBe(400);
        const e = await r.json();
        expect(
          e.issues.map((i: { path: string }) => i.path),
          JSON.stringify(e),
        ).toContain(path);
      }
      const badId = await req(s, "PUT", "/api/adapters/Bad_Id", { token: s.tokens.supervisor, body: ADAPTER });
      expect(badId.status).toBe(400);
      expect((await badId.json()).issues[0].path).toBe("id");
      const notJson = await req(s, "PUT", `/api/adapters/${ADAPTER.id}`, {
        token: s.tokens.supervisor,
        raw: "{",
        headers: { "Content-Type": "application/json" },
      });
      expect(notJson.status).toBe(400);
    });

    it("DELETE removes it (then 404); the history lists every change with who and when", async () => {
      const del = await req(s, "DELETE", `/api/adapters/${ADAPTER.id}`, { token: s.tokens.supervisor });
      expect(del.status).toBe(200);
      expect((await req(s, "DELETE", `/api/adapters/${ADAPTER.id}`, { token: s.tokens.supervisor })).status).toBe(404);
      expect((await req(s, "GET", `/api/adapters/${ADAPTER.id}`, { token: s.tokens.clerk })).status).toBe(404);
      expect((await req(s, "GET", `/api/adapters/${ADAPTER.id}/history`, { token: s.tokens.clerk })).status).toBe(403);
      const h = await req(s, "GET", `/api/adapters/${ADAPTER.id}/history`, { token: s.tokens.supervisor });
      expect(h.status).toBe(200);
      const { changes } = await h.json();
      expect(changes.map((c: { action: string }) => c.action)).toEqual(["create", "update", "delete"]);
      expect(changes.map((c: { by: { name: string } }) => c.by.name)).toEqual(["王主管", "first admin", "王主管"]);
      expect(changes[1].by.role).toBe("admin");
      expect(changes[2].adapter).toBeNull();
      for (const c of changes) expect(c.at).toMatch(/^\d{4}-\d\d-\d\dT.*\+08:00$/);
    });
  });
}
