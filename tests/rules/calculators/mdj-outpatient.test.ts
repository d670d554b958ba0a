// 牡政办规〔2022〕3号 门诊共济: hand-computed examples from 第八条 (arithmetic in the comments), the exclusions of
// 第二、九、十一、十五、十九、二十三条, the result checks and the decisions written next to the steps.
import { describe, expect, it } from "vitest";
import { type Calculation, runCalculators } from "../../../shared/evaluate/calculate.ts";
import { normalizeFacts } from "../../../shared/kinds/index.ts";
import { mdjOutpatient2022 } from "../../../shared/rules/packs/mdj-outpatient-2022.ts";
import { RulePackSchema } from "../../../shared/rules/schema.ts";

const KIND = "outpatient-claim";
const NOW = "2023-12-20T09:00:00+08:00";
const BASE = { expenseDate: "2023-05-08", status: "在职", hospitalLevel: "一级", designated: "是" };

function calc(facts: Record<string, unknown>): Calculation {
  const n = normalizeFacts(KIND, { ...BASE, ...facts });
  expect(n.issues).toEqual([]);
  const out = runCalculators([mdjOutpatient2022], KIND, n.facts, NOW);
  expect(out).toHaveLength(1);
  return out[0];
}
const checkIds = (c: Calculation) => c.findings.map((f) => f.checkId);

describe("mdj-outpatient-2022 pack", () => {
  it("validates against the rule-pack schema", () => {
    expect(RulePackSchema.safeParse(mdjOutpatient2022).success).toBe(true);
  });
});

describe("第八条, hand-computed", () => {
  it("first visit of the year, 在职, 一级, 1000: (1000 − 600) × 70% = 280.00", () => {
    const c = calc({ amount: 1000 });
    expect(c.status).toBe("ok");
    expect(c.amount).toBe("280.00");
    expect(c.steps.find((s) => s.id === "aboveDeductible")?.formula).toBe("max(0, 1,000.00 − 600.00) = 400.00");
    expect(checkIds(c)).toEqual([]);
  });
  it("二级 60%, 三级 50% (在职, deductible already met)", () => {
    expect(calc({ hospitalLevel: "二级甲等", amount: 1000, deductibleMetThisYear: 600 }).amount).toBe("600.00");
    expect(calc({ hospitalLevel: "三甲", amount: 1000, deductibleMetThisYear: 600 }).amount).toBe("500.00");
  });
  it("retired +5 points: 退休, 二级, 1000 with 200 of the deductible met: (1000 − 400) × 65% = 390.00", () => {
    const c = calc({ status: "退休", hospitalLevel: "二级", amount: 1000, deductibleMetThisYear: 200 });
    expect(c.amount).toBe("390.00");
    expect(c.steps.filter((s) => s.id === "rate").map((s) => s.display.zh)).toEqual(["60%", "65%"]);
  });
  it("retired vs in-service at 三级: 1600 × 55% = 880.00 vs 1600 × 50% = 800.00", () => {
    expect(calc({ status: "退休", hospitalLevel: "三级", amount: 1600, deductibleMetThisYear: 600 }).amount).toBe(
      "880.00",
    );
    expect(calc({ status: "在职", hospitalLevel: "三级", amount: 1600, deductibleMetThisYear: 600 }).amount).toBe(
      "800.00",
    );
  });
  it("retired at 一级及以下: 75% (70 + 5)", () => {
    expect(
      calc({ status: "退休", hospitalLevel: "社区卫生服务中心", amount: 100, deductibleMetThisYear: 600 }).amount,
    ).toBe("75.00");
  });
  it("deductible not reached: 三级 500 on a fresh year → 0.00 and an info finding", () => {
    // 600 − 0 = 600 still to meet; max(0, 500 − 600) = 0
    const c = calc({ hospitalLevel: "三级", amount: 500 });
    expect(c.amount).toBe("0.00");
    expect(c.findings).toEqual([
      expect.objectContaining({ checkId: "deductible-not-reached", severity: "info", field: "amount" }),
    ]);
    expect(c.findings[0].message.zh).toBe(
      "本次费用 500.00 元未超过尚未达到的年度累计起付标准 600.00 元，统筹基金本次不支付",
    );
  });
  it("year-to-date accumulation: deductible consumed in date order across levels, then the 2000 cap", () => {
    // visit 1 (三级 400): deductible 600 → 200 left, pays 0
    // visit 2 (一级 1200): 1200 − 200 = 1000 × 70% = 700
    // visit 3 (二级 2000): 2000 × 60% = 1200 (paid 700)
    // visit 4 (一级 1000): 1000 × 70% = 700 but 2000 − 1900 = 100 left → 100 (cap)
    // visit 5: nothing left → 0
    let met = 0;
    let paid = 0;
    const visits: [string, number][] = [
      ["三级", 400],
      ["一级", 1200],
      ["二级", 2000],
      ["一级", 1000],
      ["一级", 500],
    ];
    const out = visits.map(([hospitalLevel, amount]) => {
      const c = calc({ hospitalLevel, amount, deductibleMetThisYear: met / 100, paidThisYear: paid / 100 });
      met = Math.min(60_000, met + amount * 100);
      paid += c.amountFen ?? 0;
      return c;
    });
    expect(out.map((c) => c.amount)).toEqual(["0.00", "700.00", "1200.00", "100.00", "0.00"]);
    expect(out.map((c) => c.capped)).toEqual([false, false, false, true, true]);
    expect(paid).toBe(200_000);
  });
  it("cap hit in one visit: 一级 5000 after 1800 paid: 5000 × 70% = 3500; 2000 − 1800 = 200 → 200.00", () => {
    const c = calc({ amount: 5000, deductibleMetThisYear: 600, paidThisYear: 1800 });
    expect(c.amount).toBe("200.00");
    expect(c.capped).toBe(true);
    expect(checkIds(c)).toEqual(["cap-reached"]);
  });
  it("rounding half-up to the 分: 三级 600.07 → 0.07 × 50% = 0.035 → 0.04", () => {
    expect(calc({ hospitalLevel: "三级", amount: 600.07 }).amount).toBe("0.04");
  });
  it("each step cites 第八条 or 第十五条", () => {
    const c = calc({ status: "退休", amount: 1000 });
    expect(new Set(c.steps.map((s) => s.citation.article))).toEqual(new Set(["第八条", "第十五条"]));
    expect(c.steps.find((s) => s.op === "add-points")?.citation.quote).toBe(
      "退休人员按医疗机构级别相应提高 5 个百分点",
    );
  });
});

describe("exclusions", () => {
  it("第二十三条: a visit before 2023-01-01 → not payable (violation)", () => {
    const c = calc({ expenseDate: "2022-12-31", amount: 1000 });
    expect(c.status).toBe("excluded");
    expect(c.findings[0]).toMatchObject({
      checkId: "effective-date",
      severity: "violation",
      citation: { article: "第二十三条", quote: "本办法自 2023 年 1 月 1 日起执行。" },
    });
    expect(calc({ expenseDate: "2023-01-01", amount: 1000 }).status).toBe("ok");
  });
  it("第二条: resident-scheme insurees are excluded; 灵活就业人员 are covered", () => {
    expect(calc({ insurance: "居民医保", amount: 1000 }).status).toBe("excluded");
    expect(calc({ insurance: "灵活就业人员", amount: 1000 }).amount).toBe("280.00");
  });
  it("第八条: non-designated institution → excluded", () => {
    const c = calc({ designated: "否", amount: 1000 });
    expect(c.status).toBe("excluded");
    expect(checkIds(c)).toEqual(["not-designated"]);
  });
  it("第九条: out-of-area → no amount (另行制定), never the local rates", () => {
    const c = calc({ outOfArea: "是", amount: 1000 });
    expect(c.status).toBe("undefined");
    expect(c.amount).toBeNull();
    expect(c.steps).toEqual([]);
    expect(c.findings[0]).toMatchObject({ checkId: "out-of-area", severity: "warning" });
  });
  it("第十一条: reduced-rate contributor not switched → excluded (decision)", () => {
    const c = calc({ reducedRate: "是", amount: 1000 });
    expect(c.status).toBe("excluded");
    expect(c.findings[0].decision).toMatch(/implied/);
    expect(calc({ reducedRate: "否", amount: 1000 }).status).toBe("ok");
  });
  it("第十九条: chronic / special-disease visits stay under the old policy (info, no amount)", () => {
    expect(calc({ diseaseClass: "门诊慢性病", amount: 1000 })).toMatchObject({ status: "undefined", amount: null });
    expect(calc({ diseaseClass: "门特", amount: 1000 }).findings[0].severity).toBe("info");
    expect(calc({ diseaseClass: "普通门诊", amount: 1000 }).amount).toBe("280.00");
  });
  it("第十五条: last year's quota cannot be used (no carry-over)", () => {
    const c = calc({ amount: 1000, quotaYear: 2022 });
    expect(c.findings[0]).toMatchObject({ checkId: "quota-year-mismatch", severity: "violation" });
    expect(c.findings[0].message.zh).toBe("使用 2022 年的限额支付 2023 年的门诊费用：限额在当年使用，不能结转下一年度");
    expect(calc({ amount: 1000, quotaYear: 2023 }).amount).toBe("280.00");
  });
  it("第十五条: the quota cannot be transferred to someone else", () => {
    const c = calc({ ownCredential: "否", amount: 1000 });
    expect(c.status).toBe("excluded");
    expect(c.findings[0]).toMatchObject({ checkId: "quota-of-another-person", citation: { article: "第十五条" } });
  });
  it("several exclusions are all reported", () => {
    const c = calc({ designated: "否", outOfArea: "是", amount: 1000 });
    expect(c.status).toBe("excluded");
    expect(checkIds(c)).toEqual(["not-designated", "out-of-area"]);
  });
});

describe("claimed amount", () => {
  it("over the computed fund payment → violation; equal → nothing", () => {
    const c = calc({ amount: 1000, requestedAmount: 700 });
    expect(c.findings).toEqual([expect.objectContaining({ checkId: "over-entitlement", severity: "violation" })]);
    expect(c.findings[0].message.zh).toBe("申请统筹支付 700.00 元超过按第八条计算的应支付金额 280.00 元");
    expect(checkIds(calc({ amount: 1000, requestedAmount: 280 }))).toEqual([]);
  });
});

describe("bad input", () => {
  it("negative or over-precise amounts name the field", () => {
    const n = normalizeFacts(KIND, { ...BASE, amount: "-5", paidThisYear: 1.234 });
    expect(n.issues.map((i) => i.path)).toEqual(["facts.amount", "facts.paidThisYear"]);
  });
  it("an unknown hospital level lists the accepted ones", () => {
    const n = normalizeFacts(KIND, { ...BASE, hospitalLevel: "四级", amount: 1 });
    expect(n.issues[0]).toMatchObject({ path: "facts.hospitalLevel" });
    expect(n.issues[0].message).toMatch(/level1 \(1\/一级/);
  });
  it("required fields: only the visit date (a personal-account record has no hospital or pooling amount)", () => {
    const n = normalizeFacts(KIND, { designated: true });
    expect(n.issues.map((i) => i.path).sort()).toEqual(["facts.expenseDate"]);
  });
});
