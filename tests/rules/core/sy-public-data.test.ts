// Pack 1 — 双政办规〔2026〕1号 《双鸭山市公共数据管理暂行办法》 — through evaluate(), from the legal text.
// Every rule has a case where it fires and one where it does not (checked at the end). Working days from the
// official 2026 calendar: 2026-03-02 is a Monday; +1 wd = 03-03, +3 = 03-05, +5 = 03-09, +10 = 03-16.
// 国庆 2026: 10-01…10-07 off, 10-10 (Sat) a 调休 working day, so 09-30 +1 wd = 10-08 and +5 wd = 10-13.
import { describe, expect, it } from "vitest";
import { type EvaluationResult, evaluate } from "../../../shared/evaluate/index.ts";
import { syPublicData2026 } from "../../../shared/rules/packs/sy-public-data-2026.ts";

const packs = [syPublicData2026];
const fired = new Set<string>();
const silent = new Set<string>();

function run(kind: string, facts: Record<string, unknown>, now: string): EvaluationResult {
  return evaluate({ kind, facts, now }, { packs });
}

/** Rules that produced something (a deadline or a finding). */
function active(r: EvaluationResult): Set<string> {
  return new Set([...r.findings.map((f) => f.ruleId), ...r.deadlines.map((d) => d.ruleId)]);
}

function finding(r: EvaluationResult, ruleId: string, checkId?: string) {
  return r.findings.find((f) => f.ruleId === ruleId && (checkId === undefined || f.checkId === checkId));
}

function deadline(r: EvaluationResult, ruleId: string) {
  return r.deadlines.find((d) => d.ruleId === ruleId);
}

function fires(r: EvaluationResult, ruleId: string, checkId?: string) {
  const hit = checkId === undefined ? active(r).has(ruleId) : finding(r, ruleId, checkId) !== undefined;
  expect(hit, `${ruleId}${checkId ? `/${checkId}` : ""} should fire`).toBe(true);
  fired.add(ruleId);
}

function quiet(r: EvaluationResult, ruleId: string, checkId?: string) {
  const hit = checkId === undefined ? active(r).has(ruleId) : finding(r, ruleId, checkId) !== undefined;
  expect(hit, `${ruleId}${checkId ? `/${checkId}` : ""} should not fire`).toBe(false);
  if (checkId === undefined) silent.add(ruleId);
}

const NOW = "2026-03-20T09:00:00+08:00";

describe("第十二条 catalogue elements", () => {
  const full = {
    resourceName: "户籍人口基本信息",
    resourceSummary: "户籍人口基础信息",
    dataFormat: "结构化",
    industry: "公共安全",
    coverageTime: "2000年至今",
    coverageArea: "双鸭山市",
    updateFrequency: "每日",
    providerName: "市公安局",
    providerCode: "11230500MB0000000X",
    shareClass: "有条件共享",
    shareCondition: "仅限履职使用",
    shareMethod: "接口服务",
    openToPublic: "否",
    openCondition: "不开放",
    operationStatus: "未授权",
    operationScenario: "无",
    itemNames: "姓名、性别、出生日期",
    itemFormats: "字符型",
    basis: "《中华人民共和国户口登记条例》",
    scope: "市直部门",
    purpose: "政务服务身份核验",
  };
  it("fires once per missing element (等内容 = minimum)", () => {
    const { itemFormats: _a, providerCode: _b, ...partial } = full;
    const r = run("catalog-update", partial, NOW);
    fires(r, "sy-data-12-catalog-elements", "missing-itemFormats");
    fires(r, "sy-data-12-catalog-elements", "missing-providerCode");
    expect(r.findings.filter((f) => f.ruleId === "sy-data-12-catalog-elements")).toHaveLength(2);
    // REQUIRED_ITEM_SEVERITY (issue 14): a missing required element is a violation
    expect(finding(r, "sy-data-12-catalog-elements", "missing-itemFormats")?.severity).toBe("violation");
    expect(finding(r, "sy-data-12-catalog-elements", "missing-itemFormats")?.field).toBe("itemFormats");
  });
  it("is silent for a complete entry, and for a page without any entry element (decision)", () => {
    quiet(run("catalog-update", full, NOW), "sy-data-12-catalog-elements");
    quiet(run("catalog-update", { changedAt: "2026-03-02" }, NOW), "sy-data-12-catalog-elements");
  });
  it("an open-catalogue entry is checked by 第三十六条 instead", () => {
    const r = run("catalog-update", { catalog: "开放目录", openScope: "社会公众", openClass: "无条件开放" }, NOW);
    quiet(r, "sy-data-12-catalog-elements");
    fires(r, "sy-data-36-open-catalog-elements", "missing-openContent");
    expect(r.findings.filter((f) => f.ruleId === "sy-data-36-open-catalog-elements").map((f) => f.checkId)).toEqual([
      "missing-openContent",
      "missing-openCondition",
      "missing-dataForm",
      "missing-updateFrequency",
    ]);
  });
  it("第三十六条 is silent for a complete open-catalogue entry", () => {
    const r = run(
      "catalog-update",
      {
        catalog: "开放目录",
        openScope: "社会公众",
        openContent: "公交线路",
        openClass: "无条件开放",
        openCondition: "无",
        dataForm: "CSV",
        updateFrequency: "每月",
      },
      NOW,
    );
    quiet(r, "sy-data-36-open-catalog-elements");
  });
});

describe("第十三条 catalogue update limits", () => {
  it("10 working days from the change to submission; overdue when not submitted", () => {
    const r = run("catalog-update", { changedAt: "2026-03-02" }, NOW);
    const d = deadline(r, "sy-data-13-catalog-update-deadline");
    expect(d?.due).toBe("2026-03-16");
    expect(d?.status).toBe("overdue");
    fires(r, "sy-data-13-catalog-update-deadline", "overdue");
    expect(finding(r, "sy-data-13-catalog-update-deadline", "overdue")?.severity).toBe("violation");
  });
  it("submitted on the last day is on time; the day after is late", () => {
    const ok = run("catalog-update", { changedAt: "2026-03-02", submittedAt: "2026-03-16T17:30" }, NOW);
    expect(deadline(ok, "sy-data-13-catalog-update-deadline")?.met).toBe(true);
    quiet(ok, "sy-data-13-catalog-update-deadline", "overdue");
    quiet(ok, "sy-data-13-catalog-update-deadline", "completed-late");
    const late = run("catalog-update", { changedAt: "2026-03-02", submittedAt: "2026-03-17" }, NOW);
    expect(deadline(late, "sy-data-13-catalog-update-deadline")?.met).toBe(false);
    fires(late, "sy-data-13-catalog-update-deadline", "completed-late");
  });
  it("no change date → no counter", () => {
    quiet(run("catalog-update", { resourceName: "x" }, NOW), "sy-data-13-catalog-update-deadline");
  });
  it("the authority reviews and publishes within 2 working days of receipt", () => {
    const r = run("catalog-update", { reviewReceivedAt: "2026-03-06T10:00" }, "2026-03-09T10:00:00+08:00");
    const d = deadline(r, "sy-data-13-review-publish-deadline");
    expect(d?.due).toBe("2026-03-10"); // Fri 03-06 → Mon 03-09, Tue 03-10
    expect(d?.status).toBe("due-soon");
    fires(r, "sy-data-13-review-publish-deadline");
    quiet(run("catalog-update", { changedAt: "2026-03-02" }, NOW), "sy-data-13-review-publish-deadline");
  });
});

describe("第二十条 use logs", () => {
  it("retention below three years is a violation; three years is fine", () => {
    const r = run("data-grant", { logRetentionYears: "2年" }, NOW);
    fires(r, "sy-data-20-log-retention", "retention-below-3-years");
    expect(finding(r, "sy-data-20-log-retention", "retention-below-3-years")?.severity).toBe("violation");
    quiet(run("data-grant", { logRetentionYears: 3 }, NOW), "sy-data-20-log-retention");
  });
  it("each missing log item is a warning; a complete list is silent", () => {
    const r = run("data-grant", { logItems: "应用场景、使用过程、存储情况" }, NOW);
    expect(r.findings.filter((f) => f.ruleId === "sy-data-20-log-retention").map((f) => f.checkId)).toEqual([
      "log-missing-effect",
      "log-missing-destruction",
    ]);
    quiet(
      run(
        "data-grant",
        { logItems: ["应用场景", "应用成效", "使用过程", "存储情况", "销毁情况"], logRetentionYears: 5 },
        NOW,
      ),
      "sy-data-20-log-retention",
    );
  });
});

describe("第二十五、二十六条 share class", () => {
  it("conditional or no-share without a basis is a violation", () => {
    const r = run("catalog-update", { shareClass: "不予共享" }, NOW);
    fires(r, "sy-data-25-share-class-basis", "restricted-without-basis");
  });
  it("conditional without scope or purpose counts as unconditional (warning)", () => {
    const r = run("catalog-update", { shareClass: "有条件共享", basis: "《某条例》第十条" }, NOW);
    quiet(r, "sy-data-25-share-class-basis", "restricted-without-basis");
    fires(r, "sy-data-25-share-class-basis", "conditional-without-conditions");
  });
  it("unset share class on an entry counts as unconditional (decision §4.1 item 10)", () => {
    const r = run("catalog-update", { resourceName: "企业登记信息" }, NOW);
    fires(r, "sy-data-25-share-class-basis", "share-class-unset");
  });
  it("a conditional entry with basis and conditions is fine", () => {
    quiet(
      run("catalog-update", { shareClass: "有条件共享", basis: "《某条例》", scope: "市直部门", purpose: "核验" }, NOW),
      "sy-data-25-share-class-basis",
    );
  });
  it("a downgrade without review is a violation (zh message shows Chinese labels)", () => {
    const r = run("catalog-update", { previousShareClass: "无条件共享", shareClass: "不予共享", basis: "法" }, NOW);
    fires(r, "sy-data-26-share-downgrade", "downgrade-without-review");
    expect(finding(r, "sy-data-26-share-downgrade")?.message.zh).toContain("由“无条件共享”降为“不予共享”");
    const r2 = run("catalog-update", { previousShareClass: "conditional", shareClass: "none", basis: "法" }, NOW);
    fires(r2, "sy-data-26-share-downgrade", "downgrade-without-review");
  });
  it("an upgrade, or a downgrade with a review record, is fine", () => {
    quiet(
      run("catalog-update", { previousShareClass: "不予共享", shareClass: "无条件共享" }, NOW),
      "sy-data-26-share-downgrade",
    );
    quiet(
      run(
        "catalog-update",
        { previousShareClass: "无条件共享", shareClass: "有条件共享", downgradeApproval: "双数审〔2026〕5号" },
        NOW,
      ),
      "sy-data-26-share-downgrade",
    );
  });
});

describe("第二十七条 share requests", () => {
  const complete = { scenario: "低保资格核验", method: "接口服务", scope: "市民政局", basis: "《社会救助暂行办法》" };
  it("each missing application item is a warning", () => {
    const r = run("data-share-request", { receivedAt: "2026-03-02", scenario: "低保资格核验" }, NOW);
    fires(r, "sy-data-27-application-contents", "missing-method");
    expect(r.findings.filter((f) => f.ruleId === "sy-data-27-application-contents").map((f) => f.field)).toEqual([
      "method",
      "scope",
      "basis",
    ]);
    quiet(run("data-share-request", { receivedAt: "2026-03-02", ...complete }, NOW), "sy-data-27-application-contents");
  });
  it("conditional: 1 working day from receipt; over the National Day holiday 09-30 → 10-08", () => {
    const r = run(
      "data-share-request",
      { receivedAt: "2026-09-30T15:00:00+08:00", shareClass: "有条件共享", ...complete },
      "2026-10-08T09:00:00+08:00",
    );
    const d = deadline(r, "sy-data-27-review-deadline");
    expect(d?.due).toBe("2026-10-08");
    expect(d?.status).toBe("due-today");
    expect(d?.citation.article).toBe("第二十七条");
    quiet(r, "sy-data-27-review-deadline", "overdue");
  });
  it("overdue: a violation, plus the 第七十三条（五） sanction note", () => {
    const r = run("data-share-request", { receivedAt: "2026-03-02", shareClass: "conditional", ...complete }, NOW);
    fires(r, "sy-data-27-review-deadline", "overdue");
    const s = finding(r, "sy-data-27-review-deadline", "overdue-sanction");
    expect(s?.citation.article).toBe("第七十三条");
    expect(s?.citation.item).toBe("（五）");
  });
  it("decided the next working day is on time; two days later is late", () => {
    const ok = run(
      "data-share-request",
      {
        receivedAt: "2026-03-02",
        shareClass: "有条件共享",
        decision: "同意",
        decidedAt: "2026-03-03 16:00",
        ...complete,
      },
      NOW,
    );
    expect(deadline(ok, "sy-data-27-review-deadline")?.met).toBe(true);
    quiet(ok, "sy-data-27-review-deadline", "completed-late");
    const late = run(
      "data-share-request",
      { receivedAt: "2026-03-02", shareClass: "有条件共享", decision: "同意", decidedAt: "2026/3/4", ...complete },
      NOW,
    );
    fires(late, "sy-data-27-review-deadline", "completed-late");
  });
  it("unconditional data: no provider deadline, a hint instead", () => {
    const r = run("data-share-request", { receivedAt: "2026-03-02", shareClass: "无条件共享", ...complete }, NOW);
    quiet(r, "sy-data-27-review-deadline");
    fires(r, "sy-data-27-unconditional-direct", "hint");
    quiet(
      run("data-share-request", { receivedAt: "2026-03-02", shareClass: "有条件共享" }, NOW),
      "sy-data-27-unconditional-direct",
    );
  });
  it("a decision without a date stops the clock (closed, never overdue) and says timeliness cannot be checked", () => {
    const r = run(
      "data-share-request",
      {
        receivedAt: "2026-03-02",
        shareClass: "有条件共享",
        decision: "驳回",
        reason: "该数据项涉及未脱敏的个人隐私",
        ...complete,
      },
      NOW,
    );
    // due 2026-03-03, now 03-20: still never overdue, and whether it was in time is unknown
    expect(deadline(r, "sy-data-27-review-deadline")).toMatchObject({ due: "2026-03-03", status: "ok", closed: true });
    expect(deadline(r, "sy-data-27-review-deadline")?.met).toBeUndefined();
    quiet(r, "sy-data-27-review-deadline", "overdue");
    fires(r, "sy-data-27-rejection-reason", "decided-without-date");
    quiet(r, "sy-data-27-rejection-reason", "rejected-without-reason");
  });
  it("refusal without a specific reason is a violation (blank, stock phrase)", () => {
    for (const reason of [undefined, "", "不同意", "不符合条件。", "无", "/"]) {
      const r = run(
        "data-share-request",
        { receivedAt: "2026-03-02", shareClass: "有条件共享", decision: "不同意", decidedAt: "2026-03-03", reason },
        NOW,
      );
      fires(r, "sy-data-27-rejection-reason", "rejected-without-reason");
      expect(finding(r, "sy-data-27-rejection-reason", "rejected-without-reason")?.severity).toBe("violation");
    }
  });
  it("a refusal with a specific reason, or an approval, is fine", () => {
    quiet(
      run(
        "data-share-request",
        {
          receivedAt: "2026-03-02",
          shareClass: "有条件共享",
          decision: "不同意",
          decidedAt: "2026-03-03",
          reason: "申请的共享范围超出目录列明的使用用途",
        },
        NOW,
      ),
      "sy-data-27-rejection-reason",
    );
    quiet(
      run(
        "data-share-request",
        { receivedAt: "2026-03-02", shareClass: "有条件共享", decision: "同意", decidedAt: "2026-03-03" },
        NOW,
      ),
      "sy-data-27-rejection-reason",
    );
  });
});

describe("第二十八条 corrections", () => {
  it("5 working days to feedback; resolved without feedback is flagged", () => {
    const r = run(
      "data-correction",
      { receivedAt: "2026-03-02", resolvedAt: "2026-03-04" },
      "2026-03-06T09:00:00+08:00",
    );
    expect(deadline(r, "sy-data-28-correction-deadline")?.due).toBe("2026-03-09");
    fires(r, "sy-data-28-correction-deadline", "resolved-without-feedback");
    const late = run("data-correction", { receivedAt: "2026-03-02", feedbackAt: "2026-03-10" }, NOW);
    fires(late, "sy-data-28-correction-deadline", "completed-late");
  });
  it("a request received before the measures took effect gets no counter", () => {
    quiet(run("data-correction", { receivedAt: "2026-02-10" }, NOW), "sy-data-28-correction-deadline");
  });
  it("feedback on the last day is on time and silent", () => {
    const r = run(
      "data-correction",
      { receivedAt: "2026-03-02", resolvedAt: "2026-03-05", feedbackAt: "2026-03-09" },
      NOW,
    );
    expect(deadline(r, "sy-data-28-correction-deadline")?.met).toBe(true);
    expect(r.findings.filter((f) => f.ruleId === "sy-data-28-correction-deadline")).toEqual([]);
  });
});

describe("第三十一条 grants", () => {
  it("3 calendar months after the last call: a warning (民法典 第二百零二条 corresponding day)", () => {
    const before = run("data-grant", { lastCalledAt: "2026-03-31" }, "2026-06-30T12:00:00+08:00");
    const d = deadline(before, "sy-data-31-idle-grant");
    expect(d?.due).toBe("2026-06-30"); // 06-31 does not exist → last day of June
    quiet(before, "sy-data-31-idle-grant", "overdue");
    const after = run("data-grant", { lastCalledAt: "2026-03-31" }, "2026-07-01T09:00:00+08:00");
    fires(after, "sy-data-31-idle-grant", "overdue");
    expect(finding(after, "sy-data-31-idle-grant", "overdue")?.severity).toBe("warning");
  });
  it("never called: counted from the grant", () => {
    const r = run("data-grant", { grantedAt: "2026-03-02" }, "2026-06-03T09:00:00+08:00");
    fires(r, "sy-data-31-never-called", "overdue");
    quiet(r, "sy-data-31-idle-grant");
    quiet(run("data-grant", { grantedAt: "2026-03-02", lastCalledAt: "2026-05-02" }, NOW), "sy-data-31-never-called");
  });
  it("out-of-scope calls are a violation", () => {
    fires(run("data-grant", { outOfScopeCalls: "是" }, NOW), "sy-data-31-out-of-scope", "out-of-scope-calls");
    quiet(run("data-grant", { outOfScopeCalls: "否" }, NOW), "sy-data-31-out-of-scope");
  });
});

describe("第三十二条 data demands", () => {
  const complete = {
    provider: "市市场监管局",
    dataItems: "企业名称、统一社会信用代码",
    scenario: "招商服务",
    basis: "职责",
  };
  it("missing items are warnings; a complete demand is silent", () => {
    const r = run("data-demand", { receivedAt: "2026-03-02", provider: "市市场监管局" }, NOW);
    fires(r, "sy-data-32-demand-contents", "missing-dataItems");
    expect(r.findings.filter((f) => f.ruleId === "sy-data-32-demand-contents")).toHaveLength(3);
    quiet(run("data-demand", { receivedAt: "2026-03-02", ...complete }, NOW), "sy-data-32-demand-contents");
  });
  it("3 working days to review", () => {
    const r = run("data-demand", { receivedAt: "2026-03-02", ...complete }, "2026-03-04T09:00:00+08:00");
    expect(deadline(r, "sy-data-32-review-deadline")?.due).toBe("2026-03-05");
    fires(r, "sy-data-32-review-deadline");
    quiet(r, "sy-data-32-review-deadline", "overdue");
    const rejected = run("data-demand", { receivedAt: "2026-03-02", decision: "驳回", ...complete }, NOW);
    expect(deadline(rejected, "sy-data-32-review-deadline")).toMatchObject({ status: "ok", closed: true });
    quiet(rejected, "sy-data-32-review-deadline", "overdue");
    // received before the measures took effect: the rule does not apply
    quiet(run("data-demand", { receivedAt: "2025-03-03", ...complete }, NOW), "sy-data-32-review-deadline");
  });
  it("rejection without a specific reason is a violation", () => {
    const r = run(
      "data-demand",
      { receivedAt: "2026-03-02", decision: "驳回", decidedAt: "2026-03-03", reason: "不符合要求", ...complete },
      NOW,
    );
    fires(r, "sy-data-32-rejection-reason", "rejected-without-reason");
    quiet(
      run(
        "data-demand",
        {
          receivedAt: "2026-03-02",
          decision: "驳回",
          decidedAt: "2026-03-03",
          reason: "所需数据项不在本部门职责范围内，应向市公安局申请",
          ...complete,
        },
        NOW,
      ),
      "sy-data-32-rejection-reason",
    );
  });
  it("uncatalogued reasonable demand: 10 working days from RECEIPT (decision §4.1 item 2) to mount", () => {
    const r = run(
      "data-demand",
      { receivedAt: "2026-03-02", decision: "同意", decidedAt: "2026-03-05", cataloged: "否", ...complete },
      NOW,
    );
    const d = deadline(r, "sy-data-32-catalog-mount-deadline");
    expect(d?.start).toBe("2026-03-02");
    expect(d?.due).toBe("2026-03-16");
    fires(r, "sy-data-32-catalog-mount-deadline", "overdue");
    const mounted = run(
      "data-demand",
      {
        receivedAt: "2026-03-02",
        decision: "同意",
        decidedAt: "2026-03-05",
        cataloged: "否",
        mountedAt: "2026-03-13",
        ...complete,
      },
      NOW,
    );
    expect(deadline(mounted, "sy-data-32-catalog-mount-deadline")?.met).toBe(true);
  });
  it("catalogued data or a rejected demand: no mounting limit", () => {
    quiet(
      run("data-demand", { receivedAt: "2026-03-02", cataloged: "是", ...complete }, NOW),
      "sy-data-32-catalog-mount-deadline",
    );
    quiet(
      run(
        "data-demand",
        { receivedAt: "2026-03-02", cataloged: false, decision: "驳回", reason: "无此数据且无采集职责", ...complete },
        NOW,
      ),
      "sy-data-32-catalog-mount-deadline",
    );
  });
});

describe("第三十三条 extra use", () => {
  it("wider use or a third party without the provider's consent is a violation", () => {
    fires(
      run("data-demand", { receivedAt: "2026-03-02", extendedUse: "是" }, NOW),
      "sy-data-33-extra-use",
      "extended-use-without-consent",
    );
    const r = run("data-demand", { receivedAt: "2026-03-02", thirdParty: "某科技有限公司" }, NOW);
    fires(r, "sy-data-33-extra-use", "third-party-without-consent");
    expect(finding(r, "sy-data-33-extra-use")?.message.zh).toContain("某科技有限公司");
  });
  it("with consent, or no extra use, it is fine", () => {
    quiet(
      run(
        "data-demand",
        { receivedAt: "2026-03-02", extendedUse: "是", thirdParty: "某公司", providerConsent: "是" },
        NOW,
      ),
      "sy-data-33-extra-use",
    );
    quiet(run("data-demand", { receivedAt: "2026-03-02", extendedUse: "否" }, NOW), "sy-data-33-extra-use");
  });
});

describe("第三十七条 open-class downgrade", () => {
  it("unconditional → conditional without review is a violation; with review it is fine", () => {
    fires(
      run("catalog-update", { catalog: "开放目录", previousOpenClass: "无条件开放", openClass: "有条件开放" }, NOW),
      "sy-data-37-open-downgrade",
      "downgrade-without-review",
    );
    quiet(
      run(
        "catalog-update",
        { previousOpenClass: "无条件开放", openClass: "不予开放", downgradeApproval: "已审核" },
        NOW,
      ),
      "sy-data-37-open-downgrade",
    );
    quiet(
      run("catalog-update", { previousOpenClass: "有条件开放", openClass: "无条件开放" }, NOW),
      "sy-data-37-open-downgrade",
    );
  });
});

describe("第三十九条 conditional open-data requests", () => {
  it("5 working days to reply; 09-30 → 10-13 over the National Day holiday and the 10-10 调休 Saturday", () => {
    const r = run("open-data-request", { receivedAt: "2026-09-30" }, "2026-10-12T09:00:00+08:00");
    const d = deadline(r, "sy-data-39-reply-deadline");
    expect(d?.due).toBe("2026-10-13");
    expect(d?.status).toBe("due-soon");
    fires(r, "sy-data-39-reply-deadline");
    const over = run("open-data-request", { receivedAt: "2026-03-02" }, NOW);
    fires(over, "sy-data-39-reply-deadline", "overdue");
    fires(over, "sy-data-39-reply-deadline", "overdue-sanction");
  });
  it("a refusal needs a reason AND a basis: each missing one is its own violation", () => {
    const none = run(
      "open-data-request",
      { receivedAt: "2026-03-02", decision: "不予开放", decidedAt: "2026-03-04" },
      NOW,
    );
    fires(none, "sy-data-39-refusal-reason-basis", "refused-without-reason");
    fires(none, "sy-data-39-refusal-reason-basis", "refused-without-basis");
    fires(none, "sy-data-39-refusal-reason-basis", "hint");
    const reasonOnly = run(
      "open-data-request",
      { receivedAt: "2026-03-02", decision: "不予开放", decidedAt: "2026-03-04", reason: "涉及第三方商业秘密" },
      NOW,
    );
    quiet(reasonOnly, "sy-data-39-refusal-reason-basis", "refused-without-reason");
    fires(reasonOnly, "sy-data-39-refusal-reason-basis", "refused-without-basis");
  });
  it("a reply recorded without its date stops the clock", () => {
    const r = run("open-data-request", { receivedAt: "2026-03-02", decision: "同意" }, NOW);
    expect(deadline(r, "sy-data-39-reply-deadline")).toMatchObject({ status: "ok", closed: true });
    quiet(r, "sy-data-39-reply-deadline", "overdue");
    quiet(run("open-data-request", { receivedAt: "2025-03-03" }, NOW), "sy-data-39-reply-deadline");
  });
  it("a refusal with reason and basis, or an approval, is fine", () => {
    const r = run(
      "open-data-request",
      {
        receivedAt: "2026-03-02",
        decision: "不予开放",
        decidedAt: "2026-03-04",
        reason: "涉及第三方商业秘密",
        basis: "《双鸭山市公共数据管理暂行办法》第三十七条第一款第（一）项",
      },
      NOW,
    );
    expect(r.findings.filter((f) => f.severity === "violation")).toEqual([]);
    quiet(
      run("open-data-request", { receivedAt: "2026-03-02", decision: "同意", decidedAt: "2026-03-04" }, NOW),
      "sy-data-39-refusal-reason-basis",
    );
  });
});

describe("第四十条 objections", () => {
  it("evidence received and the dataset still open: a violation; suspension is due the same day (立即)", () => {
    const r = run(
      "open-data-objection",
      { receivedAt: "2026-03-02T10:00", evidence: "是", datasetOpen: "是" },
      "2026-03-02T15:00:00+08:00",
    );
    const d = deadline(r, "sy-data-40-objection-suspend");
    expect(d?.due).toBe("2026-03-02");
    expect(d?.status).toBe("due-today");
    fires(r, "sy-data-40-objection-suspend", "still-open");
    const next = run(
      "open-data-objection",
      { receivedAt: "2026-03-02T10:00", evidence: "是" },
      "2026-03-03T09:00:00+08:00",
    );
    fires(next, "sy-data-40-objection-suspend", "overdue");
  });
  it("suspended the same day is on time; no evidence → no duty yet, only an info", () => {
    const ok = run(
      "open-data-objection",
      { receivedAt: "2026-03-02T10:00", evidence: "是", datasetOpen: "否", suspendedAt: "2026-03-02T11:30" },
      NOW,
    );
    expect(deadline(ok, "sy-data-40-objection-suspend")?.met).toBe(true);
    expect(ok.findings.filter((f) => f.ruleId === "sy-data-40-objection-suspend")).toEqual([]);
    quiet(ok, "sy-data-40-objection-evidence");
    const noEvidence = run("open-data-objection", { receivedAt: "2026-03-02", evidence: "否", datasetOpen: "是" }, NOW);
    quiet(noEvidence, "sy-data-40-objection-suspend");
    fires(noEvidence, "sy-data-40-objection-evidence", "no-evidence");
    expect(finding(noEvidence, "sy-data-40-objection-evidence")?.severity).toBe("info");
  });
});

describe("第七十八条 validity (decision: last day in force 2028-02-10)", () => {
  const kinds: [string, Record<string, unknown>][] = [
    ["data-share-request", { receivedAt: "2028-02-11" }],
    ["data-demand", { receivedAt: "2028-02-11" }],
    ["data-correction", { receivedAt: "2028-02-11" }],
    ["open-data-request", { receivedAt: "2028-02-11" }],
    ["open-data-objection", { receivedAt: "2028-02-11" }],
    ["catalog-update", { changedAt: "2028-02-11" }],
    ["data-grant", { lastCalledAt: "2028-02-11" }],
    ["data-product", { receivedAt: "2028-02-11" }],
  ];
  for (const [kind, facts] of kinds) {
    it(`${kind}: a case dated 2028-02-11 is outside; the measures' limits no longer apply`, () => {
      const r = run(kind, facts, "2028-02-20T09:00:00+08:00");
      fires(r, `sy-data-78-validity-${kind}`, "case-after-expiry");
      expect(r.deadlines).toEqual([]);
      const f = finding(r, `sy-data-78-validity-${kind}`, "case-after-expiry");
      expect(f?.documentStatus).toBe("expired");
      expect(f?.message.zh).toContain("已于2028-02-10有效期届满失效");
    });
    it(`${kind}: a case dated 2028-02-10 is inside, with the expiry notice shown ahead of both dates`, () => {
      const day = "2028-02-10";
      const f2 = Object.fromEntries(Object.keys(facts).map((k) => [k, day]));
      const r = run(kind, f2, "2028-02-10T09:00:00+08:00");
      quiet(r, `sy-data-78-validity-${kind}`, "case-after-expiry");
      fires(r, `sy-data-78-validity-${kind}`, "expiry-approaching");
      expect(r.findings.every((f) => f.documentStatus === "in-force")).toBe(true);
      // far from the end: silent
      quiet(
        run(kind, Object.fromEntries(Object.keys(facts).map((k) => [k, "2026-06-01"])), "2026-06-02T09:00:00+08:00"),
        `sy-data-78-validity-${kind}`,
      );
    });
  }
  it("warns 60 days ahead (from 2027-12-12), not earlier", () => {
    const f = { receivedAt: "2027-12-01" };
    quiet(run("data-correction", f, "2027-12-11T09:00:00+08:00"), "sy-data-78-validity-data-correction");
    fires(
      run("data-correction", f, "2027-12-12T09:00:00+08:00"),
      "sy-data-78-validity-data-correction",
      "expiry-approaching",
    );
  });
  it("a case dated before 2026-02-11 is not governed by the measures", () => {
    const r = run(
      "data-share-request",
      { receivedAt: "2026-02-10", shareClass: "有条件共享", decision: "不同意" },
      NOW,
    );
    expect(r.findings).toEqual([]);
    expect(r.deadlines).toEqual([]);
  });
});

describe("第十四条 fiscally funded IT projects (issue 14)", () => {
  const project = { fiscallyFunded: "是", projectApprovalAt: "2026-03-02", changedAt: "2026-03-02" };
  it("no catalogue submitted at the approval, none updated before acceptance: violations", () => {
    const r = run(
      "catalog-update",
      { ...project, projectAcceptedAt: "2026-09-01", catalogUpdatedAt: "2026-09-02" },
      NOW,
    );
    fires(r, "sy-data-14-project-catalog", "no-catalog-at-approval");
    fires(r, "sy-data-14-project-catalog", "no-catalog-update-before-acceptance");
    expect(finding(r, "sy-data-14-project-catalog", "no-catalog-at-approval")?.severity).toBe("violation");
  });
  it("catalogue submitted at the approval and updated on the acceptance day: silent; not fiscally funded: silent", () => {
    const ok = {
      ...project,
      catalogFiledAt: "2026-03-02",
      projectAcceptedAt: "2026-09-01",
      catalogUpdatedAt: "2026-09-01",
    };
    quiet(run("catalog-update", ok, NOW), "sy-data-14-project-catalog");
    quiet(run("catalog-update", { ...project, fiscallyFunded: "否" }, NOW), "sy-data-14-project-catalog");
  });
});

describe("第四十一条 data products state source and date (issue 14)", () => {
  it("a product without source or date: two violations", () => {
    const r = run("data-product", { receivedAt: "2026-03-02", productName: "企业信用画像" }, NOW);
    fires(r, "sy-data-41-product-source", "missing-dataSource");
    fires(r, "sy-data-41-product-source", "missing-dataObtainedAt");
  });
  it("a product stating both: silent", () => {
    const facts = {
      receivedAt: "2026-03-02",
      productName: "企业信用画像",
      dataSource: "市公共数据开放平台",
      dataObtainedAt: "2026-02-20",
    };
    quiet(run("data-product", facts, NOW), "sy-data-41-product-source");
  });
});

describe("coverage", () => {
  it("every rule of the pack fired in some case and stayed silent in another", () => {
    const ids = syPublicData2026.rules.map((r) => r.id);
    expect(
      ids.filter((id) => !fired.has(id)),
      "never fired",
    ).toEqual([]);
    expect(
      ids.filter((id) => !silent.has(id)),
      "never silent",
    ).toEqual([]);
  });
  it("every decision-bearing rule says how the text was read", () => {
    for (const id of [
      "sy-data-13-catalog-update-deadline",
      "sy-data-27-review-deadline",
      "sy-data-31-idle-grant",
      "sy-data-32-catalog-mount-deadline",
      "sy-data-40-objection-suspend",
    ])
      expect(syPublicData2026.rules.find((r) => r.id === id)?.decision?.length).toBeGreaterThan(40);
  });
});
