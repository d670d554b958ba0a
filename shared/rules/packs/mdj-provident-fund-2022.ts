// Pack: the Mudanjiang housing provident fund “一城一策” measures —
//   牡公管委规〔2022〕3号 (管理委员会: the four measures, valid to 2022-12-31) and
//   牡公管规〔2022〕2号 (管理中心 实施细则, 2022-08-22 to 2022-12-31: eligibility, conditions, materials, time limit, caps).
// Read article by article below. Quotes are verbatim from shared/sources/seed-002-mdj-gazette-2022-4.txt; the
// 细则 block mixes half-width punctuation (「,」「(」) with full-width and the quotes keep it as printed.
//
// Validity window: both documents run to 2022-12-31, and applicability is decided by the day the contributor
// applies at the counter (七、此政策措施执行日期以缴存职工到业务网点申请办理日为准) → effective.dateField = appliedAt.
// Rules inside the window carry `to: 2022-12-31`; the "expired" rules carry no `to` so that an application after
// the end date is flagged as such.
import { type Condition, definePack, type RulePack } from "../schema.ts";

const RULES_DOC = "牡公管规〔2022〕2号";
const RULES_TITLE =
  "牡丹江市住房公积金管理中心印发《关于促进全市房地产业良性循环健康发展“一城一策”若干政策措施实施细则》的通知";
const POLICY_DOC = "牡公管委规〔2022〕3号";
const POLICY_TITLE = "牡丹江市住房公积金管理委员会关于促进全市房地产业良性循环健康发展“一城一策”若干政策措施的通知";

/** 牡公管规〔2022〕2号 is dated 2022年8月22日 and applies 自发文之日起. */
const FROM = "2022-08-22";
const TO = "2022-12-31";
const WINDOW = { from: FROM, to: TO, dateField: "appliedAt" };
const WINDOW_DECISION =
  "牡公管委规〔2022〕3号 prints no date; it must be on or before 2022-08-22 because 牡公管规〔2022〕2号 of that date cites it. Both are encoded from 2022-08-22 (the earliest day we can prove) to 2022-12-31 (实施至 2022 年 12 月 31 日, inclusive), decided by appliedAt (七).";

const rules = (article: string, quote: string, paragraph?: string) => ({
  docNo: RULES_DOC,
  docTitle: RULES_TITLE,
  article,
  ...(paragraph ? { paragraph } : {}),
  quote,
});
const policy = (article: string, quote: string) => ({ docNo: POLICY_DOC, docTitle: POLICY_TITLE, article, quote });

/** 提取原因 as portals write it; the field is free text and matched tolerantly. */
const DOWN_PAYMENT: Condition = { matches: ["withdrawalReason", "首付|[Dd]own[- ]?payment"] };
const RENT: Condition = { matches: ["withdrawalReason", "租|[Rr]ent"] };
const LOAN_REPAYMENT: Condition = { matches: ["withdrawalReason", "还贷|偿还|贷款本息|[Rr]epay"] };

export const mdjProvidentFund2022: RulePack = definePack({
  id: "mdj-provident-fund-2022",
  version: "2022.1",
  docNos: [RULES_DOC, POLICY_DOC],
  title: {
    zh: "牡丹江市住房公积金“一城一策”政策措施及实施细则",
    en: "Mudanjiang housing provident fund 'one city, one policy' measures",
  },
  rules: [
    // ── 一、对低收入群体 … 支付购房首付款 ─────────────────────────────────────────────────────────────
    {
      id: "mdj-hpf-down-payment-scope",
      kind: "provident-fund-withdrawal",
      title: { zh: "支付首付款提取：提取范围", en: "Down-payment withdrawal: who may withdraw" },
      citation: rules(
        "一、(一) 提取范围",
        "缴存职工或其同户籍直系亲属(配偶、父母、子女)其中任意一人须为低保户或低收入群体",
        "1.",
      ),
      effective: WINDOW,
      decision: `${WINDOW_DECISION} Only facts that are present are checked: a missing answer is not a violation (the clerk has not recorded it yet).`,
      when: DOWN_PAYMENT,
      checks: [
        {
          id: "not-low-income",
          severity: "violation",
          when: { eq: ["lowIncome", false] },
          field: "lowIncome",
          message: {
            zh: "缴存职工或其同户籍直系亲属均非低保户或低收入群体，不符合支付首付款提取范围",
            en: "Neither the contributor nor a same-register direct relative is a 低保 or low-income household: not eligible",
          },
        },
        {
          id: "not-direct-relative",
          severity: "violation",
          when: { eq: ["buyerRelation", "other"] },
          field: "buyerRelation",
          citation: policy(
            "三",
            "对低收入群体，支持允许缴存职工提取账户余额帮助其直系亲属（配偶、父母、子女）购买共同居住唯一住房支付购房首付款",
          ),
          message: {
            zh: "购房人不是缴存职工本人或其直系亲属（配偶、父母、子女）",
            en: "The buyer is not the contributor or a direct relative (spouse, parent, child)",
          },
        },
        {
          id: "not-same-register",
          severity: "violation",
          when: {
            all: [{ in: ["buyerRelation", ["spouse", "parent", "child"]] }, { eq: ["sameHouseholdRegister", false] }],
          },
          field: "sameHouseholdRegister",
          message: {
            zh: "直系亲属与缴存职工不同户籍，不符合“同户籍直系亲属”的要求",
            en: "The direct relative is not on the contributor's household register (同户籍 required)",
          },
        },
        {
          id: "outside-mudanjiang",
          severity: "violation",
          when: { eq: ["homeInMudanjiang", false] },
          field: "homeInMudanjiang",
          citation: rules(
            "一、(一) 提取范围",
            "缴存职工及其同户籍直系亲属(配偶、父母、子女)在牡丹江市行政区域内通过住房公积金贷款或商业银行贷款购买共同居住唯一住房",
            "2.",
          ),
          message: {
            zh: "所购住房不在牡丹江市行政区域内",
            en: "The home is outside the Mudanjiang administrative area",
          },
        },
        {
          id: "not-only-home",
          severity: "violation",
          when: { eq: ["onlyHome", false] },
          field: "onlyHome",
          citation: rules(
            "一、(一) 提取范围",
            "缴存职工及其同户籍直系亲属(配偶、父母、子女)在牡丹江市行政区域内通过住房公积金贷款或商业银行贷款购买共同居住唯一住房",
            "2.",
          ),
          message: {
            zh: "所购住房不是共同居住唯一住房",
            en: "The home is not the only home lived in together",
          },
        },
        {
          id: "no-loan",
          severity: "violation",
          when: { eq: ["purchaseLoanType", "none"] },
          field: "purchaseLoanType",
          citation: rules(
            "一、(一) 提取范围",
            "缴存职工及其同户籍直系亲属(配偶、父母、子女)在牡丹江市行政区域内通过住房公积金贷款或商业银行贷款购买共同居住唯一住房",
            "2.",
          ),
          decision:
            "The text names only purchases financed by a provident-fund loan or a commercial bank loan; a purchase without a loan (全款) is outside the scope.",
          message: {
            zh: "未通过住房公积金贷款或商业银行贷款购房，不在支付首付款提取范围内",
            en: "The purchase is not financed by a provident-fund or commercial bank loan: outside the scope",
          },
        },
      ],
    },
    {
      id: "mdj-hpf-down-payment-joint-ownership",
      kind: "provident-fund-withdrawal",
      title: { zh: "支付首付款提取：共同共有的住房", en: "Down-payment withdrawal: jointly owned home" },
      citation: rules(
        "一、(一) 提取范围",
        "共同居住唯一住房为共同共有的,共同共有人之间关系须为缴存职工及其同户籍直系亲属(配偶、父母、子女)共同共有且互为借款人或共同借款人",
        "4.",
      ),
      effective: WINDOW,
      decision: `${WINDOW_DECISION} 4. is a condition (须为): jointly owned with anyone else, or co-owners who are not (co-)borrowers → violation. 3. (非共同共有: contributor and spouse may withdraw at the same time) grants a right and is shown as a hint.`,
      when: { all: [DOWN_PAYMENT, { present: "jointOwnership" }] },
      checks: [
        {
          id: "co-owner-not-family",
          severity: "violation",
          when: { all: [{ eq: ["jointOwnership", true] }, { eq: ["coOwnersFamily", false] }] },
          field: "coOwnersFamily",
          message: {
            zh: "共同共有的住房，共同共有人须为缴存职工及其同户籍直系亲属（配偶、父母、子女）",
            en: "A jointly owned home must be owned by the contributor and same-register direct relatives only",
          },
        },
        {
          id: "co-owners-not-borrowers",
          severity: "violation",
          when: { all: [{ eq: ["jointOwnership", true] }, { eq: ["coOwnersBorrowers", false] }] },
          field: "coOwnersBorrowers",
          message: {
            zh: "共同共有的住房，共同共有人须互为借款人或共同借款人",
            en: "The co-owners of a jointly owned home must be each other's (co-)borrowers",
          },
        },
        {
          id: "spouse-may-withdraw-too",
          severity: "info",
          when: { eq: ["jointOwnership", false] },
          field: "jointOwnership",
          citation: rules(
            "一、(一) 提取范围",
            "共同居住唯一住房非共同共有的,缴存职工及其配偶可以同时办理支付首付款提取业务",
            "3.",
          ),
          message: {
            zh: "住房非共同共有：缴存职工及其配偶可以同时办理支付首付款提取业务",
            en: "Not jointly owned: the contributor and the spouse may both withdraw for the down payment",
          },
        },
      ],
    },
    {
      id: "mdj-hpf-down-payment-materials",
      kind: "provident-fund-withdrawal",
      title: {
        zh: "支付首付款提取：提取凭证（身份证明和关系证明材料）",
        en: "Down-payment withdrawal: required documents",
      },
      citation: rules("一、(三) 提取凭证", "缴存职工申请提取住房公积金的,应提供身份证明和关系证明材料"),
      effective: WINDOW,
      decision: `${WINDOW_DECISION} 应提供 makes each item required: a missing one is a violation (the application goes back). Checked only when the page lists the materials submitted (materials); an item counts as submitted when an entry names it. 4. (the debit card) is the rule mdj-hpf-debit-card-bank. 结婚证 is needed when the buyer is the spouse and not on the same 户口簿; the notarised power of attorney when an agent who is not the spouse or a direct relative files; 低保证 / 低收入群体证明 by the class recorded (either one when the class is not recorded).`,
      when: { all: [DOWN_PAYMENT, { present: "materials" }] },
      checks: [
        {
          id: "no-id-card",
          severity: "violation",
          when: { not: { contains: ["materials", "身份证"] } },
          field: "materials",
          citation: rules("一、(三) 提取凭证", "本人身份证", "1."),
          message: { zh: "缺少本人身份证", en: "The contributor's ID card is missing" },
        },
        {
          id: "no-household-register",
          severity: "violation",
          when: { not: { contains: ["materials", "户口簿"] } },
          field: "materials",
          citation: rules("一、(三) 提取凭证", "户口簿,配偶不在同一户口簿的另须提供结婚证", "2."),
          message: { zh: "缺少户口簿", en: "The household register (户口簿) is missing" },
        },
        {
          id: "no-marriage-certificate",
          severity: "violation",
          when: {
            all: [
              { eq: ["buyerRelation", "spouse"] },
              { eq: ["sameHouseholdRegister", false] },
              { not: { contains: ["materials", "结婚证"] } },
            ],
          },
          field: "materials",
          citation: rules("一、(三) 提取凭证", "户口簿,配偶不在同一户口簿的另须提供结婚证", "2."),
          message: {
            zh: "配偶不在同一户口簿，缺少结婚证",
            en: "Spouse on another household register: marriage certificate missing",
          },
        },
        {
          id: "no-notarised-authorisation",
          severity: "violation",
          when: {
            all: [
              { eq: ["byAgent", true] },
              { eq: ["agentIsFamily", false] },
              { not: { contains: ["materials", "公证书"] } },
            ],
          },
          field: "materials",
          citation: rules("一、(三) 提取凭证", "受托人与委托人非配偶或直系亲属的,提供委托办理公证书", "3."),
          message: {
            zh: "受托人与委托人非配偶或直系亲属，缺少委托办理公证书",
            en: "Agent is not the spouse or a direct relative: notarised power of attorney missing",
          },
        },
        {
          id: "no-loan-contract-or-invoice",
          severity: "violation",
          when: {
            any: [{ not: { contains: ["materials", "借款合同"] } }, { not: { contains: ["materials", "发票"] } }],
          },
          field: "materials",
          citation: rules("一、(三) 提取凭证", "提取证明材料须提供借款合同、支付首付款的增值税普通发票", "5."),
          message: {
            zh: "缺少借款合同或支付首付款的增值税普通发票",
            en: "Loan contract or VAT invoice for the down payment missing",
          },
        },
        {
          id: "no-low-income-proof",
          severity: "violation",
          when: {
            any: [
              { all: [{ eq: ["lowIncomeClass", "dibao"] }, { not: { contains: ["materials", "低保证"] } }] },
              { all: [{ eq: ["lowIncomeClass", "low-income"] }, { not: { contains: ["materials", "低收入"] } }] },
              {
                all: [
                  { empty: "lowIncomeClass" },
                  { not: { contains: ["materials", "低保证"] } },
                  { not: { contains: ["materials", "低收入"] } },
                ],
              },
            ],
          },
          field: "materials",
          citation: rules(
            "一、(三) 提取凭证",
            "缴存职工或其同户籍直系亲属(配偶、父母、子女)其中任意一人被列入低保户的须提供低保证",
            "6.",
          ),
          message: {
            zh: "缺少低保证或备案社区出具的低收入群体证明材料",
            en: "Minimum-subsistence certificate or the community's low-income certificate missing",
          },
        },
      ],
    },
    {
      id: "mdj-hpf-down-payment-conditions",
      kind: "provident-fund-withdrawal",
      title: { zh: "支付首付款提取：提取条件", en: "Down-payment withdrawal: conditions" },
      citation: rules("一、(二) 提取条件", "缴存职工近6个月连续欠缴住房公积金的,不得办理支付首付款提取业务", "2."),
      effective: WINDOW,
      decision: `${WINDOW_DECISION} 近6个月连续欠缴: arrearsMonths counts consecutive months in arrears up to the application; 6 or more → barred.`,
      when: DOWN_PAYMENT,
      checks: [
        {
          id: "arrears-6-months",
          severity: "violation",
          when: { gte: ["arrearsMonths", 6] },
          field: "arrearsMonths",
          message: {
            zh: "缴存职工近6个月连续欠缴住房公积金（连续欠缴{arrearsMonths}个月），不得办理支付首付款提取",
            en: "Contributions in arrears for the last 6 months in a row ({arrearsMonths} months): down-payment withdrawal barred",
          },
        },
        {
          id: "dishonest",
          severity: "violation",
          when: { eq: ["dishonest", true] },
          field: "dishonest",
          citation: rules(
            "一、(二) 提取条件",
            "缴存职工被公积金中心列为失信人员的、被法院强制冻结账户的,不得办理支付首付款提取业务",
            "3.",
          ),
          message: {
            zh: "缴存职工被公积金中心列为失信人员，不得办理支付首付款提取",
            en: "The contributor is on the fund centre's dishonest list: down-payment withdrawal barred",
          },
        },
        {
          id: "account-frozen",
          severity: "violation",
          when: { eq: ["accountFrozen", true] },
          field: "accountFrozen",
          citation: rules(
            "一、(二) 提取条件",
            "缴存职工被公积金中心列为失信人员的、被法院强制冻结账户的,不得办理支付首付款提取业务",
            "3.",
          ),
          message: {
            zh: "账户被法院强制冻结，不得办理支付首付款提取",
            en: "The account is frozen by a court: down-payment withdrawal barred",
          },
        },
        {
          id: "only-once",
          severity: "violation",
          when: { eq: ["priorDownPaymentWithdrawal", true] },
          field: "priorDownPaymentWithdrawal",
          citation: rules(
            "一、(二) 提取条件",
            "缴存职工及其同户籍直系亲属(配偶、父母、子女)购买的共同居住唯一住房仅可分别办理一次支付首付款提取业务",
            "4.",
          ),
          message: {
            zh: "该住房已办理过支付首付款提取，仅可办理一次",
            en: "A down-payment withdrawal was already made for this home; only one is allowed",
          },
        },
        {
          id: "loan-not-in-credit-report",
          severity: "violation",
          when: { all: [{ eq: ["purchaseLoanType", "commercial"] }, { eq: ["loanInCreditReport", false] }] },
          field: "loanInCreditReport",
          citation: rules(
            "一、(二) 提取条件",
            "缴存职工在牡丹江市行政区域内通过商业银行贷款购买的共同居住唯一住房须在个人征信报告中体现该笔贷款",
            "5.",
          ),
          message: {
            zh: "商业银行贷款未在个人征信报告中体现",
            en: "The commercial bank loan does not appear in the personal credit report",
          },
        },
      ],
    },
    {
      id: "mdj-hpf-down-payment-time-limit",
      kind: "provident-fund-withdrawal",
      title: {
        zh: "支付首付款提取：借贷合同签订1年内办理",
        en: "Down-payment withdrawal within 1 year of the loan contract",
      },
      citation: rules("一、(四) 提取时限", "借贷合同签订日期 1 年内办理"),
      effective: WINDOW,
      decision: `${WINDOW_DECISION} "1 年内" is a year period under 民法典 第二百零一、二百零二条: from the day after signing to the corresponding day one year later; applying on that day is in time.`,
      when: { all: [DOWN_PAYMENT, { present: "loanContractSignedAt" }] },
      deadline: {
        label: { zh: "支付首付款提取办理时限（借贷合同签订1年内）", en: "Apply within 1 year of the loan contract" },
        start: "loanContractSignedAt",
        period: { unit: "year", amount: 1 },
        doneField: "appliedAt",
        lateSeverity: "violation",
      },
    },
    {
      id: "mdj-hpf-down-payment-amount",
      kind: "provident-fund-withdrawal",
      title: { zh: "支付首付款提取：提取额度", en: "Down-payment withdrawal: amount cap" },
      citation: rules("一、(五) 提取额度", "支付首付款提取金额不大于增值税普通发票上标注的支付首付款金额"),
      effective: WINDOW,
      decision: WINDOW_DECISION,
      when: DOWN_PAYMENT,
      checks: [
        {
          id: "over-invoice",
          severity: "violation",
          when: { gt: ["amount", { field: "invoiceDownPayment" }] },
          field: "amount",
          message: {
            zh: "提取金额{amount}元大于增值税普通发票上标注的首付款金额{invoiceDownPayment}元",
            en: "Withdrawal {amount} yuan exceeds the down payment on the VAT invoice ({invoiceDownPayment} yuan)",
          },
        },
      ],
    },
    {
      id: "mdj-hpf-loan-repayment-priority",
      kind: "provident-fund-withdrawal",
      title: {
        zh: "办理首付款提取后未还清公积金贷款的，优先还贷",
        en: "After a down-payment withdrawal with a fund loan outstanding: repayment only",
      },
      citation: rules(
        "一、(二) 提取条件",
        "缴存职工的住房公积金必须优先用于偿还住房公积金贷款本息,除偿还本市住房公积金购房贷款本息提取和委托本市公积金中心将个人账户存储余额用于偿还住房公积金贷款外,不得办理其它提取业务",
        "1.",
      ),
      effective: WINDOW,
      decision: WINDOW_DECISION,
      when: { all: [{ eq: ["priorDownPaymentWithdrawal", true] }, { eq: ["outstandingFundLoan", true] }] },
      checks: [
        {
          id: "other-withdrawal-barred",
          severity: "violation",
          when: { all: [{ present: "withdrawalReason" }, { not: LOAN_REPAYMENT }, { not: DOWN_PAYMENT }] },
          field: "withdrawalReason",
          message: {
            zh: "已办理支付首付款提取且住房公积金贷款未还清，只能办理偿还公积金贷款本息的提取，不得办理“{withdrawalReason}”",
            en: "After a down-payment withdrawal with a fund loan outstanding only loan-repayment withdrawals are allowed, not '{withdrawalReason}'",
          },
        },
      ],
    },
    {
      id: "mdj-hpf-debit-card-bank",
      kind: "provident-fund-withdrawal",
      title: {
        zh: "提取须使用八家银行之一的一类借记卡",
        en: "Withdrawals go to a Class-I debit card of one of 8 banks",
      },
      citation: rules(
        "一、(三) 提取凭证",
        "办理提取业务须提供本人工商银行、建设银行、中国银行、农业银行、交通银行、中信银行、哈尔滨银行、邮储银行中任意一家金融机构的一类借记卡",
        "4.",
      ),
      effective: WINDOW,
      decision: `${WINDOW_DECISION} The same 8 banks are listed for rent withdrawals (二(二)), so the check covers every withdrawal in the window. Bank names are matched by their distinctive part (工商, 建设, 中国银行, 农业, 交通, 中信, 哈尔滨, 邮储/邮政储蓄); "中国" alone is not enough (中国民生银行 is not listed).`,
      checks: [
        {
          id: "bank-not-listed",
          severity: "violation",
          when: {
            all: [
              { present: "debitCardBank" },
              { not: { matches: ["debitCardBank", "工商|建设|中国银行|农业|交通|中信|哈尔滨|邮储|邮政储蓄"] } },
            ],
          },
          field: "debitCardBank",
          message: {
            zh: "{debitCardBank}不在可办理提取的八家银行（工商、建设、中国、农业、交通、中信、哈尔滨、邮储银行）之列",
            en: "{debitCardBank} is not one of the 8 banks named for withdrawals (ICBC, CCB, BOC, ABC, BoCom, CITIC, Harbin Bank, PSBC)",
          },
        },
      ],
    },
    // ── 二、提高租房提取额度 ───────────────────────────────────────────────────────────────────────────
    {
      id: "mdj-hpf-rent-cap",
      kind: "provident-fund-withdrawal",
      title: {
        zh: "租房提取额度：市区19000元、县（市）15500元每户每年",
        en: "Rent withdrawal cap per household per year",
      },
      citation: rules(
        "二、提高租房提取额度",
        "支持在我市市区无住房且租赁住房的缴存职工家庭按每户、每年 19000 元提取住房公积金；县（市）每户、每年 15500 元提取住房公积金",
      ),
      effective: WINDOW,
      decision: `${WINDOW_DECISION} The cap is per household (每户) and per year (每年): both this application's amount and the household's total for the calendar year (householdYearTotal, this application included) are checked. "市区无住房" is written only for the urban cap, so owning a home is checked only when rentArea is urban.`,
      when: RENT,
      checks: [
        {
          id: "urban-over-19000",
          severity: "violation",
          when: {
            all: [
              { eq: ["rentArea", "urban"] },
              { any: [{ gt: ["amount", 19000] }, { gt: ["householdYearTotal", 19000] }] },
            ],
          },
          field: "amount",
          message: {
            zh: "市区租房提取每户每年不超过19000元（本次{amount}元，本年累计{householdYearTotal}元）",
            en: "Urban rent withdrawals are capped at 19,000 yuan per household per year (this one {amount}, year total {householdYearTotal})",
          },
        },
        {
          id: "county-over-15500",
          severity: "violation",
          when: {
            all: [
              { eq: ["rentArea", "county"] },
              { any: [{ gt: ["amount", 15500] }, { gt: ["householdYearTotal", 15500] }] },
            ],
          },
          field: "amount",
          message: {
            zh: "县（市）租房提取每户每年不超过15500元（本次{amount}元，本年累计{householdYearTotal}元）",
            en: "County rent withdrawals are capped at 15,500 yuan per household per year (this one {amount}, year total {householdYearTotal})",
          },
        },
        {
          id: "owns-urban-home",
          severity: "violation",
          when: { all: [{ eq: ["rentArea", "urban"] }, { eq: ["ownsHomeInUrbanArea", true] }] },
          field: "ownsHomeInUrbanArea",
          message: {
            zh: "缴存职工家庭在市区有住房，不符合“在我市市区无住房且租赁住房”的条件",
            en: "The household owns a home in the urban districts: the rent withdrawal requires owning none",
          },
        },
      ],
    },
    // ── 三、调高住房公积金贷款额度上限 / 四、取消阶段性担保 ───────────────────────────────────────────
    {
      id: "mdj-hpf-loan-cap",
      kind: "provident-fund-loan",
      title: { zh: "公积金贷款最高额度80万元", en: "Provident-fund loan cap 800,000 yuan" },
      citation: policy("一", "调高住房公积金贷款额度上限，对符合公积金贷款条件的缴存职工家庭，最高贷款上限80万元"),
      effective: WINDOW,
      decision: `${WINDOW_DECISION} The cap is per family (缴存职工家庭); the other loan conditions stay with 牡公管委发〔2020〕16号, which is not among the seeds and is not encoded.`,
      hint: {
        zh: "其他贷款政策仍按照《牡丹江市住房公积金个人住房贷款实施细则》（牡公管委发〔2020〕16号）执行",
        en: "All other loan conditions follow 牡公管委发〔2020〕16号 (not encoded here)",
      },
      checks: [
        {
          id: "over-800000",
          severity: "violation",
          when: { gt: ["loanAmount", 800000] },
          field: "loanAmount",
          message: {
            zh: "贷款金额{loanAmount}元超过最高贷款上限80万元",
            en: "Loan amount {loanAmount} yuan exceeds the 800,000 yuan cap",
          },
        },
      ],
    },
    {
      id: "mdj-hpf-stage-guarantee-abolished",
      kind: "provident-fund-loan",
      title: { zh: "取消住房公积金阶段性担保业务", en: "Interim (stage) guarantees abolished" },
      citation: rules("四", "优化企业资金监管，取消住房公积金阶段性担保业务"),
      effective: WINDOW,
      decision: WINDOW_DECISION,
      checks: [
        {
          id: "stage-guarantee-required",
          severity: "violation",
          when: { eq: ["stageGuaranteeRequired", true] },
          field: "stageGuaranteeRequired",
          message: {
            zh: "住房公积金阶段性担保业务已取消，不得再要求阶段性担保",
            en: "Interim (stage) guarantees were abolished and may not be required",
          },
        },
      ],
    },
    // ── 六、七: validity window — applications outside it are flagged as such ─────────────────────────────
    {
      id: "mdj-hpf-withdrawal-window",
      kind: "provident-fund-withdrawal",
      title: {
        zh: "“一城一策”提取政策的实施期限",
        en: "Validity window of the 'one city, one policy' withdrawal measures",
      },
      citation: rules("六", "本细则自发文之日起实施至 2022 年 12 月 31 日"),
      effective: { from: FROM },
      decision: `${WINDOW_DECISION} After the window the down-payment withdrawal for relatives has no basis (violation); for rent withdrawals the text itself names the caps before the raise (18000 / 14400 元, 二(一)), so amounts above those are a warning: reverting to them is our inference, a later notice may have renewed the raise.`,
      checks: [
        {
          id: "down-payment-after-window",
          severity: "violation",
          when: { all: [DOWN_PAYMENT, { after: ["appliedAt", TO] }] },
          field: "appliedAt",
          message: {
            zh: "申请日期{appliedAt}晚于2022年12月31日，“一城一策”支付首付款提取政策已到期",
            en: "Applied on {appliedAt}, after 2022-12-31: the down-payment withdrawal measure has expired",
          },
        },
        {
          id: "rent-after-window",
          severity: "warning",
          when: {
            all: [
              RENT,
              { after: ["appliedAt", TO] },
              {
                any: [
                  { all: [{ eq: ["rentArea", "urban"] }, { gt: ["amount", 18000] }] },
                  { all: [{ eq: ["rentArea", "county"] }, { gt: ["amount", 14400] }] },
                ],
              },
            ],
          },
          field: "amount",
          citation: rules(
            "二、(一)",
            "市区由每户 18000 元/年提高至每户 19000 元/年，县（市）由每户 14400 元/年提高至每户 15500 元/年",
          ),
          message: {
            zh: "申请日期{appliedAt}晚于2022年12月31日，提高后的租房提取额度已到期；提取{amount}元超过提高前的额度（市区18000元/县（市）14400元）",
            en: "Applied on {appliedAt}, after 2022-12-31: the raised rent caps have expired; {amount} yuan exceeds the earlier caps (18,000 urban / 14,400 county)",
          },
        },
        {
          id: "before-window",
          severity: "info",
          when: { all: [{ any: [DOWN_PAYMENT, RENT] }, { before: ["appliedAt", FROM] }] },
          field: "appliedAt",
          message: {
            zh: "申请日期{appliedAt}早于细则发文日2022年8月22日，“一城一策”提取政策尚未实施",
            en: "Applied on {appliedAt}, before 2022-08-22: the measures were not yet in force",
          },
        },
      ],
    },
    {
      id: "mdj-hpf-loan-window",
      kind: "provident-fund-loan",
      title: { zh: "“一城一策”贷款政策的实施期限", en: "Validity window of the 'one city, one policy' loan measures" },
      citation: policy("五", "“一城一策”公积金政策措施自文件印发之日起实施，实施期限至2022年12月31日"),
      effective: { from: FROM },
      decision: `${WINDOW_DECISION} After the window the 80万 cap no longer applies and the earlier cap is in 牡公管委发〔2020〕16号 (not in the seeds), so the finding is a warning naming the expiry, not a verdict on the amount.`,
      checks: [
        {
          id: "after-window",
          severity: "warning",
          when: { after: ["appliedAt", TO] },
          field: "appliedAt",
          message: {
            zh: "申请日期{appliedAt}晚于2022年12月31日，“一城一策”贷款额度上限80万元已到期，请按现行规定（牡公管委发〔2020〕16号等）核定额度",
            en: "Applied on {appliedAt}, after 2022-12-31: the 800,000 yuan cap has expired; check the amount against the rules in force (e.g. 牡公管委发〔2020〕16号)",
          },
        },
      ],
    },
  ],
});
