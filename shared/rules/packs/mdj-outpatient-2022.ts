// Pack 4b: 牡政办规〔2022〕3号 《牡丹江市职工基本医疗保险门诊共济保障机制实施办法》 (issued 2022-08-15, in force
// 2023-01-01, no end date). Quotes are verbatim from the gazette copy (seed 002,
// shared/sources/seed-002-mdj-gazette-2022-4.txt; the source writes "国家 and 省" for 国家和省, an OCR artefact kept
// verbatim in quotes). The calculator reads like 第二、八、九、十一、十五、十九条; 第十七、十八条 are document checks.
//
// Decisions (each also next to its step/rule and tested in tests/rules/calculators/):
//   - 第八条 年度累计起付标准: the 600 元 deductible is consumed visit by visit in date order; the clerk enters how
//     much of it earlier visits this year already met (`deductibleMetThisYear`).
//   - 第八条 rates: 一级及以下 70%, 二级 60%, 三级 50% of the part above the deductible; retirees +5 points by level
//     (75/65/55%); the rate of the visit's own facility applies.
//   - 第八条/第十五条 cap: 2000 元 per natural year; what is left of it is paid; amounts rounded half-up to the 分.
//   - 第九条 异地就医: no amount (the standard is 另行制定), never the local rates.
//   - 第十一条: reduced-rate contributors (5.5% unit / 5% flexible) who have not switched, and retirees of that class
//     who keep the monthly fixed account credit, get no general outpatient pooling (implied by 第十一条).
//   - 第十九条: 门诊慢性病 / 门诊特殊疾病 visits stay under the old policy: not computed here.
//   - 第十二条 personal account: a record of personal-account spending only (accountUse given, no pooling amount)
//     is judged by the 第十二条 rule alone — the pooling calculator does not run, so no "0.00" is shown for it.
//     Spending the text excludes from basic medical insurance (公共卫生, 体育健身, 养生保健) is never pooled either:
//     the calculation says "excluded" next to the violation, never "ok".
import type { Calculator } from "../calculator-schema.ts";
import { definePack, REQUIRED_ITEM_SEVERITY, type RulePack } from "../schema.ts";

const DOC = "牡政办规〔2022〕3号";
const TITLE = "牡丹江市职工基本医疗保险门诊共济保障机制实施办法";
const FROM = "2023-01-01";
const cite = (article: string, quote: string, item?: string) =>
  item ? { docNo: DOC, docTitle: TITLE, article, item, quote } : { docNo: DOC, docTitle: TITLE, article, quote };

const ART8_SCOPE = cite("第八条", "一个自然年度内，参保职工在定点医疗机构就医，基本医保基金支付范围内费用");
const ART8_DEDUCTIBLE = cite("第八条", "普通门诊统筹年度累计起付标准为 600 元");
const ART8_RATES = cite(
  "第八条",
  "起付标准以上部分，一级及以下基层医疗机构支付比例为 70%、二级医疗机构为 60%、三级医疗机构为 50%",
);
const ART8_RETIREE = cite("第八条", "退休人员按医疗机构级别相应提高 5 个百分点");
const ART8_CAP = cite("第八条", "统筹基金年度最高支付限额为 2000 元。");
const ART12_EXCLUDED = cite(
  "第十二条",
  "个人账户不得用于公共卫生费用、体育健身或养生保健消费等不属于基本医疗保险保障范围的支出。",
);
const ART15 = cite("第十五条", "普通门诊费用统筹按自然年度结算,限额在当年使用,不能结转下一年度,不能转让他人使用。");

const poolingCalculator: Calculator = {
  id: "mdj-outpatient-pooling",
  kind: "outpatient-claim",
  title: { zh: "普通门诊统筹基金支付金额", en: "General outpatient pooling payment" },
  citation: ART8_SCOPE,
  effective: { from: FROM, field: "expenseDate", citation: cite("第二十三条", "本办法自 2023 年 1 月 1 日起执行。") },
  // a personal-account-only record (第十二条: what the account pays for, no pooling amount) is not a pooling claim
  when: { not: { all: [{ present: "accountUse" }, { empty: "amount" }] } },
  decision:
    "A case that names a personal-account use and no in-policy amount is personal-account spending, not a pooling claim: the calculator does not run (the 第十二条 rule judges it).",
  tables: {
    // 第八条: fund payment rate by facility level, in percent (in-service; retirees +5 points below).
    rates: [
      { hospitalLevel: "level1", percent: 70 },
      { hospitalLevel: "level2", percent: 60 },
      { hospitalLevel: "level3", percent: 50 },
    ],
  },
  exclusions: [
    {
      id: "account-use-not-insured",
      severity: "info",
      field: "accountUse",
      when: { in: ["accountUse", ["public-health", "fitness", "wellness"]] },
      outcome: "excluded",
      message: {
        zh: "公共卫生费用、体育健身、养生保健消费不属于基本医疗保险保障范围，统筹基金不予支付",
        en: "Public-health costs, fitness and wellness are outside basic medical insurance: the pooling fund pays nothing",
      },
      citation: ART12_EXCLUDED,
    },
    {
      id: "hospital-level-missing",
      severity: "info",
      field: "hospitalLevel",
      when: { empty: "hospitalLevel" },
      outcome: "undefined",
      message: {
        zh: "未填写医疗机构级别，无法确定第八条支付比例",
        en: "No hospital level given: the Art. 8 payment rate cannot be set",
      },
      citation: ART8_RATES,
    },
    {
      id: "status-missing",
      severity: "info",
      field: "status",
      when: { empty: "status" },
      outcome: "undefined",
      message: {
        zh: "未填写人员状态（在职/退休），无法确定是否提高5个百分点",
        en: "No status (in service / retired) given: whether the 5-point retiree raise applies is unknown",
      },
      citation: ART8_RETIREE,
    },
    {
      id: "not-employee-scheme",
      severity: "violation",
      field: "insurance",
      when: { eq: ["insurance", "resident"] },
      outcome: "excluded",
      message: {
        zh: "城乡居民医保参保人员不适用本办法的职工医保普通门诊统筹",
        en: "Resident-scheme insurees are outside this employee-scheme outpatient pooling",
      },
      citation: cite("第二条", "本办法适用于参加我市职工医保的职工和灵活就业人员。"),
    },
    {
      id: "reduced-rate-not-switched",
      severity: "violation",
      field: "reducedRate",
      when: { eq: ["reducedRate", true] },
      outcome: "excluded",
      message: {
        zh: "按5.5%（单位）或5%（灵活就业）参保且未按第十一条调整缴费比例（退休人员未取消定额计入的个人账户），不享受普通门诊统筹待遇",
        en: "Reduced-rate contributor (5.5% unit / 5% flexible) who has not switched under Art. 11: no general outpatient pooling",
      },
      citation: cite(
        "第十一条",
        "用人单位或灵活就业人员按照规定调整缴费比例至9.5%和9%后,设立个人账户,并享受普通门诊费用统筹待遇。",
        "（一）",
      ),
      decision:
        "第十一条 grants pooling to reduced-rate contributors only after switching (9.5%/9%) or, for their retirees, after giving up the fixed monthly account credit; not switched = no pooling (implied, not stated outright).",
    },
    {
      id: "not-designated",
      severity: "violation",
      field: "designated",
      when: { eq: ["designated", false] },
      outcome: "excluded",
      message: {
        zh: "非定点医疗机构就医，普通门诊统筹基金不予支付",
        en: "Treatment at a non-designated institution: the pooling fund does not pay",
      },
      citation: ART8_SCOPE,
    },
    {
      id: "out-of-area",
      severity: "warning",
      field: "outOfArea",
      when: { eq: ["outOfArea", true] },
      outcome: "undefined",
      message: {
        zh: "异地就医普通门诊统筹支付标准另行制定，本办法第八条标准不适用，需按另行制定的标准办理",
        en: "Out-of-area outpatient standards are to be set separately: the Art. 8 rates do not apply",
      },
      citation: cite(
        "第九条",
        "异地就医普通门诊统筹支付标准，由市医疗保障局和相关部门根据国家 and 省规定，结合我市实际，另行制定。",
      ),
      decision: "第九条 leaves out-of-area standards to a later document: no amount, never the local rates.",
    },
    {
      id: "chronic-or-special",
      severity: "info",
      field: "diseaseClass",
      when: { in: ["diseaseClass", ["chronic", "special"]] },
      outcome: "undefined",
      message: {
        zh: "门诊慢性病、门诊特殊疾病按原支付政策办理，不按普通门诊统筹计算",
        en: "Chronic and special-disease outpatient care keeps its previous payment policy, not general pooling",
      },
      citation: cite(
        "第十九条",
        "原门诊慢性病及门诊特殊疾病（治疗）支付政策保持不变；治疗其他疾病的费用按普通门诊统筹政策支持。",
      ),
    },
    {
      id: "quota-year-mismatch",
      severity: "violation",
      field: "quotaYear",
      when: { any: [{ lt: ["quotaYear", "$year"] }, { gt: ["quotaYear", "$year"] }] },
      outcome: "undefined",
      message: {
        zh: "使用 {quotaYear} 年的限额支付 {$year} 年的门诊费用：限额在当年使用，不能结转下一年度",
        en: "The {quotaYear} quota is applied to a {$year} visit: the quota is for its own year and does not carry over",
      },
      citation: ART15,
    },
    {
      id: "quota-of-another-person",
      severity: "violation",
      field: "ownCredential",
      when: { eq: ["ownCredential", false] },
      outcome: "excluded",
      message: {
        zh: "未使用本人凭证就医：普通门诊统筹限额不能转让他人使用",
        en: "Not the patient's own credential: the pooling quota cannot be used by someone else",
      },
      citation: ART15,
    },
  ],
  steps: [
    {
      id: "cost",
      op: "input",
      field: "amount",
      label: { zh: "政策范围内费用", en: "In-policy expense" },
      citation: ART8_SCOPE,
    },
    {
      id: "deductible",
      op: "amount",
      yuan: 600,
      label: { zh: "年度累计起付标准", en: "Annual cumulative deductible" },
      citation: ART8_DEDUCTIBLE,
    },
    {
      id: "deductibleMet",
      op: "input",
      field: "deductibleMetThisYear",
      default: 0,
      label: { zh: "本年度已累计起付金额", en: "Deductible already met this year" },
      citation: ART8_DEDUCTIBLE,
      decision:
        "The deductible is consumed visit by visit in date order, whatever the facility level; the clerk enters how much earlier visits this year already met.",
    },
    {
      id: "deductibleLeft",
      op: "subtract",
      from: "$deductible",
      minus: ["$deductibleMet"],
      label: { zh: "尚未达到的起付标准", en: "Deductible still to meet" },
      citation: ART8_DEDUCTIBLE,
    },
    {
      id: "aboveDeductible",
      op: "subtract",
      from: "$cost",
      minus: ["$deductibleLeft"],
      label: { zh: "起付标准以上部分", en: "Part above the deductible" },
      citation: ART8_RATES,
    },
    {
      id: "rate",
      op: "lookup",
      table: "rates",
      match: { hospitalLevel: "hospitalLevel" },
      column: "percent",
      type: "rate",
      label: { zh: "支付比例（按医疗机构级别）", en: "Payment rate by facility level" },
      citation: ART8_RATES,
    },
    {
      id: "rate",
      op: "add-points",
      rate: "$rate",
      points: 5,
      when: { eq: ["status", "retired"] },
      label: { zh: "退休人员提高5个百分点", en: "Retired: plus 5 points" },
      citation: ART8_RETIREE,
    },
    {
      id: "fundShare",
      op: "multiply",
      amount: "$aboveDeductible",
      rate: "$rate",
      label: { zh: "统筹基金按比例支付", en: "Fund share" },
      citation: ART8_RATES,
      decision: "Rounded half-up to the 分.",
    },
    {
      id: "cap",
      op: "amount",
      yuan: 2000,
      label: { zh: "统筹基金年度最高支付限额", en: "Annual fund cap" },
      citation: ART8_CAP,
    },
    {
      id: "used",
      op: "input",
      field: "paidThisYear",
      default: 0,
      label: { zh: "本年度统筹基金已支付", en: "Fund already paid this year" },
      citation: ART15,
    },
    {
      id: "payable",
      op: "cap",
      amount: "$fundShare",
      cap: "$cap",
      used: "$used",
      label: { zh: "本次统筹基金支付", en: "Fund payment for this visit" },
      citation: ART8_CAP,
      decision: "When the annual cap is reached, what is left of it is paid.",
    },
    {
      id: "requested",
      op: "input",
      field: "requestedAmount",
      when: { present: "requestedAmount" },
      label: { zh: "申请统筹支付金额", en: "Amount claimed from the fund" },
      citation: ART8_CAP,
    },
  ],
  result: "payable",
  checks: [
    {
      id: "over-entitlement",
      severity: "violation",
      field: "requestedAmount",
      when: { gt: ["$requested", "$payable"] },
      message: {
        zh: "申请统筹支付 {$requested} 元超过按第八条计算的应支付金额 {$payable} 元",
        en: "Amount claimed CNY {$requested} exceeds the Art. 8 fund payment, CNY {$payable}",
      },
      citation: ART8_CAP,
    },
    {
      id: "cap-reached",
      severity: "info",
      field: "paidThisYear",
      when: { capped: "payable" },
      message: {
        zh: "已达统筹基金年度最高支付限额 {$cap} 元（本年度已支付 {$used} 元）",
        en: "Annual fund cap CNY {$cap} reached (already paid CNY {$used})",
      },
      citation: ART8_CAP,
    },
    {
      id: "deductible-not-reached",
      severity: "info",
      field: "amount",
      when: { eq: ["$aboveDeductible", 0] },
      message: {
        zh: "本次费用 {$cost} 元未超过尚未达到的年度累计起付标准 {$deductibleLeft} 元，统筹基金本次不支付",
        en: "This visit's CNY {$cost} does not exceed the CNY {$deductibleLeft} of the annual deductible still to meet: the fund pays nothing",
      },
      citation: ART8_DEDUCTIBLE,
    },
  ],
};

export const mdjOutpatient2022: RulePack = definePack({
  id: "mdj-outpatient-2022",
  version: "2022.1",
  docNos: [DOC],
  title: {
    zh: "牡丹江市职工基本医疗保险门诊共济保障机制实施办法",
    en: "Mudanjiang employee medical insurance outpatient pooling",
  },
  rules: [
    {
      id: "mdj-outpatient-8-benefit",
      kind: "outpatient-claim",
      title: { zh: "普通门诊统筹待遇标准", en: "General outpatient pooling benefit" },
      citation: ART8_RATES,
      effective: { from: FROM, dateField: "expenseDate" },
      hint: {
        zh: "第八条：年度累计起付标准600元；起付标准以上一级及以下70%、二级60%、三级50%，退休人员提高5个百分点；统筹基金年度最高支付限额2000元，限额当年有效、不能转让。",
        en: "Art. 8: annual deductible CNY 600; above it 70% (level 1 and below), 60% (level 2), 50% (level 3), retirees +5 points; annual fund cap CNY 2000, for the year only, not transferable.",
      },
    },
    {
      id: "mdj-outpatient-12-account-use",
      kind: "outpatient-claim",
      title: { zh: "个人账户使用范围", en: "Personal account: permitted use" },
      citation: cite(
        "第十二条",
        "个人账户不得用于公共卫生费用、体育健身或养生保健消费等不属于基本医疗保险保障范围的支出。",
      ),
      effective: { from: FROM, dateField: "expenseDate" },
      decision:
        "Family use is limited to 配偶、父母、子女 (closed list); paying a family member's resident-insurance premium is only 探索 (being explored), so it is a warning, not a right.",
      checks: [
        {
          id: "account-beneficiary-not-family",
          severity: "violation",
          field: "accountBeneficiary",
          when: { eq: ["accountBeneficiary", "other"] },
          message: {
            zh: "个人账户只能支付参保人本人及其配偶、父母、子女的个人负担费用",
            en: "The personal account may pay only for the insured, spouse, parents and children",
          },
          citation: cite(
            "第十二条",
            "可以用于支付参保人员本人及其配偶、父母、子女在定点医疗机构就医发生的由个人负担的医疗费用",
          ),
        },
        {
          id: "account-non-medical",
          severity: "violation",
          field: "accountUse",
          when: { in: ["accountUse", ["public-health", "fitness", "wellness"]] },
          message: {
            zh: "个人账户不得用于公共卫生费用、体育健身或养生保健消费",
            en: "The personal account may not pay for public-health costs, fitness or wellness consumption",
          },
        },
        {
          id: "account-resident-premium-exploratory",
          severity: "warning",
          field: "accountUse",
          when: { eq: ["accountUse", "resident-premium"] },
          message: {
            zh: "个人账户用于家属参加城乡居民医保缴费尚在探索中，需有具体实施规定",
            en: "Paying family members' resident-insurance premiums from the account is only being explored: needs an implementing rule",
          },
          citation: cite("第十二条", "探索个人账户用于配偶、父母、子女参加城乡居民基本医疗保险等个人缴费。"),
        },
      ],
    },
    {
      id: "mdj-outpatient-17-credential",
      kind: "outpatient-claim",
      title: { zh: "就医出具本人参保凭证", en: "Own insurance credential at the visit" },
      citation: cite(
        "第十七条",
        "参保职工在门诊统筹定点医疗机构就医时,应出具本人医保电子凭证或社会保障卡等参保缴费凭证。",
      ),
      effective: { from: FROM, dateField: "expenseDate" },
      decision: "应出具: a visit without the patient's own credential is noncompliant (REQUIRED_ITEM_SEVERITY).",
      checks: [
        {
          id: "no-credential",
          severity: REQUIRED_ITEM_SEVERITY,
          field: "credential",
          when: { eq: ["credential", "none"] },
          message: {
            zh: "就医时未出具本人医保电子凭证或社会保障卡等参保缴费凭证",
            en: "No medical-insurance e-voucher or social-security card shown at the visit",
          },
        },
      ],
    },
    {
      id: "mdj-outpatient-18-records",
      kind: "outpatient-claim",
      title: { zh: "看病有登记、用药有处方、收费有单据、转诊有记录", en: "Required visit records" },
      citation: cite("第十八条", "做到看病有登记、用药有处方、收费有单据、转诊有记录"),
      effective: { from: FROM, dateField: "expenseDate" },
      decision:
        "A record counts as missing only when the case says so (false); an absent field is unknown and not flagged. A prescription is required when drugs were dispensed, a referral record when the patient was referred. A missing required record is a violation (REQUIRED_ITEM_SEVERITY).",
      checks: [
        {
          id: "no-registration",
          severity: REQUIRED_ITEM_SEVERITY,
          field: "hasRegistration",
          when: { eq: ["hasRegistration", false] },
          message: { zh: "缺少就诊登记（看病有登记）", en: "Missing visit registration" },
        },
        {
          id: "no-prescription",
          severity: REQUIRED_ITEM_SEVERITY,
          field: "hasPrescription",
          when: { all: [{ eq: ["drugsPrescribed", true] }, { eq: ["hasPrescription", false] }] },
          message: { zh: "用药但缺少处方（用药有处方）", en: "Drugs dispensed without a prescription on file" },
        },
        {
          id: "no-receipt",
          severity: REQUIRED_ITEM_SEVERITY,
          field: "hasReceipt",
          when: { eq: ["hasReceipt", false] },
          message: { zh: "缺少收费单据（收费有单据）", en: "Missing receipt" },
        },
        {
          id: "no-referral-record",
          severity: REQUIRED_ITEM_SEVERITY,
          field: "hasReferralRecord",
          when: { all: [{ eq: ["referred", true] }, { eq: ["hasReferralRecord", false] }] },
          message: { zh: "转诊但缺少转诊记录（转诊有记录）", en: "Referred without a referral record" },
        },
      ],
    },
  ],
  calculators: [poolingCalculator],
});
