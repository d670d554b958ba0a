// No input may produce a 5xx: garbage bodies, queries and path parameters against every endpoint, with every
// role. Also: the OpenAPI document lists exactly the routes the app serves, and documents are served in context.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENDPOINTS } from "../../server/openapi.ts";
import { jsonDepth } from "../../server/validate.ts";
import { DATABASES, req, type TestInstance, testInstance } from "./helpers.ts";

function deep(n: number): unknown {
  let v: unknown = "x";
  for (let i = 0; i < n; i++) v = [v];
  return v;
}

const GARBAGE_BODIES: { raw?: string; body?: unknown; ct?: string }[] = [
  { raw: "" },
  { raw: "{" },
  { raw: "null" },
  { raw: "[]" },
  { raw: '"just a string"' },
  { raw: "12e9999" },
  { raw: "\u0000\u0001\u0002" },
  { raw: '{"__proto__": {"polluted": true}, "constructor": {"prototype": {}}}' },
  { body: { start: null, period: null, kind: null, facts: null, items: null, ruleId: null } },
  { body: { start: "9999-99-99T99:99:99+99:99", period: { unit: "workday", amount: 1e308 } } },
  { body: { start: "2026-01-01", period: { unit: "year", amount: 3650 } } },
  { body: { start: "0001-01-01", period: { unit: "day", amount: 1 } } },
  { body: { start: "2026-01-01", period: { unit: "date", date: "2026-02-29" } } },
  { body: { kind: "data-share-request", facts: { receivedAt: "2026-13-45", shareClass: ["有条件"], decision: {} } } },
  { body: { kind: "toString", facts: { constructor: 1, __proto__: 2 } } },
  { body: { kind: "data-share-request", facts: { x: deep(2000) } } },
  { raw: `{"kind":"data-share-request","facts":{"receivedAt":${"[".repeat(200_000)}${"]".repeat(200_000)}}}` },
  { body: { items: [{ key: "k".repeat(300), op: "case.upsert", data: deep(100) }] } },
  { body: { items: Array.from({ length: 600 }, (_, i) => ({ key: `key-${i}-abcdef`, op: "case.close", data: {} })) } },
  { body: { items: [{ key: "valid-key-garbage", op: "flag.resolve", data: { id: { $ne: 1 } } }] } },
  { body: { year: 2027, source: "x", holidays: [{ date: "2027-02-30", name: "?" }], makeupWorkdays: "no" } },
  { body: { role: "admin", name: "😀".repeat(200) } },
  {
    body: {
      portal: "p",
      externalId: "'; DROP TABLE cases; --",
      kind: "data-share-request",
      facts: { receivedAt: "2026-01-05" },
    },
  },
  { body: { ruleId: "sy-data-27-review-deadline", caseId: "not-a-uuid", evidence: "string" } },
  { body: { resolution: 42 } },
  // NUL characters (PostgreSQL text cannot hold them) and index-busting long multi-byte keys
  { body: { kind: "data-share-request\u0000", facts: { receivedAt: "2026-01-05\u0000" }, start: "2026-01-05\u0000" } },
  { body: { portal: "p\u0000", externalId: "x", kind: "data-share-request", facts: { receivedAt: "2026-01-05" } } },
  { body: { items: [{ key: "nul-key-000001", op: "case.close", data: { portal: "p\u0000q", externalId: "x" } }] } },
  { body: { ruleId: "sy-data-27-review-deadline", note: "a\u0000b", evidence: { "k\u0000": 1 } } },
  {
    body: {
      portal: "中".repeat(200), // the longest accepted keys in 3-byte UTF-8: must fit PostgreSQL's btree index
      externalId: "编".repeat(300),
      kind: "data-share-request",
      facts: { receivedAt: "2026-01-05" },
      unit: "局".repeat(200),
    },
  },
  { raw: "a=1&b=2", ct: "application/x-www-form-urlencoded" },
  { raw: "<xml/>", ct: "text/xml" },
];

const PARAM_VALUES = ["x", "0", "-1", "9999", "%E4%B8%AD", "..%2F..%2Fetc%2Fpasswd", "%00", "a".repeat(300), "2026"];
const QUERIES = [
  "",
  "?limit=-5&offset=abc",
  "?status[]=open&status=closed",
  "?dueBefore=2026-02-30&unit=%FF",
  "?asOf=yesterday",
  "?kind=%00",
];

for (const { kind, skip } of DATABASES) {
  describe.skipIf(skip)(`no 5xx for any input on ${kind}`, () => {
    let s: TestInstance;
    beforeAll(async () => {
      // no limit gets in the way: thousands of token-less requests (app.request: one "unknown" address) must
      // not turn the clerk's and admin's bodies into 429s before they are validated
      s = await testInstance(kind, { rateLimitPerMinute: 1_000_000, authFailuresPerMinute: 1_000_000 });
    });
    afterAll(async () => {
      await s?.destroy();
    });

    it("every endpoint × garbage bodies × roles answers < 500", async () => {
      const failures: string[] = [];
      let n = 0;
      for (const e of ENDPOINTS) {
        const paths = e.path.includes(":") ? PARAM_VALUES.map((v) => e.path.replace(/:\w+/g, v)) : [e.path];
        for (const path of paths) {
          for (const token of [undefined, s.tokens.clerk, s.tokens.admin]) {
            const bodies = e.method === "get" || e.method === "delete" ? [{}] : GARBAGE_BODIES;
            for (const b of bodies) {
              for (const q of e.method === "get" ? QUERIES : [""]) {
                const r = await req(s, e.method.toUpperCase(), `${path}${q}`, {
                  token,
                  raw: b.raw ?? (b.body === undefined ? undefined : JSON.stringify(b.body)),
                  headers: { "Content-Type": b.ct ?? "application/json" },
                });
                n++;
                if (r.status >= 500)
                  failures.push(`${e.method} ${path}${q} ${JSON.stringify(b).slice(0, 80)} → ${r.status}`);
              }
            }
          }
        }
      }
      expect(n).toBeGreaterThan(1000);
      expect(failures).toEqual([]);
    }, 240_000); // thousands of requests more since units, users and sessions joined the table

    it("a deeply nested body is refused with 400, not a stack overflow", async () => {
      const n = 100_000; // built as text: JSON.stringify itself cannot nest this deep
      const r = await req(s, "POST", "/api/flags", {
        token: s.tokens.clerk,
        raw: `{"ruleId":"sy-data-27-review-deadline","evidence":{"x":${"[".repeat(n)}1${"]".repeat(n)}}}`,
        headers: { "Content-Type": "application/json" },
      });
      expect(r.status).toBe(400);
      expect((await r.json()).issues[0].message).toMatch(/nested/);
      expect(jsonDepth(deep(10))).toBe(10);
    });

    it("malformed JSON → 400 with our error shape", async () => {
      const r = await req(s, "POST", "/api/evaluate", {
        raw: "{nope",
        headers: { "Content-Type": "application/json" },
      });
      expect(r.status).toBe(400);
      expect((await r.json()).error).toMatch(/JSON/);
    });
  });
}

describe("OpenAPI and docs", () => {
  let s: TestInstance;
  beforeAll(async () => {
    s = await testInstance("sqlite");
  });
  afterAll(async () => {
    await s?.destroy();
  });

  it("/api/openapi.json lists exactly the routes the app serves, with bodies from the zod schemas", async () => {
    const doc = await (await req(s, "GET", "/api/openapi.json")).json();
    expect(doc.openapi).toBe("3.1.0");
    const served = new Set(
      s.app.routes
        .filter((r) => r.method !== "ALL" && r.path.startsWith("/api/"))
        .map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:(\w+)/g, "{$1}")}`),
    );
    const documented = new Set(
      Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(([p, ops]) =>
        Object.keys(ops).map((m) => `${m} ${p}`),
      ),
    );
    expect([...served].sort()).toEqual([...documented].sort());
    const caseBody = doc.paths["/api/cases"].post.requestBody.content["application/json"].schema;
    expect(caseBody.required).toEqual(expect.arrayContaining(["portal", "externalId", "kind", "facts"]));
    expect(doc.paths["/api/cases"].get.parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(["status", "dueBefore", "unit"]),
    );
    expect(
      doc.paths["/api/calendar/{year}"].put.requestBody.content["application/json"].schema.properties,
    ).toHaveProperty("makeupWorkdays");
  });

  it("/api/docs is a human page in Chinese and English; / redirects to the board", async () => {
    const r = await req(s, "GET", "/api/docs");
    expect(r.status).toBe(200);
    const html = await r.text();
    expect(html).toContain("时限 ShiXian API");
    expect(html).toContain("/api/flags/export.csv");
    expect((await req(s, "GET", "/")).headers.get("location")).toBe("/board");
  });

  it("GET /api/documents lists the registry with status; /api/documents/:docNo gives the articles in context", async () => {
    const list = await (await req(s, "GET", "/api/documents?asOf=2026-06-01")).json();
    const d = list.find((x: { docNo: string }) => x.docNo === "双政办规〔2026〕1号");
    expect(d.statusInfo.status).toBe("in-force");
    expect(d.status).toBe("in-force");
    // repealed (双政规〔2022〕10号 by 双政规〔2023〕1号) and expired (valid two years from 2026-02-11) at the top level
    const repealed = list.find((x: { docNo: string }) => x.docNo === "双政规〔2022〕10号");
    expect(repealed).toMatchObject({ status: "repealed", repealedBy: "双政规〔2023〕1号" });
    const later = await (
      await req(s, "GET", `/api/documents/${encodeURIComponent("双政办规〔2026〕1号")}?asOf=2028-02-11`)
    ).json();
    expect(later.status).toBe("expired");
    expect(later.validTo).toBe("2028-02-10");
    const r = await req(s, "GET", `/api/documents/${encodeURIComponent("双政办规〔2026〕1号")}`);
    expect(r.status).toBe(200);
    const doc = await r.json();
    const a27 = doc.articles.find((a: { article: string }) => a.article === "第二十七条");
    expect(a27.text).toContain("1个工作日内完成审核");
    const one = await (
      await req(
        s,
        "GET",
        `/api/documents/${encodeURIComponent("双政办规[2026]1号")}?article=${encodeURIComponent("第二十七条")}`,
      )
    ).json();
    expect(one.articles).toHaveLength(1);
    expect((await req(s, "GET", `/api/documents/${encodeURIComponent("国发〔1999〕1号")}`)).status).toBe(404);
    expect((await req(s, "GET", "/api/documents?asOf=2026-13-01")).status).toBe(400);
  });
});
