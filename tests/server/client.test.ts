// The typed hc client (server/client.ts, used by the extension) against the real HTTP server.
import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiClient } from "../../server/client.ts";
import { listenHttp, type TestInstance, testInstance } from "./helpers.ts";

describe("typed hc client over HTTP", () => {
  let s: TestInstance;
  let server: Awaited<ReturnType<typeof listenHttp>> | undefined;
  let url = "";
  beforeAll(async () => {
    s = await testInstance("sqlite");
    server = await listenHttp(s);
    url = server.url;
  });
  afterAll(async () => {
    await server?.close();
    await s?.destroy();
  });

  it("reads public data with typed responses", async () => {
    const api = apiClient(url);
    const health = await api.api.health.$get();
    expect(health.status).toBe(200);
    const h = await health.json();
    expect(h.ok).toBe(true);
    expect(h.db).toBe("sqlite");
    const packs = await api.api.rulepacks.$get();
    const bundle = (await packs.json()) as { packs: unknown[] }; // rule packs carry a recursive condition type hc cannot map
    expect(bundle.packs.length).toBeGreaterThan(0);
    const cal = await (await api.api.calendar[":year"].$get({ param: { year: "2026" } })).json();
    expect("days" in cal && cal.days.length).toBe(365);
  });

  it("computes deadlines and evaluations", async () => {
    const api = apiClient(url);
    const r = await api.api.deadlines.$post({
      json: { start: "2026-09-30T15:00:00+08:00", period: { unit: "workday", amount: 1 } },
    });
    expect(r.status).toBe(200);
    const d = await r.json();
    expect("due" in d && d.due).toBe("2026-10-08");
    const ev = await api.api.evaluate.$post({
      json: { kind: "data-share-request", facts: { receivedAt: "2026-09-30", shareClass: "有条件共享" } },
    });
    const e = await ev.json();
    expect("deadlines" in e && e.deadlines.length).toBeGreaterThan(0);
  });

  it("tracks a case, flags it, syncs and lists with a clerk token", async () => {
    const api = apiClient(url, s.tokens.clerk);
    const created = await api.api.cases.$post({
      json: {
        portal: "hc.example",
        externalId: "HC-1",
        kind: "data-share-request",
        facts: { receivedAt: "2026-09-30", shareClass: "有条件共享" },
      },
    });
    expect(created.status).toBe(201);
    const c = await created.json();
    if (!("id" in c)) throw new Error("expected a case");
    const got = await api.api.cases[":id"].$get({ param: { id: c.id } });
    expect(((await got.json()) as { externalId: string }).externalId).toBe("HC-1");
    const list = await api.api.cases.$get({ query: { portal: "hc.example" } });
    const l = await list.json();
    expect("items" in l && l.items.map((x) => x.id)).toEqual([c.id]);
    const flag = await api.api.flags.$post({
      json: { ruleId: "sy-data-27-review-deadline", caseId: c.id, note: "hc" },
    });
    expect(flag.status).toBe(201);
    const sync = await api.api.sync.$post({
      json: {
        items: [{ key: "hc-sync-0001", op: "case.close", data: { portal: "hc.example", externalId: "HC-1" } }],
      },
    });
    const sres = await sync.json();
    expect("results" in sres && sres.results[0].status).toBe("applied");
    const denied = await api.api.tokens.$get();
    expect(denied.status).toBe(403);
    const noToken = await apiClient(url).api.cases.$get({ query: {} });
    expect(noToken.status).toBe(401);
  });

  it("over real HTTP a body over the limit → 413, with or without Content-Length (chunked)", async () => {
    const send = (chunked: boolean) =>
      new Promise<number>((resolve, reject) => {
        const big = Buffer.alloc(2 * 1024 * 1024, "a");
        const r = request(
          `${url}/api/evaluate`,
          {
            method: "POST",
            headers: chunked
              ? { "Content-Type": "application/json", "Transfer-Encoding": "chunked" }
              : { "Content-Type": "application/json", "Content-Length": String(big.length) },
          },
          (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
          },
        );
        r.on("error", (e) => (e.message.includes("EPIPE") || e.message.includes("ECONNRESET") ? undefined : reject(e)));
        if (chunked) for (let i = 0; i < 32; i++) r.write(big.subarray(i * 65536, (i + 1) * 65536));
        else r.write(big);
        r.end();
      });
    expect(await send(false)).toBe(413);
    expect(await send(true)).toBe(413);
    // and the server still answers afterwards
    expect((await fetch(`${url}/api/health`)).status).toBe(200);
  });
});
