// @vitest-environment jsdom
// Every demo-portal page, served by the real demo portal over HTTP, loaded into jsdom with its own scripts and
// frames, and recognised: the expected case kind, facts (ISO dates, 身份证号 masked) and anchors.
import type { JSDOM } from "jsdom";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { recognizePage } from "../../extension/lib/recognize/index.ts";
import { type DemoPortal, startDemoPortal } from "../../server/demo-portal.ts";
import { loadPage } from "./load.ts";

let portal: DemoPortal;
const open: JSDOM[] = [];

beforeAll(async () => {
  portal = await startDemoPortal({ port: 0 });
});
afterAll(async () => {
  for (const d of open) d.window.close();
  await portal.close();
});

async function recognise(page: string) {
  const url = portal.url + page;
  const dom = await loadPage(url);
  open.push(dom);
  return { dom, url, result: recognizePage(dom.window.document, url) };
}

function text(el: Element | undefined): string {
  return (el?.textContent ?? "").replace(/\s+/g, " ").trim();
}

describe("detail pages", () => {
  test("share request, 不同意 without a reason: every field, dates ISO, 身份证号 masked", async () => {
    const { result } = await recognise("share-request-rejected.html");
    expect(result.rows).toEqual([]);
    const s = result.single;
    expect(s?.kind).toBe("data-share-request");
    expect(s?.source).toBe("generic");
    expect(s?.externalId).toBe("GX-2026-0930-017");
    expect(s?.facts).toEqual({
      receivedAt: "2026-09-30T15:20:00+08:00",
      shareClass: "有条件共享",
      scenario: "核验失业保险金申领人户籍信息（申领人 张国庆，身份证号 230506********1613）",
      method: "接口服务",
      scope: "市人社局失业保险科（限 3 名经办人员）",
      basis: "《失业保险条例》第十六条、第十七条",
      decidedAt: "2026-10-09T10:12:00+08:00",
      decision: "不同意",
      caseStatus: "不同意",
      reason: "",
    });
    // the anchor of a field is the cell showing its value (where the overlay puts its marker)
    expect(text(s?.anchors.decision)).toBe("不同意");
    expect(s?.anchors.reason?.tagName).toBe("TD");
    expect(text(s?.anchors.receivedAt)).toBe("2026-09-30 15:20");
    expect(JSON.stringify(s?.facts)).not.toContain("230506197503021613");
    expect(s?.root.tagName).toBe("TABLE");
  });

  test("share request pending: form fields (select, textarea), 共享属性 and 依据 synonyms, 2026/9/24", async () => {
    const { result } = await recognise("share-request-pending.html");
    const s = result.single;
    expect(s?.kind).toBe("data-share-request");
    expect(s?.facts).toMatchObject({
      receivedAt: "2026-09-24",
      shareClass: "有条件共享",
      method: "前置机推送",
      basis: "《社会救助暂行办法》第十一条",
      decision: "待审核",
      reason: "",
    });
    expect(s?.anchors.decision?.tagName).toBe("SELECT");
    expect(s?.anchors.reason?.tagName).toBe("TEXTAREA");
  });

  test("share request pending: the clerk's choice in the form is read live", async () => {
    const { dom, url } = await recognise("share-request-pending.html");
    const doc = dom.window.document;
    (doc.getElementById("shyj") as HTMLSelectElement).value = "不同意";
    (doc.getElementById("bgyy") as HTMLTextAreaElement).value = "  申请用途与履职依据不符  ";
    const s = recognizePage(doc, url).single;
    expect(s?.facts.decision).toBe("不同意");
    expect(s?.facts.reason).toBe("申请用途与履职依据不符");
  });

  test("data demand in a definition list: 2026年4月30日 16时00分, list of data items, boolean, 驳回", async () => {
    const { result } = await recognise("data-demand.html");
    expect(result.single?.kind).toBe("data-demand");
    expect(result.single?.externalId).toBe("XQ-2026-0430-008");
    expect(result.single?.facts).toEqual({
      receivedAt: "2026-04-30T16:00:00+08:00",
      provider: "市民政局",
      dataItems: ["低保对象姓名", "身份证号", "保障类别", "保障起止日期"],
      scenario: "困难群众医疗救助资格自动认定",
      basis: "《医疗保障基金使用监督管理条例》；《黑龙江省医疗救助办法》第八条",
      cataloged: false,
      decision: "驳回",
      caseStatus: "驳回",
      reason: "不符合条件",
      decidedAt: "2026-05-07T11:05:00+08:00",
    });
    expect(result.single?.anchors.reason?.tagName).toBe("DD");
  });

  test("open-data request inside a same-origin iframe: refusal with an empty 依据", async () => {
    const { result } = await recognise("open-data-request.html");
    const s = result.single;
    expect(s?.kind).toBe("open-data-request");
    expect(s?.externalId).toBe("KF-2026-0616-004");
    expect(s?.facts).toEqual({
      receivedAt: "2026-06-16",
      decidedAt: "2026-06-23",
      decision: "不同意",
      caseStatus: "不同意",
      reason: "该数据涉及运营企业商业秘密，暂不开放。",
      basis: "",
    });
    // the anchors live in the frame's document
    expect(s?.anchors.basis?.ownerDocument.title).toBe("申请详情");
  });

  test("frames can be left out (a content script running in every frame)", async () => {
    const { dom, url } = await recognise("open-data-request.html");
    expect(recognizePage(dom.window.document, url, undefined, { frames: false }).single).toBeUndefined();
  });

  test("data correction: 收&nbsp;件&nbsp;日&nbsp;期, half-width colon labels, empty resolution fields", async () => {
    const { result } = await recognise("data-correction.html");
    expect(result.single?.kind).toBe("data-correction");
    expect(result.single?.externalId).toBe("JH-2026-0212-002");
    expect(result.single?.facts).toEqual({
      receivedAt: "2026-02-12T14:00:00+08:00",
      resolvedAt: "",
      feedbackAt: "",
      caseStatus: "办理中", // 办理状态: still being handled
    });
  });

  test("objection rendered in an open shadow root: evidence given, dataset still open", async () => {
    const { result } = await recognise("objection.html");
    const s = result.single;
    expect(s?.kind).toBe("open-data-objection");
    expect(s?.externalId).toBe("YY-2026-0508-001");
    expect(s?.facts).toEqual({
      receivedAt: "2026-05-08T09:10:00+08:00",
      evidence: true,
      datasetOpen: true,
      suspendedAt: "",
    });
    expect(s?.anchors.datasetOpen?.getRootNode()).not.toBe(s?.anchors.datasetOpen?.ownerDocument);
  });

  test("approval application for a 暂停实施 item of 双政规〔2017〕7号", async () => {
    const { result } = await recognise("approval-application.html");
    expect(result.single?.kind).toBe("approval-application");
    expect(result.single?.facts).toEqual({
      itemName: "风景名胜区内建设活动审批",
      department: "市规划局",
      appliedAt: "2026-03-16",
    });
    expect(JSON.stringify(result.single)).not.toContain("230502198807150026");
  });

  test("frameset: the detail frame is found through the frameset (接收时间 2026-10-09 17:45)", async () => {
    const { result } = await recognise("frameset.html");
    expect(result.single?.kind).toBe("data-share-request");
    expect(result.single?.externalId).toBe("GX-2026-1009-021");
    expect(result.single?.facts).toMatchObject({
      receivedAt: "2026-10-09T17:45:00+08:00",
      shareClass: "有条件共享",
      decision: "待审核",
    });
    expect(result.single?.anchors.receivedAt?.ownerDocument.title).toBe("共享申请审核");
  });
});

describe("single-page app", () => {
  test("hash routing and pushState swap the case; recognition follows the DOM", async () => {
    const { dom, url } = await recognise("spa.html#/detail/GX-2026-0213-005");
    const win = dom.window;
    const first = recognizePage(win.document, url).single;
    expect(first?.kind).toBe("data-share-request");
    expect(first?.facts.receivedAt).toBe("2026-02-13T16:30:00+08:00");

    // hash navigation (hashchange)
    const changed = new Promise<void>((ok) => win.addEventListener("hashchange", () => ok(), { once: true }));
    win.location.hash = "#/detail/XQ-2026-1230-011";
    await changed;
    const second = recognizePage(win.document, win.location.href).single;
    expect(second?.kind).toBe("data-demand");
    expect(second?.externalId).toBe("XQ-2026-1230-011");
    expect(second?.facts).toMatchObject({
      receivedAt: "2026-12-30T10:00:00+08:00",
      provider: "市卫生健康委员会",
      dataItems: ["出生医学证明编号", "出生日期", "监护人姓名"],
      decision: "待审核",
    });

    // pushState (no hashchange event): the page re-renders itself
    (win.document.getElementById("next") as HTMLButtonElement).click();
    expect(win.location.hash).toBe("#/detail/GX-2026-0213-005");
    expect(recognizePage(win.document, win.location.href).single?.kind).toBe("data-share-request");

    // the list view has no case
    win.history.pushState({}, "", "#/list");
    win.dispatchEvent(new win.PopStateEvent("popstate"));
    expect(recognizePage(win.document, win.location.href)).toEqual({ rows: [] });
  });
});

describe("GBK page", () => {
  test("served as text/html; charset=gbk with real GBK bytes, decoded and recognised", async () => {
    const res = await fetch(`${portal.url}gbk.html`);
    expect(res.headers.get("content-type")).toBe("text/html; charset=gbk");
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(bytes)).toThrow();
    expect(new TextDecoder("gbk").decode(bytes)).toContain("公共数据校核申请");

    const { dom, result } = await recognise("gbk.html");
    expect(dom.window.document.characterSet).toBe("GBK");
    expect(result.single?.kind).toBe("data-correction");
    expect(result.single?.externalId).toBe("JH-2026-0429-013");
    expect(result.single?.facts).toEqual({
      receivedAt: "2026-04-29T09:05:00+08:00",
      resolvedAt: "2026-05-08T14:30:00+08:00",
      feedbackAt: "",
    });
  });
});

describe("hostile page", () => {
  test("overridden DOM API is never called; injected markup stays text; nothing runs", async () => {
    const { dom, result } = await recognise("hostile.html");
    const win = dom.window as unknown as Record<string, unknown>;
    expect(win.__hostileReady).toBe(true);
    // the page really did replace the API: a naive reader gets lies
    expect(dom.window.document.querySelector("table")).toBeNull();
    expect(win.__hostileCalls).toBe(1);
    const s = result.single;
    expect(s?.kind).toBe("data-share-request");
    expect(s?.facts.receivedAt).toBe("2026-11-20T09:00:00+08:00");
    expect(s?.facts.shareClass).toBe("有条件共享");
    expect(s?.facts.decision).toBe("待审核");
    expect(s?.facts.scenario).toBe(
      "<script>window.__shixianPwned='scenario'</script>核验申请人 230502********0026 的户籍",
    );
    expect(s?.facts.reason).toBe("</td></tr></table><script>window.__shixianPwned='reason'</script>");
    expect(s?.facts.basis).toContain("{window.__shixianPwned='tpl'}");
    expect(s?.externalId).toBe(`GX-2026-1120-666<img src=x onerror="window.__shixianPwned='id'">`);
    // recognition called none of the page's replacements, and no injected string ran
    expect(win.__hostileCalls).toBe(1);
    expect(win.__shixianPwned).toBeUndefined();
    // the values are text nodes, not elements
    expect(s?.anchors.scenario?.children.length).toBe(0);
  });
});
