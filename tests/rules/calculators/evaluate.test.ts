// The two calculator packs through evaluate(): calculations in the result, their findings among the case's
// findings, the hint and document-check rules (each fires in one case and not in another), bad input.
import { describe, expect, it } from "vitest";
import { compileCalculator } from "../../../shared/evaluate/calculate.ts";
import { EvaluationError, evaluate } from "../../../shared/evaluate/index.ts";
import { KINDS } from "../../../shared/kinds/index.ts";
import { allPacks } from "../../../shared/rules/packs/index.ts";

const ids = (r: ReturnType<typeof evaluate>) => r.findings.map((f) => `${f.ruleId}/${f.checkId}`);

describe("registered", () => {
  it("allPacks() bundles both calculator packs", () => {
    const packIds = allPacks().map((p) => p.id);
    expect(packIds).toContain("sy-medical-subsidy-2026");
    expect(packIds).toContain("mdj-outpatient-2022");
  });
  it("every bundled calculator compiles, has a unique id, a known kind and a date field of that kind", () => {
    const all = allPacks().flatMap((p) => p.calculators ?? []);
    expect(all.length).toBeGreaterThanOrEqual(2);
    expect(new Set(all.map((c) => c.id)).size).toBe(all.length);
    for (const c of all) {
      expect(() => compileCalculator(c), c.id).not.toThrow();
      const kind = KINDS.get(c.kind);
      expect(kind, `${c.id}: kind ${c.kind}`).toBeDefined();
      expect(kind?.fields[c.effective.field]?.type, `${c.id}: ${c.effective.field}`).toBe("date");
      for (const s of c.steps)
        if (s.op === "input") expect(kind?.fields[s.field]?.type, `${c.id}: input ${s.field}`).toBe("money");
    }
  });
});

describe("civil-servant-medical-claim through evaluate()", () => {
  const facts = {
    expenseDate: "2026年3月10日",
    status: "退休",
    personClass: "一般人员",
    expenseKind: "住院",
    amount: "12,000.00元",
    deductiblePart: "1,000",
    paidThisYear: 15000,
    requestedAmount: 9000,
    idNumber: "230502196001011234",
  };
  it("computes, lists the steps and adds the calculation's findings to the case's findings", () => {
    // (12000 − 1000) × 75% = 8250; 20000 − 15000 = 5000 left → 5000.00 (cap); 9000 claimed > 5000
    const r = evaluate({ kind: "civil-servant-medical-claim", facts, now: "2026-04-01T09:00:00+08:00" });
    expect(r.calculations).toHaveLength(1);
    const c = r.calculations?.[0];
    expect(c?.amount).toBe("5000.00");
    expect(c?.display.zh).toBe("5,000.00 元");
    expect(c?.capped).toBe(true);
    expect(c?.steps.find((s) => s.id === "subsidy")?.formula).toBe("11,000.00 × 75% = 8,250.00");
    expect(ids(r)).toEqual(
      expect.arrayContaining([
        "sy-medical-10-benefit/hint",
        "sy-medical-subsidy/over-entitlement",
        "sy-medical-subsidy/cap-reached",
      ]),
    );
    const over = r.findings.find((f) => f.checkId === "over-entitlement");
    expect(over).toMatchObject({
      severity: "violation",
      packId: "sy-medical-subsidy-2026",
      documentStatus: "in-force",
    });
    expect(over?.citation).toMatchObject({ docNo: "双政办发〔2026〕3号", article: "第十条" });
    // 身份证号 masked in the echoed facts
    expect(r.facts.idNumber).not.toBe("230502196001011234");
  });
  it("an expense before 2026-01-01: excluded with a violation, and the hint rule does not apply", () => {
    const r = evaluate({
      kind: "civil-servant-medical-claim",
      facts: { ...facts, expenseDate: "2025-12-20" },
      now: "2026-04-01",
    });
    expect(r.calculations?.[0].status).toBe("excluded");
    expect(ids(r)).toEqual(["sy-medical-subsidy/effective-date"]);
  });
  it("a negative amount → EvaluationError naming the field", () => {
    try {
      evaluate({ kind: "civil-servant-medical-claim", facts: { ...facts, amount: -12000 }, now: "2026-04-01" });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(EvaluationError);
      expect((e as EvaluationError).issues).toEqual([
        { path: "facts.amount", message: expect.stringContaining("expected an amount in 元 ≥ 0") },
      ]);
    }
  });
  it("missing required fields are all listed", () => {
    try {
      evaluate({ kind: "civil-servant-medical-claim", facts: { amount: 1 }, now: "2026-04-01" });
      expect.unreachable();
    } catch (e) {
      expect((e as EvaluationError).issues.map((i) => i.path).sort()).toEqual([
        "facts.expenseDate",
        "facts.expenseKind",
        "facts.personClass",
        "facts.status",
      ]);
    }
  });
});

describe("outpatient-claim through evaluate()", () => {
  const facts = {
    expenseDate: "2023-06-01",
    status: "在职",
    hospitalLevel: "二级",
    designated: "是",
    amount: 1600,
    deductibleMetThisYear: 600,
  };
  const run = (extra: Record<string, unknown> = {}) =>
    evaluate({ kind: "outpatient-claim", facts: { ...facts, ...extra }, now: "2023-06-02T10:00:00+08:00" });

  it("computes 1600 × 60% = 960.00 with the 第八条 hint", () => {
    const r = run();
    expect(r.calculations?.[0].amount).toBe("960.00");
    expect(ids(r)).toEqual(["mdj-outpatient-8-benefit/hint"]);
  });
  it("第十七条: no credential shown → warning; e-voucher → none", () => {
    expect(ids(run({ credential: "未出具" }))).toContain("mdj-outpatient-17-credential/no-credential");
    expect(ids(run({ credential: "医保电子凭证" }))).not.toContain("mdj-outpatient-17-credential/no-credential");
  });
  it("第十八条: each missing record fires on its own; present records fire nothing", () => {
    const r = run({
      hasRegistration: "否",
      drugsPrescribed: "是",
      hasPrescription: "否",
      hasReceipt: "否",
      referred: "是",
      hasReferralRecord: "否",
    });
    expect(ids(r)).toEqual(
      expect.arrayContaining([
        "mdj-outpatient-18-records/no-registration",
        "mdj-outpatient-18-records/no-prescription",
        "mdj-outpatient-18-records/no-receipt",
        "mdj-outpatient-18-records/no-referral-record",
      ]),
    );
    const ok = run({
      hasRegistration: "是",
      drugsPrescribed: "是",
      hasPrescription: "是",
      hasReceipt: "是",
      referred: "是",
      hasReferralRecord: "是",
    });
    expect(ids(ok).filter((x) => x.startsWith("mdj-outpatient-18"))).toEqual([]);
    // decision: an absent record field is unknown, not missing
    expect(ids(run({ drugsPrescribed: "是" })).filter((x) => x.startsWith("mdj-outpatient-18"))).toEqual([]);
  });
  it("a visit before 2023-01-01: the calculator excludes it and the document-check rules do not apply", () => {
    const r = run({ expenseDate: "2022-12-15", hasReceipt: "否" });
    expect(r.calculations?.[0].status).toBe("excluded");
    expect(ids(r)).toEqual(["mdj-outpatient-pooling/effective-date"]);
  });
  it("other kinds get no calculations", () => {
    const r = evaluate({
      kind: "data-correction",
      facts: { receivedAt: "2026-03-02" },
      now: "2026-03-03",
    });
    expect(r.calculations ?? []).toEqual([]);
  });
});

describe("第十二条 personal account use (outpatient-claim)", () => {
  const base = { expenseDate: "2023-06-01", status: "在职", hospitalLevel: "一级", amount: 100 };
  const run = (extra: Record<string, unknown>) =>
    ids(evaluate({ kind: "outpatient-claim", facts: { ...base, ...extra }, now: "2023-06-02" })).filter((x) =>
      x.startsWith("mdj-outpatient-12"),
    );
  it("pays for a sibling → violation; for a parent, a child, a spouse or oneself → none", () => {
    expect(run({ accountBeneficiary: "兄弟姐妹" })).toEqual([
      "mdj-outpatient-12-account-use/account-beneficiary-not-family",
    ]);
    for (const who of ["父母", "子女", "配偶", "本人"]) expect(run({ accountBeneficiary: who })).toEqual([]);
  });
  it("fitness, wellness or public-health spending → violation; drugs → none", () => {
    for (const use of ["体育健身", "养生保健", "公共卫生"])
      expect(run({ accountUse: use })).toEqual(["mdj-outpatient-12-account-use/account-non-medical"]);
    expect(run({ accountUse: "药品" })).toEqual([]);
  });
  it("decision: a family member's resident-insurance premium is only 探索 → warning", () => {
    const r = evaluate({ kind: "outpatient-claim", facts: { ...base, accountUse: "居民医保缴费" }, now: "2023-06-02" });
    const f = r.findings.find((x) => x.checkId === "account-resident-premium-exploratory");
    expect(f).toMatchObject({ severity: "warning", citation: { article: "第十二条" } });
  });
});
