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
        "The text states no end date for the one-off start-up subsidy (unlike the other measures), so it is encoded without one; the hint says so. The higher 1万元 applies only to returning graduates who left school within 2 years; without the applicant's category only amounts above 1万元 are flagged.",
      when: scheme("startup-subsidy"),
      hint: {
        zh: "一次性创业补贴：正常运营6个月以上的初次创业者5000元，返乡应届（离校2年内）高校毕业生1万元；文件未规定执行期",
        en: "One-off start-up subsidy: 5,000 yuan after 6 months of normal operation, 10,000 yuan for returning graduates within 2 years of leaving school; no end date is stated",
      },
      checks: [
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
  calculators: [skillUpgradeCalculator, jobCreationCalculator],
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
