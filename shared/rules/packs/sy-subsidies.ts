// Packs: Shuangyashan employment / start-up subsidies and listing rewards, one pack per document, each with the
// end dates its text states, so that an application filed after an end date is flagged as such.
//   双政办发〔2023〕29号 附件《双鸭山市关于支持就业鼓励创业的若干意见》 (seed 003) — 执行期至 2023-12-31 / 2024-12-31
//   双政规〔2018〕1号 就业创业实施意见 (seed 004) — no end date stated
//   双政规〔2018〕3号 《双鸭山市企业上市挂牌扶持奖励办法》 (seed 004) — applications by 2020-12-31, 逾期不再受理
// Quotes are verbatim (whitespace aside) from shared/sources/seed-003-sy-2023.txt and seed-004-sy-2017-2018.txt.
//
// "执行期至 X 止" / "X 前": decided inclusive — an application dated X itself is in time, the day after is late
// (民法典 第一千二百五十九条 reads 以内/届满 inclusively; the notes flag "前" as ambiguous, and refusing an application
// on the stated day would be the harsher reading). Each end-date check is tested on X and X+1.
import type { Calculator } from "../calculator-schema.ts";
import { type Condition, definePack, type RulePack } from "../schema.ts";

/** The severity of a missing required item — one decision for every pack (see shared/rules/schema.ts, CheckSchema). */
const REQUIRED_DECISION =
  "应当提交/应当明确 makes the item required: a request without it is noncompliant and goes back to the applicant (violation).";
/** How a required-materials list is read from a portal page. */
const MATERIALS_DECISION =
  "Checked only when the page lists the materials submitted (materials); an item counts as submitted when an entry names it (申请报告, 营业执照, 核准/批复, 外汇, 同意挂牌函, 挂牌, 发行协议/发行成功公告/进账单). Originals shown and returned (核实后退回) are not tracked.";

const INCLUSIVE_DECISION =
  "执行期至 X 止 / X 前 is read inclusively: an application dated X is in time, X+1 is late (the harsher exclusive reading of 前 is not taken).";

const scheme = (s: string): Condition => ({ eq: ["scheme", s] });

// ── 双政办发〔2023〕29号 ──────────────────────────────────────────────────────────────────────────────────
const DOC_2023 = "双政办发〔2023〕29号";
const TITLE_2023 = "双鸭山市人民政府办公室关于印发《双鸭山市关于开展2023年支持就业鼓励创业工作实施方案》的通知";
/** 成文日期 2023年6月7日 (no separate effective date is stated). */
const FROM_2023 = "2023-06-07";
const annex2023 = (paragraph: string, quote: string) => ({
  docNo: DOC_2023,
  docTitle: TITLE_2023,
  article: "附件《双鸭山市关于支持就业鼓励创业的若干意见》",
  paragraph,
  quote,
});

/**
 * 附件 (九)2 技能提升补贴 as a calculator: by certificate level, with the higher table for 急需紧缺职业（工种）.
 * Decisions: 36 个月（含 36个月）以上 includes 36; 技师 / 高级技师 have no amount in the text (undefined, not 0);
 * an occupation counts as a shortage occupation only when the clerk says so (shortageOccupation = 是) — the
 * catalogue (急需紧缺职业（工种）目录) is published separately. No end date is stated for this measure.
 */
const SKILL_QUOTE = annex2023(
  "三、（九）2",
  "单位及本人累计缴纳失业保险费 36 个月（含 36个月）以上，取得职业资格证书或职业技能等级证书的参保人员，给予初级工 1000元、中级工 1500 元、高级工 2000 元的技能提升补贴",
);
const SKILL_SHORTAGE_QUOTE = annex2023(
  "三、（九）2",
  "紧缺急需职业 （工种） 给予初级工 1200元、中级工 1800元、高级工 2500元的技能提升补贴",
);
const skillUpgradeCalculator: Calculator = {
  id: "sy-skill-upgrade-2023",
  kind: "subsidy-application",
  title: { zh: "技能提升补贴金额", en: "Skill-upgrade subsidy amount" },
  citation: SKILL_QUOTE,
  effective: {
    from: FROM_2023,
    field: "appliedAt",
    citation: {
      docNo: DOC_2023,
      docTitle: TITLE_2023,
      article: "通知正文",
      quote: "已经 2023年 5月 30日召开的市政府第二十次常务会议审议通过，现印发给你们",
    },
  },
  // applications before the annex's date are governed by 双政规〔2018〕1号 (rule sy-emp-2018-skill-upgrade)
  when: { all: [{ eq: ["scheme", "skill-upgrade"] }, { not: { before: ["appliedAt", FROM_2023] } }] },
  decision:
    "36 个月（含 36个月）以上 includes 36; 技师/高级技师 are not in the text (undefined); the shortage table applies only when shortageOccupation is 是; the measure states no end date.",
  tables: {
    standard: [
      { level: "junior", yuan: 1000 },
      { level: "intermediate", yuan: 1500 },
      { level: "senior", yuan: 2000 },
    ],
    shortage: [
      { level: "junior", yuan: 1200 },
      { level: "intermediate", yuan: 1800 },
      { level: "senior", yuan: 2500 },
    ],
  },
  exclusions: [
    {
      id: "contributions-under-36-months",
      severity: "violation",
      field: "uiContributionMonths",
      when: { lt: ["uiContributionMonths", 36] },
      outcome: "excluded",
      message: {
        zh: "累计缴纳失业保险费{uiContributionMonths}个月，不足36个月，不享受技能提升补贴",
        en: "{uiContributionMonths} months of unemployment-insurance contributions, fewer than 36: not eligible",
      },
      citation: SKILL_QUOTE,
    },
    {
      id: "no-certificate-level",
      severity: "info",
      field: "certificateLevel",
      when: { empty: "certificateLevel" },
      outcome: "undefined",
      message: { zh: "未填写证书等级，无法确定补贴标准", en: "No certificate level given: the amount cannot be set" },
      citation: SKILL_QUOTE,
    },
    {
      id: "technician-not-covered",
      severity: "warning",
      field: "certificateLevel",
      when: { in: ["certificateLevel", ["technician", "senior-technician"]] },
      outcome: "undefined",
      message: {
        zh: "文件只规定初级工、中级工、高级工的补贴标准，技师、高级技师的标准未规定",
        en: "The text sets amounts for junior, intermediate and senior workers only; technician levels are not covered",
      },
      citation: SKILL_QUOTE,
    },
  ],
  steps: [
    {
      id: "subsidy",
      label: { zh: "技能提升补贴标准", en: "Skill-upgrade subsidy" },
      citation: SKILL_QUOTE,
      when: { not: { eq: ["shortageOccupation", true] } },
      op: "lookup",
      table: "standard",
      match: { level: "certificateLevel" },
      column: "yuan",
      type: "money",
    },
    {
      id: "subsidy",
      label: { zh: "急需紧缺职业（工种）技能提升补贴标准", en: "Skill-upgrade subsidy, shortage occupation" },
      citation: SKILL_SHORTAGE_QUOTE,
      when: { eq: ["shortageOccupation", true] },
      op: "lookup",
      table: "shortage",
      match: { level: "certificateLevel" },
      column: "yuan",
      type: "money",
    },
    {
      id: "claimed",
      label: { zh: "申请金额", en: "Amount applied for" },
      citation: SKILL_QUOTE,
      op: "input",
      field: "amount",
      default: 0,
    },
  ],
  result: "subsidy",
  checks: [
    {
      id: "claimed-over-standard",
      severity: "violation",
      field: "amount",
      when: { all: [{ present: "amount" }, { gt: ["$claimed", "$subsidy"] }] },
      message: {
        zh: "申请金额{$claimed}元超过技能提升补贴标准{$subsidy}元",
        en: "Amount applied for {$claimed} yuan exceeds the skill-upgrade subsidy of {$subsidy} yuan",
      },
      citation: SKILL_QUOTE,
    },
  ],
};

/**
 * 附件 (二)2 创业带动就业补贴 as a calculator: 5000元 at 5 hires, 2000元 for each further hire, 累计不超过6万元.
 * Decisions (tested): 满 5 人 = at least 5 (fewer → not payable); 每多吸纳 1人 counts every hire above the fifth;
 * 累计 is cumulative per entity, so what it already received of this subsidy (receivedBefore, 0 when not given) is
 * taken off the 6万元 first; the count must be a whole number (anything else leaves the amount undefined). The
 * measure's end date (2023-12-31) is the calculator's effective window, like the rule's.
 */
const JOB_CREATION_QUOTE = annex2023(
  "一、（二）2",
  "对辖区内在2021年至 2023年期间成立的并吸纳各类人员就业满 5人，符合政策规定的初创主体，给予创业带动就业补贴 5000元，每多吸纳 1人可继续领取 2000元/人的创业带动就业补贴，累计不超过6万元",
);
const jobCreationCalculator: Calculator = {
  id: "sy-startup-job-creation-2023",
  kind: "subsidy-application",
  title: { zh: "创业带动就业补贴金额", en: "Start-up job-creation subsidy amount" },
  citation: JOB_CREATION_QUOTE,
  effective: {
    from: FROM_2023,
    to: "2023-12-31",
    field: "appliedAt",
    citation: annex2023("一、（二）2", "累计不超过6万元。所需资金由省就业补助资金承担，执行期至 2023年 12月 31日止"),
  },
  when: { eq: ["scheme", "startup-job-creation"] },
  decision:
    "满 5 人 includes 5; every hire above the fifth adds 2000元; the 6万元 cap is cumulative (receivedBefore is taken off it first); a non-whole or negative count leaves the amount undefined.",
  exclusions: [
    {
      id: "hires-missing",
      severity: "info",
      field: "hires",
      when: { empty: "hires" },
      outcome: "undefined",
      message: { zh: "未填写吸纳就业人数，无法计算补贴金额", en: "No number of hires given: the amount cannot be set" },
      citation: JOB_CREATION_QUOTE,
    },
    {
      // the rule sy-emp-2023-startup-job-creation reports the violation; here the calculation says it fails too
      id: "founded-outside-2021-2023",
      severity: "info",
      field: "foundedAt",
      when: { any: [{ before: ["foundedAt", "2021-01-01"] }, { after: ["foundedAt", "2023-12-31"] }] },
      outcome: "excluded",
      message: {
        zh: "成立日期{foundedAt}不在2021年至2023年期间，不享受创业带动就业补贴，补贴为0",
        en: "Founded on {foundedAt}, not in 2021–2023: not eligible, nothing is payable",
      },
      citation: JOB_CREATION_QUOTE,
    },
    {
      // the rule sy-emp-2023-startup-job-creation reports the violation; here it only explains the 0
      id: "fewer-than-5-hires",
      severity: "info",
      field: "hires",
      when: { lt: ["hires", 5] },
      outcome: "excluded",
      message: {
        zh: "吸纳就业{hires}人，未满5人，补贴为0",
        en: "{hires} people hired, fewer than 5: nothing is payable",
      },
      citation: JOB_CREATION_QUOTE,
    },
  ],
  steps: [
    {
      id: "base",
      label: { zh: "吸纳就业满5人的补贴", en: "Subsidy for 5 hires" },
      citation: JOB_CREATION_QUOTE,
      op: "amount",
      yuan: 5000,
    },
    {
      id: "perHire",
      label: { zh: "每多吸纳1人的补贴", en: "Per further hire" },
      citation: JOB_CREATION_QUOTE,
      op: "amount",
      yuan: 2000,
    },
    {
      id: "further",
      label: { zh: "超过5人部分的补贴", en: "For the hires above 5" },
      citation: JOB_CREATION_QUOTE,
      op: "per-each",
      amount: "$perHire",
      count: "hires",
      above: 5,
    },
    {
      id: "total",
      label: { zh: "按人数计算的补贴", en: "By number of hires" },
      citation: JOB_CREATION_QUOTE,
      op: "add",
      of: ["$base", "$further"],
    },
    {
      id: "cap",
      label: { zh: "累计上限", en: "Cumulative cap" },
      citation: JOB_CREATION_QUOTE,
      op: "amount",
      yuan: 60000,
    },
    {
      id: "received",
      label: { zh: "此前已领取", en: "Already received" },
      citation: JOB_CREATION_QUOTE,
      op: "input",
      field: "receivedBefore",
      default: 0,
    },
    {
      id: "payable",
      label: { zh: "本次可领取的补贴", en: "Payable now" },
      citation: JOB_CREATION_QUOTE,
      decision: "累计不超过6万元: what was already received counts against the cap.",
      op: "cap",
      amount: "$total",
      cap: "$cap",
      used: "$received",
    },
    {
      id: "claimed",
      label: { zh: "申请金额", en: "Amount applied for" },
      citation: JOB_CREATION_QUOTE,
      op: "input",
      field: "amount",
      default: 0,
    },
  ],
  result: "payable",
  checks: [
    {
      id: "claimed-over-payable",
      severity: "violation",
      field: "amount",
      when: { all: [{ present: "amount" }, { gt: ["$claimed", "$payable"] }] },
      message: {
        zh: "申请金额{$claimed}元，超过按吸纳人数计算的本次可领取金额{$payable}元",
        en: "{$claimed} yuan applied for, more than the {$payable} yuan payable now for this number of hires",
      },
      citation: JOB_CREATION_QUOTE,
    },
  ],
};

/**
 * 附件 二、（五） 一次性吸纳就业补贴 as a calculator: 1000元/人 for each graduate of the graduation year or person
 * registered unemployed over half a year hired by a small, medium or micro firm, until 2023-12-31.
 */
const HIRING_QUOTE = annex2023("二、（五）", "给予 1000元/人的一次性吸纳就业补贴");
const hiringSubsidyCalculator: Calculator = {
  id: "sy-hiring-subsidy-2023",
  kind: "subsidy-application",
  title: { zh: "一次性吸纳就业补贴金额", en: "One-off hiring subsidy amount" },
  citation: HIRING_QUOTE,
  effective: {
    from: FROM_2023,
    to: "2023-12-31",
    field: "appliedAt",
    citation: annex2023(
      "二、（五）",
      "给予 1000元/人的一次性吸纳就业补贴，所需资金由市、县级财政承担，执行期至 2023年 12月 31日止",
    ),
  },
  when: { eq: ["scheme", "hiring-subsidy"] },
  decision: "hires = the people hired who qualify (毕业年度高校毕业生, 登记失业半年以上人员); 1000元 each.",
  exclusions: [
    {
      id: "large-employer",
      severity: "info",
      field: "employerSize",
      when: { eq: ["employerSize", "large"] },
      outcome: "excluded",
      message: {
        zh: "大型企业不享受一次性吸纳就业补贴，补贴为0",
        en: "A large firm is not eligible: nothing is payable",
      },
      citation: annex2023(
        "二、（五）",
        "对招用毕业年度高校毕业生和登记失业半年以上人员就业的中小微企业，给予 1000元/人的一次性吸纳就业补贴",
      ),
    },
    {
      id: "hires-missing",
      severity: "info",
      field: "hires",
      when: { empty: "hires" },
      outcome: "undefined",
      message: { zh: "未填写吸纳就业人数，无法计算补贴金额", en: "No number of hires given: the amount cannot be set" },
      citation: HIRING_QUOTE,
    },
  ],
  steps: [
    { id: "perHire", label: { zh: "每人补贴", en: "Per person" }, citation: HIRING_QUOTE, op: "amount", yuan: 1000 },
    {
      id: "total",
      label: { zh: "按吸纳人数计算的补贴", en: "By number of hires" },
      citation: HIRING_QUOTE,
      op: "per-each",
      amount: "$perHire",
      count: "hires",
    },
    {
      id: "claimed",
      label: { zh: "申请金额", en: "Amount applied for" },
      citation: HIRING_QUOTE,
      op: "input",
      field: "amount",
      default: 0,
    },
  ],
  result: "total",
  checks: [
    {
      id: "claimed-over-1000-per-hire",
      severity: "violation",
      field: "amount",
      when: { all: [{ present: "amount" }, { gt: ["$claimed", "$total"] }] },
      message: {
        zh: "一次性吸纳就业补贴1000元/人，吸纳{hires}人应为{$total}元，申请{$claimed}元",
        en: "1,000 yuan per person: {hires} hires give {$total} yuan; {$claimed} yuan applied for",
      },
      citation: HIRING_QUOTE,
    },
  ],
};

/** 附件 二、（六） 职业介绍补贴 as a calculator: 200元 for each person placed; no end date is stated. */
const PLACEMENT_QUOTE = annex2023("二、（六）", "按职业介绍成功人数给予职业介绍补贴 200元/人");
const jobPlacementCalculator: Calculator = {
  id: "sy-job-placement-2023",
  kind: "subsidy-application",
  title: { zh: "职业介绍补贴金额", en: "Job-placement subsidy amount" },
  citation: PLACEMENT_QUOTE,
  effective: { from: FROM_2023, field: "appliedAt", citation: PLACEMENT_QUOTE },
  when: { eq: ["scheme", "job-placement"] },
  exclusions: [
    {
      id: "placements-missing",
      severity: "info",
      field: "placements",
      when: { empty: "placements" },
      outcome: "undefined",
      message: {
        zh: "未填写职业介绍成功人数，无法计算补贴金额",
        en: "No number of people placed given: the amount cannot be set",
      },
      citation: PLACEMENT_QUOTE,
    },
  ],
  steps: [
    {
      id: "perPerson",
      label: { zh: "每人补贴", en: "Per person" },
      citation: PLACEMENT_QUOTE,
      op: "amount",
      yuan: 200,
    },
    {
      id: "total",
      label: { zh: "按成功人数计算的补贴", en: "By people placed" },
      citation: PLACEMENT_QUOTE,
      op: "per-each",
      amount: "$perPerson",
      count: "placements",
    },
    {
      id: "claimed",
      label: { zh: "申请金额", en: "Amount applied for" },
      citation: PLACEMENT_QUOTE,
      op: "input",
      field: "amount",
      default: 0,
    },
  ],
  result: "total",
  checks: [
    {
      id: "claimed-over-200-per-person",
      severity: "violation",
      field: "amount",
      when: { all: [{ present: "amount" }, { gt: ["$claimed", "$total"] }] },
      message: {
        zh: "职业介绍补贴200元/人，成功{placements}人应为{$total}元，申请{$claimed}元",
        en: "200 yuan per person placed: {placements} placed give {$total} yuan; {$claimed} yuan applied for",
      },
      citation: PLACEMENT_QUOTE,
    },
  ],
};

/**
 * 附件 三、（八） 培训补贴: the class's standard, raised by 30% for 急需紧缺职业（工种）; at least 50% of it is paid in
 * advance (先行拨付). Decision: the +30% is read as applying to every shortage-occupation class (the sentence names
 * the 专项职业能力培训 for 贫困劳动力、残疾人、退役军人 first, then raises the shortage standard on its own).
 */
const TRAINING_ADVANCE_QUOTE = annex2023(
  "三、（八）",
  "对开展补贴性职业技能培训的企业，按照班次先行拨付不低于培训补贴标准 50%的培训补贴资金",
);
const TRAINING_SHORTAGE_QUOTE = annex2023("三、（八）", "将急需紧缺职业 （工种） 培训补贴标准上调 30%");
const trainingSubsidyCalculator: Calculator = {
  id: "sy-training-subsidy-2023",
  kind: "subsidy-application",
  title: { zh: "职业培训补贴标准及先行拨付", en: "Training subsidy standard and advance" },
  citation: TRAINING_ADVANCE_QUOTE,
  effective: { from: FROM_2023, field: "appliedAt", citation: TRAINING_ADVANCE_QUOTE },
  when: { eq: ["scheme", "training-subsidy"] },
  decision:
    "上调 30% applies to every shortage-occupation class; 不低于 50% compares the advance with half of the (raised) standard; no end date is stated.",
  exclusions: [
    {
      id: "standard-missing",
      severity: "info",
      field: "standardAmount",
      when: { empty: "standardAmount" },
      outcome: "undefined",
      message: {
        zh: "未填写培训补贴标准，无法计算",
        en: "No training-subsidy standard given: nothing can be computed",
      },
      citation: TRAINING_ADVANCE_QUOTE,
    },
  ],
  steps: [
    {
      id: "standard",
      label: { zh: "培训补贴标准", en: "Standard" },
      citation: TRAINING_ADVANCE_QUOTE,
      op: "input",
      field: "standardAmount",
    },
    {
      id: "raise",
      label: { zh: "上调比例", en: "Raise" },
      citation: TRAINING_SHORTAGE_QUOTE,
      when: { eq: ["shortageOccupation", true] },
      op: "rate",
      percent: 30,
    },
    {
      id: "raised",
      label: { zh: "急需紧缺职业（工种）上调部分", en: "Shortage-occupation raise" },
      citation: TRAINING_SHORTAGE_QUOTE,
      when: { eq: ["shortageOccupation", true] },
      op: "multiply",
      amount: "$standard",
      rate: "$raise",
    },
    {
      id: "subsidy",
      label: { zh: "培训补贴标准（急需紧缺职业上调30%）", en: "Standard raised by 30%" },
      citation: TRAINING_SHORTAGE_QUOTE,
      when: { eq: ["shortageOccupation", true] },
      op: "add",
      of: ["$standard", "$raised"],
    },
    {
      id: "subsidy",
      label: { zh: "培训补贴标准", en: "Standard" },
      citation: TRAINING_ADVANCE_QUOTE,
      when: { not: { eq: ["shortageOccupation", true] } },
      op: "add",
      of: ["$standard"],
    },
    {
      id: "half",
      label: { zh: "先行拨付比例", en: "Advance share" },
      citation: TRAINING_ADVANCE_QUOTE,
      op: "rate",
      percent: 50,
    },
    {
      id: "minAdvance",
      label: { zh: "先行拨付下限（标准的50%）", en: "Minimum advance (50%)" },
      citation: TRAINING_ADVANCE_QUOTE,
      op: "multiply",
      amount: "$subsidy",
      rate: "$half",
    },
    {
      id: "advance",
      label: { zh: "先行拨付金额", en: "Advance paid" },
      citation: TRAINING_ADVANCE_QUOTE,
      when: { present: "advanceAmount" },
      op: "input",
      field: "advanceAmount",
    },
    {
      id: "claimed",
      label: { zh: "申请金额", en: "Amount applied for" },
      citation: TRAINING_ADVANCE_QUOTE,
      op: "input",
      field: "amount",
      default: 0,
    },
  ],
  result: "subsidy",
  checks: [
    {
      id: "advance-under-50",
      severity: "violation",
      field: "advanceAmount",
      when: { all: [{ present: "advanceAmount" }, { lt: ["$advance", "$minAdvance"] }] },
      message: {
        zh: "按班次先行拨付{$advance}元，低于培训补贴标准{$subsidy}元的50%（{$minAdvance}元）",
        en: "Advance of {$advance} yuan is below 50% of the {$subsidy} yuan standard ({$minAdvance} yuan)",
      },
      citation: TRAINING_ADVANCE_QUOTE,
    },
    {
      id: "claimed-over-standard",
      severity: "violation",
      field: "amount",
      when: { all: [{ present: "amount" }, { gt: ["$claimed", "$subsidy"] }] },
      message: {
        zh: "申请金额{$claimed}元超过培训补贴标准{$subsidy}元",
        en: "{$claimed} yuan applied for exceeds the standard of {$subsidy} yuan",
      },
      citation: TRAINING_ADVANCE_QUOTE,
    },
  ],
};

/** 附件 三、（九）1 生活费补贴: 25元/人/天 offline, 1元/人/课时 online, for the five groups named. */
const LIVING_GROUPS_QUOTE = annex2023(
  "三、（九）1",
  "贫困劳动力、就业困难人员、零就业家庭成员、“两后生”中的农村学员和城市低保家庭学员在参加补贴性线下培训期间",
);
const LIVING_OFFLINE_QUOTE = annex2023("三、（九）1", "给予 25元/人/天的生活费（含交通费）补贴");
const LIVING_ONLINE_QUOTE = annex2023("三、（九）1", "在参加补贴性线上培训期间给予 1元/人/课时的生活费补贴");
const livingAllowanceCalculator: Calculator = {
  id: "sy-living-allowance-2023",
  kind: "subsidy-application",
  title: { zh: "培训期间生活费补贴金额", en: "Living allowance during training" },
  citation: LIVING_OFFLINE_QUOTE,
  effective: { from: FROM_2023, field: "appliedAt", citation: LIVING_OFFLINE_QUOTE },
  when: { eq: ["scheme", "living-allowance"] },
  decision:
    "Only the five groups named get the allowance (学员类别 其他 → excluded); offline by day (25元), online by 课时 (1元); no end date is stated.",
  exclusions: [
    {
      id: "trainee-not-eligible",
      severity: "violation",
      field: "traineeCategory",
      when: { eq: ["traineeCategory", "other"] },
      outcome: "excluded",
      message: {
        zh: "生活费补贴只发给贫困劳动力、就业困难人员、零就业家庭成员、“两后生”中的农村学员和城市低保家庭学员",
        en: "The living allowance is only for the five groups the text names",
      },
      citation: LIVING_GROUPS_QUOTE,
    },
    {
      id: "mode-missing",
      severity: "info",
      field: "trainingMode",
      when: { empty: "trainingMode" },
      outcome: "undefined",
      message: { zh: "未填写培训方式（线下/线上），无法确定补贴标准", en: "No training mode (offline/online) given" },
      citation: LIVING_OFFLINE_QUOTE,
    },
  ],
  steps: [
    {
      id: "perDay",
      label: { zh: "线下培训每人每天", en: "Offline, per day" },
      citation: LIVING_OFFLINE_QUOTE,
      when: { eq: ["trainingMode", "offline"] },
      op: "amount",
      yuan: 25,
    },
    {
      id: "allowance",
      label: { zh: "线下培训生活费补贴", en: "Offline allowance" },
      citation: LIVING_OFFLINE_QUOTE,
      when: { eq: ["trainingMode", "offline"] },
      op: "per-each",
      amount: "$perDay",
      count: "trainingDays",
    },
    {
      id: "perHour",
      label: { zh: "线上培训每人每课时", en: "Online, per 课时" },
      citation: LIVING_ONLINE_QUOTE,
      when: { eq: ["trainingMode", "online"] },
      op: "amount",
      yuan: 1,
    },
    {
      id: "allowance",
      label: { zh: "线上培训生活费补贴", en: "Online allowance" },
      citation: LIVING_ONLINE_QUOTE,
      when: { eq: ["trainingMode", "online"] },
      op: "per-each",
      amount: "$perHour",
      count: "trainingHours",
    },
    {
      id: "claimed",
      label: { zh: "申请金额", en: "Amount applied for" },
      citation: LIVING_OFFLINE_QUOTE,
      op: "input",
      field: "amount",
      default: 0,
    },
  ],
  result: "allowance",
  checks: [
    {
      id: "claimed-over-allowance",
      severity: "violation",
      field: "amount",
      when: { all: [{ present: "amount" }, { gt: ["$claimed", "$allowance"] }] },
      message: {
        zh: "申请生活费补贴{$claimed}元，超过按标准计算的{$allowance}元",
        en: "{$claimed} yuan applied for, more than the {$allowance} yuan the standard gives",
      },
      citation: LIVING_OFFLINE_QUOTE,
    },
  ],
};

/**
 * 附件 三、（十）1–3 竞赛奖励: the four tables (national, provincial — skills or start-up alike —, city skills, city
 * start-up). Decisions: 一类 qualifies the skills competitions (a skills competition that is not 一类 gets no reward
 * under this text: excluded); 优秀奖 is rewarded only at city level (a national/provincial 优秀奖 has no row:
 * undefined, never 0).
 */
const COMP_NATIONAL = annex2023(
  "三、（十）1",
  "对获得国家一类职业技能竞赛或创业竞赛一、二、三等奖的选手（个人或团体），分别给予5万元、3万元、2万元的一次性奖励",
);
const COMP_PROVINCIAL = annex2023(
  "三、（十）2",
  "对获得省级一类职业技能竞赛或创业竞赛一、二、三等奖的选手（个人或团体），分别给予3万元、2万元、1万元的一次性奖励",
);
const COMP_CITY_SKILLS = annex2023(
  "三、（十）3",
  "对获得市级一类职业技能竞赛一、二、三等奖及优秀奖的选手，分别给予 5000元、3000元、2000元、1000元的一次性奖励",
);
const COMP_CITY_STARTUP = annex2023(
  "三、（十）3",
  "对获得市级创业竞赛一、二、三等奖及优秀奖的选手，分别给予 10000元、5000元、3000元、2000元的一次性奖励",
);
const competitionRewardCalculator: Calculator = {
  id: "sy-competition-reward-2023",
  kind: "subsidy-application",
  title: { zh: "职业技能竞赛、创业竞赛一次性奖励", en: "Skills / start-up competition reward" },
  citation: COMP_NATIONAL,
  effective: { from: FROM_2023, field: "appliedAt", citation: COMP_NATIONAL },
  when: { eq: ["scheme", "competition-reward"] },
  decision:
    "一类 qualifies the skills competitions; 优秀奖 is rewarded at city level only (elsewhere undefined); no end date is stated.",
  tables: {
    national: [
      { type: "*", prize: "first", yuan: 50000 },
      { type: "*", prize: "second", yuan: 30000 },
      { type: "*", prize: "third", yuan: 20000 },
    ],
    provincial: [
      { type: "*", prize: "first", yuan: 30000 },
      { type: "*", prize: "second", yuan: 20000 },
      { type: "*", prize: "third", yuan: 10000 },
    ],
    citySkills: [
      { prize: "first", yuan: 5000 },
      { prize: "second", yuan: 3000 },
      { prize: "third", yuan: 2000 },
      { prize: "excellence", yuan: 1000 },
    ],
    cityStartup: [
      { prize: "first", yuan: 10000 },
      { prize: "second", yuan: 5000 },
      { prize: "third", yuan: 3000 },
      { prize: "excellence", yuan: 2000 },
    ],
  },
  exclusions: [
    {
      id: "skills-not-class-one",
      severity: "violation",
      field: "firstClassCompetition",
      when: { all: [{ eq: ["competitionType", "skills"] }, { eq: ["firstClassCompetition", false] }] },
      outcome: "excluded",
      message: {
        zh: "只奖励一类职业技能竞赛的获奖选手，非一类竞赛不予奖励",
        en: "Only class-I skills competitions are rewarded",
      },
      citation: COMP_NATIONAL,
    },
    {
      id: "competition-missing",
      severity: "info",
      field: "competitionLevel",
      when: { any: [{ empty: "competitionLevel" }, { empty: "competitionType" }, { empty: "prize" }] },
      outcome: "undefined",
      message: {
        zh: "未填写竞赛级别、竞赛类别或获奖等次，无法确定奖励标准",
        en: "Competition level, type or prize missing: the reward cannot be set",
      },
      citation: COMP_NATIONAL,
    },
  ],
  steps: [
    {
      id: "reward",
      label: { zh: "国家级竞赛奖励", en: "National competition" },
      citation: COMP_NATIONAL,
      when: { eq: ["competitionLevel", "national"] },
      op: "lookup",
      table: "national",
      match: { type: "competitionType", prize: "prize" },
      column: "yuan",
      type: "money",
    },
    {
      id: "reward",
      label: { zh: "省级竞赛奖励", en: "Provincial competition" },
      citation: COMP_PROVINCIAL,
      when: { eq: ["competitionLevel", "provincial"] },
      op: "lookup",
      table: "provincial",
      match: { type: "competitionType", prize: "prize" },
      column: "yuan",
      type: "money",
    },
    {
      id: "reward",
      label: { zh: "市级职业技能竞赛奖励", en: "City skills competition" },
      citation: COMP_CITY_SKILLS,
      when: { all: [{ eq: ["competitionLevel", "city"] }, { eq: ["competitionType", "skills"] }] },
      op: "lookup",
      table: "citySkills",
      match: { prize: "prize" },
      column: "yuan",
      type: "money",
    },
    {
      id: "reward",
      label: { zh: "市级创业竞赛奖励", en: "City start-up competition" },
      citation: COMP_CITY_STARTUP,
      when: { all: [{ eq: ["competitionLevel", "city"] }, { eq: ["competitionType", "startup"] }] },
      op: "lookup",
      table: "cityStartup",
      match: { prize: "prize" },
      column: "yuan",
      type: "money",
    },
    {
      id: "claimed",
      label: { zh: "申请金额", en: "Amount applied for" },
      citation: COMP_NATIONAL,
      op: "input",
      field: "amount",
      default: 0,
    },
  ],
  result: "reward",
  checks: [
    {
      id: "claimed-over-reward",
      severity: "violation",
      field: "amount",
      when: { all: [{ present: "amount" }, { gt: ["$claimed", "$reward"] }] },
      message: {
        zh: "申请奖励{$claimed}元，超过该级别、等次的一次性奖励{$reward}元",
        en: "{$claimed} yuan applied for, more than the {$reward} yuan reward for this level and prize",
      },
      citation: COMP_NATIONAL,
    },
  ],
};

export const syEmployment2023: RulePack = definePack({
  id: "sy-employment-2023",
  version: "2023.1",
  docNos: [DOC_2023],
  title: {
    zh: "双鸭山市关于支持就业鼓励创业的若干意见（2023）",
    en: "Shuangyashan measures supporting employment and start-ups (2023)",
  },
  rules: [
    {
      id: "sy-emp-2023-scheme-ended",
      kind: "subsidy-application",
      title: { zh: "补贴执行期已届满", en: "Subsidy scheme ended" },
      citation: annex2023("一、（二）2", "累计不超过6万元。所需资金由省就业补助资金承担，执行期至 2023年 12月 31日止"),
      effective: { from: FROM_2023 },
      decision: `${INCLUSIVE_DECISION} The annex also says new national or provincial rules prevail (按新规定执行): a successor policy may exist, but it is not in the seeds, so the finding names the end date and leaves the successor to the clerk.`,
      checks: [
        {
          id: "startup-job-creation-ended",
          severity: "violation",
          when: { all: [scheme("startup-job-creation"), { after: ["appliedAt", "2023-12-31"] }] },
          field: "appliedAt",
          message: {
            zh: "创业带动就业补贴执行期至2023年12月31日止，申请日期{appliedAt}已逾期",
            en: "The start-up job-creation subsidy ended on 2023-12-31; applied on {appliedAt}",
          },
        },
        {
          id: "internship-ended",
          severity: "violation",
          when: { all: [scheme("internship"), { after: ["appliedAt", "2023-12-31"] }] },
          field: "appliedAt",
          citation: annex2023("二、（四）", "30%部分由市、县级财政承担，执行期至2023年 12月 31日止"),
          message: {
            zh: "就业见习补贴（按最低工资标准100%发放）执行期至2023年12月31日止，申请日期{appliedAt}已逾期",
            en: "The internship subsidy (100% of the minimum wage) ended on 2023-12-31; applied on {appliedAt}",
          },
        },
        {
          id: "hiring-subsidy-ended",
          severity: "violation",
          when: { all: [scheme("hiring-subsidy"), { after: ["appliedAt", "2023-12-31"] }] },
          field: "appliedAt",
          citation: annex2023(
            "二、（五）",
            "给予 1000元/人的一次性吸纳就业补贴，所需资金由市、县级财政承担，执行期至 2023年 12月 31日止",
          ),
          message: {
            zh: "一次性吸纳就业补贴执行期至2023年12月31日止，申请日期{appliedAt}已逾期",
            en: "The one-off hiring subsidy ended on 2023-12-31; applied on {appliedAt}",
          },
        },
        {
          id: "guarantee-loan-interest-ended",
          severity: "violation",
          when: { all: [scheme("guarantee-loan-interest"), { after: ["appliedAt", "2024-12-31"] }] },
          field: "appliedAt",
          citation: annex2023("一、（一）", "全额贴息期限到 2024年12月 31日止"),
          decision:
            "After 2024-12-31 the subsidy falls back from full to the earlier partial (差额) interest subsidy, whose rate the text does not give; the finding says the full subsidy ended.",
          message: {
            zh: "创业担保贷款全额贴息期限到2024年12月31日止，申请日期{appliedAt}已逾期（此后不再全额贴息）",
            en: "Full interest subsidy on start-up guarantee loans ended on 2024-12-31; applied on {appliedAt}",
          },
        },
        {
          id: "incubation-ended",
          severity: "violation",
          when: { all: [scheme("incubation"), { after: ["appliedAt", "2024-12-31"] }] },
          field: "appliedAt",
          citation: annex2023(
            "一、（三）",
            "服务代办等综合性服务。所需资金由市、县级财政承担，执行期至 2024年 12月 31日止",
          ),
          message: {
            zh: "创业园区免费孵化政策执行期至2024年12月31日止，申请日期{appliedAt}已逾期",
            en: "Free incubation in start-up parks ended on 2024-12-31; applied on {appliedAt}",
          },
        },
        {
          id: "job-search-raise-ended",
          severity: "warning",
          when: { all: [scheme("job-search-startup"), { after: ["appliedAt", "2024-12-31"] }] },
          field: "appliedAt",
          citation: annex2023(
            "一、（二）3",
            "补贴标准由原 1000元/人提高到 2000元/人。补贴提高部分所需资金由市、县级财政承担，执行期至 2024年 12月 31日止",
          ),
          decision:
            "Only the raise (the extra 1000元 paid by city and county budgets) has an end date; the subsidy itself continues at the original 1000元, so this is a warning, not a violation.",
          message: {
            zh: "一次性求职创业补贴提高部分执行期至2024年12月31日止，申请日期{appliedAt}之后按原标准1000元/人",
            en: "The raise of the job-search / start-up subsidy ended on 2024-12-31; from {appliedAt} the original 1,000 yuan applies",
          },
        },
      ],
    },
    {
      id: "sy-emp-2023-startup-job-creation",
      kind: "subsidy-application",
      title: { zh: "创业带动就业补贴的条件和上限", en: "Start-up job-creation subsidy: conditions and cap" },
      citation: annex2023(
        "一、（二）2",
        "对辖区内在2021年至 2023年期间成立的并吸纳各类人员就业满 5人，符合政策规定的初创主体，给予创业带动就业补贴 5000元，每多吸纳 1人可继续领取 2000元/人的创业带动就业补贴，累计不超过6万元",
      ),
      effective: { from: FROM_2023, to: "2023-12-31", dateField: "appliedAt" },
      decision: `${INCLUSIVE_DECISION} 满 5 人 = at least 5; 2021年至2023年期间成立 = founded 2021-01-01 … 2023-12-31; the 6万元 cap is cumulative (累计) and compared with the amount applied for.`,
      when: scheme("startup-job-creation"),
      checks: [
        {
          id: "fewer-than-5-hires",
          severity: "violation",
          when: { lt: ["hires", 5] },
          field: "hires",
          message: {
            zh: "吸纳就业{hires}人，未满5人，不符合创业带动就业补贴条件",
            en: "{hires} people hired, fewer than 5: not eligible",
          },
        },
        {
          id: "founded-outside-2021-2023",
          severity: "violation",
          when: { any: [{ before: ["foundedAt", "2021-01-01"] }, { after: ["foundedAt", "2023-12-31"] }] },
          field: "foundedAt",
          message: {
            zh: "成立日期{foundedAt}不在2021年至2023年期间",
            en: "Founded on {foundedAt}, not between 2021 and 2023",
          },
        },
        {
          id: "over-60000",
          severity: "violation",
          when: { gt: ["amount", 60000] },
          field: "amount",
          message: {
            zh: "申请金额{amount}元超过累计上限6万元",
            en: "Amount {amount} yuan exceeds the cumulative cap of 60,000 yuan",
          },
        },
      ],
    },
    {
      id: "sy-emp-2023-guarantee-loan-full-interest",
      kind: "subsidy-application",
      title: { zh: "创业担保贷款全额贴息：借款人不承担利息", en: "Start-up guarantee loans: full interest subsidy" },
      citation: annex2023("一、（一）", "享受的差额贴息政策改为享受全额贴息政策，原个人承担的贷款利息部分由政府承担"),
      effective: { from: FROM_2023, to: "2024-12-31", dateField: "appliedAt" },
      decision: `${INCLUSIVE_DECISION} Inside the window any interest billed to the borrower contradicts the full subsidy.`,
      when: scheme("guarantee-loan-interest"),
      checks: [
        {
          id: "borrower-charged-interest",
          severity: "violation",
          when: { gt: ["borrowerInterest", 0] },
          field: "borrowerInterest",
          message: {
            zh: "创业担保贷款实行全额贴息，原个人承担的利息由政府承担，不应向借款人收取利息{borrowerInterest}元",
            en: "Full interest subsidy: the borrower's former share is paid by government; {borrowerInterest} yuan may not be billed to the borrower",
          },
        },
      ],
    },
    {
      id: "sy-emp-2023-incubation-free",
      kind: "subsidy-application",
      title: {
        zh: "创业园区免费孵化：免租金、免供热费、免物业费",
        en: "Free incubation: no rent, heating or property fees",
      },
      citation: annex2023("一、（三）", "同时享受免费使用办公场所、免缴供热费、免收物业费等政策"),
      effective: { from: FROM_2023, to: "2024-12-31", dateField: "appliedAt" },
      decision: INCLUSIVE_DECISION,
      when: scheme("incubation"),
      checks: [
        {
          id: "occupant-charged-fees",
          severity: "violation",
          when: { gt: ["occupantFees", 0] },
          field: "occupantFees",
          message: {
            zh: "入驻创业园区的创业者免费使用办公场所、免缴供热费、免收物业费，不应收取{occupantFees}元",
            en: "Incubated founders use the premises free of rent, heating and property fees; {occupantFees} yuan may not be charged",
          },
        },
      ],
    },
    {
      id: "sy-emp-2023-internship-retention",
      kind: "subsidy-application",
      title: {
        zh: "就业见习补贴按最低工资100%发放的留用率条件",
        en: "Internship subsidy at 100%: retention of at least 50%",
      },
      citation: annex2023(
        "二、（四）",
        "对就业见习期满后，留用率达到 50%以上的单位，就业见习补贴按当地最低工资标准的 100%发放",
      ),
      effective: { from: FROM_2023, to: "2023-12-31", dateField: "appliedAt" },
      decision: `${INCLUSIVE_DECISION} 50%以上 includes 50%. Below 50% the text gives no rate (the general standard applies), so the finding is a warning that the 100% rate is not available, not a refusal.`,
      when: scheme("internship"),
      checks: [
        {
          id: "retention-under-50",
          severity: "warning",
          when: { lt: ["retentionPercent", 50] },
          field: "retentionPercent",
          message: {
            zh: "见习期满留用率{retentionPercent}%，未达到50%，不能按当地最低工资标准的100%发放见习补贴",
            en: "Only {retentionPercent}% of interns kept on (under 50%): the 100%-of-minimum-wage rate does not apply",
          },
        },
      ],
    },
    {
      id: "sy-emp-2023-hiring-subsidy-employer",
      kind: "subsidy-application",
      title: { zh: "一次性吸纳就业补贴限中小微企业", en: "One-off hiring subsidy: small, medium and micro firms only" },
      citation: annex2023(
        "二、（五）",
        "对招用毕业年度高校毕业生和登记失业半年以上人员就业的中小微企业，给予 1000元/人的一次性吸纳就业补贴",
      ),
      effective: { from: FROM_2023, to: "2023-12-31", dateField: "appliedAt" },
      decision: INCLUSIVE_DECISION,
      when: scheme("hiring-subsidy"),
      checks: [
        {
          id: "large-employer",
          severity: "violation",
          when: { eq: ["employerSize", "large"] },
          field: "employerSize",
          message: {
            zh: "一次性吸纳就业补贴只发给中小微企业，大型企业不符合条件",
            en: "The one-off hiring subsidy is for small, medium and micro firms; a large firm is not eligible",
          },
        },
      ],
    },
    {
      id: "sy-emp-2023-job-placement",
      kind: "subsidy-application",
      title: { zh: "职业介绍补贴200元/人", en: "Job-placement subsidy: 200 yuan per person placed" },
      citation: annex2023("二、（六）", "按职业介绍成功人数给予职业介绍补贴 200元/人"),
      effective: { from: FROM_2023, dateField: "appliedAt" },
      decision:
        "No end date is stated for the job-placement subsidy; the funding source depends on the jobseeker (失业保险基金 for people drawing unemployment benefit, 就业补助资金 for rural migrants and registered unemployed).",
      when: scheme("job-placement"),
      hint: {
        zh: "职业介绍补贴按成功人数200元/人；领取失业金期间人员由省失业保险基金承担，农村转移劳动力、城镇登记失业人员由省就业补助资金承担；文件未规定执行期",
        en: "200 yuan per person placed; paid from the provincial unemployment-insurance fund for benefit recipients, from the employment-subsidy fund for rural migrants and registered unemployed; no end date stated",
      },
    },
    {
      id: "sy-emp-2023-gig-station-free",
      kind: "subsidy-application",
      title: { zh: "零工驿站为用工主体和零工人员免费提供对接洽谈场所", en: "Gig stations: free meeting space" },
      citation: annex2023("二、（七）", "为用工主体和“零工人员”提供对接洽谈免费场所等贴心服务"),
      effective: { from: FROM_2023, dateField: "appliedAt" },
      decision:
        "A 零工驿站 funded under this measure may not charge employers or gig workers for the meeting space (occupantFees > 0 → violation). The yearly target (不少于 8家) is the counties' work target, checked in the annual summary, not on a request: it is in the hint only.",
      when: scheme("gig-station"),
      hint: {
        zh: "零工驿站：为用工主体和“零工人员”提供对接洽谈免费场所；全年完成“零工驿站”建设不少于8家",
        en: "Gig stations give employers and gig workers a free meeting space; at least 8 stations are to be built in the year",
      },
      checks: [
        {
          id: "station-charged-fees",
          severity: "violation",
          when: { gt: ["occupantFees", 0] },
          field: "occupantFees",
          message: {
            zh: "零工驿站应为用工主体和“零工人员”提供免费对接洽谈场所，不应收取{occupantFees}元",
            en: "Gig stations provide the meeting space free of charge; {occupantFees} yuan may not be charged",
          },
        },
      ],
    },
    {
      id: "sy-emp-2023-job-search-standard",
      kind: "subsidy-application",
      title: { zh: "一次性求职创业补贴标准2000元/人", en: "Job-search / start-up subsidy: 2,000 yuan per person" },
      citation: annex2023(
        "一、（二）3",
        "补贴标准由原 1000元/人提高到 2000元/人。补贴提高部分所需资金由市、县级财政承担，执行期至 2024年 12月 31日止",
      ),
      effective: { from: FROM_2023, to: "2024-12-31", dateField: "appliedAt" },
      decision: INCLUSIVE_DECISION,
      when: scheme("job-search-startup"),
      checks: [
        {
          id: "over-2000",
          severity: "violation",
          when: { gt: ["amount", 2000] },
          field: "amount",
          message: {
            zh: "一次性求职创业补贴标准为2000元/人，申请{amount}元",
            en: "The job-search / start-up subsidy is 2,000 yuan per person; {amount} yuan applied for",
          },
        },
      ],
    },
    {
      id: "sy-emp-2023-startup-subsidy",
      kind: "subsidy-application",
      title: { zh: "一次性创业补贴5000元（返乡应届高校毕业生1万元）", en: "One-off start-up subsidy" },
      citation: annex2023("一、（二）1", "给予一次性创业补贴5000元"),
      effective: { from: FROM_2023, dateField: "appliedAt" },
      decision:
        "The text states no end date for the one-off start-up subsidy (unlike the other measures), so it is encoded without one; the hint says so. 正常运营 6个月以上 is counted in whole months from foundedAt to appliedAt (民法典 第二百零二条), 6 included. 1万元 only for a returning graduate (returningGraduate = 是) who left school (graduatedAt) within 2 years (24 months, included) before founding; everyone else 5000元. Without foundedAt or the graduate facts the corresponding check stays silent (unknown, not refused).",
      when: scheme("startup-subsidy"),
      hint: {
        zh: "一次性创业补贴：正常运营6个月以上的初次创业者5000元，返乡应届（离校2年内）高校毕业生1万元；文件未规定执行期",
        en: "One-off start-up subsidy: 5,000 yuan after 6 months of normal operation, 10,000 yuan for returning graduates within 2 years of leaving school; no end date is stated",
      },
      checks: [
        {
          id: "operating-under-6-months",
          severity: "violation",
          when: { monthsBetween: ["foundedAt", "appliedAt", "lt", 6] },
          field: "foundedAt",
          citation: annex2023(
            "一、（二）1",
            "对辖区内初次创办小微企业或从事个体经营且正常运营 6个月以上的就业困难人员",
          ),
          message: {
            zh: "成立日期{foundedAt}至申请日期{appliedAt}未满6个月，不符合“正常运营6个月以上”",
            en: "Founded {foundedAt}, applied {appliedAt}: fewer than 6 months of normal operation",
          },
        },
        {
          id: "over-5000-not-returning-graduate",
          severity: "violation",
          when: { all: [{ gt: ["amount", 5000] }, { not: { eq: ["returningGraduate", true] } }] },
          field: "amount",
          message: {
            zh: "一次性创业补贴5000元（1万元仅限返乡应届（离校2年内）高校毕业生），申请{amount}元",
            en: "The one-off start-up subsidy is 5,000 yuan (10,000 only for returning graduates within 2 years of leaving school); {amount} yuan applied for",
          },
        },
        {
          id: "graduate-left-over-2-years",
          severity: "violation",
          when: {
            all: [
              { gt: ["amount", 5000] },
              { eq: ["returningGraduate", true] },
              { monthsBetween: ["graduatedAt", "foundedAt", "gt", 24] },
            ],
          },
          field: "graduatedAt",
          citation: annex2023(
            "一、（二）1",
            "对辖区内初次创办小微企业或从事个体经营且正常经营 6个月以上的成功创业返乡应届（离校 2年内）高校毕业生，给予一次性创业补贴 1万元",
          ),
          message: {
            zh: "离校日期{graduatedAt}至创业{foundedAt}已超过2年，只能按5000元给予一次性创业补贴，申请{amount}元",
            en: "Left school {graduatedAt}, founded {foundedAt}: more than 2 years, so 5,000 yuan applies; {amount} yuan applied for",
          },
        },
        {
          id: "over-10000",
          severity: "violation",
          when: { gt: ["amount", 10000] },
          field: "amount",
          citation: annex2023("一、（二）1", "成功创业返乡应届（离校 2年内）高校毕业生，给予一次性创业补贴 1万元"),
          message: {
            zh: "一次性创业补贴最高1万元，申请{amount}元",
            en: "The one-off start-up subsidy is at most 10,000 yuan; {amount} yuan applied for",
          },
        },
      ],
    },
  ],
  calculators: [
    skillUpgradeCalculator,
    jobCreationCalculator,
    hiringSubsidyCalculator,
    jobPlacementCalculator,
    trainingSubsidyCalculator,
    livingAllowanceCalculator,
    competitionRewardCalculator,
  ],
});

// ── 双政规〔2018〕1号 ────────────────────────────────────────────────────────────────────────────────────────
const DOC_2018_1 = "双政规〔2018〕1号";
const TITLE_2018_1 = "双鸭山市人民政府关于做好当前和今后一段时期就业创业工作的实施意见";
/** 成文日期 2018年1月12日; no effective date, validity or repeal clause. */
const FROM_2018_1 = "2018-01-12";
/** The 2023 annex raises the same subsidy "由原 1000元/人" from its own date. */
const UNTIL_2023_RAISE = "2023-06-06";

export const syEmployment2018: RulePack = definePack({
  id: "sy-employment-2018",
  version: "2018.1",
  docNos: [DOC_2018_1],
  title: {
    zh: "双鸭山市关于做好当前和今后一段时期就业创业工作的实施意见",
    en: "Shuangyashan implementation opinions on employment and start-ups (2018)",
  },
  rules: [
    {
      id: "sy-emp-2018-job-search-standard",
      kind: "subsidy-application",
      title: { zh: "求职创业补贴标准1000元", en: "Job-search / start-up subsidy: 1,000 yuan" },
      citation: {
        docNo: DOC_2018_1,
        docTitle: TITLE_2018_1,
        article: "四、（十一）",
        quote: "求职创业补贴标准提高至 1000 元",
      },
      effective: { from: FROM_2018_1, to: UNTIL_2023_RAISE, dateField: "appliedAt" },
      decision:
        '双政规〔2018〕1号 states no end date; its 1000元 standard is taken to apply until 双政办发〔2023〕29号 (dated 2023-06-07) raised it "由原 1000元/人" to 2000元/人, i.e. to applications up to 2023-06-06.',
      when: scheme("job-search-startup"),
      checks: [
        {
          id: "over-1000",
          severity: "violation",
          when: { gt: ["amount", 1000] },
          field: "amount",
          message: {
            zh: "求职创业补贴标准为1000元，申请{amount}元",
            en: "The job-search / start-up subsidy was 1,000 yuan; {amount} yuan applied for",
          },
        },
      ],
    },
    {
      id: "sy-emp-2018-skill-upgrade",
      kind: "subsidy-application",
      title: { zh: "参保职工技能提升补贴的条件", en: "Skill-upgrade subsidy: conditions (2018)" },
      citation: {
        docNo: DOC_2018_1,
        docTitle: TITLE_2018_1,
        article: "五、（十七）",
        quote:
          "依法参加失业保险 3 年以上、2017 年 1 月 1 日后取得职业资格证书或职业技能等级证书的企业职工，可申请参保职工技能提升补贴",
      },
      effective: { from: FROM_2018_1, to: UNTIL_2023_RAISE, dateField: "appliedAt" },
      decision:
        "3 年以上 = at least 36 months (以上 includes the number); 2017 年 1 月 1 日后 is read as on or after 2017-01-01 (the milder reading). Applies to applications until the 2023 annex (dated 2023-06-07) set its own conditions.",
      when: scheme("skill-upgrade"),
      checks: [
        {
          id: "insured-under-3-years",
          severity: "violation",
          when: { lt: ["uiContributionMonths", 36] },
          field: "uiContributionMonths",
          message: {
            zh: "参加失业保险{uiContributionMonths}个月，不足3年",
            en: "Unemployment insurance for {uiContributionMonths} months, less than 3 years",
          },
        },
        {
          id: "certificate-before-2017",
          severity: "violation",
          when: { before: ["certificateAt", "2017-01-01"] },
          field: "certificateAt",
          message: {
            zh: "证书取得日期{certificateAt}早于2017年1月1日",
            en: "Certificate obtained on {certificateAt}, before 2017-01-01",
          },
        },
      ],
    },
    {
      id: "sy-emp-2018-training-contract",
      kind: "subsidy-application",
      title: {
        zh: "订单、定向、定岗培训补贴：签订6个月以上劳动合同",
        en: "Order-based training subsidy: a labour contract of 6 months or more",
      },
      citation: {
        docNo: DOC_2018_1,
        docTitle: TITLE_2018_1,
        article: "五、（十七）",
        quote: "对企业与培训学员签订 6 个月以上劳动合同的，符合条件的按照规定给予培训补贴",
      },
      effective: { from: FROM_2018_1, dateField: "appliedAt" },
      decision:
        "6 个月以上 includes 6. Only a contract term the case states is checked (contractMonths); the 2023 annex sets no other contract condition, so the rule has no end date (the document states none).",
      when: { all: [scheme("training-subsidy"), { present: "contractMonths" }] },
      checks: [
        {
          id: "contract-under-6-months",
          severity: "violation",
          when: { lt: ["contractMonths", 6] },
          field: "contractMonths",
          message: {
            zh: "企业与培训学员签订的劳动合同期限{contractMonths}个月，不足6个月，不予培训补贴",
            en: "The labour contract with the trainee runs {contractMonths} months, fewer than 6: no training subsidy",
          },
        },
      ],
    },
    {
      id: "sy-emp-2018-leave-for-startup",
      kind: "subsidy-application",
      title: { zh: "离岗创业5年内保留人事关系", en: "Leave for a start-up: personnel relation kept up to 5 years" },
      citation: {
        docNo: DOC_2018_1,
        docTitle: TITLE_2018_1,
        article: "三、（九）",
        quote: "专业技术人员离岗创业期间,可在 5 年内保留人事关系",
      },
      effective: { from: FROM_2018_1, dateField: "leaveFrom" },
      decision:
        "5 年内: the day the leave starts is the first of the 5 years (as the registry counts a validity from its first day), so the last day within is the day before the fifth anniversary; a relation kept to the anniversary or later (60 whole months or more) is over 5 years.",
      when: scheme("leave-for-startup"),
      checks: [
        {
          id: "kept-over-5-years",
          severity: "violation",
          when: { monthsBetween: ["leaveFrom", "leaveUntil", "gte", 60] },
          field: "leaveUntil",
          message: {
            zh: "离岗创业自{leaveFrom}起保留人事关系至{leaveUntil}，超过5年",
            en: "Personnel relation kept from {leaveFrom} to {leaveUntil}: more than 5 years",
          },
        },
      ],
    },
    {
      id: "sy-emp-2018-poverty-hire-award",
      kind: "subsidy-application",
      title: {
        zh: "吸纳建档立卡贫困家庭劳动力稳定就业1年以上奖补1000元",
        en: "Award for hiring registered-poor workers employed over 1 year",
      },
      citation: {
        docNo: DOC_2018_1,
        docTitle: TITLE_2018_1,
        article: "三、（九）",
        quote: "每吸纳 1 名建档立卡贫困家庭劳动力稳定就业 1 年以上的可给予 1000 元奖补，所需资金从就业补助资金中列支",
      },
      effective: { from: FROM_2018_1, dateField: "appliedAt" },
      decision:
        "No end date is stated in 双政规〔2018〕1号; the award is encoded as open-ended and the hint asks the clerk to confirm the document is still in force (its bodies predate the 2018–2019 reorganisation).",
      when: scheme("poverty-hire-award"),
      hint: {
        zh: "每吸纳1名建档立卡贫困家庭劳动力稳定就业1年以上奖补1000元；双政规〔2018〕1号未规定有效期，请核实现行有效",
        en: "1,000 yuan per registered-poor worker employed over 1 year; 双政规〔2018〕1号 states no validity period — confirm it is still in force",
      },
      checks: [
        {
          id: "over-1000-per-worker",
          severity: "violation",
          when: { all: [{ eq: ["hires", 1] }, { gt: ["amount", 1000] }] },
          field: "amount",
          message: {
            zh: "每吸纳1名建档立卡贫困家庭劳动力奖补1000元，申请{amount}元",
            en: "The award is 1,000 yuan per worker; {amount} yuan applied for one worker",
          },
        },
      ],
    },
  ],
});

// ── 双政规〔2018〕3号 ────────────────────────────────────────────────────────────────────────────────────────
const DOC_2018_3 = "双政规〔2018〕3号";
const TITLE_2018_3 = "双鸭山市人民政府关于印发双鸭山市企业上市挂牌扶持奖励办法的通知";
/** 第九条 本办法自发文之日起执行; 发文 2018年6月5日. */
const FROM_2018_3 = "2018-06-05";
const CLOSE_2018_3 = "2020-12-31";
const listing = (article: string, quote: string, paragraph?: string) => ({
  docNo: DOC_2018_3,
  docTitle: TITLE_2018_3,
  article,
  ...(paragraph ? { paragraph } : {}),
  quote,
});
const listingType = (t: string): Condition => ({ eq: ["listingType", t] });

/**
 * 第四条 奖励标准 as a calculator: the one-off reward by listing type, or 2% of the refinancing amount capped at
 * 100万元. The regional equity market (第四条(四)) has no amount — the city pays the actual listing fee — so the
 * calculation is "undefined" there. Applications outside 2018-06-05 … 2020-12-31 (第九条) are not computed.
 */
const listingRewardCalculator: Calculator = {
  id: "sy-listing-reward",
  kind: "subsidy-application",
  title: { zh: "上市挂牌扶持奖励金额", en: "Listing reward amount" },
  citation: listing(
    "第四条",
    "企业在境内主板、中小板、创业板首发上市且募集资金 50%以上投资在双鸭山地区的，市政府一次性奖励 500 万元",
    "（一）",
  ),
  effective: {
    from: FROM_2018_3,
    to: CLOSE_2018_3,
    field: "appliedAt",
    citation: listing(
      "第九条",
      "本办法自发文之日起执行，成功上市挂牌的企业应在 2020 年 12 月 31 日前向市金融服务中心提出扶持奖励申请，逾期不再受理",
    ),
  },
  when: { eq: ["scheme", "listing-reward"] },
  decision: `${INCLUSIVE_DECISION} The 100万元 refinancing cap is applied per application (per deal vs cumulative is not stated).`,
  exclusions: [
    {
      // the rule sy-listing-2018-eligibility reports the violations; the calculation says the reward fails too
      id: "not-registered-locally",
      severity: "info",
      field: "registeredLocally",
      when: {
        all: [{ in: ["listingType", ["domestic-ipo", "neeq", "regional"]] }, { eq: ["registeredLocally", false] }],
      },
      outcome: "excluded",
      message: {
        zh: "上市挂牌主体未在我市工商注册和税务登记，不予奖励",
        en: "Not business- and tax-registered in the city: no reward",
      },
      citation: listing("第三条", "其上市挂牌主体须在我市辖区内依法进行工商注册和税务登记", "（一）"),
    },
    {
      id: "overseas-not-local",
      severity: "info",
      field: "mainBusinessLocal",
      when: {
        all: [
          { eq: ["listingType", "overseas-ipo"] },
          { any: [{ eq: ["registeredLocally", false] }, { eq: ["mainBusinessLocal", false] }] },
        ],
      },
      outcome: "excluded",
      message: {
        zh: "境外上市企业的上市主体及主营业务不均在我市范围内，不予奖励",
        en: "Overseas listing without both the entity and the main business in the city: no reward",
      },
      citation: listing("第三条", "在境外主板、创业板首发上市的企业，其上市主体及主营业务均在我市范围内", "（三）"),
    },
    {
      id: "regional-coaching-after-listing",
      severity: "info",
      field: "coachingFiledAt",
      when: { all: [{ eq: ["listingType", "regional"] }, { after: ["coachingFiledAt", "listedAt"] }] },
      outcome: "excluded",
      message: {
        zh: "挂牌前未经市金融服务中心辅导、备案，不予代付挂牌费用",
        en: "No coaching/filing before the regional listing: the fee is not paid",
      },
      citation: listing("第三条", "在省内区域性股权市场挂牌的企业，挂牌前须经市金融服务中心辅导、备案", "（二）"),
    },
    {
      id: "no-listing-type",
      severity: "info",
      field: "listingType",
      when: { empty: "listingType" },
      outcome: "undefined",
      message: {
        zh: "未填写上市挂牌类型，无法确定奖励标准",
        en: "No listing type given: the reward cannot be determined",
      },
      citation: listing("第四条", "奖励标准"),
    },
    {
      id: "local-investment-under-50",
      severity: "violation",
      field: "localInvestmentPercent",
      when: {
        all: [
          { in: ["listingType", ["domestic-ipo", "overseas-ipo", "refinancing"]] },
          { lt: ["localInvestmentPercent", 50] },
        ],
      },
      outcome: "excluded",
      message: {
        zh: "募集资金投资在双鸭山地区的比例未达50%以上，不予奖励",
        en: "Less than 50% of the proceeds invested in Shuangyashan: no reward",
      },
      citation: listing(
        "第四条",
        "企业在境内主板、中小板、创业板首发上市且募集资金 50%以上投资在双鸭山地区的，市政府一次性奖励 500 万元",
        "（一）",
      ),
    },
    {
      id: "amount-raised-missing",
      severity: "info",
      field: "amountRaised",
      when: { all: [{ eq: ["listingType", "refinancing"] }, { empty: "amountRaised" }] },
      outcome: "undefined",
      message: {
        zh: "再融资奖励按再融资金额的2%计算，未填写再融资金额",
        en: "The refinancing reward is 2% of the amount raised, which is not given",
      },
      citation: listing("第四条", "市政府按再融资金额的 2%进行奖励，上限不超过 100 万元", "（五）"),
    },
    {
      id: "regional-fee-paid",
      severity: "info",
      field: "listingType",
      when: { eq: ["listingType", "regional"] },
      outcome: "undefined",
      message: {
        zh: "省内区域性股权市场挂牌由市政府代付挂牌费用，金额以实际挂牌费用为准",
        en: "Regional equity-market listing: the city pays the actual listing fee; no fixed amount",
      },
      citation: listing("第四条", "企业在省内区域性股权市场挂牌的，市政府为其代付挂牌费用", "（四）"),
    },
  ],
  steps: [
    {
      id: "reward",
      label: { zh: "境内首发上市一次性奖励", en: "Domestic IPO reward" },
      citation: listing(
        "第四条",
        "企业在境内主板、中小板、创业板首发上市且募集资金 50%以上投资在双鸭山地区的，市政府一次性奖励 500 万元",
        "（一）",
      ),
      when: { eq: ["listingType", "domestic-ipo"] },
      op: "amount",
      yuan: 5_000_000,
    },
    {
      id: "reward",
      label: { zh: "境外首发上市一次性奖励", en: "Overseas IPO reward" },
      citation: listing(
        "第四条",
        "企业在境外主板、创业板首发上市且募集资金 50%以上投资在双鸭山地区的，市政府一次性奖励 300 万元",
        "（二）",
      ),
      when: { eq: ["listingType", "overseas-ipo"] },
      op: "amount",
      yuan: 3_000_000,
    },
    {
      id: "reward",
      label: { zh: "“新三板”挂牌一次性奖励", en: "NEEQ listing reward" },
      citation: listing("第四条", "企业在“新三板”挂牌的，市政府一次性奖励 100 万元", "（三）"),
      when: { eq: ["listingType", "neeq"] },
      op: "amount",
      yuan: 1_000_000,
    },
    {
      id: "raised",
      label: { zh: "再融资金额", en: "Amount raised" },
      citation: listing("第四条", "市政府按再融资金额的 2%进行奖励，上限不超过 100 万元", "（五）"),
      when: { eq: ["listingType", "refinancing"] },
      op: "input",
      field: "amountRaised",
    },
    {
      id: "rate",
      label: { zh: "奖励比例", en: "Reward rate" },
      citation: listing("第四条", "市政府按再融资金额的 2%进行奖励，上限不超过 100 万元", "（五）"),
      when: { eq: ["listingType", "refinancing"] },
      op: "rate",
      percent: 2,
    },
    {
      id: "share",
      label: { zh: "再融资金额的2%", en: "2% of the amount raised" },
      citation: listing("第四条", "市政府按再融资金额的 2%进行奖励，上限不超过 100 万元", "（五）"),
      when: { eq: ["listingType", "refinancing"] },
      op: "multiply",
      amount: "$raised",
      rate: "$rate",
    },
    {
      id: "ceiling",
      label: { zh: "再融资奖励上限", en: "Refinancing reward cap" },
      citation: listing("第四条", "市政府按再融资金额的 2%进行奖励，上限不超过 100 万元", "（五）"),
      when: { eq: ["listingType", "refinancing"] },
      op: "amount",
      yuan: 1_000_000,
    },
    {
      id: "none",
      label: { zh: "已获奖励（按每次申请计）", en: "Already awarded (per application)" },
      citation: listing("第四条", "市政府按再融资金额的 2%进行奖励，上限不超过 100 万元", "（五）"),
      when: { eq: ["listingType", "refinancing"] },
      op: "amount",
      yuan: 0,
    },
    {
      id: "reward",
      label: { zh: "再融资奖励", en: "Refinancing reward" },
      citation: listing("第四条", "市政府按再融资金额的 2%进行奖励，上限不超过 100 万元", "（五）"),
      when: { eq: ["listingType", "refinancing"] },
      op: "cap",
      amount: "$share",
      cap: "$ceiling",
      used: "$none",
    },
  ],
  result: "reward",
};

export const syListingRewards2018: RulePack = definePack({
  id: "sy-listing-rewards-2018",
  version: "2018.1",
  docNos: [DOC_2018_3],
  title: { zh: "双鸭山市企业上市挂牌扶持奖励办法", en: "Shuangyashan company listing support and rewards" },
  rules: [
    {
      id: "sy-listing-2018-application-deadline",
      kind: "subsidy-application",
      title: { zh: "上市挂牌奖励申请截止2020年12月31日", en: "Listing rewards: apply by 2020-12-31" },
      citation: listing(
        "第九条",
        "本办法自发文之日起执行，成功上市挂牌的企业应在 2020 年 12 月 31 日前向市金融服务中心提出扶持奖励申请，逾期不再受理",
      ),
      effective: { from: FROM_2018_3 },
      decision: INCLUSIVE_DECISION,
      when: scheme("listing-reward"),
      checks: [
        {
          id: "applied-after-close",
          severity: "violation",
          when: { after: ["appliedAt", CLOSE_2018_3] },
          field: "appliedAt",
          message: {
            zh: "上市挂牌扶持奖励应在2020年12月31日前申请，逾期不再受理（申请日期{appliedAt}）",
            en: "Listing rewards had to be applied for by 2020-12-31; late applications are not accepted (applied {appliedAt})",
          },
        },
      ],
    },
    {
      id: "sy-listing-2018-art5-materials",
      kind: "subsidy-application",
      title: { zh: "申领上市挂牌奖励应当提交的申请材料", en: "Listing reward: required application materials" },
      citation: listing("第五条", "申领企业上市挂牌奖励，应当提交以下申请材料"),
      effective: { from: FROM_2018_3, to: CLOSE_2018_3, dateField: "appliedAt" },
      decision: `${REQUIRED_DECISION} ${MATERIALS_DECISION}`,
      when: { all: [scheme("listing-reward"), { present: "materials" }] },
      checks: [
        {
          id: "no-application-report",
          severity: "violation",
          when: { not: { contains: ["materials", "申请报告"] } },
          field: "materials",
          citation: listing(
            "第五条",
            "申请报告 （包括但不限于企业基本情况、经营业绩和财务状况，以及申请奖励事项）",
            "（一）",
          ),
          message: { zh: "缺少申请报告", en: "Application report missing" },
        },
        {
          id: "no-registration-proof",
          severity: "violation",
          when: { not: { contains: ["materials", "营业执照"] } },
          field: "materials",
          citation: listing(
            "第五条",
            "企业上市挂牌主体和税务登记均在我市的证明材料，包括企业营业执照原件、开户许可证和机构信用代码证原件",
            "（二）",
          ),
          message: {
            zh: "缺少上市挂牌主体和税务登记在我市的证明材料（营业执照等）",
            en: "Proof of local registration (business licence etc.) missing",
          },
        },
        {
          id: "no-domestic-listing-approval",
          severity: "violation",
          when: {
            all: [
              listingType("domestic-ipo"),
              { not: { any: [{ contains: ["materials", "核准"] }, { contains: ["materials", "批复"] }] } },
            ],
          },
          field: "materials",
          citation: {
            ...listing(
              "第五条",
              "境内上市企业需提供证监会核准公开发行股票的批复、证券交易所同意股票上市的通知等原件",
              "（三）",
            ),
            item: "1.",
          },
          message: {
            zh: "境内上市企业缺少证监会核准公开发行股票的批复",
            en: "Domestic IPO: the CSRC approval of the public offering is missing",
          },
        },
        {
          id: "no-overseas-fx-proof",
          severity: "violation",
          when: { all: [listingType("overseas-ipo"), { not: { contains: ["materials", "外汇"] } }] },
          field: "materials",
          citation: {
            ...listing(
              "第五条",
              "境外上市企业需提供募集资金汇入境内的外汇额度、外汇兑换水单、开立账户等证明材料",
              "（三）",
            ),
            item: "2.",
          },
          message: {
            zh: "境外上市企业缺少募集资金汇入境内的外汇证明材料",
            en: "Overseas IPO: proof that the proceeds were remitted into China is missing",
          },
        },
        {
          id: "no-neeq-letter",
          severity: "violation",
          when: { all: [listingType("neeq"), { not: { contains: ["materials", "同意挂牌函"] } }] },
          field: "materials",
          citation: listing(
            "第五条",
            "“新三板”挂牌企业需提供全国中小企业股份转让系统有限责任公司同意挂牌函原件",
            "（四）",
          ),
          message: { zh: "“新三板”挂牌企业缺少同意挂牌函", en: "NEEQ listing: the consent letter is missing" },
        },
        {
          id: "no-regional-proof",
          severity: "violation",
          when: { all: [listingType("regional"), { not: { contains: ["materials", "挂牌"] } }] },
          field: "materials",
          citation: listing("第五条", "省内区域性股权市场挂牌企业需提供挂牌相关证明材料原件", "（五）"),
          message: {
            zh: "区域性股权市场挂牌企业缺少挂牌相关证明材料",
            en: "Regional listing: proof of listing missing",
          },
        },
        {
          id: "no-refinancing-proof",
          severity: "violation",
          when: {
            all: [
              listingType("refinancing"),
              {
                not: {
                  any: [
                    { contains: ["materials", "发行协议"] },
                    { contains: ["materials", "发行成功公告"] },
                    { contains: ["materials", "进账单"] },
                  ],
                },
              },
            ],
          },
          field: "materials",
          citation: listing(
            "第五条",
            "再融资企业需提供配股、增发、发行债券等融资方式的发行协议、发行成功公告、企业资金银行进账单等相关证明材料原件",
            "（六）",
          ),
          message: {
            zh: "再融资企业缺少发行协议、发行成功公告或银行进账单等证明材料",
            en: "Refinancing: issue agreement, success announcement or bank receipt missing",
          },
        },
      ],
    },
    {
      id: "sy-listing-2018-art6-batches",
      kind: "subsidy-application",
      title: { zh: "奖励申请于每年5月和11月各汇总一次", en: "Rewards are batched in May and November" },
      citation: listing("第六条", "市金融服务中心于申报年度的 5 月和 11 月各汇总一次", "（四）"),
      effective: { from: FROM_2018_3, to: CLOSE_2018_3, dateField: "appliedAt" },
      decision:
        "The batch months are the Financial Service Centre's own duty: a batch dated in another month is a warning (the clerk checks the file), not a refusal of the company's application. Checked only when the batch date is recorded.",
      when: { all: [scheme("listing-reward"), { present: "batchAt" }] },
      checks: [
        {
          id: "batch-not-may-or-november",
          severity: "warning",
          when: { all: [{ present: "batchAt" }, { not: { matches: ["batchAt", "^\\d{4}-(05|11)-"] } }] },
          field: "batchAt",
          message: {
            zh: "汇总报送日期{batchAt}不在申报年度的5月或11月",
            en: "Batch submitted on {batchAt}, not in May or November",
          },
        },
      ],
    },
    {
      id: "sy-listing-2018-art7-stay-5-years",
      kind: "subsidy-application",
      title: {
        zh: "获奖企业须在我市连续经营5年以上，否则全额退回",
        en: "Rewarded companies must operate in the city for 5 years, or repay in full",
      },
      citation: listing(
        "第七条",
        "成功申请上市挂牌奖励的企业，应在我市连续经营 5 年以上 （从企业获得最后一笔上市挂牌奖励资金到账之日起计算），否则须全额退回奖励资金",
      ),
      effective: { from: FROM_2018_3 },
      decision:
        "5 年以上 is counted as 民法典 第二百零二条 counts years: 5 years end on the corresponding day of the fifth year, so leaving on that day or later fulfils the obligation and leaving before it means full repayment. The obligation outlives the 2020-12-31 application deadline, so the rule has no end date.",
      when: { all: [scheme("listing-reward"), { present: "rewardPaidAt" }] },
      hint: {
        zh: "第七条：自最后一笔奖励资金到账之日（{rewardPaidAt}）起须在我市连续经营5年以上，否则须全额退回奖励资金",
        en: "Art. 7: the company must keep operating in the city for 5 years from the last reward payment ({rewardPaidAt}), or repay the reward in full",
      },
      checks: [
        {
          id: "left-within-5-years",
          severity: "violation",
          when: { monthsBetween: ["rewardPaidAt", "leftCityAt", "lt", 60] },
          field: "leftCityAt",
          message: {
            zh: "奖励资金{rewardPaidAt}到账后未满5年即迁出或停止在我市经营（{leftCityAt}），须全额退回奖励资金",
            en: "Moved away or stopped operating in the city on {leftCityAt}, less than 5 years after the reward was paid ({rewardPaidAt}): the reward must be repaid in full",
          },
        },
      ],
    },
    {
      id: "sy-listing-2018-eligibility",
      kind: "subsidy-application",
      title: { zh: "上市挂牌奖励范围和对象", en: "Listing rewards: who is eligible" },
      citation: listing("第三条", "其上市挂牌主体须在我市辖区内依法进行工商注册和税务登记", "（一）"),
      effective: { from: FROM_2018_3, to: CLOSE_2018_3, dateField: "appliedAt" },
      decision: `${INCLUSIVE_DECISION} 挂牌前 (第三条(二)): coaching/filing on the listing day itself is accepted; only a later date is flagged. A regional listing with no coaching date recorded is a warning (the record may be missing), not a refusal.`,
      when: scheme("listing-reward"),
      checks: [
        {
          id: "not-registered-locally",
          severity: "violation",
          when: {
            all: [{ in: ["listingType", ["domestic-ipo", "neeq", "regional"]] }, { eq: ["registeredLocally", false] }],
          },
          field: "registeredLocally",
          message: {
            zh: "上市挂牌主体未在我市辖区内依法进行工商注册和税务登记",
            en: "The listed entity is not business- and tax-registered in the city",
          },
        },
        {
          id: "overseas-not-local",
          severity: "violation",
          when: {
            all: [
              { eq: ["listingType", "overseas-ipo"] },
              { any: [{ eq: ["registeredLocally", false] }, { eq: ["mainBusinessLocal", false] }] },
            ],
          },
          field: "mainBusinessLocal",
          citation: listing("第三条", "在境外主板、创业板首发上市的企业，其上市主体及主营业务均在我市范围内", "（三）"),
          message: {
            zh: "境外上市企业的上市主体及主营业务须均在我市范围内",
            en: "For an overseas listing both the listed entity and its main business must be in the city",
          },
        },
        {
          id: "regional-coaching-after-listing",
          severity: "violation",
          when: { all: [{ eq: ["listingType", "regional"] }, { after: ["coachingFiledAt", "listedAt"] }] },
          field: "coachingFiledAt",
          citation: listing("第三条", "在省内区域性股权市场挂牌的企业，挂牌前须经市金融服务中心辅导、备案", "（二）"),
          message: {
            zh: "辅导、备案日期{coachingFiledAt}晚于挂牌日期{listedAt}，不符合“挂牌前须经市金融服务中心辅导、备案”",
            en: "Coaching/filing on {coachingFiledAt} came after the listing on {listedAt}; it must precede the listing",
          },
        },
        {
          id: "regional-no-coaching",
          severity: "warning",
          when: { all: [{ eq: ["listingType", "regional"] }, { present: "listedAt" }, { empty: "coachingFiledAt" }] },
          field: "coachingFiledAt",
          citation: listing("第三条", "在省内区域性股权市场挂牌的企业，挂牌前须经市金融服务中心辅导、备案", "（二）"),
          message: {
            zh: "区域性股权市场挂牌企业没有市金融服务中心辅导、备案记录",
            en: "No record of coaching/filing with the Financial Service Centre before the regional listing",
          },
        },
      ],
    },
    {
      id: "sy-listing-2018-reward-standard",
      kind: "subsidy-application",
      title: { zh: "上市挂牌奖励标准", en: "Listing reward amounts" },
      citation: listing(
        "第四条",
        "企业在境内主板、中小板、创业板首发上市且募集资金 50%以上投资在双鸭山地区的，市政府一次性奖励 500 万元",
        "（一）",
      ),
      effective: { from: FROM_2018_3, to: CLOSE_2018_3, dateField: "appliedAt" },
      decision: `${INCLUSIVE_DECISION} 50%以上 includes 50%. Whether the refinancing cap of 100万元 is per deal or cumulative is not stated; it is checked per application.`,
      when: scheme("listing-reward"),
      checks: [
        {
          id: "domestic-over-5m",
          severity: "violation",
          when: { all: [listingType("domestic-ipo"), { gt: ["amount", 5_000_000] }] },
          field: "amount",
          message: {
            zh: "境内首发上市一次性奖励500万元，申请{amount}元",
            en: "Domestic IPO reward is 5,000,000 yuan; {amount} yuan applied for",
          },
        },
        {
          id: "overseas-over-3m",
          severity: "violation",
          when: { all: [listingType("overseas-ipo"), { gt: ["amount", 3_000_000] }] },
          field: "amount",
          citation: listing(
            "第四条",
            "企业在境外主板、创业板首发上市且募集资金 50%以上投资在双鸭山地区的，市政府一次性奖励 300 万元",
            "（二）",
          ),
          message: {
            zh: "境外首发上市一次性奖励300万元，申请{amount}元",
            en: "Overseas IPO reward is 3,000,000 yuan; {amount} yuan applied for",
          },
        },
        {
          id: "neeq-over-1m",
          severity: "violation",
          when: { all: [listingType("neeq"), { gt: ["amount", 1_000_000] }] },
          field: "amount",
          citation: listing("第四条", "企业在“新三板”挂牌的，市政府一次性奖励 100 万元", "（三）"),
          message: {
            zh: "“新三板”挂牌一次性奖励100万元，申请{amount}元",
            en: "NEEQ listing reward is 1,000,000 yuan; {amount} yuan applied for",
          },
        },
        {
          id: "refinancing-over-1m",
          severity: "violation",
          when: { all: [listingType("refinancing"), { gt: ["amount", 1_000_000] }] },
          field: "amount",
          citation: listing("第四条", "市政府按再融资金额的 2%进行奖励，上限不超过 100 万元", "（五）"),
          message: {
            zh: "再融资奖励按再融资金额的2%计算，上限100万元，申请{amount}元",
            en: "Refinancing reward is 2% of the amount raised, capped at 1,000,000 yuan; {amount} yuan applied for",
          },
        },
        {
          id: "local-investment-under-50",
          severity: "violation",
          when: {
            all: [
              { in: ["listingType", ["domestic-ipo", "overseas-ipo", "refinancing"]] },
              { lt: ["localInvestmentPercent", 50] },
            ],
          },
          field: "localInvestmentPercent",
          message: {
            zh: "募集资金投资在双鸭山地区的比例为{localInvestmentPercent}%，未达50%以上，不符合奖励条件",
            en: "Only {localInvestmentPercent}% of the proceeds is invested in Shuangyashan; at least 50% is required",
          },
        },
      ],
    },
  ],
  calculators: [listingRewardCalculator],
});
