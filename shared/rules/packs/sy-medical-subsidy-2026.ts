// Pack 4a: 双政办发〔2026〕3号 《双鸭山市国家公务员医疗补助暂行管理办法》 (issued 2026-01-30, in force 2026-01-01).
// Quotes are verbatim from the gazette copy (seed 000, shared/sources/seed-000-sy-gazette-2026-1.txt); the
// calculator reads like 第四、五、九、十、十一、十七条. The arithmetic is in shared/evaluate/calculate.ts.
//
// Decisions on the open questions (reference notes §3.3, A1–A20), each also written next to its step and tested
// in tests/rules/calculators/:
//   A1  the 2000 元 outpatient cap is annual (the paragraph opens "一个自然年度内").
//   A2  the 2000 outpatient and 20000 inpatient caps are separate buckets (a 一般人员 can get up to 22000 a year).
//   A3  医疗照顾人员 have one 30000 cap for 住院和门诊, no outpatient sub-cap.
//   A4  the care rates apply to the same base as the general rates (the post-insurance personal burden of 第九条).
//   A5  the part at or below the 起付标准 is not subsidised (第十条 "起付标准以上").
//   A6  the part above the insurance annual maximum is an input: the clerk enters what the settlement shows.
//   A7  第十一条 removes the 降幅自付 part from the base only; the rate is not cut a second time.
//   A8  `paidThisYear` is what was already paid this natural year against the same cap (bucket).
//   A9  which expense types fall under which cap: the aliases of `expenseKind` in shared/kinds/.
//   A10 the natural year of an inpatient stay is the year of `expenseDate` (the discharge/settlement date).
//   A11 差额拨款 institutions are not clearly "经费由财政预算拨款": no amount, a ruling is needed.
//   A13 January 2026 expenses (before the 2026-01-30 issue date) are payable; flagged for back-payment.
//   A18 non-designated providers: no amount (第十四条 describes only instant settlement at 定点医疗机构).
//   A15 amounts are rounded half-up to the 分; when a cap is reached the remainder of the cap is paid.
//   A20 the document states no validity period: no end date.
import type { Calculator } from "../calculator-schema.ts";
import { definePack, type RulePack } from "../schema.ts";

const DOC = "双政办发〔2026〕3号";
const TITLE = "双鸭山市国家公务员医疗补助暂行管理办法";
const FROM = "2026-01-01";
const cite = (article: string, quote: string, item?: string) =>
  item ? { docNo: DOC, docTitle: TITLE, article, item, quote } : { docNo: DOC, docTitle: TITLE, article, quote };

const ART10_RANGE = cite("第十条", "基本医疗保险起付标准以上，医疗保险年度最高支付限额以下。");
const ART10_GENERAL_OUT = cite(
  "第十条",
  "一般人员发生的门诊统筹、门诊慢性病、特殊药品等门诊医疗费用，经基本医疗保险报销后在职70%补助、退休75%补助，最高支付限额为2000元",
);
const ART10_GENERAL_IN = cite(
  "第十条",
  "一般人员发生的住院治疗、门诊特殊疾病治疗等医疗费用，经基本医疗保险、大额医疗费用补助报销后在职70%补助、退休人员75%补助，年度最高支付限额20000元。",
);
const ART10_CARE = cite(
  "第十条",
  "医疗照顾人员发生的住院和门诊治疗医疗费用，在职人员80%补助、退休人员85%补助，医疗费用年度最高支付限额30000元。",
);
const ART10_YEAR = cite("第十条", "一个自然年度内，符合公务员医疗补助支付范围的医疗费用");
const OFFSITE_REDUCED = ["referral", "emergency", "temporary"];

const subsidyCalculator: Calculator = {
  id: "sy-medical-subsidy",
  kind: "civil-servant-medical-claim",
  title: { zh: "公务员医疗补助金额", en: "Civil-servant medical subsidy" },
  citation: ART10_YEAR,
  effective: {
    from: FROM,
    field: "expenseDate",
    citation: cite("第十七条", "本办法自2026年1月1日起施行。"),
  },
  decision:
    "No end date (A20): the document states no validity period; adjustments under 第十六条 will come as a new document.",
  tables: {
    // 第十条: rate by class (第五条) and status, in percent.
    rates: [
      { personClass: "general", status: "in-service", percent: 70 },
      { personClass: "general", status: "retired", percent: 75 },
      { personClass: "care", status: "in-service", percent: 80 },
      { personClass: "care", status: "retired", percent: 85 },
    ],
    // 第十条: annual caps by class and expense kind, in 元 ("*" = any kind: one cap for care persons, A3).
    caps: [
      { personClass: "general", expenseKind: "outpatient", yuan: 2000 },
      { personClass: "general", expenseKind: "inpatient", yuan: 20000 },
      { personClass: "care", expenseKind: "*", yuan: 30000 },
    ],
  },
  exclusions: [
    // 第四条: who is covered.
    {
      id: "unit-not-covered",
      severity: "violation",
      field: "unitCategory",
      when: { eq: ["unitCategory", "other"] },
      outcome: "excluded",
      message: {
        zh: "单位类别不在第四条所列范围内（企业、自收自支单位等），不享受公务员医疗补助",
        en: "The unit category is not among those listed in Art. 4 (enterprises, self-funded units …): no subsidy",
      },
      citation: cite("第四条", "以下人员纳入公务员医疗补助范围。"),
    },
    {
      id: "unit-partial-budget",
      severity: "warning",
      field: "unitCategory",
      when: { eq: ["unitCategory", "partial-budget-institution"] },
      outcome: "undefined",
      message: {
        zh: "差额拨款事业单位是否属于“经费由财政预算拨款的事业单位”条文未明确，需医保部门认定",
        en: "Whether a partially budget-funded institution is 'funded from the fiscal budget' is not stated: needs a ruling",
      },
      citation: cite("第四条", "经费由财政预算拨款的事业单位在职和退休人员；", "（五）"),
      decision:
        "A11: only fully budget-funded (全额拨款) institutions are clearly covered; 差额拨款 gives no amount and a warning.",
    },
    {
      id: "central-provincial-not-opted-in",
      severity: "violation",
      field: "unitOptedIn",
      when: { all: [{ eq: ["unitCategory", "central-provincial"] }, { not: { eq: ["unitOptedIn", true] } }] },
      outcome: "excluded",
      message: {
        zh: "驻双中省单位未登记参照执行本办法，不享受公务员医疗补助",
        en: "Central/provincial unit stationed in Shuangyashan has not opted in: no subsidy",
      },
      citation: cite("第四条", "驻双的中央和省属单位在职和退休人员，可参照本办法执行。", "（六）"),
      decision: "A12: 可参照 = opt-in; a unit counts only when unitOptedIn is true (absent = not opted in).",
    },
    {
      id: "not-employee-insured",
      severity: "violation",
      field: "employeeInsured",
      when: { eq: ["employeeInsured", false] },
      outcome: "excluded",
      message: {
        zh: "未参加职工基本医疗保险，公务员医疗补助以职工医保为基础，不予补助",
        en: "Not insured in employee basic medical insurance, on which the subsidy builds: no subsidy",
      },
      citation: cite("第九条", "一个自然年度内，参加职工医疗保险人员发生的住院和门诊治疗医疗费用"),
    },
    {
      id: "non-designated",
      severity: "warning",
      field: "designated",
      when: { eq: ["designated", false] },
      outcome: "undefined",
      message: {
        zh: "非定点医疗机构就医：本办法只规定定点医疗机构“一单制”即时结算，手工报销程序未规定，需医保经办机构认定",
        en: "Non-designated institution: the text only provides instant settlement at designated institutions; manual reimbursement needs a ruling",
      },
      citation: cite(
        "第十四条",
        "实行职工基本医疗保险、大额医疗费用补助、医疗救助和公务员补助“一单制”报销，参保人员在定点医疗机构即时结算。",
      ),
      decision: "A18: no amount for non-designated providers; the text describes no manual reimbursement route.",
    },
    {
      id: "quota-year-mismatch",
      severity: "violation",
      field: "quotaYear",
      when: { any: [{ lt: ["quotaYear", "$year"] }, { gt: ["quotaYear", "$year"] }] },
      outcome: "undefined",
      message: {
        zh: "已补助金额属于 {quotaYear} 年，费用发生在 {$year} 年：限额按自然年度计算，不能跨年使用",
        en: "The paid-to-date amount is for {quotaYear} but the expense is in {$year}: caps run per natural year",
      },
      citation: ART10_YEAR,
    },
  ],
  steps: [
    {
      id: "burden",
      op: "input",
      field: "amount",
      label: { zh: "个人负担的医保支付政策范围内费用", en: "In-policy personal burden" },
      citation: cite("第九条", "个人负担的医保支付政策范围内部分，纳入公务员医疗补助支付范围。"),
    },
    {
      id: "deductible",
      op: "input",
      field: "deductiblePart",
      default: 0,
      label: { zh: "减：起付标准以下部分", en: "Less: part at or below the deductible" },
      citation: ART10_RANGE,
      decision:
        "A5: the deductible part is excluded (第十条 起付标准以上 narrows 第九条); the clerk enters it from the settlement.",
    },
    {
      id: "aboveMax",
      op: "input",
      field: "aboveMaxPart",
      default: 0,
      label: { zh: "减：医疗保险年度最高支付限额以上部分", en: "Less: part above the insurance annual maximum" },
      citation: ART10_RANGE,
      decision: "A6: which ceiling is meant is left to the settlement; the clerk enters the part above it.",
    },
    {
      id: "reduction",
      op: "amount",
      yuan: 0,
      when: { not: { in: ["offsite", OFFSITE_REDUCED] } },
      label: {
        zh: "减：降幅自付部分（本地或异地居住备案：无）",
        en: "Less: off-site reduction (local/registered: none)",
      },
      citation: cite("第十一条", "办理异地居住备案手续的参保人员发生的医疗费用与本地享受同等公务员医疗补助待遇。"),
    },
    {
      id: "reduction",
      op: "input",
      field: "reductionSelfPay",
      default: 0,
      when: { in: ["offsite", OFFSITE_REDUCED] },
      label: { zh: "减：降幅自付部分（异地转诊、急诊抢救、临时外出）", en: "Less: off-site reduction self-pay" },
      citation: cite("第十一条", "降幅自付部分的医疗费用不纳入公务员医疗补助支付范围。"),
      decision:
        "A7: 降幅比例保持一致 is read as removing the 降幅自付 part from the base only; the subsidy rate is not cut again.",
    },
    {
      id: "base",
      op: "subtract",
      from: "$burden",
      minus: ["$deductible", "$aboveMax", "$reduction"],
      label: { zh: "补助基数", en: "Subsidy base" },
      citation: ART10_RANGE,
    },
    {
      id: "rate",
      op: "lookup",
      table: "rates",
      match: { personClass: "personClass", status: "status" },
      column: "percent",
      type: "rate",
      when: { all: [{ eq: ["personClass", "general"] }, { eq: ["expenseKind", "outpatient"] }] },
      label: { zh: "补助比例（一般人员门诊）", en: "Rate (general, outpatient)" },
      citation: cite("第十条", "经基本医疗保险报销后在职70%补助、退休75%补助"),
    },
    {
      id: "rate",
      op: "lookup",
      table: "rates",
      match: { personClass: "personClass", status: "status" },
      column: "percent",
      type: "rate",
      when: { all: [{ eq: ["personClass", "general"] }, { eq: ["expenseKind", "inpatient"] }] },
      label: { zh: "补助比例（一般人员住院、门诊特殊疾病）", en: "Rate (general, inpatient)" },
      citation: cite("第十条", "经基本医疗保险、大额医疗费用补助报销后在职70%补助、退休人员75%补助"),
    },
    {
      id: "rate",
      op: "lookup",
      table: "rates",
      match: { personClass: "personClass", status: "status" },
      column: "percent",
      type: "rate",
      when: { eq: ["personClass", "care"] },
      label: { zh: "补助比例（医疗照顾人员）", en: "Rate (care class)" },
      citation: ART10_CARE,
      decision:
        "A4: the text omits 经基本医疗保险报销后 for care persons; the rate applies to the same post-insurance base.",
    },
    {
      id: "subsidy",
      op: "multiply",
      amount: "$base",
      rate: "$rate",
      label: { zh: "按比例补助", en: "Base × rate" },
      citation: ART10_YEAR,
      decision: "A15: rounded half-up to the 分.",
    },
    {
      id: "cap",
      op: "lookup",
      table: "caps",
      match: { personClass: "personClass", expenseKind: "expenseKind" },
      column: "yuan",
      type: "money",
      when: { all: [{ eq: ["personClass", "general"] }, { eq: ["expenseKind", "outpatient"] }] },
      label: { zh: "门诊年度最高支付限额（一般人员）", en: "Annual outpatient cap (general)" },
      citation: ART10_GENERAL_OUT,
      decision:
        "A1: 最高支付限额为2000元 is annual (一个自然年度内). A2: separate from the 20000 inpatient cap. A9: the 等 lists are mapped in the expenseKind aliases.",
    },
    {
      id: "cap",
      op: "lookup",
      table: "caps",
      match: { personClass: "personClass", expenseKind: "expenseKind" },
      column: "yuan",
      type: "money",
      when: { all: [{ eq: ["personClass", "general"] }, { eq: ["expenseKind", "inpatient"] }] },
      label: { zh: "住院年度最高支付限额（一般人员）", en: "Annual inpatient cap (general)" },
      citation: ART10_GENERAL_IN,
    },
    {
      id: "cap",
      op: "lookup",
      table: "caps",
      match: { personClass: "personClass", expenseKind: "expenseKind" },
      column: "yuan",
      type: "money",
      when: { eq: ["personClass", "care"] },
      label: { zh: "年度最高支付限额（医疗照顾人员）", en: "Annual cap (care class)" },
      citation: ART10_CARE,
      decision: "A3: one 30000 cap for 住院和门诊 together, no outpatient sub-cap.",
    },
    {
      id: "used",
      op: "input",
      field: "paidThisYear",
      default: 0,
      label: { zh: "本年度同一限额已补助", en: "Already paid this year (same cap)" },
      citation: ART10_YEAR,
      decision: "A8: paid-to-date is counted per cap bucket and per natural year.",
    },
    {
      id: "payable",
      op: "cap",
      amount: "$subsidy",
      cap: "$cap",
      used: "$used",
      label: { zh: "应补助金额", en: "Payable subsidy" },
      citation: ART10_RANGE,
      decision: "A15: when the cap is reached, what is left of it is paid (partial payment).",
    },
    {
      id: "requested",
      op: "input",
      field: "requestedAmount",
      when: { present: "requestedAmount" },
      label: { zh: "申请补助金额", en: "Amount claimed" },
      citation: ART10_RANGE,
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
        zh: "申请补助金额 {$requested} 元超过按第十条计算的应补助金额 {$payable} 元",
        en: "Amount claimed CNY {$requested} exceeds the subsidy payable under Art. 10, CNY {$payable}",
      },
      citation: ART10_RANGE,
    },
    {
      id: "cap-reached",
      severity: "info",
      field: "paidThisYear",
      when: { capped: "payable" },
      message: {
        zh: "已达年度最高支付限额 {$cap} 元（本年度已补助 {$used} 元），超出部分不予补助",
        en: "Annual cap CNY {$cap} reached (already paid CNY {$used}); the excess is not subsidised",
      },
      citation: ART10_RANGE,
    },
    {
      id: "care-basis-missing",
      severity: "warning",
      field: "careBasis",
      when: { all: [{ eq: ["personClass", "care"] }, { empty: "careBasis" }] },
      message: {
        zh: "按医疗照顾人员计算，但未注明第五条所列依据（省级以上政府特贴、正高级职务或正、副厅级待遇）",
        en: "Computed as care class, but the Art. 5 basis (special allowance, full senior title or department-level treatment) is not stated",
      },
      citation: cite(
        "第五条",
        "医疗照顾人员是指省级以上政府特贴获得者、专业技术职称为正高级职务人员和享受行政正、副厅级待遇人员。",
      ),
    },
    {
      id: "offsite-reduction-missing",
      severity: "warning",
      field: "reductionSelfPay",
      when: { all: [{ in: ["offsite", OFFSITE_REDUCED] }, { empty: "reductionSelfPay" }] },
      message: {
        zh: "异地转诊、急诊抢救或临时外出就医，但未填写降幅自付部分（按0计算），请核对结算单",
        en: "Off-site referral/emergency/temporary treatment without the reduction self-pay amount (taken as 0): check the settlement",
      },
      citation: cite("第十一条", "公务员医疗补助与我市职工基本医疗保险降幅比例保持一致"),
    },
    {
      id: "january-backpay",
      severity: "info",
      field: "expenseDate",
      when: { before: ["expenseDate", "2026-01-30"] },
      message: {
        zh: "费用发生在本办法印发（2026年1月30日）之前：本办法自2026年1月1日起施行，可能需补办报销",
        en: "Expense before the document was issued (2026-01-30) but after it took effect (2026-01-01): may need back-payment",
      },
      citation: cite("第十七条", "本办法自2026年1月1日起施行。"),
      decision:
        "A13: expenses from 2026-01-01 are payable even though the document was issued on 2026-01-30; they are flagged for back-payment (第十四条 only describes instant settlement).",
    },
  ],
};

export const syMedicalSubsidy2026: RulePack = definePack({
  id: "sy-medical-subsidy-2026",
  version: "2026.1",
  docNos: [DOC],
  title: { zh: "双鸭山市国家公务员医疗补助暂行管理办法", en: "Shuangyashan civil-servant medical subsidy (interim)" },
  rules: [
    {
      id: "sy-medical-10-benefit",
      kind: "civil-servant-medical-claim",
      title: { zh: "公务员医疗补助标准", en: "Civil-servant medical subsidy rates and caps" },
      citation: ART10_GENERAL_OUT,
      effective: { from: FROM, dateField: "expenseDate" },
      hint: {
        zh: "第十条：一般人员门诊在职70%、退休75%，年度限额2000元；住院及门诊特殊疾病在职70%、退休75%，年度限额20000元；医疗照顾人员在职80%、退休85%，年度限额30000元。起付标准以下不予补助。",
        en: "Art. 10: general staff outpatient 70% (retired 75%), cap 2000/yr; inpatient and special outpatient 70%/75%, cap 20000/yr; care class 80%/85%, cap 30000/yr. Nothing below the deductible.",
      },
    },
  ],
  calculators: [subsidyCalculator],
});
