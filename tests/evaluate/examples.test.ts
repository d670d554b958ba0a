// The case kinds, one realistic example each, through evaluate() with all bundled packs.
import { describe, expect, it } from "vitest";
import { evaluate } from "../../shared/evaluate/index.ts";
import { CASE_KINDS, KINDS } from "../../shared/kinds/index.ts";

const NOW = "2026-10-12T10:00:00+08:00";
const ids = (r: ReturnType<typeof evaluate>) => r.findings.map((f) => `${f.ruleId}/${f.checkId}`);

describe("examples of the issue's case kinds", () => {
  it("data-share-request: pending conditional request over National Day", () => {
    const r = evaluate({
      kind: "data-share-request",
      facts: {
        receivedAt: "2026/9/30",
        shareClass: "有条件共享",
        scenario: "低保核验",
        method: "接口",
        scope: "民政",
        basis: "条例",
        decision: "待审核",
      },
      now: NOW,
    });
    expect(r.deadlines.map((d) => [d.ruleId, d.due, d.status])).toEqual([
      ["sy-data-27-review-deadline", "2026-10-08", "overdue"],
    ]);
    expect(ids(r)).toContain("sy-data-27-review-deadline/overdue");
  });
  it("data-demand: reasonable and uncatalogued", () => {
    const r = evaluate({
      kind: "data-demand",
      facts: {
        receivedAt: "2026-09-28",
        provider: "市公安局",
        dataItems: "户籍地址",
        scenario: "入学",
        basis: "职责",
        decision: "同意",
        decidedAt: "2026-09-29",
        cataloged: "否",
      },
      now: NOW,
    });
    // 09-28 (Mon) +3 wd: 09-29, 09-30, 10-08; +10 wd: … 10-09, 10-10 (调休 Saturday), 10-12 … 10-16
    expect(r.deadlines.map((d) => [d.ruleId, d.due])).toEqual([
      ["sy-data-32-review-deadline", "2026-10-08"],
      ["sy-data-32-catalog-mount-deadline", "2026-10-16"],
    ]);
    expect(r.deadlines[0].met).toBe(true);
  });
  it("data-correction, open-data-request, open-data-objection, catalog-update, data-grant", () => {
    expect(evaluate({ kind: "data-correction", facts: { receivedAt: "2026-10-09" }, now: NOW }).deadlines[0].due).toBe(
      "2026-10-15",
    );
    const odr = evaluate({
      kind: "open-data-request",
      facts: { receivedAt: "2026-09-30", decision: "不予开放", decidedAt: "2026-10-09", reason: "涉及个人隐私" },
      now: NOW,
    });
    expect(ids(odr)).toContain("sy-data-39-refusal-reason-basis/refused-without-basis");
    const obj = evaluate({
      kind: "open-data-objection",
      facts: { receivedAt: "2026-10-12T08:30", evidence: "是", datasetOpen: "是" },
      now: NOW,
    });
    expect(obj.deadlines[0]).toMatchObject({ due: "2026-10-12", status: "due-today" });
    const cat = evaluate({
      kind: "catalog-update",
      facts: { changedAt: "2026-09-25", submittedAt: "2026-10-12" },
      now: NOW,
    });
    // 09-25 (中秋, Fri) +10 wd: 09-28, 09-29, 09-30, 10-08, 10-09, 10-10 (调休), 10-12 … 10-15
    expect(cat.deadlines[0]).toMatchObject({ due: "2026-10-15", met: true });
    // 07-11 + 3 months = 10-11, a Sunday: 民法典 第二百零三条 moves the end to Monday 10-12 (due today, not overdue)
    const sunday = evaluate({ kind: "data-grant", facts: { lastCalledAt: "2026-07-11" }, now: NOW });
    expect(sunday.deadlines[0]).toMatchObject({ due: "2026-10-12", status: "due-today" });
    const grant = evaluate({ kind: "data-grant", facts: { lastCalledAt: "2026-07-08" }, now: NOW });
    expect(ids(grant)).toContain("sy-data-31-idle-grant/overdue");
  });
  it("every kind of the vocabulary evaluates its required fields without error", () => {
    const sample: Record<string, unknown> = {
      date: "2026-09-30",
      text: "示例",
      number: 1,
      money: 100,
      boolean: "否",
      list: "甲、乙",
    };
    for (const kind of CASE_KINDS) {
      const def = KINDS.get(kind);
      const facts: Record<string, unknown> = {};
      for (const [name, f] of Object.entries(def?.fields ?? {}))
        if (f.required) facts[name] = f.type === "enum" ? Object.keys(f.values ?? {})[0] : sample[f.type];
      if (kind === "supervision-task") facts.taskNo = 1;
      const r = evaluate({ kind, facts, now: NOW });
      expect(r.kind, kind).toBe(kind);
    }
  });
});
