// 双政办发〔2026〕3号 公务员医疗补助: hand-computed examples from 第十条 (arithmetic in the comments), every exclusion,
// every check and every decision (A1–A15) that changes money.
import { describe, expect, it } from "vitest";
import { type Calculation, runCalculators } from "../../../shared/evaluate/calculate.ts";
import { normalizeFacts } from "../../../shared/kinds/index.ts";
import { syMedicalSubsidy2026 } from "../../../shared/rules/packs/sy-medical-subsidy-2026.ts";
import { RulePackSchema } from "../../../shared/rules/schema.ts";

const KIND = "civil-servant-medical-claim";
const NOW = "2026-06-30T10:00:00+08:00";
const BASE = { expenseDate: "2026-03-10", status: "在职", personClass: "一般人员", expenseKind: "门诊统筹" };

/** Normalise like the evaluator does (Chinese portal values → enums), then run the pack's calculator. */
function calc(facts: Record<string, unknown>): Calculation {
  const n = normalizeFacts(KIND, { ...BASE, ...facts });
  expect(n.issues).toEqual([]);
  const out = runCalculators([syMedicalSubsidy2026], KIND, n.facts, NOW);
  expect(out).toHaveLength(1);
  return out[0];
}
const checkIds = (c: Calculation) => c.findings.map((f) => f.checkId);

describe("sy-medical-subsidy-2026 pack", () => {
  it("validates against the rule-pack schema", () => {
    expect(RulePackSchema.safeParse(syMedicalSubsidy2026).success).toBe(true);
  });
});

describe("第十条 rates and caps, hand-computed", () => {
  it("一般人员, 在职, 门诊 1000: 1000 × 70% = 700.00", () => {
    const c = calc({ amount: 1000 });
    expect(c.status).toBe("ok");
    expect(c.amount).toBe("700.00");
    expect(c.capped).toBe(false);
    expect(checkIds(c)).toEqual([]);
  });
  it("same person, 门诊 5000 after 700 paid: 5000 × 70% = 3500; cap 2000 − 700 = 1300 → 1300.00 (cap hit)", () => {
    const c = calc({ amount: 5000, paidThisYear: 700 });
    expect(c.amount).toBe("1300.00");
    expect(c.capped).toBe(true);
    expect(c.findings).toContainEqual(
      expect.objectContaining({
        checkId: "cap-reached",
        severity: "info",
        citation: expect.objectContaining({ article: "第十条" }),
      }),
    );
    expect(c.findings.find((f) => f.checkId === "cap-reached")?.message.zh).toBe(
      "已达年度最高支付限额 2,000.00 元（本年度已补助 700.00 元），超出部分不予补助",
    );
  });
  it("一般人员 住院 40000: 40000 × 70% = 28000 > 20000 cap → 20000.00", () => {
    const c = calc({ expenseKind: "住院", amount: 40000 });
    expect(c.amount).toBe("20000.00");
    expect(c.capped).toBe(true);
  });
  it("retired vs in-service: 退休 门诊 1000 → 1000 × 75% = 750.00", () => {
    expect(calc({ status: "退休", amount: 1000 }).amount).toBe("750.00");
    expect(calc({ status: "在职", amount: 1000 }).amount).toBe("700.00");
  });
  it("the rate step cites the sentence of the case's own class and bucket", () => {
    const q = (c: Calculation) => c.steps.find((s) => s.id === "rate")?.citation.quote;
    expect(q(calc({ amount: 100 }))).toBe("经基本医疗保险报销后在职70%补助、退休75%补助");
    expect(q(calc({ expenseKind: "住院", amount: 100 }))).toBe(
      "经基本医疗保险、大额医疗费用补助报销后在职70%补助、退休人员75%补助",
    );
    expect(q(calc({ personClass: "医疗照顾人员", careBasis: "正高", amount: 100 }))).toMatch(
      /^医疗照顾人员发生的住院和门诊/,
    );
  });
  it("门诊特殊疾病 counts as the 20000 bucket (第十条 住院治疗、门诊特殊疾病治疗等)", () => {
    // 3000 × 70% = 2100 — more than the 2000 outpatient cap, so only the inpatient bucket pays it all
    const c = calc({ expenseKind: "门诊特殊疾病", amount: 3000 });
    expect(c.amount).toBe("2100.00");
    expect(c.steps.find((s) => s.id === "cap")?.value).toBe(2_000_000);
  });
  it("医疗照顾人员, 退休, 门诊 10000: 10000 × 85% = 8500.00", () => {
    const c = calc({ personClass: "医疗照顾人员", careBasis: "正高级职称", status: "退休", amount: 10000 });
    expect(c.amount).toBe("8500.00");
  });
  it("same care person, 住院 40000 after 8500 paid: 40000 × 85% = 34000; 30000 − 8500 = 21500 → 21500.00", () => {
    const c = calc({
      personClass: "医疗照顾人员",
      careBasis: "正高级职称",
      status: "退休",
      expenseKind: "住院",
      amount: 40000,
      paidThisYear: 8500,
    });
    expect(c.amount).toBe("21500.00");
    expect(c.capped).toBe(true);
  });
  it("医疗照顾人员 在职: 80%", () => {
    expect(calc({ personClass: "医疗照顾人员", careBasis: "政府特贴", amount: 1000 }).amount).toBe("800.00");
  });
  it("year-to-date accumulation: three outpatient visits in a row fill the 2000 cap exactly", () => {
    // visit 1: 1500 × 70% = 1050 (paid 0); visit 2: 1000 × 70% = 700 (paid 1050); visit 3: 1000 × 70% = 700 but
    // only 2000 − 1750 = 250 left → 250; visit 4: nothing left → 0
    let paid = 0;
    const amounts = [1500, 1000, 1000, 1000].map((amount) => {
      const c = calc({ amount, paidThisYear: paid / 100 });
      paid += c.amountFen ?? 0;
      return c.amount;
    });
    expect(amounts).toEqual(["1050.00", "700.00", "250.00", "0.00"]);
    expect(paid).toBe(200_000);
  });
  it("every step cites its article; the calculation lists the arithmetic", () => {
    const c = calc({ amount: 3000, deductiblePart: 1000 });
    expect(c.steps.map((s) => [s.id, s.citation.article])).toEqual([
      ["burden", "第九条"],
      ["deductible", "第十条"],
      ["aboveMax", "第十条"],
      ["reduction", "第十一条"],
      ["base", "第十条"],
      ["rate", "第十条"],
      ["subsidy", "第十条"],
      ["cap", "第十条"],
      ["used", "第十条"],
      ["payable", "第十条"],
    ]);
    expect(c.steps.find((s) => s.id === "base")?.formula).toBe("max(0, 3,000.00 − 1,000.00 − 0.00 − 0.00) = 2,000.00");
    expect(c.steps.find((s) => s.id === "subsidy")?.formula).toBe("2,000.00 × 70% = 1,400.00");
  });
});

describe("decisions on the open questions (reference notes §3.3)", () => {
  it("A1/A2: the 2000 outpatient cap is annual and separate from the 20000 inpatient bucket", () => {
    // outpatient bucket full (2000 paid) → 0 more outpatient subsidy …
    expect(calc({ amount: 1000, paidThisYear: 2000 }).amount).toBe("0.00");
    // … but the inpatient bucket is untouched: 1000 × 70% = 700
    expect(calc({ expenseKind: "住院", amount: 1000, paidThisYear: 0 }).amount).toBe("700.00");
  });
  it("A3: 医疗照顾人员 门诊 have no 2000 sub-cap: 门诊 50000 × 80% = 40000 → 30000 cap", () => {
    const c = calc({ personClass: "医疗照顾人员", careBasis: "厅级待遇", amount: 50000 });
    expect(c.amount).toBe("30000.00");
  });
  it("A4: the care rate applies to the same post-insurance base (deductible excluded too)", () => {
    // (5000 − 1000) × 80% = 3200
    const c = calc({ personClass: "医疗照顾人员", careBasis: "正高", amount: 5000, deductiblePart: 1000 });
    expect(c.amount).toBe("3200.00");
    expect(c.steps.find((s) => s.id === "rate")?.decision).toMatch(/^A4/);
  });
  it("A5: the part at or below the 起付标准 is not subsidised: (3000 − 1000) × 70% = 1400.00", () => {
    expect(calc({ amount: 3000, deductiblePart: 1000 }).amount).toBe("1400.00");
  });
  it("A5: deductible not reached (burden all below the 起付标准) → 0.00", () => {
    const c = calc({ amount: 800, deductiblePart: 800 });
    expect(c.status).toBe("ok");
    expect(c.amount).toBe("0.00");
  });
  it("A6: the part above the insurance annual maximum is removed: (30000 − 5000) × 70% = 17500 (住院)", () => {
    expect(calc({ expenseKind: "住院", amount: 30000, aboveMaxPart: 5000 }).amount).toBe("17500.00");
  });
  it("A7: 降幅自付 leaves the base, the rate is not cut again: 退休 临时外出 住院 (10000 − 2000) × 75% = 6000.00", () => {
    const c = calc({ status: "退休", expenseKind: "住院", offsite: "非转诊", amount: 10000, reductionSelfPay: 2000 });
    expect(c.amount).toBe("6000.00");
    expect(c.steps.find((s) => s.id === "reduction")?.citation.article).toBe("第十一条");
  });
  it("第十一条: 异地居住备案 is treated as local — a 降幅自付 figure is ignored: 10000 × 70% = 7000.00", () => {
    const c = calc({ expenseKind: "住院", offsite: "异地居住备案", amount: 10000, reductionSelfPay: 2000 });
    expect(c.amount).toBe("7000.00");
  });
  it("A9: the 等 lists map 门诊慢性病/特殊药品 to the outpatient cap, 门诊特殊疾病 to the inpatient cap", () => {
    for (const k of ["门诊慢性病", "特殊药品", "普通门诊"])
      expect(calc({ expenseKind: k, amount: 10000 }).steps.find((s) => s.id === "cap")?.value).toBe(200_000);
    expect(calc({ expenseKind: "门诊特殊疾病", amount: 10000 }).steps.find((s) => s.id === "cap")?.value).toBe(
      2_000_000,
    );
  });
  it("A10: the natural year is the year of expenseDate (a stay discharged on 2027-01-02 counts in 2027)", () => {
    const c = calc({ expenseKind: "住院", expenseDate: "2027-01-02", amount: 1000 });
    expect(c.year).toBe(2027);
  });
  it("A11: 差额拨款事业单位 → no amount, a warning asking for a ruling", () => {
    const c = calc({ unitCategory: "差额拨款事业单位", amount: 1000 });
    expect(c.status).toBe("undefined");
    expect(c.amount).toBeNull();
    expect(c.findings).toEqual([
      expect.objectContaining({ checkId: "unit-partial-budget", severity: "warning", field: "unitCategory" }),
    ]);
    expect(calc({ unitCategory: "全额拨款事业单位", amount: 1000 }).amount).toBe("700.00");
  });
  it("A13: January 2026 expenses are payable and flagged for back-payment; February ones are not flagged", () => {
    const jan = calc({ expenseDate: "2026-01-15", amount: 1000 });
    expect(jan.amount).toBe("700.00");
    expect(jan.findings).toContainEqual(
      expect.objectContaining({
        checkId: "january-backpay",
        severity: "info",
        citation: expect.objectContaining({ article: "第十七条" }),
      }),
    );
    expect(checkIds(calc({ expenseDate: "2026-02-01", amount: 1000 }))).not.toContain("january-backpay");
  });
  it("A18: a non-designated provider → no amount, a warning citing 第十四条; designated → computed", () => {
    const c = calc({ designated: "否", amount: 1000 });
    expect(c).toMatchObject({ status: "undefined", amount: null });
    expect(c.findings[0]).toMatchObject({
      checkId: "non-designated",
      severity: "warning",
      citation: { article: "第十四条" },
    });
    expect(calc({ designated: "是", amount: 1000 }).amount).toBe("700.00");
  });
  it("A15: rounding half-up to the 分: 0.05 × 70% = 0.035 → 0.04; 0.03 × 70% = 0.021 → 0.02", () => {
    expect(calc({ amount: 0.05 }).amount).toBe("0.04");
    expect(calc({ amount: 0.03 }).amount).toBe("0.02");
  });
});

describe("第四、九、十七条 exclusions", () => {
  it("第十七条: an expense before 2026-01-01 is not payable (violation)", () => {
    const c = calc({ expenseDate: "2025-12-31", amount: 1000 });
    expect(c.status).toBe("excluded");
    expect(c.amount).toBe("0.00");
    expect(c.findings).toEqual([
      expect.objectContaining({
        checkId: "effective-date",
        severity: "violation",
        field: "expenseDate",
        citation: expect.objectContaining({ article: "第十七条", quote: "本办法自2026年1月1日起施行。" }),
      }),
    ]);
    // 2026-01-01 00:30 Beijing time (2025-12-31 16:30 UTC) is already in force
    expect(calc({ expenseDate: "2025-12-31T16:30:00Z", amount: 1000 }).status).toBe("ok");
  });
  it("第九条: not insured in 职工医保 → excluded; insured → computed", () => {
    const c = calc({ employeeInsured: "否", amount: 1000 });
    expect(c.status).toBe("excluded");
    expect(checkIds(c)).toEqual(["not-employee-insured"]);
    expect(calc({ employeeInsured: "是", amount: 1000 }).status).toBe("ok");
  });
  it("第四条: an enterprise is not covered", () => {
    const c = calc({ unitCategory: "企业", amount: 1000 });
    expect(c.status).toBe("excluded");
    expect(c.findings[0]).toMatchObject({ checkId: "unit-not-covered", severity: "violation" });
    expect(calc({ unitCategory: "行政机关", amount: 1000 }).status).toBe("ok");
  });
  it("第四条（六）: 驻双中省单位 only when opted in (A12)", () => {
    expect(calc({ unitCategory: "驻双中省单位", amount: 1000 }).status).toBe("excluded");
    expect(calc({ unitCategory: "驻双中省单位", unitOptedIn: "否", amount: 1000 }).status).toBe("excluded");
    expect(calc({ unitCategory: "驻双中省单位", unitOptedIn: "是", amount: 1000 }).amount).toBe("700.00");
  });
  it("一个自然年度内: paid-to-date from another year cannot be used (violation, no amount)", () => {
    const c = calc({ amount: 1000, paidThisYear: 500, quotaYear: 2025 });
    expect(c.status).toBe("undefined");
    expect(c.findings[0]).toMatchObject({ checkId: "quota-year-mismatch", severity: "violation", field: "quotaYear" });
    expect(c.findings[0].message.zh).toBe(
      "已补助金额属于 2025 年，费用发生在 2026 年：限额按自然年度计算，不能跨年使用",
    );
    expect(calc({ amount: 1000, paidThisYear: 500, quotaYear: 2026 }).amount).toBe("700.00");
  });
});

describe("checks on the result", () => {
  it("claim over the entitlement → violation; at or under → nothing", () => {
    const over = calc({ amount: 1000, requestedAmount: 1000 });
    expect(over.findings).toEqual([
      expect.objectContaining({ checkId: "over-entitlement", severity: "violation", field: "requestedAmount" }),
    ]);
    expect(over.findings[0].message.zh).toBe("申请补助金额 1,000.00 元超过按第十条计算的应补助金额 700.00 元");
    expect(checkIds(calc({ amount: 1000, requestedAmount: 700 }))).toEqual([]);
  });
  it("claim over the cap → violation", () => {
    // 5000 × 70% = 3500, cap 2000 → 2000 payable; 3500 claimed
    const c = calc({ amount: 5000, requestedAmount: 3500 });
    expect(checkIds(c).sort()).toEqual(["cap-reached", "over-entitlement"]);
  });
  it("第五条: 医疗照顾人员 without a stated basis → warning; with one → none", () => {
    expect(checkIds(calc({ personClass: "医疗照顾人员", amount: 100 }))).toEqual(["care-basis-missing"]);
    expect(checkIds(calc({ personClass: "医疗照顾人员", careBasis: "正高", amount: 100 }))).toEqual([]);
  });
  it("第十一条: 异地转诊 without the 降幅自付 amount → warning (taken as 0); with it → none", () => {
    const c = calc({ offsite: "异地转诊", amount: 1000 });
    expect(c.amount).toBe("700.00");
    expect(checkIds(c)).toEqual(["offsite-reduction-missing"]);
    expect(checkIds(calc({ offsite: "异地转诊", amount: 1000, reductionSelfPay: 100 }))).toEqual([]);
  });
});

describe("bad input", () => {
  it("a negative amount is rejected by the kind's normaliser naming the field", () => {
    const n = normalizeFacts(KIND, { ...BASE, amount: -100 });
    expect(n.issues).toEqual([
      { path: "facts.amount", message: expect.stringMatching(/^expected an amount in 元 ≥ 0 with at most 2 decimals/) },
    ]);
  });
  it("and by the engine itself when called directly", () => {
    expect(() =>
      runCalculators(
        [syMedicalSubsidy2026],
        KIND,
        { ...BASE, personClass: "general", status: "in-service", expenseKind: "outpatient", amount: -1 },
        NOW,
      ),
    ).toThrow(/facts\.amount: expected an amount in 元 ≥ 0; got -1/);
  });
  it("an unknown class value lists the accepted ones", () => {
    const n = normalizeFacts(KIND, { ...BASE, personClass: "领导", amount: 1 });
    expect(n.issues[0].path).toBe("facts.personClass");
    // (the aliases list grew with issue 14: 普通人员, 照顾对象)
    expect(n.issues[0].message).toMatch(/general \(一般人员\/一般\/普通人员\), care/);
  });
  it("portal amounts with separators and 元 are read exactly", () => {
    expect(calc({ amount: "1,000.10元" }).amount).toBe("700.07"); // 1000.10 × 70% = 700.07
  });
});
