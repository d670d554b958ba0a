// The cases of issue 14 (legal coverage), written from the source texts: for every new or changed rule a case where
// it fires and one where it does not, and for every calculator whose eligibility a rule also checks, the status
// the calculation must show. tests/rules/legal-coverage.test.ts sends each case through evaluate() AND through
// POST /api/evaluate; the pack tests feed them to their coverage trackers.

export type CalcExpectation = "excluded" | "undefined" | `ok ${string}`;

export interface LegalCase {
  name: string;
  kind: string;
  facts: Record<string, unknown>;
  now?: string;
  /** "ruleId/checkId" that must be among the findings */
  fires?: string[];
  /** "ruleId/checkId" that must not be among the findings */
  silent?: string[];
  /** calculatorId → status (and amount when ok) */
  calc?: Record<string, CalcExpectation>;
  /** no calculation at all for this case */
  noCalculation?: boolean;
}

export const NOW = "2026-11-22T10:00:00+08:00";
const S = "subsidy-application";
const O = "outpatient-claim";
const P = "provident-fund-withdrawal";
const D = "data-share-request";

const startup = { scheme: "一次性创业补贴", appliedAt: "2023-08-01" };
const jobCreation = { scheme: "创业带动就业补贴", appliedAt: "2023-08-01" };
const hiring = { scheme: "一次性吸纳就业补贴", appliedAt: "2023-08-01" };
const training = { scheme: "培训补贴", appliedAt: "2023-08-01" };
const living = { scheme: "生活费补贴", appliedAt: "2023-08-01", traineeCategory: "就业困难人员" };
const comp = { scheme: "竞赛奖励", appliedAt: "2023-08-01" };
const listingNeeq = { scheme: "上市挂牌奖励", appliedAt: "2019-06-01", listingType: "新三板", registeredLocally: "是" };
const visit = { expenseDate: "2023-05-08", designated: "是" };
const downPayment = {
  appliedAt: "2022-09-15",
  withdrawalReason: "支付首付款提取",
  lowIncome: "是",
  buyerRelation: "子女",
  sameHouseholdRegister: "是",
};
const ALL_MATERIALS = "本人身份证、户口簿、借款合同、增值税普通发票、低保证";

export const LEGAL_CASES: LegalCase[] = [
  // ── 双政办发〔2023〕29号 附件 一、（二）1 一次性创业补贴 ──────────────────────────────────────────────
  {
    name: "一次性创业补贴: founded 5 months before applying — not 正常运营 6 个月以上",
    kind: S,
    facts: { ...startup, foundedAt: "2023-03-01", amount: 5000 },
    fires: ["sy-emp-2023-startup-subsidy/operating-under-6-months"],
  },
  {
    name: "一次性创业补贴: exactly 6 months of operation, 5000 元",
    kind: S,
    facts: { ...startup, foundedAt: "2023-02-01", amount: 5000 },
    silent: [
      "sy-emp-2023-startup-subsidy/operating-under-6-months",
      "sy-emp-2023-startup-subsidy/over-5000-not-returning-graduate",
    ],
  },
  {
    name: "一次性创业补贴: 1万元 for someone who is not a returning graduate",
    kind: S,
    facts: { ...startup, foundedAt: "2023-01-10", amount: 10000, returningGraduate: "否" },
    fires: ["sy-emp-2023-startup-subsidy/over-5000-not-returning-graduate"],
  },
  {
    name: "一次性创业补贴: 1万元 for a returning graduate who left school 2 years before founding at most",
    kind: S,
    facts: { ...startup, foundedAt: "2023-01-10", amount: 10000, returningGraduate: "是", graduatedAt: "2022-06-30" },
    silent: [
      "sy-emp-2023-startup-subsidy/over-5000-not-returning-graduate",
      "sy-emp-2023-startup-subsidy/graduate-left-over-2-years",
    ],
  },
  {
    name: "一次性创业补贴: 1万元 for a graduate who left school more than 2 years before founding",
    kind: S,
    facts: { ...startup, foundedAt: "2023-01-10", amount: 10000, returningGraduate: "是", graduatedAt: "2020-06-30" },
    fires: ["sy-emp-2023-startup-subsidy/graduate-left-over-2-years"],
  },
  // ── 一、（二）2 创业带动就业补贴: the calculation fails when the rule does ────────────────────────────────
  {
    name: "创业带动就业补贴: founded 2020 — the rule's violation and an excluded calculation, never ok 7000",
    kind: S,
    facts: { ...jobCreation, foundedAt: "2020-03-01", hires: 6 },
    fires: [
      "sy-emp-2023-startup-job-creation/founded-outside-2021-2023",
      "sy-startup-job-creation-2023/founded-outside-2021-2023",
    ],
    calc: { "sy-startup-job-creation-2023": "excluded" },
  },
  {
    name: "创业带动就业补贴: founded 2022, 6 hires → 7000",
    kind: S,
    facts: { ...jobCreation, foundedAt: "2022-03-01", hires: 6 },
    silent: ["sy-emp-2023-startup-job-creation/founded-outside-2021-2023"],
    calc: { "sy-startup-job-creation-2023": "ok 7000.00" },
  },
  // ── 二、（五） 一次性吸纳就业补贴 1000元/人 ────────────────────────────────────────────────────────────
  {
    name: "一次性吸纳就业补贴: 3000 元 for 2 hires",
    kind: S,
    facts: { ...hiring, hires: 2, amount: 3000 },
    fires: ["sy-hiring-subsidy-2023/claimed-over-1000-per-hire"],
    calc: { "sy-hiring-subsidy-2023": "ok 2000.00" },
  },
  {
    name: "一次性吸纳就业补贴: 2000 元 for 2 hires",
    kind: S,
    facts: { ...hiring, hires: 2, amount: 2000, employerSize: "小型企业" },
    silent: ["sy-hiring-subsidy-2023/claimed-over-1000-per-hire", "sy-emp-2023-hiring-subsidy-employer/large-employer"],
    calc: { "sy-hiring-subsidy-2023": "ok 2000.00" },
  },
  {
    name: "一次性吸纳就业补贴: a large firm — violation and an excluded calculation",
    kind: S,
    facts: { ...hiring, hires: 2, employerSize: "大型企业" },
    fires: ["sy-emp-2023-hiring-subsidy-employer/large-employer", "sy-hiring-subsidy-2023/large-employer"],
    calc: { "sy-hiring-subsidy-2023": "excluded" },
  },
  // ── 二、（六） 职业介绍补贴 200元/人 ──────────────────────────────────────────────────────────────────
  {
    name: "职业介绍补贴: 800 元 for 3 people placed",
    kind: S,
    facts: { scheme: "职业介绍补贴", appliedAt: "2023-08-01", placements: 3, amount: 800 },
    fires: ["sy-job-placement-2023/claimed-over-200-per-person"],
    calc: { "sy-job-placement-2023": "ok 600.00" },
  },
  {
    name: "职业介绍补贴: 600 元 for 3 people placed",
    kind: S,
    facts: { scheme: "职业介绍补贴", appliedAt: "2023-08-01", placements: 3, amount: 600 },
    silent: ["sy-job-placement-2023/claimed-over-200-per-person"],
    calc: { "sy-job-placement-2023": "ok 600.00" },
  },
  // ── 二、（七） 零工驿站 ────────────────────────────────────────────────────────────────────────────────
  {
    name: "零工驿站 charging for the meeting space",
    kind: S,
    facts: { scheme: "零工驿站", appliedAt: "2023-08-01", occupantFees: 100 },
    fires: ["sy-emp-2023-gig-station-free/station-charged-fees", "sy-emp-2023-gig-station-free/hint"],
  },
  {
    name: "零工驿站 free of charge",
    kind: S,
    facts: { scheme: "零工驿站", appliedAt: "2023-08-01", occupantFees: 0 },
    silent: ["sy-emp-2023-gig-station-free/station-charged-fees"],
  },
  // ── 三、（八） 培训补贴: advance ≥ 50 %, shortage occupations +30 % ───────────────────────────────────────
  {
    name: "培训补贴: shortage occupation 1000 → 1300; an advance of 600 is under 50 %",
    kind: S,
    facts: { ...training, standardAmount: 1000, shortageOccupation: "是", advanceAmount: 600 },
    fires: ["sy-training-subsidy-2023/advance-under-50"],
    calc: { "sy-training-subsidy-2023": "ok 1300.00" },
  },
  {
    name: "培训补贴: 1000, an advance of exactly 50 %",
    kind: S,
    facts: { ...training, standardAmount: 1000, advanceAmount: 500, amount: 1000 },
    silent: ["sy-training-subsidy-2023/advance-under-50", "sy-training-subsidy-2023/claimed-over-standard"],
    calc: { "sy-training-subsidy-2023": "ok 1000.00" },
  },
  {
    name: "培训补贴 (双政规〔2018〕1号): a 3-month contract with the trainee",
    kind: S,
    facts: { ...training, standardAmount: 1000, contractMonths: 3, amount: 1200 },
    fires: ["sy-emp-2018-training-contract/contract-under-6-months", "sy-training-subsidy-2023/claimed-over-standard"],
  },
  {
    name: "培训补贴 (双政规〔2018〕1号): a 6-month contract",
    kind: S,
    facts: { ...training, standardAmount: 1000, contractMonths: 6 },
    silent: ["sy-emp-2018-training-contract/contract-under-6-months"],
  },
  // ── 三、（九）1 生活费补贴 ─────────────────────────────────────────────────────────────────────────────
  {
    name: "生活费补贴: 10 days offline = 250 元; 300 claimed",
    kind: S,
    facts: { ...living, trainingMode: "线下", trainingDays: 10, amount: 300 },
    fires: ["sy-living-allowance-2023/claimed-over-allowance"],
    calc: { "sy-living-allowance-2023": "ok 250.00" },
  },
  {
    name: "生活费补贴: 40 课时 online = 40 元",
    kind: S,
    facts: { ...living, trainingMode: "线上", trainingHours: 40, amount: 40 },
    silent: ["sy-living-allowance-2023/claimed-over-allowance"],
    calc: { "sy-living-allowance-2023": "ok 40.00" },
  },
  {
    name: "生活费补贴: a trainee outside the five groups",
    kind: S,
    facts: { ...living, traineeCategory: "其他", trainingMode: "线下", trainingDays: 10 },
    fires: ["sy-living-allowance-2023/trainee-not-eligible"],
    calc: { "sy-living-allowance-2023": "excluded" },
  },
  // ── 三、（十） 竞赛奖励: the four tables ───────────────────────────────────────────────────────────────
  {
    name: "national start-up competition, first prize → 5万元",
    kind: S,
    facts: { ...comp, competitionLevel: "国家级", competitionType: "创业竞赛", prize: "一等奖", amount: 50000 },
    silent: ["sy-competition-reward-2023/claimed-over-reward"],
    calc: { "sy-competition-reward-2023": "ok 50000.00" },
  },
  {
    name: "provincial class-I skills competition, third prize → 1万元; 2万元 claimed",
    kind: S,
    facts: {
      ...comp,
      competitionLevel: "省级",
      competitionType: "技能竞赛",
      firstClassCompetition: "是",
      prize: "三等奖",
      amount: 20000,
    },
    fires: ["sy-competition-reward-2023/claimed-over-reward"],
    calc: { "sy-competition-reward-2023": "ok 10000.00" },
  },
  {
    name: "city skills competition 优秀奖 → 1000; city start-up 优秀奖 → 2000",
    kind: S,
    facts: { ...comp, competitionLevel: "市级", competitionType: "职业技能竞赛", prize: "优秀奖" },
    calc: { "sy-competition-reward-2023": "ok 1000.00" },
  },
  {
    name: "city start-up competition 优秀奖 → 2000",
    kind: S,
    facts: { ...comp, competitionLevel: "市级", competitionType: "创业竞赛", prize: "优秀奖" },
    calc: { "sy-competition-reward-2023": "ok 2000.00" },
  },
  {
    name: "a skills competition that is not class I",
    kind: S,
    facts: {
      ...comp,
      competitionLevel: "市级",
      competitionType: "技能竞赛",
      firstClassCompetition: "否",
      prize: "一等奖",
    },
    fires: ["sy-competition-reward-2023/skills-not-class-one"],
    calc: { "sy-competition-reward-2023": "excluded" },
  },
  {
    name: "national 优秀奖: the text has no amount (undefined, never 0)",
    kind: S,
    facts: { ...comp, competitionLevel: "国家级", competitionType: "创业竞赛", prize: "优秀奖" },
    calc: { "sy-competition-reward-2023": "undefined" },
  },
  // ── 双政规〔2018〕1号 三、（九） 离岗创业 ──────────────────────────────────────────────────────────────
  {
    name: "离岗创业: relation kept to the fifth anniversary",
    kind: S,
    facts: { scheme: "离岗创业", appliedAt: "2019-01-01", leaveFrom: "2019-01-01", leaveUntil: "2024-01-01" },
    fires: ["sy-emp-2018-leave-for-startup/kept-over-5-years"],
  },
  {
    name: "离岗创业: relation kept to the day before the fifth anniversary",
    kind: S,
    facts: { scheme: "离岗创业", appliedAt: "2019-01-01", leaveFrom: "2019-01-01", leaveUntil: "2023-12-31" },
    silent: ["sy-emp-2018-leave-for-startup/kept-over-5-years"],
  },
  // ── 双政规〔2018〕3号 第三、五、六条 ────────────────────────────────────────────────────────────────────
  {
    name: "listing reward (新三板): materials without the consent letter; batch in June",
    kind: S,
    facts: { ...listingNeeq, materials: "申请报告、营业执照", batchAt: "2019-06-03" },
    fires: ["sy-listing-2018-art5-materials/no-neeq-letter", "sy-listing-2018-art6-batches/batch-not-may-or-november"],
    silent: [
      "sy-listing-2018-art5-materials/no-application-report",
      "sy-listing-2018-art5-materials/no-registration-proof",
    ],
  },
  {
    name: "listing reward (新三板): complete materials; batch in November",
    kind: S,
    facts: { ...listingNeeq, materials: ["申请报告", "营业执照复印件", "同意挂牌函"], batchAt: "2019-11-20" },
    silent: ["sy-listing-2018-art5-materials/no-neeq-letter", "sy-listing-2018-art6-batches/batch-not-may-or-november"],
    calc: { "sy-listing-reward": "ok 1000000.00" },
  },
  {
    name: "listing reward: no application report, no licence (domestic IPO without the CSRC approval)",
    kind: S,
    facts: {
      scheme: "上市挂牌奖励",
      appliedAt: "2019-06-01",
      listingType: "境内首发上市",
      localInvestmentPercent: 60,
      materials: "证券交易所通知",
    },
    fires: [
      "sy-listing-2018-art5-materials/no-application-report",
      "sy-listing-2018-art5-materials/no-registration-proof",
      "sy-listing-2018-art5-materials/no-domestic-listing-approval",
    ],
  },
  {
    name: "listing reward: not registered locally — violation and an excluded calculation",
    kind: S,
    facts: { ...listingNeeq, registeredLocally: "否" },
    fires: ["sy-listing-2018-eligibility/not-registered-locally", "sy-listing-reward/not-registered-locally"],
    calc: { "sy-listing-reward": "excluded" },
  },
  {
    name: "listing reward: overseas IPO with the main business elsewhere — excluded",
    kind: S,
    facts: {
      scheme: "上市挂牌奖励",
      appliedAt: "2019-06-01",
      listingType: "境外上市",
      registeredLocally: "是",
      mainBusinessLocal: "否",
      localInvestmentPercent: 80,
      materials: "申请报告、营业执照、外汇兑换水单",
    },
    fires: ["sy-listing-2018-eligibility/overseas-not-local", "sy-listing-reward/overseas-not-local"],
    silent: ["sy-listing-2018-art5-materials/no-overseas-fx-proof"],
    calc: { "sy-listing-reward": "excluded" },
  },
  {
    name: "listing reward: regional listing coached after listing — excluded; refinancing without proof",
    kind: S,
    facts: {
      scheme: "上市挂牌奖励",
      appliedAt: "2019-06-01",
      listingType: "区域性股权市场",
      registeredLocally: "是",
      listedAt: "2019-03-01",
      coachingFiledAt: "2019-04-01",
      materials: "申请报告、营业执照",
    },
    fires: [
      "sy-listing-2018-eligibility/regional-coaching-after-listing",
      "sy-listing-reward/regional-coaching-after-listing",
      "sy-listing-2018-art5-materials/no-regional-proof",
    ],
    calc: { "sy-listing-reward": "excluded" },
  },
  {
    name: "listing reward: refinancing without issue documents",
    kind: S,
    facts: {
      scheme: "上市挂牌奖励",
      appliedAt: "2019-06-01",
      listingType: "再融资",
      localInvestmentPercent: 60,
      amountRaised: 10000000,
      materials: "申请报告、营业执照",
    },
    fires: ["sy-listing-2018-art5-materials/no-refinancing-proof"],
    calc: { "sy-listing-reward": "ok 200000.00" },
  },
  {
    name: "listing reward: refinancing with the bank receipt",
    kind: S,
    facts: {
      scheme: "上市挂牌奖励",
      appliedAt: "2019-06-01",
      listingType: "再融资",
      localInvestmentPercent: 60,
      amountRaised: 10000000,
      materials: "申请报告、营业执照、银行进账单",
    },
    silent: ["sy-listing-2018-art5-materials/no-refinancing-proof"],
  },
  // ── 牡政办规〔2022〕3号 第十二条: a personal-account-only claim evaluates ───────────────────────────────────
  {
    name: "门诊共济 第十二条: personal account spent on 健身, no hospital — evaluates (no 400), no pooling figure",
    kind: O,
    facts: { expenseDate: "2023-05-08", accountUse: "健身" },
    fires: ["mdj-outpatient-12-account-use/account-non-medical"],
    noCalculation: true,
  },
  {
    name: "门诊共济 第十二条: personal account paying a spouse's drugs",
    kind: O,
    facts: { expenseDate: "2023-05-08", accountUse: "药品", accountBeneficiary: "配偶" },
    silent: [
      "mdj-outpatient-12-account-use/account-non-medical",
      "mdj-outpatient-12-account-use/account-beneficiary-not-family",
    ],
    noCalculation: true,
  },
  {
    name: "门诊共济: 养生保健 with an amount — violation and an excluded calculation, never 0.00 ok",
    kind: O,
    facts: { ...visit, accountUse: "养生保健", hospitalLevel: "一级", status: "在职", amount: 1000 },
    fires: ["mdj-outpatient-12-account-use/account-non-medical", "mdj-outpatient-pooling/account-use-not-insured"],
    calc: { "mdj-outpatient-pooling": "excluded" },
  },
  {
    name: "门诊共济: a pooling claim without a hospital level — undefined, naming the field",
    kind: O,
    facts: { ...visit, status: "在职", amount: 1000 },
    fires: ["mdj-outpatient-pooling/hospital-level-missing"],
    calc: { "mdj-outpatient-pooling": "undefined" },
  },
  {
    name: "门诊共济: a pooling claim without the status — undefined, naming the field",
    kind: O,
    facts: { ...visit, hospitalLevel: "二级", amount: 1000 },
    fires: ["mdj-outpatient-pooling/status-missing"],
    calc: { "mdj-outpatient-pooling": "undefined" },
  },
  {
    name: "门诊共济: an ordinary pooling claim still computes (1000, 二级, deductible met: 600.00)",
    kind: O,
    facts: { ...visit, hospitalLevel: "二级", status: "在职", amount: 1000, deductibleMetThisYear: 600 },
    silent: ["mdj-outpatient-pooling/account-use-not-insured", "mdj-outpatient-pooling/hospital-level-missing"],
    calc: { "mdj-outpatient-pooling": "ok 600.00" },
  },
  {
    name: "门诊共济 第十七、十八条: no credential, no receipt — violations (required items)",
    kind: O,
    facts: { ...visit, hospitalLevel: "二级", status: "在职", amount: 1000, credential: "未出具", hasReceipt: "否" },
    fires: ["mdj-outpatient-17-credential/no-credential", "mdj-outpatient-18-records/no-receipt"],
  },
  // ── 牡公管规〔2022〕2号 一、（一）3–4 and 一、（三） ──────────────────────────────────────────────────────
  {
    name: "支付首付款提取: complete materials",
    kind: P,
    facts: { ...downPayment, materials: ALL_MATERIALS, lowIncomeClass: "低保户" },
    silent: [
      "mdj-hpf-down-payment-materials/no-id-card",
      "mdj-hpf-down-payment-materials/no-household-register",
      "mdj-hpf-down-payment-materials/no-loan-contract-or-invoice",
      "mdj-hpf-down-payment-materials/no-low-income-proof",
    ],
  },
  {
    name: "支付首付款提取: no 户口簿, no invoice, a 低收入 family without its certificate",
    kind: P,
    facts: { ...downPayment, materials: "身份证、借款合同、低保证", lowIncomeClass: "低收入群体" },
    fires: [
      "mdj-hpf-down-payment-materials/no-household-register",
      "mdj-hpf-down-payment-materials/no-loan-contract-or-invoice",
      "mdj-hpf-down-payment-materials/no-low-income-proof",
    ],
    silent: ["mdj-hpf-down-payment-materials/no-id-card"],
  },
  {
    name: "支付首付款提取: spouse on another register without 结婚证; a non-family agent without 公证书",
    kind: P,
    facts: {
      ...downPayment,
      buyerRelation: "配偶",
      sameHouseholdRegister: "否",
      byAgent: "是",
      agentIsFamily: "否",
      materials: ALL_MATERIALS,
    },
    fires: [
      "mdj-hpf-down-payment-materials/no-marriage-certificate",
      "mdj-hpf-down-payment-materials/no-notarised-authorisation",
    ],
  },
  {
    name: "支付首付款提取: spouse with 结婚证; family agent",
    kind: P,
    facts: {
      ...downPayment,
      buyerRelation: "配偶",
      sameHouseholdRegister: "否",
      byAgent: "是",
      agentIsFamily: "是",
      materials: `${ALL_MATERIALS}、结婚证`,
    },
    silent: [
      "mdj-hpf-down-payment-materials/no-marriage-certificate",
      "mdj-hpf-down-payment-materials/no-notarised-authorisation",
    ],
  },
  {
    name: "共同共有 with a co-owner outside the family who is not a co-borrower",
    kind: P,
    facts: { ...downPayment, jointOwnership: "是", coOwnersFamily: "否", coOwnersBorrowers: "否" },
    fires: [
      "mdj-hpf-down-payment-joint-ownership/co-owner-not-family",
      "mdj-hpf-down-payment-joint-ownership/co-owners-not-borrowers",
    ],
    silent: ["mdj-hpf-down-payment-joint-ownership/spouse-may-withdraw-too"],
  },
  {
    name: "共同共有 within the family, co-borrowers; and 非共同共有 (spouse may withdraw too)",
    kind: P,
    facts: { ...downPayment, jointOwnership: "是", coOwnersFamily: "是", coOwnersBorrowers: "是" },
    silent: [
      "mdj-hpf-down-payment-joint-ownership/co-owner-not-family",
      "mdj-hpf-down-payment-joint-ownership/co-owners-not-borrowers",
    ],
  },
  {
    name: "非共同共有: the spouse may withdraw at the same time (info)",
    kind: P,
    facts: { ...downPayment, jointOwnership: "否" },
    fires: ["mdj-hpf-down-payment-joint-ownership/spouse-may-withdraw-too"],
  },
  // ── 双政办规〔2026〕1号 第二十七条: required items are violations ──────────────────────────────────────
  {
    name: "第二十七条: a share request without scenario and scope",
    kind: D,
    facts: { receivedAt: "2026-09-30T15:00:00+08:00", method: "接口", basis: "《社会保险法》" },
    fires: ["sy-data-27-application-contents/missing-scenario", "sy-data-27-application-contents/missing-scope"],
    silent: ["sy-data-27-application-contents/missing-basis", "sy-data-27-application-contents/missing-method"],
  },
];

/** Cases at the edges of the eligibility pairs (end dates), so each pair is exercised where the rule fires. */
export const ENDED_CASES: LegalCase[] = [
  {
    name: "创业带动就业补贴 applied 2024-01-01: ended — excluded",
    kind: S,
    facts: { ...jobCreation, appliedAt: "2024-01-01", foundedAt: "2022-03-01", hires: 7 },
    fires: ["sy-emp-2023-scheme-ended/startup-job-creation-ended"],
    calc: { "sy-startup-job-creation-2023": "excluded" },
  },
  {
    name: "一次性吸纳就业补贴 applied 2024-01-01: ended — excluded",
    kind: S,
    facts: { ...hiring, appliedAt: "2024-01-01", hires: 2 },
    fires: ["sy-emp-2023-scheme-ended/hiring-subsidy-ended"],
    calc: { "sy-hiring-subsidy-2023": "excluded" },
  },
  {
    name: "创业带动就业补贴 with 4 hires — excluded",
    kind: S,
    facts: { ...jobCreation, foundedAt: "2022-03-01", hires: 4 },
    fires: ["sy-emp-2023-startup-job-creation/fewer-than-5-hires"],
    calc: { "sy-startup-job-creation-2023": "excluded" },
  },
];
LEGAL_CASES.push(...ENDED_CASES);

/** What a calculation says when the page lacks what it needs, and the remaining materials. */
export const MISSING_CASES: LegalCase[] = [
  {
    name: "培训补贴 without the standard: undefined, naming standardAmount",
    kind: S,
    facts: { ...training },
    fires: ["sy-training-subsidy-2023/standard-missing"],
    calc: { "sy-training-subsidy-2023": "undefined" },
  },
  {
    name: "生活费补贴 without the training mode: undefined",
    kind: S,
    facts: { ...living, trainingDays: 3 },
    fires: ["sy-living-allowance-2023/mode-missing"],
    calc: { "sy-living-allowance-2023": "undefined" },
  },
  {
    name: "竞赛奖励 without the prize: undefined",
    kind: S,
    facts: { ...comp, competitionLevel: "市级", competitionType: "创业竞赛" },
    fires: ["sy-competition-reward-2023/competition-missing"],
    calc: { "sy-competition-reward-2023": "undefined" },
  },
  {
    name: "listing reward: overseas IPO without the foreign-exchange proof",
    kind: S,
    facts: {
      scheme: "上市挂牌奖励",
      appliedAt: "2019-06-01",
      listingType: "境外上市",
      registeredLocally: "是",
      mainBusinessLocal: "是",
      localInvestmentPercent: 80,
      materials: "申请报告、营业执照",
    },
    fires: ["sy-listing-2018-art5-materials/no-overseas-fx-proof"],
    calc: { "sy-listing-reward": "ok 3000000.00" },
  },
  {
    name: "支付首付款提取: no ID card among the materials",
    kind: P,
    facts: { ...downPayment, materials: "户口簿、借款合同、增值税普通发票、低保证" },
    fires: ["mdj-hpf-down-payment-materials/no-id-card"],
    silent: ["mdj-hpf-down-payment-materials/no-low-income-proof"],
  },
];
LEGAL_CASES.push(...MISSING_CASES);

// ── 双政办规〔2017〕13号 棚改商服 ──────────────────────────────────────────────────────────────────────────
const M = "premises-application";
const premises = { appliedAt: "2017-09-01" };
export const PREMISES_CASES: LegalCase[] = [
  {
    name: "棚改商服: registered elsewhere, taxed elsewhere, a relocation",
    kind: M,
    facts: { ...premises, registeredLocally: "否", taxedLocally: "否", relocation: "是" },
    fires: [
      "sy-premises-2017-eligibility/not-registered-locally",
      "sy-premises-2017-eligibility/not-taxed-locally",
      "sy-premises-2017-eligibility/relocation",
    ],
  },
  {
    name: "棚改商服: registered and taxed locally, a new business",
    kind: M,
    facts: {
      ...premises,
      registeredLocally: "是",
      taxedLocally: "是",
      relocation: "否",
      contractYears: 3,
      sublet: "否",
    },
    silent: [
      "sy-premises-2017-eligibility/not-registered-locally",
      "sy-premises-2017-eligibility/not-taxed-locally",
      "sy-premises-2017-eligibility/relocation",
      "sy-premises-2017-contract-3-years/term-not-3-years",
      "sy-premises-2017-sublet-withdrawal/sublet",
    ],
  },
  {
    name: "棚改商服: a 5-year contract, sublet",
    kind: M,
    facts: { ...premises, contractYears: 5, sublet: "是" },
    fires: ["sy-premises-2017-contract-3-years/term-not-3-years", "sy-premises-2017-sublet-withdrawal/sublet"],
  },
  {
    name: "棚改商服: right of use 2017-09-01, opened 2017-12-02 — one day late",
    kind: M,
    facts: { ...premises, usageGrantedAt: "2017-09-01", openedAt: "2017-12-02" },
    fires: ["sy-premises-2017-open-within-3-months/completed-late"],
  },
  {
    name: "棚改商服: right of use 2017-09-01, opened 2017-12-01 — in time",
    kind: M,
    facts: { ...premises, usageGrantedAt: "2017-09-01", openedAt: "2017-12-01" },
    silent: ["sy-premises-2017-open-within-3-months/completed-late", "sy-premises-2017-open-within-3-months/overdue"],
  },
  {
    name: "棚改商服: rent charged in the second year; 60 % in the fifth year",
    kind: M,
    facts: { ...premises, contractSignedAt: "2017-10-01", feePeriodStart: "2019-01-01", feeRatePercent: 100 },
    fires: ["sy-premises-2017-fees/charged-in-free-years"],
  },
  {
    name: "棚改商服: 60 % charged in the fifth year",
    kind: M,
    facts: { ...premises, contractSignedAt: "2017-10-01", feePeriodStart: "2021-10-01", feeRatePercent: 60 },
    fires: ["sy-premises-2017-fees/over-half-price"],
    silent: ["sy-premises-2017-fees/charged-in-free-years"],
  },
  {
    name: "棚改商服: nothing in year 2, half price from the fourth year",
    kind: M,
    facts: { ...premises, contractSignedAt: "2017-10-01", feePeriodStart: "2020-10-01", feeRatePercent: 50 },
    silent: ["sy-premises-2017-fees/charged-in-free-years", "sy-premises-2017-fees/over-half-price"],
  },
  {
    name: "棚改商服: licence applied Fri 2017-09-01, issued Wed 09-06 — late (2 working days: Tue 09-05)",
    kind: M,
    facts: { ...premises, licenceAppliedAt: "2017-09-01", licenceIssuedAt: "2017-09-06" },
    fires: ["sy-premises-2017-licence-2-days/completed-late"],
  },
  {
    name: "棚改商服: licence issued Tue 2017-09-05 — in time",
    kind: M,
    facts: { ...premises, licenceAppliedAt: "2017-09-01", licenceIssuedAt: "2017-09-05" },
    silent: ["sy-premises-2017-licence-2-days/completed-late"],
  },
  {
    name: "棚改商服: school applied Mon 2017-09-04, approved Fri 09-08 — late (3 working days: Thu 09-07)",
    kind: M,
    facts: { ...premises, schoolAppliedAt: "2017-09-04", schoolApprovedAt: "2017-09-08" },
    fires: ["sy-premises-2017-school-3-days/completed-late"],
  },
  {
    name: "棚改商服: school approved Thu 2017-09-07 — in time",
    kind: M,
    facts: { ...premises, schoolAppliedAt: "2017-09-04", schoolApprovedAt: "2017-09-07" },
    silent: ["sy-premises-2017-school-3-days/completed-late"],
  },
];
LEGAL_CASES.push(...PREMISES_CASES);

// ── 双政办规〔2026〕1号 第十四条, 第四十一条 ────────────────────────────────────────────────────────────────
LEGAL_CASES.push(
  {
    name: "第十四条: a fiscally funded project without a catalogue at approval",
    kind: "catalog-update",
    facts: { fiscallyFunded: "是", projectApprovalAt: "2026-03-02", changedAt: "2026-03-02" },
    now: "2026-03-20T09:00:00+08:00",
    fires: ["sy-data-14-project-catalog/no-catalog-at-approval"],
  },
  {
    name: "第十四条: catalogue filed at approval",
    kind: "catalog-update",
    facts: {
      fiscallyFunded: "是",
      projectApprovalAt: "2026-03-02",
      catalogFiledAt: "2026-03-01",
      changedAt: "2026-03-02",
    },
    now: "2026-03-20T09:00:00+08:00",
    silent: ["sy-data-14-project-catalog/no-catalog-at-approval"],
  },
  {
    name: "第四十一条: a data product without its source",
    kind: "data-product",
    facts: { receivedAt: "2026-03-02", productName: "企业信用画像", dataObtainedAt: "2026-02-20" },
    now: "2026-03-20T09:00:00+08:00",
    fires: ["sy-data-41-product-source/missing-dataSource"],
    silent: ["sy-data-41-product-source/missing-dataObtainedAt"],
  },
);
