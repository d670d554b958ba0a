// Honest uncertainty in the recogniser: every demo detail page is read with high confidence (so its counters show),
// a page whose kind rests on one label or on conflicting evidence is "low", and each field's printed text is kept.
import { JSDOM } from "jsdom";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { classifyScored } from "../../extension/lib/recognize/classify.ts";
import { recognizePage } from "../../extension/lib/recognize/index.ts";
import { labelKey } from "../../extension/lib/recognize/text.ts";
import { loadPage } from "./load.ts";

const DETAIL_PAGES = [
  "approval-application.html",
  "data-correction.html",
  "data-demand.html",
  "objection.html",
  "open-data-request.html",
  "share-request-pending.html",
  "share-request-rejected.html",
  "gbk.html",
  "frameset.html",
];

describe("recognition confidence", () => {
  let portal: { url: string; close(): Promise<void> };
  beforeAll(async () => {
    const { startDemoPortal } = await import("../../server/demo-portal.ts");
    portal = await startDemoPortal({ port: 0, host: "127.0.0.1" });
  });
  afterAll(async () => {
    await portal?.close();
  });

  test.each(DETAIL_PAGES)("%s is read with high confidence and says what it read", async (page) => {
    const url = new URL(page, portal.url.endsWith("/") ? portal.url : `${portal.url}/`).href;
    const dom = await loadPage(url);
    const r = recognizePage(dom.window.document, url);
    expect(r.single?.confidence).toBe("high");
    expect(Object.keys(r.single?.read ?? {})).toEqual(Object.keys(r.single?.facts ?? {}));
    dom.window.close();
  });

  test("hostile.html (its scripts off: they attack the page world, tested in e2e) is high confidence", async () => {
    const url = new URL("hostile.html", portal.url.endsWith("/") ? portal.url : `${portal.url}/`).href;
    const dom = await loadPage(url, { scripts: false });
    expect(recognizePage(dom.window.document, url).single?.confidence).toBe("high");
    dom.window.close();
  });

  test("thin or conflicting evidence is low confidence, with the rivals named", () => {
    expect(classifyScored([], [labelKey("共享类型")])).toMatchObject({
      kind: "data-share-request",
      confidence: "low",
    });
    const tie = classifyScored([], ["共享类型", "共享范围", "数据项", "数据提供部门"].map(labelKey));
    expect(tie.confidence).toBe("low");
    expect(tie.alternatives.length).toBe(1);
    expect(classifyScored(["数据共享申请详情"], [labelKey("共享类型")])).toMatchObject({
      kind: "data-share-request",
      confidence: "high",
      alternatives: [],
    });
  });

  test("a detail page with one distinctive label and no heading is low confidence", () => {
    const d = new JSDOM(`<table><tr><th>收件时间</th><td>2026-11-18 10:25</td></tr>
      <tr><th>共享类型</th><td>有条件共享</td></tr></table>`).window.document;
    const r = recognizePage(d, "https://x.example/a", []);
    expect(r.single).toMatchObject({ kind: "data-share-request", confidence: "low" });
    expect(r.single?.read).toEqual({ receivedAt: "2026-11-18 10:25", shareClass: "有条件共享" });
  });
});
