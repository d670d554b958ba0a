// @vitest-environment jsdom
// From page to rule: what the recogniser reads on each demo page, evaluated by the shared evaluator, gives the
// due dates and findings written by hand in tests/fixtures/portal/README.md (2026 calendar).
import { readFileSync } from "node:fs";
import { JSDOM } from "jsdom";
import { describe, expect, test } from "vitest";
import { recognizePage } from "../../extension/lib/recognize/index.ts";
import type { Recognition } from "../../extension/lib/recognize/types.ts";
import { queueId, TASKS_CLOCK } from "../../scripts/gen-portal-fixtures.ts";
import { evaluate } from "../../shared/evaluate/index.ts";

const BASE = "http://127.0.0.1:8788/";

async function recognise(file: string, runScripts = false): Promise<Recognition> {
  const html = readFileSync(`tests/fixtures/portal/${file}`);
  const dom = new JSDOM(html, { url: BASE + file, runScripts: runScripts ? "dangerously" : undefined });
  await new Promise((ok) => setTimeout(ok, 0)); // custom-element reactions (the objection's shadow root) run after parsing
  const r = recognizePage(dom.window.document, BASE + file);
  if (!r.single) throw new Error(`${file}: nothing recognised`);
  return r.single;
}

function run(rec: Pick<Recognition, "kind" | "facts">, now: string) {
  const e = evaluate({ kind: rec.kind, facts: rec.facts, now });
  return {
    deadlines: e.deadlines.map((d) => ({
      due: d.due,
      status: d.status,
      met: d.met ?? null,
      provisional: d.provisional,
    })),
    findings: e.findings
      .filter((f) => f.severity !== "info")
      .map((f) => ({ severity: f.severity, doc: f.citation.docNo, article: f.citation.article })),
  };
}

const art = (article: string, severity = "violation") => ({ severity, doc: "双政办规〔2026〕1号", article });

describe("detail pages", () => {
  test("share-request-rejected: due 2026-10-08, decided late, 不同意 without a reason", async () => {
    const r = run(await recognise("share-request-rejected.html"), "2026-10-09T12:00:00+08:00");
    expect(r.deadlines).toEqual([{ due: "2026-10-08", status: "overdue", met: false, provisional: false }]);
    expect(r.findings).toContainEqual(art("第二十七条"));
  });

  test("share-request-pending: due 2026-09-28, due today on the 28th, overdue on the 29th, no finding", async () => {
    const rec = await recognise("share-request-pending.html");
    expect(run(rec, "2026-09-28T10:00:00+08:00")).toEqual({
      deadlines: [{ due: "2026-09-28", status: "due-today", met: null, provisional: false }],
      findings: [],
    });
    expect(run(rec, "2026-09-29T10:00:00+08:00").deadlines[0].status).toBe("overdue");
  });

  test("data-demand: due 2026-05-08, met; 驳回 with a stock phrase is a violation", async () => {
    const r = run(await recognise("data-demand.html"), "2026-05-07T12:00:00+08:00");
    expect(r.deadlines[0]).toMatchObject({ due: "2026-05-08", met: true });
    expect(r.findings).toContainEqual(art("第三十二条"));
  });

  test("open-data-request (frame): due 2026-06-24, met; refusal without a basis is a violation", async () => {
    const r = run(await recognise("frames/open-data-detail.html"), "2026-06-23T12:00:00+08:00");
    expect(r.deadlines).toEqual([{ due: "2026-06-24", status: "ok", met: true, provisional: false }]);
    expect(r.findings).toContainEqual(art("第三十九条"));
  });

  test("data-correction: due 2026-02-26 across 春节 and the 02-14 调休 Saturday; overdue on the 27th", async () => {
    const r = run(await recognise("data-correction.html"), "2026-02-27T10:00:00+08:00");
    expect(r.deadlines[0]).toMatchObject({ due: "2026-02-26", status: "overdue" });
  });

  test("gbk: due 2026-05-09 (调休 Saturday)", async () => {
    const r = run(await recognise("gbk.html"), "2026-05-08T15:00:00+08:00");
    expect(r.deadlines.map((d) => d.due)).toContain("2026-05-09");
  });

  test("objection (shadow root): evidence in, dataset still open → violation 第四十条", async () => {
    const r = run(await recognise("objection.html", true), "2026-05-08T12:00:00+08:00");
    expect(r.findings).toContainEqual(art("第四十条"));
  });

  test("approval application: the 暂停实施 item is a violation of 双政规〔2017〕7号", async () => {
    const r = run(await recognise("approval-application.html"), "2026-03-16T10:00:00+08:00");
    expect(r.findings.map((f) => [f.severity, f.doc])).toContainEqual(["violation", "双政规〔2017〕7号"]);
  });

  test("frameset detail: due 2026-10-10, a 调休 Saturday", async () => {
    const r = run(await recognise("frames/detail.html"), "2026-10-10T10:00:00+08:00");
    expect(r.deadlines).toEqual([{ due: "2026-10-10", status: "due-today", met: null, provisional: false }]);
  });

  test("hostile page: the injected values do not stop the deadline (2026-11-23)", async () => {
    const r = run(await recognise("hostile.html", true), "2026-11-20T10:00:00+08:00");
    expect(r.deadlines[0]).toMatchObject({ due: "2026-11-23", met: null });
  });

  test("SPA demand received 2026-12-30: due 2027-01-05, provisional", () => {
    const dom = new JSDOM(readFileSync("tests/fixtures/portal/spa.html"), {
      url: `${BASE}spa.html#/detail/XQ-2026-1230-011`,
      runScripts: "dangerously",
    });
    const rec = recognizePage(dom.window.document, dom.window.location.href).single;
    expect(rec?.kind).toBe("data-demand");
    const r = run(rec as Recognition, "2026-12-31T10:00:00+08:00");
    expect(r.deadlines[0]).toMatchObject({ due: "2027-01-05", provisional: true });
  });
});

describe("queue rows", () => {
  test("hand-checked rows of the README at 2026-09-30 10:00", () => {
    const dom = new JSDOM(readFileSync("tests/fixtures/portal/queue.html"), { url: `${BASE}queue.html` });
    const rows = recognizePage(dom.window.document, `${BASE}queue.html`).rows;
    const now = "2026-09-30T10:00:00+08:00";
    const expected: [n: number, due: string, status: string][] = [
      [1, "2026-09-15", "overdue"],
      [2, "2026-09-20", "overdue"],
      [3, "2026-09-28", "overdue"],
      [4, "2026-09-30", "due-today"],
      [6, "2026-09-22", "overdue"],
      [7, "2026-09-29", "overdue"],
      [9, "2026-09-18", "overdue"],
      [5000, "2026-09-20", "overdue"],
    ];
    for (const [n, due, status] of expected) {
      const row = rows[n - 1];
      expect(row.externalId).toBe(queueId(n));
      const d = run(row, now).deadlines;
      expect(d[0], `row ${n}`).toMatchObject({ due, status });
    }
    expect(run(rows[7], now).deadlines[0].due).toBe("2026-10-10"); // row 8, 5 working days over 国庆
  });
});

describe("supervision task list", () => {
  test("at the demo clock 2026-12-20: open tasks past 完成时限 overdue, late completions not met, early ones met", () => {
    const dom = new JSDOM(readFileSync("tests/fixtures/portal/tasks.html"), { url: `${BASE}tasks.html` });
    const rows = recognizePage(dom.window.document, `${BASE}tasks.html`).rows;
    const byId = new Map(rows.map((r) => [r.externalId, r]));
    const at = (id: string) => {
      const row = byId.get(id);
      if (!row) throw new Error(`${id} not recognised`);
      return run(row, TASKS_CLOCK).deadlines[0];
    };
    expect(at("work-report-50")).toMatchObject({ due: "2026-05-31", status: "overdue", met: null }); // 5月底, open
    expect(at("work-report-70")).toMatchObject({ due: "2026-10-31", met: false }); // done 11-05
    expect(at("work-report-11")).toMatchObject({ due: "2026-11-30", met: true }); // done 11-19
    expect(at("livelihood-4")).toMatchObject({ due: "2026-10-31", status: "overdue", met: null });
    expect(at("livelihood-3")).toMatchObject({ due: "2026-12-31", met: true }); // done 06-18
    const open = at("work-report-1"); // 12月底, open, 8 working days left
    expect(open.due).toBe("2026-12-31");
    expect(open.status).not.toBe("overdue");
  });
});
