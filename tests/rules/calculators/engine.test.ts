// The calculator engine on its own: exact money arithmetic, compilation errors, condition semantics, bad input.
import { describe, expect, it } from "vitest";
import {
  applyRate,
  CalculationError,
  CalculatorDefinitionError,
  compileCalculator,
  formatFen,
  formatRate,
  runCalculator,
  runCalculators,
  yuanToFen,
} from "../../../shared/evaluate/calculate.ts";
import { type Calculator, CalculatorSchema } from "../../../shared/rules/calculator-schema.ts";

const CITE = { docNo: "测试〔2026〕1号", article: "第一条" };

/** A tiny calculator: (amount − deductible) × rate by level, capped at 1000 per year. */
function demo(over: Partial<Calculator> = {}): Calculator {
  return CalculatorSchema.parse({
    id: "demo",
    kind: "outpatient-claim",
    title: { zh: "演示", en: "Demo" },
    citation: CITE,
    effective: { from: "2026-01-01", to: "2026-12-31", field: "expenseDate", citation: CITE },
    tables: {
      rates: [
        { level: "a", percent: 70 },
        { level: "b", percent: 50 },
      ],
    },
    steps: [
      { id: "cost", op: "input", field: "amount", label: { zh: "费用", en: "Cost" }, citation: CITE },
      { id: "ded", op: "amount", yuan: 100, label: { zh: "起付", en: "Deductible" }, citation: CITE },
      {
        id: "base",
        op: "subtract",
        from: "$cost",
        minus: ["$ded"],
        label: { zh: "基数", en: "Base" },
        citation: CITE,
      },
      {
        id: "rate",
        op: "lookup",
        table: "rates",
        match: { level: "level" },
        column: "percent",
        type: "rate",
        label: { zh: "比例", en: "Rate" },
        citation: CITE,
      },
      {
        id: "rate",
        op: "add-points",
        rate: "$rate",
        points: 5,
        when: { eq: ["retired", true] },
        label: { zh: "退休加5点", en: "Retired +5" },
        citation: CITE,
      },
      { id: "share", op: "multiply", amount: "$base", rate: "$rate", label: { zh: "x", en: "x" }, citation: CITE },
      { id: "cap", op: "amount", yuan: 1000, label: { zh: "限额", en: "Cap" }, citation: CITE },
      { id: "used", op: "input", field: "paid", default: 0, label: { zh: "已付", en: "Paid" }, citation: CITE },
      {
        id: "pay",
        op: "cap",
        amount: "$share",
        cap: "$cap",
        used: "$used",
        label: { zh: "应付", en: "Pay" },
        citation: CITE,
      },
    ],
    result: "pay",
    ...over,
  });
}

describe("money helpers", () => {
  it("converts 元 to integer 分 without float drift", () => {
    expect(yuanToFen(0.1)).toBe(10);
    expect(yuanToFen(0.29)).toBe(29); // 0.29 * 100 = 28.999999999999996 in floating point
    expect(yuanToFen(1234.5)).toBe(123450);
    expect(yuanToFen("1,234.56")).toBe(123456);
    expect(yuanToFen("600元")).toBe(60000);
    expect(yuanToFen(0)).toBe(0);
    expect(yuanToFen(0.1 + 0.2)).toBe(30); // 0.30000000000000004: float noise, not a sub-分 amount
    expect(yuanToFen(100 + 9 * 7.13)).toBe(16417); // 164.17000000000002
    expect(yuanToFen(1e-9)).toBe(0);
  });
  it("rejects negatives, NaN and more than 2 decimals", () => {
    expect(() => yuanToFen(-1)).toThrow(RangeError);
    expect(() => yuanToFen(Number.NaN)).toThrow(RangeError);
    expect(() => yuanToFen("1.005")).toThrow(/at most 2 decimals/);
    expect(() => yuanToFen(12.345)).toThrow(/at most 2 decimals/);
    expect(() => yuanToFen(Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => yuanToFen("abc")).toThrow(RangeError);
  });
  it("formats 分 as 元 with separators and 2 decimals", () => {
    expect(formatFen(0)).toBe("0.00");
    expect(formatFen(5)).toBe("0.05");
    expect(formatFen(123456789)).toBe("1,234,567.89");
    expect(formatRate(7000)).toBe("70%");
    expect(formatRate(6550)).toBe("65.5%");
  });
  it("rounds rate products half-up to the 分", () => {
    expect(applyRate(5, 7000)).toBe(4); // 0.05 × 70% = 0.035 → 0.04
    expect(applyRate(3, 7000)).toBe(2); // 0.03 × 70% = 0.021 → 0.02
    expect(applyRate(7, 5000)).toBe(4); // 0.07 × 50% = 0.035 → 0.04
    expect(applyRate(1, 6500)).toBe(1); // 0.01 × 65% = 0.0065 → 0.01
    expect(applyRate(1, 4900)).toBe(0); // 0.0049 → 0.00
    expect(applyRate(100_000_000_00, 8500)).toBe(85_000_000_00);
  });
});

describe("running a calculator", () => {
  const now = "2026-06-01";
  it("computes step by step with formulas and citations", () => {
    // (1100 − 100) × 70% = 700.00; cap 1000 − 0 → 700.00
    const c = runCalculator(demo(), "p", { expenseDate: "2026-03-01", amount: 1100, level: "a" }, now);
    expect(c?.status).toBe("ok");
    expect(c?.amountFen).toBe(70000);
    expect(c?.amount).toBe("700.00");
    expect(c?.display).toEqual({ zh: "700.00 元", en: "CNY 700.00" });
    expect(c?.capped).toBe(false);
    expect(c?.year).toBe(2026);
    expect(c?.steps.map((s) => s.id)).toEqual(["cost", "ded", "base", "rate", "share", "cap", "used", "pay"]);
    expect(c?.steps.find((s) => s.id === "share")?.formula).toBe("1,000.00 × 70% = 700.00");
    expect(c?.steps.find((s) => s.id === "rate")?.formula).toBe("rates[level=a] → 70%");
    expect(c?.steps.every((s) => s.citation.docNo === CITE.docNo)).toBe(true);
  });
  it("a step whose `when` is false is skipped; a redefinition replaces the value", () => {
    const c = runCalculator(demo(), "p", { expenseDate: "2026-03-01", amount: 1100, level: "a", retired: true }, now);
    const rates = c?.steps.filter((s) => s.id === "rate").map((s) => s.value);
    expect(rates).toEqual([7000, 7500]);
    expect(c?.amountFen).toBe(75000); // 1000 × 75%
  });
  it("caps what is left of the annual cap and marks it", () => {
    // 3100 − 100 = 3000 × 50% = 1500; cap 1000 − 400 paid = 600 left → 600, capped
    const c = runCalculator(demo(), "p", { expenseDate: "2026-03-01", amount: 3100, level: "b", paid: 400 }, now);
    expect(c?.amountFen).toBe(60000);
    expect(c?.capped).toBe(true);
    expect(c?.steps.at(-1)?.formula).toBe("min(1,500.00, max(0, 1,000.00 − 400.00)) = 600.00");
    // paid more than the cap: nothing left, never negative
    const d = runCalculator(demo(), "p", { expenseDate: "2026-03-01", amount: 3100, level: "b", paid: 1200 }, now);
    expect(d?.amountFen).toBe(0);
  });
  it("subtract never goes below zero (deductible not reached)", () => {
    const c = runCalculator(demo(), "p", { expenseDate: "2026-03-01", amount: 60, level: "a" }, now);
    expect(c?.steps.find((s) => s.id === "base")?.value).toBe(0);
    expect(c?.amountFen).toBe(0);
  });
  it("a date outside the effective window is excluded with a violation citing the effective article", () => {
    const before = runCalculator(demo(), "p", { expenseDate: "2025-12-31", amount: 500, level: "a" }, now);
    expect(before?.status).toBe("excluded");
    expect(before?.amountFen).toBe(0);
    expect(before?.findings[0]).toMatchObject({
      checkId: "effective-date",
      severity: "violation",
      field: "expenseDate",
    });
    const after = runCalculator(
      demo(),
      "p",
      { expenseDate: "2027-01-01T09:00:00+08:00", amount: 500, level: "a" },
      now,
    );
    expect(after?.status).toBe("excluded");
    expect(after?.findings[0].message.en).toMatch(/after the end of validity 2026-12-31/);
  });
  it("no table row → status undefined, no amount, a warning saying what had no rule", () => {
    const c = runCalculator(demo(), "p", { expenseDate: "2026-03-01", amount: 500, level: "z" }, now);
    expect(c?.status).toBe("undefined");
    expect(c?.amountFen).toBeNull();
    expect(c?.amount).toBeNull();
    expect(c?.findings[0]).toMatchObject({ checkId: "not-defined", severity: "warning" });
    expect(c?.findings[0].message.en).toContain("rates[level=z]");
  });
  it("only calculators of the case kind run", () => {
    const packs = [{ id: "p", calculators: [demo()] }, { id: "q" }];
    expect(
      runCalculators(packs, "outpatient-claim", { expenseDate: "2026-03-01", amount: 1, level: "a" }, now),
    ).toHaveLength(1);
    expect(runCalculators(packs, "data-demand", {}, now)).toEqual([]);
  });
  it("calculator-level `when` false → no calculation at all", () => {
    const calc = demo({ when: { eq: ["level", "a"] } });
    expect(runCalculator(calc, "p", { expenseDate: "2026-03-01", amount: 1, level: "b" }, now)).toBeNull();
    expect(runCalculator(calc, "p", { expenseDate: "2026-03-01", amount: 1, level: "a" }, now)).not.toBeNull();
  });
});

describe("bad input names the field", () => {
  const now = "2026-06-01";
  it("negative amount", () => {
    try {
      runCalculator(demo(), "p", { expenseDate: "2026-03-01", amount: -5, level: "a" }, now);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(CalculationError);
      const err = e as CalculationError;
      expect(err.field).toBe("amount");
      expect(err.issues).toEqual([{ path: "facts.amount", message: "expected an amount in 元 ≥ 0; got -5" }]);
    }
  });
  it("every bad field at once: 3 decimals, a negative string, a bad date", () => {
    try {
      runCalculator(demo(), "p", { expenseDate: "2026-02-30x", amount: "12.345", paid: "-1", level: "a" }, now);
      expect.unreachable();
    } catch (e) {
      const paths = (e as CalculationError).issues.map((i) => i.path);
      expect(paths).toEqual(["facts.expenseDate", "facts.amount", "facts.paid"]);
      expect((e as CalculationError).message).toMatch(/at most 2 decimals/);
    }
  });
  it("a missing required amount (no default)", () => {
    expect(() => runCalculator(demo(), "p", { expenseDate: "2026-03-01", level: "a" }, now)).toThrow(
      /facts\.amount: required for demo/,
    );
  });
  it("a missing date", () => {
    expect(() => runCalculator(demo(), "p", { amount: 1, level: "a" }, now)).toThrow(/facts\.expenseDate: required/);
  });
});

describe("compilation rejects malformed calculators", () => {
  const base = demo();
  const withSteps = (steps: unknown[], result = "pay") =>
    CalculatorSchema.parse({ ...base, id: `bad-${Math.random().toString(36).slice(2, 8)}`, steps, result });
  const step = (s: Record<string, unknown>) => ({ label: { zh: "x", en: "x" }, citation: CITE, ...s });
  it("unknown variable", () => {
    const c = withSteps([step({ id: "pay", op: "add", of: ["$nothing"] })]);
    expect(() => compileCalculator(c)).toThrow(CalculatorDefinitionError);
    expect(() => compileCalculator(c)).toThrow(/\$nothing is not defined by an earlier step/);
  });
  it("type mismatch: multiply by money", () => {
    const c = withSteps([
      step({ id: "a", op: "amount", yuan: 1 }),
      step({ id: "pay", op: "multiply", amount: "$a", rate: "$a" }),
    ]);
    expect(() => compileCalculator(c)).toThrow(/\$a must be rate, is money/);
  });
  it("missing table", () => {
    const c = withSteps([
      step({ id: "r", op: "lookup", table: "nope", match: {}, column: "percent", type: "rate" }),
      step({ id: "pay", op: "amount", yuan: 1 }),
    ]);
    expect(() => compileCalculator(c)).toThrow(/no table "nope"/);
  });
  it("result must be money", () => {
    const c = withSteps([step({ id: "pay", op: "rate", percent: 5 })]);
    expect(() => compileCalculator(c)).toThrow(/must be a money variable/);
  });
  it("arithmetic on a raw fact instead of a variable", () => {
    const c = withSteps([step({ id: "pay", op: "add", of: ["amount"] })]);
    expect(() => compileCalculator(c)).toThrow(/arithmetic takes \$variables/);
  });
  it("per-each: the amount must be a money variable and the count a fact field", () => {
    const rate = withSteps([
      step({ id: "r", op: "rate", percent: 5 }),
      step({ id: "pay", op: "per-each", amount: "$r", count: "amount" }),
    ]);
    expect(() => compileCalculator(rate)).toThrow(/\$r must be money, is rate/);
    const moneyCount = withSteps([
      step({ id: "cost", op: "input", field: "amount" }),
      step({ id: "a", op: "amount", yuan: 1 }),
      step({ id: "pay", op: "per-each", amount: "$a", count: "amount" }),
    ]);
    // `amount` is read by an input step in this calculator: a money value, not a count
    expect(() => compileCalculator(moneyCount)).toThrow(/the count must be a fact field/);
    expect(
      CalculatorSchema.safeParse({
        ...base,
        steps: [step({ id: "pay", op: "per-each", amount: "$a", count: "$n", above: -1 })],
      }).success,
    ).toBe(false);
  });
  it("the zod schema rejects unknown ops and functions-as-data", () => {
    expect(CalculatorSchema.safeParse({ ...base, steps: [step({ id: "x", op: "eval", code: "1+1" })] }).success).toBe(
      false,
    );
    expect(CalculatorSchema.safeParse({ ...base, steps: [step({ id: "x", op: "amount", yuan: -1 })] }).success).toBe(
      false,
    );
  });
});

describe("conditions", () => {
  const now = "2026-06-01";
  const withCheck = (when: unknown) =>
    CalculatorSchema.parse({
      ...demo(),
      id: `cond-${Math.random().toString(36).slice(2, 8)}`,
      checks: [
        {
          id: "c",
          severity: "info",
          when,
          message: { zh: "命中 {$pay} {level}", en: "hit {$pay} {level}" },
          citation: CITE,
        },
      ],
    });
  const fires = (when: unknown, facts: Record<string, unknown>) =>
    (runCalculator(withCheck(when), "p", { expenseDate: "2026-03-01", amount: 1100, level: "a", ...facts }, now)
      ?.findings.length ?? 0) > 0;
  it("money constants are in 元 against money variables", () => {
    expect(fires({ eq: ["$pay", 700] }, {})).toBe(true);
    expect(fires({ gt: ["$pay", 699.99] }, {})).toBe(true);
    expect(fires({ gt: ["$pay", 700] }, {})).toBe(false);
  });
  it("rate constants are in percent", () => {
    expect(fires({ eq: ["$rate", 70] }, {})).toBe(true);
    expect(fires({ eq: ["$rate", 75] }, { retired: true })).toBe(true);
  });
  it("variable against variable, capped, before/after, in, not, any", () => {
    expect(fires({ lt: ["$pay", "$cap"] }, {})).toBe(true);
    expect(fires({ capped: "pay" }, {})).toBe(false);
    expect(fires({ capped: "pay" }, { paid: 999 })).toBe(true);
    expect(fires({ before: ["expenseDate", "now"] }, {})).toBe(true);
    expect(fires({ after: ["expenseDate", "2026-03-01"] }, {})).toBe(false);
    expect(fires({ in: ["level", ["b", "a"]] }, {})).toBe(true);
    expect(fires({ not: { present: "paid" } }, {})).toBe(true);
    expect(fires({ any: [{ eq: ["level", "b"] }, { empty: "paid" }] }, { paid: 1 })).toBe(false);
  });
  it("message placeholders show money in 元 and fact values", () => {
    const c = runCalculator(
      withCheck({ present: "level" }),
      "p",
      { expenseDate: "2026-03-01", amount: 1100, level: "a" },
      now,
    );
    expect(c?.findings[0].message).toEqual({ zh: "命中 700.00 a", en: "hit 700.00 a" });
  });
  it("comparing money with a rate is a definition error", () => {
    expect(() => compileCalculator(withCheck({ lt: ["$pay", "$rate"] }))).toThrow(/cannot compare/);
  });
});
