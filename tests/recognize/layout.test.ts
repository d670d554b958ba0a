// @vitest-environment jsdom
// Label/value pairs built from layout (no framework classes, no per-site setup) and the date spellings real
// portals print. Small pages, one point each; the same principles run on the real framework pages in
// tests/recognize/frameworks.test.ts (Chromium) and tests/e2e/frameworks-detail.test.ts (with the extension).
import { JSDOM } from "jsdom";
import { describe, expect, test } from "vitest";
import { recognizePage } from "../../extension/lib/recognize/index.ts";
import { toDate } from "../../extension/lib/recognize/values.ts";

const URL = "http://127.0.0.1:9/page.html";

function page(title: string, body: string) {
  const doc = new JSDOM(
    `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`,
    { url: URL },
  ).window.document;
  return recognizePage(doc, URL, []);
}

const SHARE = "数据共享申请详情";

describe("label element and the value laid out next to it", () => {
  test("a label and its sibling container holding a readonly input (layui-form-item shape)", () => {
    const r = page(
      SHARE,
      `<form><div class="item"><label class="lbl">收件时间</label><div class="block"><input value="2026-11-18 10:25:33" readonly></div></div>
       <div class="item"><label>共享类型</label><div><span>有条件共享</span></div></div></form>`,
    );
    expect(r.single?.facts).toEqual({ receivedAt: "2026-11-18T10:25:33+08:00", shareClass: "有条件共享" });
    expect(r.single?.anchors.receivedAt.localName).toBe("input");
  });

  test("a label whose `for` names no element id (Element UI writes the field's prop there)", () => {
    const r = page(
      SHARE,
      `<form><div><label for="receivedAt" style="width:120px">收件日期</label><div><div class="el-input"><input value="20261118"></div></div></div></form>`,
    );
    expect(r.single?.facts.receivedAt).toBe("2026-11-18");
  });

  test("a label inside a wrapper that holds only the label: the wrapper's next sibling (ant-form-item shape)", () => {
    const r = page(
      SHARE,
      `<div class="row"><div class="label-col"><label title="收件时间">收件时间</label></div><div class="control-col"><div><div><input value="2026.11.18"></div></div></div></div>`,
    );
    expect(r.single?.facts.receivedAt).toBe("2026-11-18");
  });

  test("two spans in one cell, the colon drawn by CSS (descriptions without border)", () => {
    const r = page(
      SHARE,
      `<table><tr><td><div><span class="label has-colon">收件时间</span><span class="content">2026年11月18日</span></div></td>
       <td><div><span class="label has-colon">共享类型</span><span class="content">有条件共享</span></div></td></tr></table>`,
    );
    expect(r.single?.facts).toEqual({ receivedAt: "2026-11-18", shareClass: "有条件共享" });
  });

  test("a row of labels over a row of values is paired by column, not label with label (vertical descriptions)", () => {
    const r = page(
      SHARE,
      `<table><tr><td class="label">收件时间</td><td class="label">共享类型</td></tr><tr><td>2026/11/18</td><td>有条件共享</td></tr>
       <tr><td class="label">审核结果</td><td class="label">审核时间</td></tr><tr><td>待审核</td><td></td></tr></table>`,
    );
    expect(r.single?.facts).toEqual({
      receivedAt: "2026-11-18",
      shareClass: "有条件共享",
      decision: "待审核",
      caseStatus: "待审核", // 审核结果 also says whether the case is finished (shared/kinds closure)
      decidedAt: "",
    });
  });

  test("a tab title that reads like a label is navigation, not a label", () => {
    const r = page(
      SHARE,
      `<div role="tablist"><div role="tab">审核结果</div><div role="tab">办理记录</div></div>
       <div><label>收件时间</label><div>2026-11-18</div></div>`,
    );
    expect(r.single?.facts).toEqual({ receivedAt: "2026-11-18" });
  });

  test("a container holding other labelled fields is a section, not a value", () => {
    const r = page(
      SHARE,
      `<div><span>审核结果</span><div class="section"><label>收件时间</label><div>2026-11-18</div></div></div>`,
    );
    expect(r.single?.facts).toEqual({ receivedAt: "2026-11-18" });
  });
});

describe("what the page shows, not what it hides", () => {
  test("an inactive tab pane (display:none, as v-show writes it) never overrides the active one", () => {
    const r = page(
      SHARE,
      `<div role="tabpanel" style="display: none;"><table><tr><th>收件日期</th><td>2026-11-10 09:30</td><th>审核结果</th><td>不同意</td></tr></table></div>
       <div role="tabpanel"><form><div><label>收件时间</label><div><input value="2026-11-18"></div></div>
       <div><label>审核结果</label><div><input value="待审核"></div></div></form></div>`,
    );
    expect(r.single?.facts).toEqual({ receivedAt: "2026-11-18", decision: "待审核", caseStatus: "待审核" });
  });

  test("elements with the hidden attribute are not read", () => {
    const r = page(SHARE, `<p hidden>收件时间：2026-01-01</p><p>收件时间：2026-11-18</p>`);
    expect(r.single?.facts.receivedAt).toBe("2026-11-18");
  });

  test("a select rendered as text next to its hidden native <select>: the shown choice", () => {
    const r = page(
      SHARE,
      `<div><label>共享类型</label><div><select style="display:none"><option>无条件共享</option><option selected>有条件共享</option></select>
       <div class="fake-select"><input value="有条件共享" readonly></div></div></div>
       <div><label>收件时间</label><div>2026-11-18</div></div>`,
    );
    expect(r.single?.facts.shareClass).toBe("有条件共享");
  });

  test("an empty rendered control is an empty field, whatever decoration sits beside it", () => {
    const r = page(
      "开放申请办理",
      `<form><div><label>收到日期</label><div><input value="2026-11-18"></div></div>
       <div><label>答复日期</label><div><input placeholder="开始日期"><span>至</span><input placeholder="结束日期"></div></div></form>`,
    );
    expect(r.single?.facts).toEqual({ receivedAt: "2026-11-18", decidedAt: "" });
  });
});

describe("a dialog over a page is the case", () => {
  const LIST = `<form><div><label>收到日期</label><div><input placeholder="开始日期"></div></div>
    <div><label>办理结果</label><div><input value="全部"></div></div></form>
    <table><tr><th>申请编号</th><th>收到日期</th></tr><tr><td>KF-2026-1116-003</td><td>2026-11-16</td></tr></table>`;

  test("role=dialog aria-modal: its pairs only, and its title classifies", () => {
    const r = page(
      "业务办理",
      `${LIST}<div role="dialog" aria-modal="true" aria-label="开放申请详情"><table>
        <tr><td><span>申请编号</span><span>KF-2026-1118-012</span></td><td><span>收到日期</span><span>2026年11月18日</span></td></tr>
        <tr><td><span>办理结果</span><span>待审核</span></td></tr></table></div>`,
    );
    expect(r.single?.kind).toBe("open-data-request");
    expect(r.single?.externalId).toBe("KF-2026-1118-012");
    expect(r.single?.facts).toEqual({ receivedAt: "2026-11-18", decision: "待审核", caseStatus: "待审核" });
  });

  test("<dialog open> over the page; a closed one is ignored", () => {
    const r = page(
      "开放申请办理",
      `${LIST}<dialog><p>收到日期：2026-01-05</p></dialog><dialog open><p>收到日期：2026-11-19</p><p>办理结果：同意</p></dialog>`,
    );
    expect(r.single?.facts).toEqual({ receivedAt: "2026-11-19", decision: "同意", caseStatus: "同意" });
  });
});

describe("dates as real portals write them", () => {
  const cases: [string, string][] = [
    ["2026-11-18 10:25:33", "2026-11-18T10:25:33+08:00"],
    ["2026/11/18", "2026-11-18"],
    ["2026/11/18 9:05:00", "2026-11-18T09:05:00+08:00"],
    ["20261118", "2026-11-18"],
    ["20261118 102533", "2026-11-18T10:25:33+08:00"],
    ["20261118102533", "2026-11-18T10:25:33+08:00"],
    ["2026.11.18", "2026-11-18"],
    ["2026.11.18 14:05", "2026-11-18T14:05:00+08:00"],
    ["2026年11月18日", "2026-11-18"],
    ["2026年11月18日 9时05分", "2026-11-18T09:05:00+08:00"],
    ["２０２６－１１－１８", "2026-11-18"],
    ["２０２６年１１月１８日　１０：２５", "2026-11-18T10:25:00+08:00"],
    ["二〇二六年十一月十八日", "2026-11-18"],
    ["二〇二六年十二月三十一日", "2026-12-31"],
    ["2026/11/18 下午 3:20:00", "2026-11-18T15:20:00+08:00"],
    ["2026-11-18上午10:05", "2026-11-18T10:05:00+08:00"],
    ["2026年11月18日 星期三", "2026-11-18"],
    ["2026-11-18T02:25:33.000Z", "2026-11-18T10:25:33+08:00"],
  ];
  for (const [input, out] of cases) test(`${input} → ${out}`, () => expect(toDate(input)).toBe(out));

  test("impossible days and non-dates are kept as printed", () => {
    expect(toDate("20261318")).toBe("20261318");
    expect(toDate("20260230")).toBe("20260230");
    expect(toDate("二〇二六年十三月一日")).toBe("二〇二六年十三月一日");
    expect(toDate("12345678901")).toBe("12345678901");
  });
});
