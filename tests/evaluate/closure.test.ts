// A finished case stops its clocks: status words (已办结, 已回复, 同意, 驳回, 不予受理 …) and decisions close a
// case's deadlines even when the page shows no completion time — such a deadline is closed, never overdue.
import { describe, expect, it } from "vitest";
import { evaluate } from "../../shared/evaluate/index.ts";
import { caseClosed } from "../../shared/kinds/closure.ts";
import { normalizeFacts } from "../../shared/kinds/index.ts";

const NOW = "2026-10-09T10:00:00+08:00";

describe("caseStatus (办理状态, 当前环节 …)", () => {
  it("normalises finishing words to done and anything else to open", () => {
    for (const v of ["已办结", "已完成", "已审核", "已回复", "已反馈", "不予受理", "办结"])
      expect(normalizeFacts("data-share-request", { caseStatus: v }).facts.caseStatus, v).toBe("done");
    for (const v of ["同意", "驳回", "不同意", "审核通过"])
      expect(normalizeFacts("data-share-request", { caseStatus: v }).facts.caseStatus, v).toBe("decided");
    for (const v of ["待审核", "办理中", "未办结", "科室初审", "分管领导审批"])
      expect(normalizeFacts("data-share-request", { caseStatus: v }).facts.caseStatus, v).toBe("open");
    expect(normalizeFacts("data-share-request", { caseStatus: "—" }).facts.caseStatus).toBeUndefined();
  });
  it("caseClosed: a finished status closes every deadline; a decision only those done by decidedAt", () => {
    expect(caseClosed("data-demand", { caseStatus: "done" })).toBe(true);
    expect(caseClosed("data-demand", { caseStatus: "done" }, "mountedAt")).toBe(true);
    expect(caseClosed("data-demand", { caseStatus: "open" }, "decidedAt")).toBe(false);
    expect(caseClosed("data-demand", { decision: "rejected" }, "decidedAt")).toBe(true);
    expect(caseClosed("data-demand", { decision: "rejected" }, "mountedAt")).toBe(false);
    expect(caseClosed("data-demand", { decision: "pending" }, "decidedAt")).toBe(false);
    // a status column saying 同意 is a decision too: it ends the review, not the mounting (第三十二条)
    expect(caseClosed("data-demand", { caseStatus: "decided" }, "decidedAt")).toBe(true);
    expect(caseClosed("data-demand", { caseStatus: "decided" }, "mountedAt")).toBe(false);
  });
});

describe("evaluate: a finished case is never overdue", () => {
  const base = { receivedAt: "2026-09-14 09:23", shareClass: "有条件共享" };
  it("已办结 without a time: closed, status ok, no overdue finding, met unknown", () => {
    const r = evaluate({ kind: "data-share-request", facts: { ...base, caseStatus: "已办结" }, now: NOW });
    const d = r.deadlines.find((x) => x.ruleId === "sy-data-27-review-deadline");
    expect(d).toMatchObject({ due: "2026-09-15", status: "ok", closed: true });
    expect(d?.met).toBeUndefined();
    expect(r.findings.some((f) => f.checkId === "overdue")).toBe(false);
  });
  it("the same case still open is overdue", () => {
    const r = evaluate({ kind: "data-share-request", facts: { ...base, caseStatus: "待审核" }, now: NOW });
    const d = r.deadlines.find((x) => x.ruleId === "sy-data-27-review-deadline");
    expect(d).toMatchObject({ status: "overdue" });
    expect(d?.closed).toBeUndefined();
  });
  it("a completion time says whether it was in time (late: met false, closed)", () => {
    const r = evaluate({
      kind: "data-share-request",
      facts: { ...base, caseStatus: "已办结", decidedAt: "2026-09-17 10:00" },
      now: NOW,
    });
    const d = r.deadlines.find((x) => x.ruleId === "sy-data-27-review-deadline");
    expect(d).toMatchObject({ met: false, closed: true, doneAt: "2026-09-17T10:00:00+08:00" });
    expect(d?.remaining.overdueWorkdays).toBe(2);
  });
  it("a supervision task marked 已完成 stops its clock", () => {
    const open = evaluate({ kind: "supervision-task", facts: { list: "民生实事", taskNo: "4" }, now: "2026-12-20" });
    expect(open.deadlines[0]?.status).toBe("overdue");
    const done = evaluate({
      kind: "supervision-task",
      facts: { list: "民生实事", taskNo: "4", caseStatus: "已完成" },
      now: "2026-12-20",
    });
    expect(done.deadlines[0]).toMatchObject({ status: "ok", closed: true });
  });
});
