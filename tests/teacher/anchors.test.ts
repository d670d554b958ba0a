// The page teacher's adapter generation (jsdom): clicked elements → anchors that prefer labels, stable ids and
// column headers over positions; warnings for anchors matching nothing or several things; the generated adapter is
// valid data the recogniser reads the page with; a page that lost an anchor falls back to the generic recogniser.
import { JSDOM } from "jsdom";
import { describe, expect, test } from "vitest";
import { parseAdapter } from "../../extension/lib/adapters/schema.ts";
import { domFor, recognizePage } from "../../extension/lib/recognize/index.ts";
import { collectRoots } from "../../extension/lib/recognize/roots.ts";
import { anchorForHeader, anchorForValue, isStableId, stableSelector } from "../../extension/lib/teacher/anchors.ts";
import {
  adapterIdFor,
  buildAdapter,
  draftWarnings,
  emptyDraft,
  urlPatternFor,
} from "../../extension/lib/teacher/draft.ts";

const URL_ = "http://portal.example.gov.cn/odd/detail.jsp?id=7";

// Labels no vocabulary knows, in a div layout (label span + value span in one row div), a colon drawn by CSS.
const DETAIL = `<html><head><title>共享申请详情</title></head><body>
<h3>数据共享申请详情</h3>
<div class="form">
  <div class="row"><span class="k">流转号</span><span class="v">LZ-2026-0042</span></div>
  <div class="row"><span class="k">登记时点</span><span class="v"><b>2026-11-18 10:25</b></span></div>
  <div class="row"><div class="k">开放属性</div><div class="v" id="ctl00_main_lblShare">有条件共享</div></div>
  <div class="row"><span class="k">处理意见</span><span class="v"></span></div>
  <div class="row"><span class="k">备注</span><span class="v">甲</span></div>
  <div class="row"><span class="v">无标签</span></div>
  <div class="row"><span class="k">备注</span><span class="v">乙</span></div>
  <div class="row"><span class="v" id="el-id-1024-23">动态</span></div>
</div></body></html>`;

function page(html: string, url = URL_) {
  const doc = new JSDOM(html, { url }).window.document;
  const dom = domFor(doc);
  return { doc, dom, roots: collectRoots(dom, doc, { frames: true, shadowRoots: true }) };
}

const byText = (doc: Document, text: string) =>
  [...doc.querySelectorAll("span,div,b,th,td")].find(
    (e) => e.textContent?.trim() === text && !e.children.length,
  ) as Element;

describe("anchors from clicks", () => {
  test("a value next to a label is anchored by the label (even when the click lands inside the value)", () => {
    const { doc, dom, roots } = page(DETAIL);
    const a = anchorForValue(dom, roots, byText(doc, "2026-11-18 10:25"));
    expect(a).toMatchObject({ spec: { labels: ["登记时点"] }, quality: "label", matches: 1 });
    expect(a.element.textContent).toBe("2026-11-18 10:25");
    expect(anchorForValue(dom, roots, byText(doc, "有条件共享")).spec).toEqual({ labels: ["开放属性"] });
  });

  test("a value without a label: its stable id; a generated id is no anchor — a position, flagged", () => {
    const { doc, dom, roots } = page(DETAIL.replace('<span class="k">登记时点</span>', ""));
    const noLabel = anchorForValue(dom, roots, byText(doc, "无标签"));
    expect(noLabel.quality).toBe("position");
    expect(noLabel.matches).toBe(1);
    expect(noLabel.spec.selector).toMatch(/nth-of-type/);
    const dyn = anchorForValue(dom, roots, byText(doc, "动态"));
    expect(dyn.quality).toBe("position");
    expect(dyn.spec.selector).not.toContain("el-id");
    expect(stableSelector(dom, doc.getElementById("ctl00_main_lblShare") as Element)).toEqual({
      selector: "#ctl00_main_lblShare",
      quality: "id",
    });
    expect([isStableId("ctl00_main_lblReceiveDate"), isStableId("el-id-1024-23"), isStableId("ext-gen12")]).toEqual([
      true,
      false,
      false,
    ]);
  });

  test("a label printed twice is not used (it would match two values): the editor falls back and warns", () => {
    const { doc, dom, roots } = page(DETAIL);
    const a = anchorForValue(dom, roots, byText(doc, "乙"));
    expect(a.spec.labels).toBeUndefined();
    expect(a.quality).toBe("position");
  });

  test("list: the header cell gives table, header row and header text; duplicates and positions are warned", () => {
    const { doc, dom, roots } =
      page(`<table id="grid"><thead><tr><th>单号</th><th>到件</th><th>属性</th><th>到件</th></tr></thead>
      <tbody><tr><td>A-1</td><td>2026-11-18</td><td>有条件</td><td>x</td></tr></tbody></table>
      <table><tr><th>说明</th></tr></table>`);
    const th = doc.querySelectorAll("th");
    const col = anchorForHeader(dom, roots, th[2]);
    expect(col).toMatchObject({
      table: "#grid",
      headerRow: 0,
      column: { header: ["属性"] },
      matches: 1,
      tableMatches: 1,
    });
    expect(anchorForHeader(dom, roots, th[1])?.matches).toBe(2);
    const d = { ...emptyDraft(URL_, "t", "data-share-request", "list") };
    d.columns.shareClass = col as NonNullable<typeof col>;
    d.columns.receivedAt = anchorForHeader(dom, roots, th[1]) as NonNullable<typeof col>;
    d.idColumn = anchorForHeader(dom, roots, th[4]) as NonNullable<typeof col>;
    expect(draftWarnings(d)).toEqual([
      { field: "receivedAt", code: "many", n: 2 },
      { field: "externalId", code: "other-table" },
      { field: "externalId", code: "position" },
    ]);
    expect(anchorForHeader(dom, roots, doc.body)).toBeNull();
  });
});

describe("the adapter a draft becomes", () => {
  test("valid declarative data; the page is then read right; a changed page falls back and says what is gone", () => {
    const { doc, dom, roots } = page(DETAIL);
    const d = emptyDraft(URL_, "共享申请详情", "data-share-request");
    d.fields.receivedAt = anchorForValue(dom, roots, byText(doc, "2026-11-18 10:25"));
    d.fields.shareClass = anchorForValue(dom, roots, byText(doc, "有条件共享"));
    d.externalId = anchorForValue(dom, roots, byText(doc, "LZ-2026-0042"));
    expect(draftWarnings(d)).toEqual([]);
    const adapter = parseAdapter(JSON.parse(JSON.stringify(buildAdapter(d, new Date("2026-12-03T08:00:00Z")))));
    expect(adapter).toMatchObject({
      id: adapterIdFor(URL_),
      kind: "data-share-request",
      requireAll: true,
      urlPattern: urlPatternFor(URL_),
      single: { fields: { receivedAt: { labels: ["登记时点"] }, shareClass: { labels: ["开放属性"] } } },
    });
    // the generic recogniser cannot read this page; the adapter can
    expect(recognizePage(doc, URL_, []).single).toBeUndefined();
    const r = recognizePage(doc, "http://portal.example.gov.cn/odd/detail.jsp?id=8", [adapter]);
    expect(r.single).toMatchObject({
      source: "adapter",
      confidence: "high",
      externalId: "LZ-2026-0042",
      facts: { receivedAt: "2026-11-18T10:25:00+08:00", shareClass: "有条件共享" },
      read: { receivedAt: "2026-11-18 10:25", shareClass: "有条件共享" },
    });
    expect(r.staleAdapters).toBeUndefined();
    // another page of the portal is not this adapter's
    expect(recognizePage(doc, "http://portal.example.gov.cn/odd/list.jsp", [adapter]).single).toBeUndefined();

    // The portal renamed 登记时点: the adapter must not half-read the page; the generic recogniser runs; clerk told.
    const changed = page(DETAIL.replace("登记时点", "收件时间"));
    const r2 = recognizePage(changed.doc, URL_, [adapter]);
    expect(r2.staleAdapters).toEqual([
      { id: adapter.id, title: adapter.title, kind: "data-share-request", missing: ["receivedAt"] },
    ]);
    expect(r2.single?.source ?? "none").not.toBe("adapter");
  });

  test("ids and URL patterns: one per page path, the query ignored", () => {
    expect(adapterIdFor(URL_)).toBe(adapterIdFor("http://portal.example.gov.cn/odd/detail.jsp?id=99"));
    expect(adapterIdFor(URL_)).not.toBe(adapterIdFor("http://portal.example.gov.cn/odd/list.jsp"));
    expect(adapterIdFor(URL_)).toMatch(/^taught-odd-detail-jsp-[0-9a-z]+$/);
    const re = new RegExp(urlPatternFor(URL_));
    expect(re.test("http://portal.example.gov.cn/odd/detail.jsp")).toBe(true);
    expect(re.test("http://portal.example.gov.cn/odd/detail.jsp#x")).toBe(true);
    expect(re.test("http://portal.example.gov.cn/odd/detail.jspx")).toBe(false);
    expect(re.test("http://evil.example/?http://portal.example.gov.cn/odd/detail.jsp")).toBe(false);
  });

  test("a list draft: the page's rows are read by header, and a renamed header makes it stale", () => {
    const html = `<table id="grid"><tr><th>单号</th><th>到件时刻</th><th>属性</th></tr>
      <tr><td>A-1</td><td>2026-11-18 10:25</td><td>有条件共享</td></tr>
      <tr><td>A-2</td><td>2026/11/19</td><td>无条件共享</td></tr></table>`;
    const { doc, dom, roots } = page(html);
    const th = doc.querySelectorAll("th");
    const d = emptyDraft(URL_, "t", "data-share-request", "list");
    d.columns.receivedAt = anchorForHeader(dom, roots, th[1]) as NonNullable<ReturnType<typeof anchorForHeader>>;
    d.columns.shareClass = anchorForHeader(dom, roots, th[2]) as NonNullable<ReturnType<typeof anchorForHeader>>;
    d.idColumn = anchorForHeader(dom, roots, th[0]) as NonNullable<ReturnType<typeof anchorForHeader>>;
    const adapter = parseAdapter(buildAdapter(d));
    expect(recognizePage(doc, URL_, []).rows).toEqual([]);
    const r = recognizePage(doc, URL_, [adapter]);
    expect(r.rows.map((x) => [x.externalId, x.facts])).toEqual([
      ["A-1", { receivedAt: "2026-11-18T10:25:00+08:00", shareClass: "有条件共享" }],
      ["A-2", { receivedAt: "2026-11-19", shareClass: "无条件共享" }],
    ]);
    const changed = page(html.replace("属性", "共享属性X"));
    expect(recognizePage(changed.doc, URL_, [adapter]).staleAdapters?.[0].missing).toEqual(["shareClass"]);
  });
});
