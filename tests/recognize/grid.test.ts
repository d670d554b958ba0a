// @vitest-environment jsdom
// The grid model (extension/lib/recognize/grid.ts): header cells and row cells aligned by column whatever carries
// them — split header/body tables, a fixed column drawn again, wrapped cells, ARIA grids — a header row never read
// as a case, facts stated only by a type column or the list's heading, status columns that say a case is finished.
// The same principles run on the real frameworks end to end (tests/e2e/frameworks-list.test.ts).
import { JSDOM } from "jsdom";
import { describe, expect, test } from "vitest";
import { recognizePage } from "../../extension/lib/recognize/index.ts";

const url = "http://portal.example/list";

function page(body: string, title = "数据共享申请") {
  const doc = new JSDOM(`<!doctype html><title>${title}</title><body>${body}</body>`, { url }).window.document;
  return recognizePage(doc, url, []);
}

const cell = (t: string) => `<div class="cell">${t}</div>`;

/** A grid component with a fixed header: header table and body table in sibling wrappers, a scrollbar gutter. */
function splitGrid(rows: string[][], fixedLeft = false) {
  const head = `<div class="g-header"><table><thead><tr>${["", "申请编号", "业务类型", "收件时间", "审核状态"]
    .map((h) => `<th>${cell(h)}</th>`)
    .join("")}<th class="gutter"></th></tr></thead></table></div>`;
  const body = `<div class="g-body"><table><tbody>${rows
    .map((r) => `<tr><td>${cell('<input type="checkbox">')}</td>${r.map((c) => `<td>${cell(c)}</td>`).join("")}</tr>`)
    .join("")}</tbody></table></div>`;
  // a fixed-left copy: Element/layui draw the fixed columns again in their own header/body tables
  const fixed = fixedLeft
    ? `<div class="g-fixed">${head.replace("g-header", "g-fixed-header")}${body.replace("g-body", "g-fixed-body")}</div>`
    : "";
  return `<div class="grid"><div class="g-main">${head}${body}</div>${fixed}</div>`;
}

const ROWS = [
  ["GX-2026-00101", "有条件共享申请", "2026-09-14 09:23", "待审核"],
  ["GX-2026-00102", "无条件共享申请", "2026/09/15", "待审核"],
  ["GX-2026-00103", "有条件共享申请", "2026年9月16日", "已办结"],
];

describe("split header/body tables", () => {
  test("one case per body row, cells aligned with the header table's labels; the header is no case", () => {
    const r = page(`<h2>共享申请审核</h2>${splitGrid(ROWS)}`);
    expect(r.rows.map((x) => x.externalId)).toEqual(["GX-2026-00101", "GX-2026-00102", "GX-2026-00103"]);
    expect(r.rows[0]).toMatchObject({ kind: "data-share-request" });
    expect(r.rows[0].facts.receivedAt).toBe("2026-09-14T09:23:00+08:00");
    expect(r.rows[1].facts.receivedAt).toBe("2026-09-15");
    expect(r.rows[2].facts.receivedAt).toBe("2026-09-16");
    expect(r.rows[0].root.tagName).toBe("TR");
    expect(r.single).toBeUndefined(); // the list's cells are not read as a detail page
  });

  test("a fixed column drawn again over the grid is read once", () => {
    const r = page(splitGrid(ROWS, true));
    expect(r.rows).toHaveLength(3);
    // the main body's rows (the first grid in the page) carry the counters
    expect(r.rows[0].root.closest(".g-body")).not.toBeNull();
  });

  test("a type column implies facts: 有条件共享申请 ⇒ conditional share, 无条件共享申请 ⇒ unconditional", () => {
    const r = page(splitGrid(ROWS));
    expect(r.rows.map((x) => x.facts.shareClass)).toEqual(["有条件共享", "无条件共享", "有条件共享"]);
  });

  test("a status column says a case is finished (caseStatus), whatever the header calls it", () => {
    const r = page(splitGrid(ROWS));
    expect(r.rows.map((x) => x.facts.caseStatus)).toEqual(["待审核", "待审核", "已办结"]);
    // 审核状态 is also the decision's label: 已办结 is not a decision, so no decision is invented
    expect(r.rows[2].facts.decision).toBeUndefined();
    expect(r.rows[0].facts.decision).toBe("待审核");
  });
});

describe("one table", () => {
  test.each(["状态", "办理状态", "当前状态", "流程状态", "审批状态", "当前环节", "办理结果"])(
    "%s column: finishing words and a step name",
    (header) => {
      const r = page(
        `<table><tr><th>申请编号</th><th>共享类型</th><th>收件时间</th><th>${header}</th><th>回复时间</th></tr>
        <tr><td>A</td><td>有条件共享</td><td>2026-09-14</td><td>已回复</td><td>2026-09-15 10:00</td></tr>
        <tr><td>B</td><td>有条件共享</td><td>2026-09-14</td><td>科室初审</td><td></td></tr>
        <tr><td>C</td><td>有条件共享</td><td>2026-09-14</td><td>不予受理</td><td></td></tr></table>`,
      );
      expect(r.rows.map((x) => x.facts.caseStatus)).toEqual(["已回复", "科室初审", "不予受理"]);
      expect(r.rows[0].facts.decidedAt).toBe("2026-09-15T10:00:00+08:00"); // 回复时间: the completion time
    },
  );
});

describe("ARIA grids", () => {
  test("role=grid rows and cells (aria-colindex), header row not a case", () => {
    const hdr = ["申请编号", "收件时间", "共享类型", "办理状态"]
      .map((h, i) => `<div role="columnheader" aria-colindex="${i + 1}">${h}</div>`)
      .join("");
    const row = (id: string, at: string, st: string) =>
      // cells written out of order: aria-colindex places them
      `<div role="row"><div role="gridcell" aria-colindex="2">${at}</div><div role="gridcell" aria-colindex="1">${id}</div>` +
      `<div role="gridcell" aria-colindex="3">有条件共享</div><div role="gridcell" aria-colindex="4">${st}</div></div>`;
    const r = page(
      `<div role="grid"><div role="rowgroup"><div role="row">${hdr}</div></div><div role="rowgroup">${row("A-1", "2026-09-14", "办理中")}${row("A-2", "2026-09-15", "已完成")}</div></div>`,
    );
    expect(r.rows.map((x) => [x.externalId, x.facts.receivedAt, x.facts.caseStatus])).toEqual([
      ["A-1", "2026-09-14", "办理中"],
      ["A-2", "2026-09-15", "已完成"],
    ]);
  });

  test("a sticky header row drawn after the body rows in the DOM (el-table-v2) is the header, never a case", () => {
    const hdr = ["申请编号", "收件时间", "共享类型", "办理状态"]
      .map((h) => `<div role="columnheader">${h}</div>`)
      .join("");
    const row = (id: string, at: string) =>
      `<div role="row"><div role="cell">${id}</div><div role="cell">${at}</div><div role="cell">有条件共享</div><div role="cell">审核中</div></div>`;
    const r = page(
      `<div role="table"><div role="rowgroup">${row("B-1", "2026-09-14")}${row("B-2", "2026-09-15")}${row("B-3", "2026-09-16")}${row("B-4", "2026-09-17")}</div>` +
        `<div role="rowgroup"><div role="row">${hdr}</div></div></div>`,
    );
    expect(r.rows.map((x) => [x.externalId, x.facts.receivedAt])).toEqual([
      ["B-1", "2026-09-14"],
      ["B-2", "2026-09-15"],
      ["B-3", "2026-09-16"],
      ["B-4", "2026-09-17"],
    ]);
  });
});

describe("facts stated only by the list's heading", () => {
  const table = (
    id: string,
  ) => `<table class="t"><tr><th>任务编号</th><th>任务名称</th><th>牵头单位</th><th>完成时限</th><th>当前状态</th></tr>
    <tr><td>3</td><td>任务三</td><td>市发改委</td><td>6月底</td><td>推进中</td></tr>
    <tr><td>4</td><td>任务四</td><td>市财政局</td><td>10月底</td><td>已完成</td></tr></table><span id="${id}"></span>`;
  test("two 督办 tables on one page, each saying in its heading which task list it is", () => {
    const r = page(
      `<div class="panel"><div class="panel-heading">2026年政府工作报告重点工作任务督办台账（双政发〔2026〕3号 附件1）</div><div class="panel-body">${table("a")}</div></div>
       <div class="panel"><div class="panel-heading">2026年市政府20件民生实事督办台账</div><div class="panel-body">${table("b")}</div></div>`,
      "政府工作报告重点工作和民生实事督办",
    );
    expect(r.rows.map((x) => [x.kind, x.externalId, x.facts.list])).toEqual([
      ["supervision-task", "work-report-3", "政府工作报告重点工作"],
      ["supervision-task", "work-report-4", "政府工作报告重点工作"],
      ["supervision-task", "livelihood-3", "市政府20件民生实事"],
      ["supervision-task", "livelihood-4", "市政府20件民生实事"],
    ]);
    expect(r.rows[1].facts.caseStatus).toBe("已完成");
  });
  test("a title naming both lists decides nothing", () => {
    const r = page(table("a"), "政府工作报告重点工作和民生实事督办");
    expect(r.rows.every((x) => x.facts.list === undefined)).toBe(true);
  });
});
