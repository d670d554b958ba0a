// evaluate(): errors, deadlines with done fields, effective windows, document status, table binding, caching.
import { describe, expect, it } from "vitest";
import { createCalendar } from "../../shared/calendar/index.ts";
import { compilePackSet, EvaluationError, evaluate } from "../../shared/evaluate/index.ts";
import { allPacks } from "../../shared/rules/packs/index.ts";
import type { Rule, RulePack } from "../../shared/rules/schema.ts";
import { SAMPLE_EVALUATE_REQUEST } from "../server/sample-requests.ts";

const NOW = "2026-03-20T09:00:00+08:00";

function pack(rules: Rule[], tables?: RulePack["tables"]): RulePack {
  return {
    id: "test-pack",
    version: "1",
    docNos: ["双政办规〔2026〕1号"],
    title: { zh: "测试", en: "Test" },
    tables,
    rules,
  };
}

function errorOf(fn: () => unknown): EvaluationError {
  try {
    fn();
  } catch (e) {
    if (e instanceof EvaluationError) return e;
    throw e;
  }
  throw new Error("expected an EvaluationError");
}

describe("the issue's example: a conditional share request refused without a reason", () => {
  const r = evaluate({
    kind: "data-share-request",
    facts: {
      receivedAt: "2026-09-30T15:00:00+08:00",
      shareClass: "有条件共享",
      scenario: "低保资格复核",
      method: "接口服务",
      scope: "市民政局",
      basis: "《社会救助暂行办法》",
      decision: "不同意",
      decidedAt: "2026年10月9日 10时30分",
      reason: "不符合条件",
    },
    now: "2026-10-12T09:00:00+08:00",
  });
  it("counts 1 working day over the National Day holiday and flags the late decision", () => {
    const d = r.deadlines.find((x) => x.ruleId === "sy-data-27-review-deadline");
    expect(d).toMatchObject({
      due: "2026-10-08",
      dueAt: "2026-10-08T23:59:59+08:00",
      met: false,
      status: "overdue",
      provisional: false,
    });
    expect(d?.doneAt).toBe("2026-10-09T10:30:00+08:00");
    const late = r.findings.find((f) => f.checkId === "completed-late");
    expect(late?.severity).toBe("violation");
    expect(late?.citation).toMatchObject({ docNo: "双政办规〔2026〕1号", article: "第二十七条" });
  });
  it("flags the stock-phrase reason as no reason", () => {
    const f = r.findings.find((x) => x.checkId === "rejected-without-reason");
    expect(f).toMatchObject({ severity: "violation", field: "reason", documentStatus: "in-force" });
    expect(f?.message.zh).toContain("不符合条件");
    expect(f?.message.en).toMatch(/specific reason/);
  });
  it("returns the normalised facts", () => {
    expect(r.facts).toMatchObject({
      shareClass: "conditional",
      decision: "rejected",
      decidedAt: "2026-10-09T10:30:00+08:00",
    });
    expect(r.now).toBe("2026-10-12T09:00:00+08:00");
  });
});

describe("bad input: a clear error listing every field at fault", () => {
  it("unknown kind", () => {
    const e = errorOf(() => evaluate({ kind: "data-sharing-request", facts: {}, now: NOW }));
    expect(e.issues).toEqual([{ path: "kind", message: expect.stringContaining("data-share-request") }]);
  });
  it("malformed facts: all of them", () => {
    const e = errorOf(() =>
      evaluate({
        kind: "data-share-request",
        facts: { receivedAt: "下周一", shareClass: "部分共享", decision: "同意", decidedAt: 12 },
        now: NOW,
      }),
    );
    expect(e.issues.map((i) => i.path).sort()).toEqual(["facts.decidedAt", "facts.receivedAt", "facts.shareClass"]);
    expect(e.message).toMatch(/facts\.receivedAt: expected a date/);
  });
  it("missing facts object, bad now, non-object input", () => {
    expect(errorOf(() => evaluate({ kind: "data-correction", facts: null, now: NOW })).issues[0].path).toBe("facts");
    expect(
      errorOf(() => evaluate({ kind: "data-correction", facts: { receivedAt: "2026-03-02" }, now: "soon" })).issues[0]
        .path,
    ).toBe("now");
    expect(errorOf(() => evaluate(null as never)).issues[0].path).toBe("(root)");
  });
  it("a start date outside the calendar's range names the field", () => {
    const p = [pack([{ ...deadlineRule("receivedAt"), effective: { from: "1990-01-01" } }])];
    const e = errorOf(() =>
      evaluate({ kind: "data-correction", facts: { receivedAt: "1990-03-02" }, now: NOW }, { packs: p }),
    );
    expect(e.issues.map((i) => i.path)).toEqual(["facts.receivedAt"]);
  });
});

function deadlineRule(start: string, extra: Partial<Rule> = {}): Rule {
  return {
    id: "t-deadline",
    kind: "data-correction",
    title: { zh: "测试时限", en: "Test limit" },
    citation: { docNo: "双政办规〔2026〕1号", article: "第二十八条" },
    effective: { from: "2026-02-11" },
    deadline: {
      label: { zh: "核实时限", en: "Verify" },
      start,
      period: { unit: "workday", amount: 5 },
      doneField: "feedbackAt",
    },
    ...extra,
  };
}

describe("deadlines", () => {
  const packs = [pack([deadlineRule("receivedAt")])];
  const ev = (facts: Record<string, unknown>, now = NOW) =>
    evaluate({ kind: "data-correction", facts, now }, { packs });
  it("open and not yet due: status from remaining(), no finding", () => {
    const r = ev({ receivedAt: "2026-03-02" }, "2026-03-04T09:00:00+08:00");
    expect(r.deadlines[0]).toMatchObject({ due: "2026-03-09", status: "ok", met: undefined });
    expect(r.deadlines[0].remaining.workdaysLeft).toBe(3);
    expect(r.findings).toEqual([]);
  });
  it("open and overdue: a violation naming the working days", () => {
    const r = ev({ receivedAt: "2026-03-02" }, "2026-03-11T09:00:00+08:00");
    expect(r.deadlines[0].status).toBe("overdue");
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ checkId: "overdue", severity: "violation", field: "feedbackAt" });
    expect(r.findings[0].message.zh).toContain("已逾期2个工作日");
  });
  it("done on the due day (even at 23:59) is met; done after is completed late", () => {
    expect(ev({ receivedAt: "2026-03-02", feedbackAt: "2026-03-09T23:59" }).deadlines[0]).toMatchObject({
      met: true,
      status: "ok",
    });
    const late = ev({ receivedAt: "2026-03-02", feedbackAt: "2026-03-10T08:00" });
    expect(late.deadlines[0]).toMatchObject({ met: false, status: "overdue" });
    expect(late.findings[0]).toMatchObject({ checkId: "completed-late" });
    expect(late.deadlines[0].remaining.overdueWorkdays).toBe(1);
  });
  it("no start → no deadline", () => {
    const p = [pack([deadlineRule("resolvedAt")])];
    expect(
      evaluate({ kind: "data-correction", facts: { receivedAt: "2026-03-02" }, now: NOW }, { packs: p }).deadlines,
    ).toEqual([]);
  });
  it("a provisional year says so, and stops saying so once the year is published", () => {
    const cal = createCalendar();
    const p = [pack([{ ...deadlineRule("receivedAt"), effective: { from: "2026-01-01" } }])];
    const f = { receivedAt: "2027-09-30" };
    const before = evaluate(
      { kind: "data-correction", facts: f, now: "2027-10-02T09:00:00+08:00" },
      { packs: p, calendar: cal },
    );
    expect(before.deadlines[0].provisional).toBe(true);
    expect(before.deadlines[0].provisionalReasons.join()).toContain("2027 年放假安排尚未发布");
    cal.load({
      year: 2027,
      source: "test arrangement",
      holidays: [1, 2, 3, 4, 5, 6, 7].map((d) => ({ date: `2027-10-0${d}`, name: "国庆节" })),
      makeupWorkdays: [{ date: "2027-10-09", name: "国庆节" }],
    });
    const after = evaluate(
      { kind: "data-correction", facts: f, now: "2027-10-02T09:00:00+08:00" },
      { packs: p, calendar: cal },
    );
    expect(after.deadlines[0].provisional).toBe(false);
    // 09-30 (Thu) → 10-08 Fri, 10-09 Sat (调休), 10-11, 10-12, 10-13
    expect(after.deadlines[0].due).toBe("2027-10-13");
  });
});

describe("effective windows", () => {
  const rule = (effective: Rule["effective"]): Rule => ({
    id: "t-window",
    kind: "data-correction",
    title: { zh: "窗口", en: "Window" },
    citation: { docNo: "双政办规〔2026〕1号" },
    effective,
    hint: { zh: "适用", en: "applies" },
  });
  const ev = (effective: Rule["effective"], receivedAt: string, now = NOW) =>
    evaluate({ kind: "data-correction", facts: { receivedAt }, now }, { packs: [pack([rule(effective)])] }).findings
      .length;
  it("uses the named date field", () => {
    const w = { from: "2026-02-11", to: "2026-12-31", dateField: "receivedAt" };
    expect(ev(w, "2026-02-10")).toBe(0);
    expect(ev(w, "2026-02-11")).toBe(1);
    expect(ev(w, "2026-12-31T23:00")).toBe(1);
    expect(ev(w, "2027-01-01", "2027-01-05T09:00:00+08:00")).toBe(0);
  });
  it("falls back to now without a date field or deadline", () => {
    expect(ev({ from: "2026-04-01" }, "2026-05-01")).toBe(0);
    expect(ev({ from: "2026-03-20" }, "2025-01-01")).toBe(1);
  });
});

describe("findings from documents not in force say so", () => {
  const hintRule = (docNo: string): Rule => ({
    id: "t-status",
    kind: "approval-application",
    title: { zh: "状态", en: "Status" },
    citation: { docNo, article: "第一条" },
    effective: { from: "2000-01-01" },
    hint: { zh: "提示", en: "hint" },
  });
  const ev = (docNo: string, now: string) =>
    evaluate(
      { kind: "approval-application", facts: { itemName: "取水许可" }, now },
      { packs: [pack([hintRule(docNo)])] },
    ).findings[0];
  it("repealed", () => {
    const f = ev("双政规〔2022〕10号", "2024-01-01T09:00:00+08:00");
    expect(f.documentStatus).toBe("repealed");
    expect(f.message.zh).toBe("提示（注意：依据文件双政规〔2022〕10号已被双政规〔2023〕1号废止（2023-06-17起））");
    expect(f.message.en).toContain("repealed by 双政规〔2023〕1号");
  });
  it("expired", () => {
    const f = ev("牡公管规〔2022〕2号", "2023-03-01T09:00:00+08:00");
    expect(f.documentStatus).toBe("expired");
    expect(f.message.zh).toContain("已于2022-12-31有效期届满失效");
  });
  it("in force: message unchanged", () => {
    const f = ev("牡公管规〔2022〕2号", "2022-10-01T09:00:00+08:00");
    expect(f.documentStatus).toBe("in-force");
    expect(f.message.zh).toBe("提示");
  });
});

describe("table binding", () => {
  const tables = {
    items: [
      { name: "建设项目环境影响评价审批", dept: "市生态环境局", disposition: "保留" },
      { name: "建设工程规划许可证核发", dept: "市自然资源局", disposition: "暂停实施" },
    ],
  };
  const rule: Rule = {
    id: "t-bind",
    kind: "approval-application",
    title: { zh: "事项", en: "Item" },
    citation: { docNo: "双政规〔2017〕7号" },
    effective: { from: "2017-01-01" },
    bind: {
      table: "items",
      match: { name: "itemName" },
      fuzzy: ["name"],
      as: "item",
      onMissing: {
        severity: "warning",
        field: "itemName",
        message: { zh: "未找到事项：{itemName}", en: "Unknown item: {itemName}" },
      },
    },
    checks: [
      {
        id: "suspended",
        severity: "violation",
        when: { eq: ["item.disposition", "暂停实施"] },
        field: "itemName",
        message: { zh: "{item.name}（{item.dept}）已暂停实施", en: "{item.name} is suspended" },
      },
    ],
  };
  const ev = (itemName: string) =>
    evaluate({ kind: "approval-application", facts: { itemName }, now: NOW }, { packs: [pack([rule], tables)] })
      .findings;
  it("binds tolerant of punctuation, spaces and OCR slips, and reads the row in messages", () => {
    for (const name of [
      "建设工程规划许可证核发",
      "《建设工程规划许可证》核发",
      "建设工程 规划许可证核发",
      "建设工程规划许可证证核发",
    ]) {
      const f = ev(name);
      expect(f, name).toHaveLength(1);
      expect(f[0].message.zh).toBe("建设工程规划许可证核发（市自然资源局）已暂停实施");
    }
  });
  it("a bound row that does not meet the check: no finding", () => {
    expect(ev("建设项目环境影响评价审批")).toEqual([]);
  });
  it("no row: the onMissing finding", () => {
    const f = ev("采矿许可证延续");
    expect(f).toMatchObject([{ checkId: "no-match", severity: "warning", field: "itemName" }]);
    expect(f[0].message.zh).toBe("未找到事项：采矿许可证延续");
  });
});

describe("compilation is cached by pack identity", () => {
  it("the same array gives the same compiled set", () => {
    expect(compilePackSet(allPacks())).toBe(compilePackSet(allPacks()));
    const copy = [...allPacks()];
    const a = compilePackSet(copy);
    expect(a).not.toBe(compilePackSet(allPacks()));
    expect(a.byKind.get("data-share-request")?.[0]).toBe(
      compilePackSet(allPacks()).byKind.get("data-share-request")?.[0],
    );
  });
});

describe("privacy", () => {
  it("身份证号 in facts come back masked", () => {
    const r = evaluate({ kind: "provident-fund-withdrawal", facts: { idNumber: "230502198001011234" }, now: NOW });
    expect(JSON.stringify(r)).not.toContain("230502198001011234");
  });
});

describe("shared result parts", () => {
  // the API's sample request (a conditional share refused on 2026-10-08) with the reason given
  const share = (reason: string) => ({
    ...SAMPLE_EVALUATE_REQUEST,
    facts: { ...SAMPLE_EVALUATE_REQUEST.facts, reason },
  });

  it("reuses a frozen finding when a check fires again with the same fixed message", () => {
    const a = evaluate(share("无"));
    const b = evaluate(share("无"));
    const missingA = a.findings.find((f) => f.checkId === "missing-method");
    const missingB = b.findings.find((f) => f.checkId === "missing-method");
    expect(missingA).toBeDefined();
    expect(missingB).toBe(missingA);
    expect(Object.isFrozen(missingA)).toBe(true);
    expect(Object.isFrozen(missingA?.citation)).toBe(true);
    expect(() => {
      (missingA as { severity: string }).severity = "info";
    }).toThrow(TypeError);
    expect(b.findings.find((f) => f.checkId === "missing-method")?.severity).toBe("violation");
  });

  it("builds a new finding when the message depends on the case (the reason given)", () => {
    const a = evaluate(share("无")).findings.find((f) => f.checkId === "rejected-without-reason");
    const b = evaluate(share("暂无")).findings.find((f) => f.checkId === "rejected-without-reason");
    expect(a?.message.zh).toContain("无");
    expect(b?.message.zh).toContain("暂无");
    expect(b).not.toBe(a);
  });

  it("freezes the memoised deadline parts that results share, so no consumer can change the next result", () => {
    const a = evaluate(share("无")).deadlines[0];
    expect(Object.isFrozen(a.remaining)).toBe(true);
    expect(Object.isFrozen(a.provisionalReasons)).toBe(true);
    expect(() => {
      (a.remaining as { workdaysLeft: number }).workdaysLeft = 99;
    }).toThrow(TypeError);
    expect(evaluate(share("无")).deadlines[0].remaining.workdaysLeft).toBe(a.remaining.workdaysLeft);
  });
});
