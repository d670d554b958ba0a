// @vitest-environment jsdom
// The generic recogniser on small pages written for one point each: label synonyms, layouts, date formats,
// value conversion, kind detection, masking.
import { JSDOM } from "jsdom";
import { describe, expect, test } from "vitest";
import { maskPersonalNumbers } from "../../extension/lib/privacy.ts";
import { recognizePage } from "../../extension/lib/recognize/index.ts";
import { toBoolean, toDate } from "../../extension/lib/recognize/values.ts";

const URL = "http://127.0.0.1:9/page.html";

function page(title: string, body: string) {
  const doc = new JSDOM(
    `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`,
    {
      url: URL,
    },
  ).window.document;
  return recognizePage(doc, URL, []);
}

const rows = (pairs: [string, string][]) =>
  `<table>${pairs.map(([l, v]) => `<tr><td>${l}</td><td>${v}</td></tr>`).join("")}</table>`;

describe("label synonyms (issue 5 list)", () => {
  const cases: [kind: string, title: string, field: string, labels: string[], value: string, expected: unknown][] = [
    [
      "data-share-request",
      "数据共享申请",
      "receivedAt",
      ["收件日期", "收到日期", "受理日期", "申请日期", "提交时间", "接收时间", "收件时间"],
      "2026-09-30",
      "2026-09-30",
    ],
    ["data-share-request", "数据共享申请", "shareClass", ["共享类型", "共享属性"], "有条件共享", "有条件共享"],
    ["data-share-request", "数据共享申请", "scenario", ["应用场景"], "低保核对", "低保核对"],
    ["data-share-request", "数据共享申请", "method", ["共享方式"], "接口服务", "接口服务"],
    ["data-share-request", "数据共享申请", "scope", ["共享范围"], "低保科", "低保科"],
    ["data-share-request", "数据共享申请", "basis", ["履职依据", "依据"], "《条例》", "《条例》"],
    ["data-demand", "数据需求", "basis", ["使用依据", "依据"], "《办法》", "《办法》"],
    ["data-demand", "数据需求", "provider", ["数据提供部门", "提供部门"], "市公安局", "市公安局"],
    ["data-demand", "数据需求", "dataItems", ["数据项"], "姓名、住址；电话", ["姓名", "住址", "电话"]],
    [
      "data-share-request",
      "数据共享申请",
      "decision",
      ["审核结果", "审核意见", "办理结果", "审核状态"],
      "驳回",
      "驳回",
    ],
    [
      "data-share-request",
      "数据共享申请",
      "reason",
      ["理由", "原因", "驳回原因", "不予共享理由"],
      "超出履职范围",
      "超出履职范围",
    ],
    [
      "approval-application",
      "报建审批申请",
      "itemName",
      ["事项名称", "申请事项", "审批事项"],
      "临时占用草原许可",
      "临时占用草原许可",
    ],
    ["supervision-task", "督办任务", "taskNo", ["任务编号", "序号"], "27", "27"],
    ["supervision-task", "督办任务", "dueText", ["完成时限"], "6月底前", "6月底前"],
  ];
  for (const [kind, title, field, labels, value, expected] of cases)
    for (const label of labels)
      test(`${label} → ${kind}.${field}`, () => {
        const r = page(title, rows([[`${label}：`, value]]));
        expect(r.single?.kind).toBe(kind);
        expect(r.single?.facts[field]).toEqual(expected);
      });

  test("decision values 同意 / 不同意 / 驳回 / 待审核 are kept as printed (the longest alias wins)", () => {
    for (const v of ["同意", "不同意", "驳回", "待审核"])
      expect(
        page("数据共享申请", rows([["审核结果", `<font color=red><b>${v}</b></font>`]])).single?.facts.decision,
      ).toBe(v);
    expect(page("数据共享申请", rows([["审核结果", "【不同意】（已短信通知）"]])).single?.facts.decision).toBe(
      "不同意",
    );
  });
});

describe("layouts", () => {
  test("th/td pairs and several pairs per row", () => {
    const r = page(
      "数据共享申请",
      `<table><tr><th>收件时间</th><td>2026-09-30 15:20</td><th>审核结果</th><td>同意</td></tr></table>`,
    );
    // 审核结果 names the decision and the case status (shared/kinds caseStatus): both read the same cell
    expect(r.single?.facts).toEqual({ receivedAt: "2026-09-30T15:20:00+08:00", decision: "同意", caseStatus: "同意" });
  });

  test("an unknown label's value is never read as a label", () => {
    const r = page(
      "数据共享申请",
      rows([
        ["备注：", "审核结果"],
        ["审核结果：", "同意"],
      ]),
    );
    expect(r.single?.facts).toEqual({ decision: "同意", caseStatus: "同意" });
  });

  test("label with &nbsp;, full-width spaces and a required star; value with &nbsp;", () => {
    const r = page(
      "数据共享申请",
      rows([["*&nbsp;收　件&nbsp;日&nbsp;期&nbsp;：", "&nbsp;2026-09-30&nbsp;15:20&nbsp;"]]),
    );
    expect(r.single?.facts.receivedAt).toBe("2026-09-30T15:20:00+08:00");
  });

  test("definition list", () => {
    const r = page("数据需求", "<dl><dt>数据项：</dt><dd>姓名、身份证号</dd><dt>受理日期</dt><dd>2026/9/30</dd></dl>");
    expect(r.single?.facts).toEqual({ dataItems: ["姓名", "身份证号"], receivedAt: "2026-09-30" });
  });

  test("form fields with <label for>, wrapping labels, and a control in the next cell", () => {
    const r = page(
      "数据共享申请",
      `<form><label for="a">共享方式</label><input id="a" value="文件上传">
       <label>共享范围 <input value="科室"></label>
       <table><tr><td>理由</td><td><textarea>不符合第二十五条</textarea></td></tr></table></form>`,
    );
    expect(r.single?.facts).toEqual({ method: "文件上传", scope: "科室", reason: "不符合第二十五条" });
    expect(r.single?.anchors.method?.tagName).toBe("INPUT");
  });

  test("inline 标签：值 text in a <p> or <span>", () => {
    const r = page("数据需求详情", "<p>提供部门：市民政局</p><span>收到日期： 2026年9月30日</span>");
    expect(r.single?.facts).toEqual({ provider: "市民政局", receivedAt: "2026-09-30" });
  });

  test("a page with nothing recognisable gives no case", () => {
    expect(page("首页", "<p>欢迎使用</p><table><tr><td>通知</td><td>系统维护</td></tr></table>")).toEqual({ rows: [] });
  });
});

describe("kind from headings and labels", () => {
  test.each([
    ["公共数据开放异议处理", "open-data-objection"],
    ["公共数据校核申请单", "data-correction"],
    ["有条件开放申请", "open-data-request"],
    ["数据需求详情", "data-demand"],
    ["投资项目报建审批申请", "approval-application"],
    ["督办任务清单", "supervision-task"],
    ["数据共享申请审核", "data-share-request"],
  ])("%s → %s", (title, kind) => {
    expect(
      page(
        title,
        rows([
          ["收到日期", "2026-09-30"],
          ["审批事项", "x"],
          ["任务编号", "1"],
        ]),
      ).single?.kind,
    ).toBe(kind);
  });

  test("without a telling heading, labels decide", () => {
    expect(
      page(
        "详情",
        rows([
          ["共享类型", "有条件共享"],
          ["收件时间", "2026-09-30"],
        ]),
      ).single?.kind,
    ).toBe("data-share-request");
    expect(
      page(
        "详情",
        rows([
          ["相关证据材料", "有"],
          ["数据集状态", "已中止开放"],
        ]),
      ).single?.facts,
    ).toEqual({
      evidence: true,
      datasetOpen: false,
    });
  });
});

describe("values", () => {
  test.each([
    ["2026-09-30 15:20", "2026-09-30T15:20:00+08:00"],
    ["2026/9/30", "2026-09-30"],
    ["2026年9月30日 15时20分", "2026-09-30T15:20:00+08:00"],
    ["2026年09月30日", "2026-09-30"],
    ["2026-09-30T15:20:05", "2026-09-30T15:20:05+08:00"],
    ["２０２６－０９－３０", "2026-09-30"],
    ["2026.9.30 8:05", "2026-09-30T08:05:00+08:00"],
    ["\u00a02026-09-30\u00a015:20\u00a0", "2026-09-30T15:20:00+08:00"],
    ["2026-09-30 15:20（系统自动记录）", "2026-09-30T15:20:00+08:00"],
    ["2028-02-29", "2028-02-29"],
    ["", ""],
  ])("date %j → %j", (input, out) => {
    expect(toDate(input)).toBe(out);
  });

  test("an unreadable date is kept as printed, for the evaluator to name the field", () => {
    expect(toDate("2026-02-30")).toBe("2026-02-30");
    expect(toDate("待定")).toBe("待定");
  });

  test.each([
    ["是", true],
    ["否", false],
    ["已提交（3 份）", true],
    ["未提交", false],
    ["开放中", true],
    ["已中止开放", false],
    ["无", false],
    ["有", true],
    ["", ""],
    ["不详", "不详"],
  ])("boolean %j → %j", (input, out) => {
    expect(toBoolean(input)).toBe(out);
  });

  test("身份证号 and mobile numbers are masked (region code / prefix and last four kept), other numbers are not", () => {
    expect(maskPersonalNumbers("申请人 230502198807150026，电话 13900001111")).toBe(
      "申请人 230502********0026，电话 139****1111",
    );
    expect(maskPersonalNumbers("23052119690930003X")).toBe("230521********003X");
    expect(maskPersonalNumbers("统一社会信用代码 91230500MA1B2C3D4E")).toBe("统一社会信用代码 91230500MA1B2C3D4E");
    expect(maskPersonalNumbers("流水号 1234567890123456789")).toBe("流水号 1234567890123456789");
    const r = page(
      "数据共享申请",
      rows([
        ["应用场景", "核验 230502198807150026"],
        ["申请编号", "230502198807150026"],
      ]),
    );
    expect(r.single?.facts.scenario).toBe("核验 230502********0026");
    expect(r.single?.externalId).toBe("230502********0026");
  });
});

describe("what the extension inserts is never read back", () => {
  test("row counters, field markers and the overlay's shadow root are ignored on a re-run", () => {
    const url = "http://127.0.0.1:9/x.html";
    const html = `<html><head><title>数据共享申请</title></head><body>
      <table><tr><td>收件时间</td><td id="t">2026-09-30 15:20</td></tr>
      <tr><td>审核结果</td><td id="d">待审核</td></tr><tr><td>理由</td><td id="r"></td></tr></table>
      <table id="q"><tr><th>申请编号</th><th>业务类型</th><th>收件时间</th><th>审核状态</th></tr>
      <tr><td>GX-1</td><td>共享申请</td><td id="c">2026-09-29 10:00</td><td>待审核</td></tr></table></body></html>`;
    const dom = new JSDOM(html, { url });
    const doc = dom.window.document;
    const before = recognizePage(doc, url, []);
    // what the content script adds (extension/lib/overlay): counters in rows, markers next to fields, the overlay
    const counter = () => {
      const s = doc.createElement("span");
      s.setAttribute("data-shixian-row", "");
      s.innerHTML = "<span data-status='overdue'>已超期 2 个工作日 2026-09-30</span>";
      return s;
    };
    doc.getElementById("c")?.appendChild(counter());
    doc.getElementById("t")?.appendChild(counter());
    const marker = doc.createElement("span");
    marker.setAttribute("data-shixian-marker", "violation");
    marker.textContent = "⚠ 未说明理由：不同意";
    doc.getElementById("r")?.appendChild(marker);
    const overlay = doc.createElement("shixian-overlay");
    overlay.attachShadow({ mode: "open" }).innerHTML =
      "<h1>有条件开放申请</h1><table><tr><td>审核结果</td><td>同意</td></tr><tr><td>收到日期</td><td>2020-01-01</td></tr></table>";
    doc.body.appendChild(overlay);
    const layer = doc.createElement("shixian-rows");
    layer.attachShadow({ mode: "open" }).innerHTML =
      "<table><tr><th>申请编号</th><th>业务类型</th><th>收件时间</th><th>审核状态</th></tr><tr><td>X</td><td>共享申请</td><td>2020-01-01</td><td>同意</td></tr></table>";
    doc.body.appendChild(layer);
    const after = recognizePage(doc, url, []);
    expect(after.single?.kind).toBe("data-share-request");
    expect(after.single?.facts).toEqual(before.single?.facts);
    expect(after.single?.facts).toEqual({
      receivedAt: "2026-09-30T15:20:00+08:00",
      decision: "待审核",
      caseStatus: "待审核",
      reason: "",
    });
    expect(after.rows.map((r) => r.facts)).toEqual(before.rows.map((r) => r.facts));
    expect(after.rows[0].facts.receivedAt).toBe("2026-09-29T10:00:00+08:00");
  });
});
