// Honest uncertainty (shared/evaluate/honest.ts): a deadline whose fact is missing or unreadable, or whose case kind
// is uncertain, is never a counter; it comes back as "未能确定…" with the value found. Counters and findings say what
// they read and how they computed.
import { describe, expect, test } from "vitest";
import { conditionFields, evaluateHonestly } from "../../shared/evaluate/honest.ts";

const KIND = "data-share-request";
const RULE = "sy-data-27-review-deadline";
const NOW = "2026-11-18T11:00:00+08:00";

describe("evaluateHonestly", () => {
  test("all facts present: the counter, and how it was computed", () => {
    const h = evaluateHonestly({
      kind: KIND,
      facts: { receivedAt: "2026-11-18 10:25", shareClass: "有条件共享" },
      now: NOW,
    });
    expect(h.uncertain).toEqual([]);
    expect(h.result.deadlines.map((d) => [d.ruleId, d.due])).toEqual([[RULE, "2026-11-19"]]);
    expect(h.explainDeadline.get(RULE)?.zh).toBe("收件日期 2026-11-18 10:25 → 1个工作日 → 截止 2026-11-19");
    expect(h.explainDeadline.get(RULE)?.en).toContain("→ 1 working day(s) → due 2026-11-19");
  });

  test("an unreadable receipt time: no counter, 未能确定 with the value found, the rest still checked", () => {
    const h = evaluateHonestly({ kind: KIND, facts: { receivedAt: "待补录", shareClass: "有条件共享" }, now: NOW });
    expect(h.result.deadlines).toEqual([]);
    expect(h.uncertain).toHaveLength(1);
    expect(h.uncertain[0]).toMatchObject({
      ruleId: RULE,
      reason: "unreadable",
      fields: [{ field: "receivedAt", found: "待补录" }],
    });
    expect(h.uncertain[0].message.zh).toMatch(/^未能确定收件日期：无法计算.*审核时限.*页面显示“待补录”/);
    expect(h.unreadable).toMatchObject([{ field: "receivedAt", found: "待补录" }]);
    // the application-contents warnings do not depend on the receipt time: still there
    expect(h.result.findings.some((f) => f.checkId === "missing-scenario")).toBe(true);
  });

  test("a missing receipt time (a required field): no counter and no finding derived from a stand-in date", () => {
    const h = evaluateHonestly({ kind: KIND, facts: { shareClass: "有条件共享" }, now: NOW });
    expect(h.result.deadlines).toEqual([]);
    expect(h.uncertain.map((u) => [u.ruleId, u.reason, u.fields.map((f) => f.field)])).toEqual([
      [RULE, "missing", ["receivedAt"]],
    ]);
    expect(h.result.findings.some((f) => f.ruleId === RULE)).toBe(false);
  });

  test("a missing share class: 未能确定共享类型, because a conditional request would have a 1-day review", () => {
    const h = evaluateHonestly({ kind: KIND, facts: { receivedAt: "2026-11-18 10:25" }, now: NOW });
    expect(h.result.deadlines).toEqual([]);
    expect(h.uncertain.map((u) => u.message.zh)).toEqual([
      "未能确定共享类型：无法计算有条件共享审核时限（1个工作日）（页面上未找到共享类型）",
    ]);
  });

  test("a share class that rules the deadline out is not uncertain", () => {
    const h = evaluateHonestly({
      kind: KIND,
      facts: { receivedAt: "2026-11-18 10:25", shareClass: "无条件共享" },
      now: NOW,
    });
    expect(h.uncertain).toEqual([]);
    expect(h.result.deadlines).toEqual([]);
  });

  test("an uncertain kind holds every counter (and its overdue finding) back, naming the rivals", () => {
    const h = evaluateHonestly({
      kind: KIND,
      facts: { receivedAt: "2026-10-08 10:25", shareClass: "有条件共享" },
      now: NOW,
      kindUncertain: { alternatives: ["data-demand"] },
    });
    expect(h.result.deadlines).toEqual([]);
    expect(h.result.findings.some((f) => f.checkId === "overdue")).toBe(false);
    expect(h.uncertain[0]).toMatchObject({ ruleId: RULE, reason: "kind" });
    expect(h.uncertain[0].message.zh).toMatch(/^未能确定业务类型（识别为“.+”，也可能是“.+”）：无法计算/);
  });

  test("a finding says what it read; a late decision's explanation says when it was done", () => {
    const h = evaluateHonestly({
      kind: KIND,
      facts: {
        receivedAt: "2026-11-18 10:25",
        shareClass: "有条件共享",
        decision: "不同意",
        decidedAt: "2026-11-20 09:00",
        reason: "",
      },
      now: NOW,
    });
    const i = h.result.findings.findIndex((f) => f.checkId === "rejected-without-reason");
    expect(h.explainFinding[i].zh).toMatch(/^读取：.*（空）.*不同意/);
    expect(h.explainDeadline.get(RULE)?.zh).toMatch(/截止 2026-11-19；审核时间 2026-11-20 09:00（逾期）$/);
  });

  test("conditionFields reads the fact fields of a condition, not row.* / now / due", () => {
    expect([
      ...conditionFields({
        all: [
          { eq: ["shareClass", "conditional"] },
          { before: ["decidedAt", "due"] },
          { present: "row.x" },
          { not: { empty: "reason" } },
        ],
      }),
    ]).toEqual(["shareClass", "decidedAt", "reason"]);
  });
});
