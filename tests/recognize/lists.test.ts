// @vitest-environment jsdom
// The 5 000-row request queue and the 220-task supervision list: one Recognition per row, by adapter and by the
// generic recogniser, with values that match the generator's formulas row by row.
import { readFileSync } from "node:fs";
import { JSDOM } from "jsdom";
import { beforeAll, describe, expect, test } from "vitest";
import { recognizePage } from "../../extension/lib/recognize/index.ts";
import type { PageRecognition } from "../../extension/lib/recognize/types.ts";
import {
  QUEUE_ROWS,
  queueId,
  queueReceived,
  queueShareClass,
  queueStatus,
  queueType,
  type Task,
  taskCompletion,
} from "../../scripts/gen-portal-fixtures.ts";

const KIND_OF: Record<string, string> = {
  共享申请: "data-share-request",
  数据需求: "data-demand",
  开放申请: "open-data-request",
  校核申请: "data-correction",
};

const iso = (printed: string) => `${printed.replace(" ", "T")}:00+08:00`;

describe("5 000-row request queue", () => {
  const url = "http://127.0.0.1:8788/queue.html";
  let doc: Document;
  let byAdapter: PageRecognition;
  let generic: PageRecognition;
  beforeAll(() => {
    doc = new JSDOM(readFileSync("tests/fixtures/portal/queue.html", "utf8"), { url }).window.document;
    byAdapter = recognizePage(doc, url);
    generic = recognizePage(doc, url, []);
  });

  test("every row is one case, in page order, through the demo adapter", () => {
    expect(byAdapter.single).toBeUndefined();
    expect(byAdapter.rows).toHaveLength(QUEUE_ROWS);
    expect(byAdapter.rows.every((r) => r.source === "adapter")).toBe(true);
  });

  test("row n matches the generator: id, kind from 业务类型, receipt time, share class, status", () => {
    for (let n = 1; n <= QUEUE_ROWS; n++) {
      const r = byAdapter.rows[n - 1];
      expect(r.externalId).toBe(queueId(n));
      expect(r.kind).toBe(KIND_OF[queueType(n).name]);
      expect(r.facts.receivedAt).toBe(iso(queueReceived(n)));
      // 校核申请 has no decision field in the vocabulary: the status column is not read for it
      expect(r.facts.decision).toBe(r.kind === "data-correction" ? undefined : queueStatus(n));
      if (r.kind === "data-share-request") expect(r.facts.shareClass).toBe(queueShareClass(n));
      else expect(r.facts.shareClass).toBeUndefined(); // not a field of the other kinds
      expect(r.root.tagName).toBe("TR");
      expect(r.anchors.receivedAt?.textContent).toBe(queueReceived(n));
    }
  });

  test("spot checks written out by hand", () => {
    expect(byAdapter.rows[0]).toMatchObject({
      kind: "data-share-request",
      externalId: "GX-2026-00001",
      facts: { receivedAt: "2026-09-14T09:23:00+08:00", shareClass: "有条件共享", decision: "待审核" },
    });
    // row 13 (a 同意), row 29 (数据需求 → 驳回), row 8 (开放申请), row 9 (校核申请)
    expect(byAdapter.rows[12].facts.decision).toBe("同意");
    expect(byAdapter.rows[28]).toMatchObject({ kind: "data-correction", externalId: "JH-2026-00029" });
    expect(byAdapter.rows[7]).toMatchObject({ kind: "open-data-request", externalId: "KF-2026-00008" });
    expect(byAdapter.rows[6]).toMatchObject({ kind: "data-demand", externalId: "XQ-2026-00007" });
  });

  test("the generic recogniser finds the same rows without an adapter", () => {
    expect(generic.rows).toHaveLength(QUEUE_ROWS);
    expect(generic.rows.every((r) => r.source === "generic")).toBe(true);
    for (const i of [0, 1, 6, 7, 8, 12, 28, 4999]) {
      expect(generic.rows[i].kind).toBe(byAdapter.rows[i].kind);
      expect(generic.rows[i].externalId).toBe(byAdapter.rows[i].externalId);
      expect(generic.rows[i].facts).toEqual(byAdapter.rows[i].facts);
    }
    // the pager row (one cell spanning the table) is not a case
    expect(generic.rows.at(-1)?.externalId).toBe(queueId(QUEUE_ROWS));
  });
});

describe("220-task supervision list (双政发〔2026〕3号)", () => {
  const url = "http://localhost:8788/tasks.html";
  const tasks = (JSON.parse(readFileSync("shared/rules/packs/data/tasks-2026.json", "utf8")) as { tasks: Task[] })
    .tasks;
  let result: PageRecognition;
  beforeAll(() => {
    const doc = new JSDOM(readFileSync("tests/fixtures/portal/tasks.html", "utf8"), { url }).window.document;
    result = recognizePage(doc, url);
  });

  test("200 work-report tasks and 20 livelihood projects, each with list, 任务编号, 完成时限", () => {
    expect(result.rows).toHaveLength(220);
    expect(result.rows.filter((r) => r.facts.list === "政府工作报告")).toHaveLength(200);
    expect(result.rows.filter((r) => r.facts.list === "民生实事")).toHaveLength(20);
    result.rows.forEach((r, i) => {
      const t = tasks[i];
      expect(r.kind).toBe("supervision-task");
      expect(r.facts.taskNo).toBe(String(t.taskNo));
      expect(r.facts.dueText).toBe(t.dueText);
      expect(r.facts.completedAt).toBe(taskCompletion(t));
      expect(r.externalId).toBe(`${t.list}-${t.taskNo}`);
    });
  });

  test("任务编号 wins over 序号 (both are taskNo synonyms) in the generic recogniser", () => {
    const doc = new JSDOM(readFileSync("tests/fixtures/portal/tasks.html", "utf8"), { url }).window.document;
    const g = recognizePage(doc, url, []);
    expect(g.rows).toHaveLength(220);
    expect(g.rows[205].facts).toMatchObject({ list: "民生实事", taskNo: "6" });
    expect(g.rows[205].externalId).toBe("livelihood-6");
  });
});
