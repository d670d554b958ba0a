// @vitest-environment jsdom
// Declarative portal adapters: JSON data validated by zod, matched by URL, applied to detail and list pages.
import { readFileSync } from "node:fs";
import { JSDOM } from "jsdom";
import { describe, expect, test } from "vitest";
import { DEFAULT_ADAPTERS, DEMO_ADAPTERS, matchesUrl } from "../../extension/lib/adapters/index.ts";
import { AdapterError, parseAdapters } from "../../extension/lib/adapters/schema.ts";
import { recognizePage } from "../../extension/lib/recognize/index.ts";

function doc(html: string, url: string): Document {
  return new JSDOM(html, { url }).window.document;
}

describe("schema", () => {
  test("the bundled adapters are valid and survive a JSON round trip (they can be served like rule packs)", () => {
    const json = JSON.parse(JSON.stringify(DEMO_ADAPTERS));
    expect(parseAdapters(json)).toEqual(DEFAULT_ADAPTERS);
  });

  test("bad adapters are rejected with the path of each field at fault", () => {
    const bad = [
      { id: "Bad Id", version: "1", urlPattern: "(", list: { table: "table", columns: { x: {} } } },
      { id: "no-shape", version: "1", urlPattern: "x" },
      { id: "extra", version: "1", urlPattern: "x", single: { fields: {} }, script: "alert(1)" },
    ];
    let err: unknown;
    try {
      parseAdapters(bad);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(AdapterError);
    const paths = (err as AdapterError).issues.map((i) => i.path);
    expect(paths).toContain("0.id");
    expect(paths).toContain("0.urlPattern");
    expect(paths).toContain("0.list.columns.x");
    expect(paths.some((p) => p.startsWith("1"))).toBe(true);
    expect(paths.some((p) => p.startsWith("2"))).toBe(true);
    expect((err as Error).message).toMatch(/valid regular expression/);
  });

  test("URL patterns: the demo queue adapter matches the demo origins only", () => {
    const queue = DEFAULT_ADAPTERS[0];
    expect(matchesUrl(queue, "http://127.0.0.1:8788/queue.html")).toBe(true);
    expect(matchesUrl(queue, "http://localhost:41234/queue.html?page=2")).toBe(true);
    expect(matchesUrl(queue, "https://portal.example.gov.cn/queue.html")).toBe(false);
    expect(matchesUrl(queue, "http://127.0.0.1:8788/tasks.html")).toBe(false);
  });
});

describe("applying adapters", () => {
  const portalUrl = "https://gx.example.gov.cn/approve/detail.do?id=7";
  const detail = `<html><head><title>审批</title></head><body>
    <div id="hd"><span class="no">SQ-77</span></div>
    <table><tr><td class="k">接件时刻</td><td class="v" id="t">2026年10月9日 17时45分</td></tr>
    <tr><td class="k">处理意见</td><td id="d"><select><option>同意</option><option selected>不同意</option></select></td></tr>
    <tr><td class="k">说明文字</td><td id="r">  </td></tr></table></body></html>`;
  const adapter = {
    id: "gx-example",
    version: "1",
    urlPattern: "^https://gx\\.example\\.gov\\.cn/approve/detail\\.do",
    kind: "data-share-request",
    single: {
      root: "table",
      fields: {
        receivedAt: { selector: "#t" },
        decision: { labels: ["处理意见"] },
        reason: { selector: "#r" },
        notAField: { selector: "#hd" },
      },
      externalId: { selector: "#hd .no" },
    },
  };

  test("a detail-page adapter reads labels the generic recogniser does not know", () => {
    const d = doc(detail, portalUrl);
    expect(recognizePage(d, portalUrl, []).single).toBeUndefined();
    // An unknown field name is refused by validation (naming it) and, should one slip through, ignored.
    expect(() => parseAdapters([adapter])).toThrow(/single\.fields\.notAField/);
    const r = recognizePage(d, portalUrl, [adapter]);
    expect(r.single).toMatchObject({
      kind: "data-share-request",
      source: "adapter",
      externalId: "SQ-77",
      facts: { receivedAt: "2026-10-09T17:45:00+08:00", decision: "不同意", reason: "" },
    });
    expect(r.single?.facts).not.toHaveProperty("notAField");
    expect(r.single?.anchors.decision?.tagName).toBe("SELECT");
    expect(r.single?.root.tagName).toBe("TABLE");
  });

  test("an adapter for another URL is not used", () => {
    const d = doc(detail, "https://other.example/approve/detail.do");
    expect(recognizePage(d, "https://other.example/approve/detail.do", [adapter]).single).toBeUndefined();
  });

  test("a list adapter maps columns by header even when the portal reorders them, or by index", () => {
    const url = "https://gx.example.gov.cn/list";
    const html = `<table id="q"><tr><td>状态</td><td>编号</td><td>到达</td></tr>
      <tr><td>待处理</td><td>A-1</td><td>2026/9/30</td></tr>
      <tr><td>已驳回</td><td>A-2</td><td>2026/10/8</td></tr>
      <tr><td colspan="3">共 2 条</td></tr></table>`;
    const list = parseAdapters([
      {
        id: "gx-list",
        version: "1",
        urlPattern: "gx\\.example\\.gov\\.cn/list",
        kind: "data-share-request",
        list: {
          table: "#q",
          columns: { receivedAt: { header: ["到达"] }, decision: { index: 0 } },
          externalId: { header: ["编号"] },
        },
      },
    ]);
    const r = recognizePage(doc(html, url), url, list);
    expect(r.rows.map((x) => [x.externalId, x.facts])).toEqual([
      ["A-1", { receivedAt: "2026-09-30", decision: "待处理" }],
      ["A-2", { receivedAt: "2026-10-08", decision: "已驳回" }],
    ]);
  });

  test("an adapter whose columns no longer exist on the page yields to the generic recogniser", () => {
    const url = "https://gx.example.gov.cn/list";
    const html = `<table id="q"><tr><th>申请编号</th><th>业务类型</th><th>收件时间</th><th>审核状态</th></tr>
      <tr><td>A-1</td><td>共享申请</td><td>2026/9/30</td><td>待审核</td></tr></table>`;
    const stale = parseAdapters([
      {
        id: "gx-stale",
        version: "1",
        urlPattern: "gx\\.example\\.gov\\.cn/list",
        list: { table: "#q", columns: { receivedAt: { header: ["到达时间"] } } },
      },
    ]);
    const r = recognizePage(doc(html, url), url, stale);
    expect(r.rows).toHaveLength(1);
    expect(r.rows[0]).toMatchObject({
      source: "generic",
      kind: "data-share-request",
      externalId: "A-1",
      facts: { receivedAt: "2026-09-30", decision: "待审核" },
    });
  });

  test("the demo tasks adapter reads only the columns it lists", () => {
    const url = "http://127.0.0.1:8788/tasks.html";
    const r = recognizePage(doc(readFileSync("tests/fixtures/portal/tasks.html", "utf8"), url), url);
    expect(r.rows).toHaveLength(220);
    expect(Object.keys(r.rows[0].facts).sort()).toEqual(["completedAt", "dueText", "list", "taskNo"]);
    expect(r.rows[0].source).toBe("adapter");
  });
});
