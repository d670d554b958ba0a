import { describe, expect, it } from "vitest";
import { evaluate } from "../../../shared/evaluate/index.ts";
import { allPacks } from "../../../shared/rules/packs/index.ts";
import { mdjProvidentFund2022 } from "../../../shared/rules/packs/mdj-provident-fund-2022.ts";
import { parseRulePack } from "../../../shared/rules/schema.ts";
import { trackCoverage } from "../approval/coverage.ts";
import { packQuotes, quoteIsVerbatim } from "../approval/quotes.ts";
import { LEGAL_CASES, NOW as LEGAL_NOW } from "../legal-cases.ts";

const NOW = "2026-11-22T10:00:00+08:00";
const cov = trackCoverage([mdjProvidentFund2022]);
type Facts = Record<string, unknown>;
const withdraw = (facts: Facts) => cov.record(evaluate({ kind: "provident-fund-withdrawal", facts, now: NOW }));
const loan = (facts: Facts) => cov.record(evaluate({ kind: "provident-fund-loan", facts, now: NOW }));
const ids = (r: ReturnType<typeof evaluate>) => r.findings.map((f) => `${f.ruleId}/${f.checkId}`);

/** A down-payment withdrawal that meets every condition of 一 of the 细则, applied inside the window. */
const GOOD_DOWN_PAYMENT: Facts = {
  appliedAt: "2022-10-10",
  withdrawalReason: "支付首付款提取",
  amount: "50,000元",
  lowIncome: "是",
  buyerRelation: "子女",
  sameHouseholdRegister: "是",
  homeInMudanjiang: "是",
  onlyHome: "是",
  purchaseLoanType: "商业银行贷款",
  loanInCreditReport: "是",
  arrearsMonths: 0,
  dishonest: "否",
  accountFrozen: "否",
  priorDownPaymentWithdrawal: "否",
  loanContractSignedAt: "2022-03-01",
  invoiceDownPayment: 60000,
};

const GOOD_RENT: Facts = {
  appliedAt: "2022-11-01",
  withdrawalReason: "租房提取",
  amount: 19000,
  householdYearTotal: 19000,
  rentArea: "市区",
  ownsHomeInUrbanArea: "否",
};

describe("pack mdj-provident-fund-2022 (牡公管规〔2022〕2号, 牡公管委规〔2022〕3号)", () => {
  it("is a valid, registered pack citing both documents", () => {
    expect(parseRulePack(JSON.parse(JSON.stringify(mdjProvidentFund2022)))).toBeTruthy();
    expect(allPacks()).toContain(mdjProvidentFund2022);
    expect(mdjProvidentFund2022.docNos).toEqual(["牡公管规〔2022〕2号", "牡公管委规〔2022〕3号"]);
  });

  it("every quote is verbatim in its source document (half-width punctuation kept)", () => {
    const quotes = packQuotes(mdjProvidentFund2022);
    expect(quotes.length).toBeGreaterThan(15);
    for (const q of quotes) expect(quoteIsVerbatim(q), `${q.where}: ${q.quote}`).toBe(true);
  });

  it("a compliant down-payment withdrawal inside the window raises nothing", () => {
    const r = withdraw(GOOD_DOWN_PAYMENT);
    expect(r.findings).toEqual([]);
    expect(r.deadlines).toHaveLength(1);
    expect(r.deadlines[0]).toMatchObject({ due: "2023-03-01", met: true });
  });

  it("decision: unanswered questions are not violations — only the reason and the date given, nothing fires", () => {
    expect(withdraw({ appliedAt: "2022-10-10", withdrawalReason: "支付首付款提取" }).findings).toEqual([]);
  });

  describe("一(一) 提取范围 — each check fires on its fact and not on the compliant case", () => {
    const cases: [string, Facts][] = [
      ["not-low-income", { lowIncome: "否" }],
      ["not-direct-relative", { buyerRelation: "兄弟姐妹" }],
      ["not-same-register", { sameHouseholdRegister: false }],
      ["outside-mudanjiang", { homeInMudanjiang: false }],
      ["not-only-home", { onlyHome: "否" }],
      ["no-loan", { purchaseLoanType: "全款" }],
    ];
    for (const [check, change] of cases) {
      it(check, () => {
        const r = withdraw({ ...GOOD_DOWN_PAYMENT, ...change });
        const f = r.findings.find((x) => x.checkId === check);
        expect(f?.severity).toBe("violation");
        expect(f?.ruleId).toBe("mdj-hpf-down-payment-scope");
        expect(ids(withdraw(GOOD_DOWN_PAYMENT))).not.toContain(`mdj-hpf-down-payment-scope/${check}`);
      });
    }
    it("same-register is required of a relative, not of the contributor buying for himself", () => {
      const r = withdraw({ ...GOOD_DOWN_PAYMENT, buyerRelation: "本人", sameHouseholdRegister: false });
      expect(ids(r)).not.toContain("mdj-hpf-down-payment-scope/not-same-register");
    });
  });

  describe("一(二) 提取条件", () => {
    it("近6个月连续欠缴: 6 months in arrears bars the withdrawal, 5 does not", () => {
      expect(ids(withdraw({ ...GOOD_DOWN_PAYMENT, arrearsMonths: 6 }))).toContain(
        "mdj-hpf-down-payment-conditions/arrears-6-months",
      );
      expect(ids(withdraw({ ...GOOD_DOWN_PAYMENT, arrearsMonths: 5 }))).not.toContain(
        "mdj-hpf-down-payment-conditions/arrears-6-months",
      );
    });
    const cases: [string, Facts][] = [
      ["dishonest", { dishonest: "是" }],
      ["account-frozen", { accountFrozen: true }],
      ["only-once", { priorDownPaymentWithdrawal: "是" }],
      ["loan-not-in-credit-report", { loanInCreditReport: "否" }],
    ];
    for (const [check, change] of cases) {
      it(check, () => {
        expect(ids(withdraw({ ...GOOD_DOWN_PAYMENT, ...change }))).toContain(
          `mdj-hpf-down-payment-conditions/${check}`,
        );
        expect(ids(withdraw(GOOD_DOWN_PAYMENT))).not.toContain(`mdj-hpf-down-payment-conditions/${check}`);
      });
    }
    it("the credit-report condition concerns commercial loans only", () => {
      const r = withdraw({ ...GOOD_DOWN_PAYMENT, purchaseLoanType: "公积金贷款", loanInCreditReport: "否" });
      expect(ids(r)).not.toContain("mdj-hpf-down-payment-conditions/loan-not-in-credit-report");
    });
    it("after a down-payment withdrawal with a fund loan outstanding only repayment withdrawals are allowed", () => {
      const base = { appliedAt: "2022-11-20", priorDownPaymentWithdrawal: "是", outstandingFundLoan: "是" };
      expect(ids(withdraw({ ...base, withdrawalReason: "租房提取", amount: 1000, rentArea: "市区" }))).toContain(
        "mdj-hpf-loan-repayment-priority/other-withdrawal-barred",
      );
      expect(ids(withdraw({ ...base, withdrawalReason: "偿还住房公积金贷款本息", amount: 1000 }))).not.toContain(
        "mdj-hpf-loan-repayment-priority/other-withdrawal-barred",
      );
      expect(
        ids(withdraw({ ...base, outstandingFundLoan: "否", withdrawalReason: "租房提取", amount: 1000 })),
      ).not.toContain("mdj-hpf-loan-repayment-priority/other-withdrawal-barred");
    });
  });

  describe("一(四) 借贷合同签订日期 1 年内办理 (decision: 民法典 year period, the corresponding day is in time)", () => {
    it("applying on the anniversary is in time; the day after is late (violation)", () => {
      const onTime = withdraw({ ...GOOD_DOWN_PAYMENT, loanContractSignedAt: "2021-10-10", appliedAt: "2022-10-10" });
      expect(onTime.deadlines[0]).toMatchObject({ due: "2022-10-10", met: true });
      expect(ids(onTime)).not.toContain("mdj-hpf-down-payment-time-limit/completed-late");
      const late = withdraw({ ...GOOD_DOWN_PAYMENT, loanContractSignedAt: "2021-10-10", appliedAt: "2022-10-11" });
      expect(late.deadlines[0].met).toBe(false);
      const f = late.findings.find((x) => x.checkId === "completed-late");
      expect(f).toMatchObject({ ruleId: "mdj-hpf-down-payment-time-limit", severity: "violation" });
    });
  });

  it("一(五) the withdrawal may not exceed the down payment on the VAT invoice", () => {
    expect(ids(withdraw({ ...GOOD_DOWN_PAYMENT, amount: 60000.01 }))).toContain(
      "mdj-hpf-down-payment-amount/over-invoice",
    );
    expect(ids(withdraw({ ...GOOD_DOWN_PAYMENT, amount: 60000 }))).not.toContain(
      "mdj-hpf-down-payment-amount/over-invoice",
    );
  });

  it("一(三)4: the debit card must be of one of the 8 named banks", () => {
    expect(ids(withdraw({ ...GOOD_RENT, debitCardBank: "中国民生银行" }))).toContain(
      "mdj-hpf-debit-card-bank/bank-not-listed",
    );
    for (const bank of ["中国工商银行", "哈尔滨银行", "中国邮政储蓄银行", "中国银行牡丹江分行", "中信银行"]) {
      expect(ids(withdraw({ ...GOOD_RENT, debitCardBank: bank })), bank).not.toContain(
        "mdj-hpf-debit-card-bank/bank-not-listed",
      );
    }
  });

  describe("二 租房提取额度 (每户、每年)", () => {
    it("市区 19000: 19000 is allowed, 19001 or a household total above 19000 is not", () => {
      expect(withdraw(GOOD_RENT).findings).toEqual([]);
      expect(ids(withdraw({ ...GOOD_RENT, amount: 19001 }))).toContain("mdj-hpf-rent-cap/urban-over-19000");
      expect(ids(withdraw({ ...GOOD_RENT, amount: 5000, householdYearTotal: 20000 }))).toContain(
        "mdj-hpf-rent-cap/urban-over-19000",
      );
    });
    it("县（市）15500", () => {
      const county = { ...GOOD_RENT, rentArea: "县（市）", amount: 15500, householdYearTotal: 15500 };
      expect(withdraw(county).findings).toEqual([]);
      expect(ids(withdraw({ ...county, amount: 16000 }))).toContain("mdj-hpf-rent-cap/county-over-15500");
      // 16000 would be fine in the urban districts
      expect(ids(withdraw({ ...GOOD_RENT, amount: 16000 }))).not.toContain("mdj-hpf-rent-cap/urban-over-19000");
    });
    it("decision: 市区无住房 is checked for urban rent withdrawals only", () => {
      expect(ids(withdraw({ ...GOOD_RENT, ownsHomeInUrbanArea: "是" }))).toContain("mdj-hpf-rent-cap/owns-urban-home");
      expect(
        ids(
          withdraw({ ...GOOD_RENT, rentArea: "县", amount: 1000, householdYearTotal: 1000, ownsHomeInUrbanArea: "是" }),
        ),
      ).not.toContain("mdj-hpf-rent-cap/owns-urban-home");
    });
  });

  describe("三、四 loans", () => {
    it("loan cap 80万元: 800000 is allowed, 800001 is a violation", () => {
      expect(ids(loan({ appliedAt: "2022-09-01", loanAmount: "800000元" }))).not.toContain(
        "mdj-hpf-loan-cap/over-800000",
      );
      const r = loan({ appliedAt: "2022-09-01", loanAmount: 800001 });
      expect(r.findings.find((f) => f.checkId === "over-800000")?.severity).toBe("violation");
    });
    it("the hint points to 牡公管委发〔2020〕16号 for the other loan conditions", () => {
      const r = loan({ appliedAt: "2022-09-01", loanAmount: 300000 });
      expect(r.findings.find((f) => f.checkId === "hint")?.message.zh).toContain("牡公管委发〔2020〕16号");
    });
    it("阶段性担保 abolished: requiring one is a violation", () => {
      expect(ids(loan({ appliedAt: "2022-09-01", stageGuaranteeRequired: "是" }))).toContain(
        "mdj-hpf-stage-guarantee-abolished/stage-guarantee-required",
      );
      expect(ids(loan({ appliedAt: "2022-09-01", stageGuaranteeRequired: "否" }))).not.toContain(
        "mdj-hpf-stage-guarantee-abolished/stage-guarantee-required",
      );
    });
  });

  describe("validity window 2022-08-22 … 2022-12-31, decided by the counter application date (七)", () => {
    it("an application on 2022-12-31 is inside; on 2023-01-01 the measures no longer apply and it is flagged", () => {
      expect(ids(loan({ appliedAt: "2022-12-31", loanAmount: 900000 }))).toContain("mdj-hpf-loan-cap/over-800000");
      const after = loan({ appliedAt: "2023-01-01", loanAmount: 900000 });
      expect(ids(after)).not.toContain("mdj-hpf-loan-cap/over-800000");
      expect(after.findings.find((f) => f.ruleId === "mdj-hpf-loan-window")?.severity).toBe("warning");
      expect(ids(loan({ appliedAt: "2022-12-31", loanAmount: 500000 }))).not.toContain(
        "mdj-hpf-loan-window/after-window",
      );
    });
    it("a down-payment withdrawal after 2022-12-31 is a violation (the measure has expired)", () => {
      const r = withdraw({ ...GOOD_DOWN_PAYMENT, appliedAt: "2023-01-03", loanContractSignedAt: "2022-06-01" });
      const f = r.findings.find((x) => x.checkId === "down-payment-after-window");
      expect(f?.severity).toBe("violation");
      expect(f?.message.zh).toContain("已到期");
      expect(ids(withdraw(GOOD_DOWN_PAYMENT))).not.toContain("mdj-hpf-withdrawal-window/down-payment-after-window");
    });
    it("decision: after the window rent amounts above the earlier caps (18000 / 14400) are a warning", () => {
      const late = { ...GOOD_RENT, appliedAt: "2023-02-01" };
      expect(ids(withdraw(late))).toContain("mdj-hpf-withdrawal-window/rent-after-window");
      expect(ids(withdraw({ ...late, amount: 18000 }))).not.toContain("mdj-hpf-withdrawal-window/rent-after-window");
      expect(ids(withdraw({ ...late, rentArea: "县", amount: 15000 }))).toContain(
        "mdj-hpf-withdrawal-window/rent-after-window",
      );
      // and the raised cap rule no longer applies at all
      expect(ids(withdraw({ ...late, amount: 25000 }))).not.toContain("mdj-hpf-rent-cap/urban-over-19000");
    });
    it("before 2022-08-22 the measures were not yet in force (info)", () => {
      const r = withdraw({ ...GOOD_RENT, appliedAt: "2022-08-21" });
      expect(r.findings.map((f) => `${f.checkId}:${f.severity}`)).toEqual(["before-window:info"]);
      expect(ids(withdraw({ ...GOOD_RENT, appliedAt: "2022-08-22" }))).not.toContain(
        "mdj-hpf-withdrawal-window/before-window",
      );
    });
    it("findings from the expired documents say so", () => {
      const f = loan({ appliedAt: "2022-09-01", loanAmount: 900000 }).findings.find((x) => x.checkId === "over-800000");
      expect(f?.documentStatus).toBe("expired");
    });
  });

  it("malformed facts are a clear error naming the field", () => {
    expect(() => withdraw({ appliedAt: "2022-13-45", amount: "a lot" })).toThrowError(/appliedAt|amount/);
  });

  it("身份证号 is masked in the evaluated facts", () => {
    const r = loan({ appliedAt: "2022-09-01", loanAmount: 100000, idNumber: "230103199001011234" });
    expect(String(r.facts.idNumber)).not.toContain("199001011234");
  });
});

it("coverage: every check, hint, deadline and no-match fired in some case above and stayed silent in another", () => {
  // issue 14's cases (tests/rules/legal-cases.ts, also run through the API) count for the coverage too
  for (const c of LEGAL_CASES.filter((x) => x.kind === "provident-fund-withdrawal"))
    cov.record(evaluate({ kind: c.kind, facts: c.facts, now: c.now ?? LEGAL_NOW }));
  expect(cov.gaps()).toEqual({ neverFired: [], neverSilent: [] });
});
