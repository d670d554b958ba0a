// Pack 1: 双政办规〔2026〕1号 《双鸭山市公共数据管理暂行办法》, article by article.
//
// Quotes are verbatim from the gazette copy (G = seed 000, shared/sources/seed-000-sy-gazette-2026-1.txt, lines
// 433–913), the copy we cite; tests/rules/core/quotes.test.ts checks each one (whitespace-insensitive, because the
// PDF extraction wraps lines mid-word). The standalone copy (seed 001) differs in 7 wordings, none of them in a
// number; the only one touching a rule here is 第二十七条 "1个工作日内" (G) vs "1个工作日" (S) — same limit.
//
// Working days (工作日) follow the official calendar incl. 调休 (shared/calendar); the day of receipt is not
// counted (民法典 第二百零一条); a period ends at 24:00 of its last day.
import type { Condition } from "../schema.ts";
import { type Check, definePack, REQUIRED_ITEM_SEVERITY, type Rule, type RulePack } from "../schema.ts";

const DOC = "双政办规〔2026〕1号";
const TITLE = "双鸭山市公共数据管理暂行办法";
/** 第七十八条: in force from the day of issue (2026-02-11) … */
const FROM = "2026-02-11";
/** … for 2 years. DECISION (see shared/documents/registry.ts): the last day in force is 2028-02-10. */
const TO = "2028-02-10";
const WINDOW = { from: FROM, to: TO };
/** For request kinds the case's date is its receipt: a request received outside the window is not governed. */
const BY_RECEIPT = { ...WINDOW, dateField: "receivedAt" };

const cite = (article: string, quote: string, extra: { paragraph?: string; item?: string } = {}) => ({
  docNo: DOC,
  docTitle: TITLE,
  article,
  ...extra,
  quote,
});

/** 第七十三条（五）: being late on a share/open application is itself sanctionable. */
const ART73_5 = cite("第七十三条", "逾期未审核和办理公共数据共享、开放申请或者未按照规定完成数据汇聚、共享、开放的", {
  item: "（五）",
});

/**
 * One violation per required element that is missing (第十二、二十七、三十二、三十六条 list the minimum contents).
 * The severity is the project's single decision for required items (shared/rules/schema.ts, REQUIRED_ITEM_SEVERITY).
 */
function requiredFieldChecks(
  fields: [field: string, zh: string, en: string][],
  why: { zh: string; en: string },
  when?: Condition,
): Check[] {
  return fields.map(([field, zh, en]) => ({
    id: `missing-${field}`,
    severity: REQUIRED_ITEM_SEVERITY,
    when: when ? { all: [when, { empty: field }] } : { empty: field },
    field,
    message: { zh: `未填写“${zh}”：${why.zh}`, en: `"${en}" is missing: ${why.en}` },
  }));
}

// ---- 第十二条 ------------------------------------------------------------------------------------------------
const ART12_QUOTE =
  "公共数据资源目录应当包括公共数据资源的数据资源名称、数据资源摘要、数据格式、行业分类、数据覆盖时间、数据覆盖地域、更新频率、数据资源提供方名称、数据资源提供方代码、共享类型、共享条件、共享方式、是否向社会开放、开放条件、授权运营状态、授权运营应用场景、数据项名称、数据项格式等内容。";
const CATALOG_FIELDS: [string, string, string][] = [
  ["resourceName", "数据资源名称", "resource name"],
  ["resourceSummary", "数据资源摘要", "resource summary"],
  ["dataFormat", "数据格式", "data format"],
  ["industry", "行业分类", "industry class"],
  ["coverageTime", "数据覆盖时间", "time coverage"],
  ["coverageArea", "数据覆盖地域", "area coverage"],
  ["updateFrequency", "更新频率", "update frequency"],
  ["providerName", "数据资源提供方名称", "provider name"],
  ["providerCode", "数据资源提供方代码", "provider code"],
  ["shareClass", "共享类型", "share class"],
  ["shareCondition", "共享条件", "sharing conditions"],
  ["shareMethod", "共享方式", "sharing method"],
  ["openToPublic", "是否向社会开放", "open to the public"],
  ["openCondition", "开放条件", "opening conditions"],
  ["operationStatus", "授权运营状态", "authorised-operation status"],
  ["operationScenario", "授权运营应用场景", "authorised-operation scenario"],
  ["itemNames", "数据项名称", "data item names"],
  ["itemFormats", "数据项格式", "data item formats"],
];

// ---- 第三十六条 ----------------------------------------------------------------------------------------------
const ART36_QUOTE =
  "公共数据资源开放目录应当包括数据开放范围、开放内容、开放类型、开放条件、数据形式和更新频率等内容。";
const OPEN_CATALOG_FIELDS: [string, string, string][] = [
  ["openScope", "数据开放范围", "opening scope"],
  ["openContent", "开放内容", "opened content"],
  ["openClass", "开放类型", "open class"],
  ["openCondition", "开放条件", "opening conditions"],
  ["dataForm", "数据形式", "data form"],
  ["updateFrequency", "更新频率", "update frequency"],
];

/** The page shows a catalogue entry (at least one of its elements): only then are missing elements flagged. */
const showsEntry = (fields: [string, string, string][]): Condition => ({
  not: { all: fields.map(([f]): Condition => ({ empty: f })) },
});
const isResourceCatalog: Condition = {
  all: [{ any: [{ empty: "catalog" }, { eq: ["catalog", "resource"] }] }, showsEntry(CATALOG_FIELDS)],
};
const isOpenCatalog: Condition = { all: [{ eq: ["catalog", "open"] }, showsEntry(OPEN_CATALOG_FIELDS)] };

/** A decision was recorded (approved/rejected) but not when: the clock cannot be checked, say so once. */
const decidedWithoutDate = (ruleDoneField: string): Check => ({
  id: "decided-without-date",
  severity: "info",
  when: { all: [{ in: ["decision", ["approved", "rejected"]] }, { empty: ruleDoneField }] },
  field: ruleDoneField,
  message: {
    zh: "已有审核结果但未记录审核时间，无法核对是否在时限内办结",
    en: "A decision is recorded without its date; timeliness cannot be checked",
  },
});

// Deadline rules count until a decision date. A decision without a date (or a status column saying 已办结 …) stops
// the clock too: the decision field `closes` the case (shared/kinds/closure.ts), so the evaluator reports the
// deadline closed (never overdue) and the check above says timeliness cannot be checked.

// ---- 第七十八条: one validity rule per case kind of this document ----------------------------------------------
const KIND_DATES: [kind: Rule["kind"], dateField: string][] = [
  ["data-share-request", "receivedAt"],
  ["data-demand", "receivedAt"],
  ["data-correction", "receivedAt"],
  ["open-data-request", "receivedAt"],
  ["open-data-objection", "receivedAt"],
  ["catalog-update", "changedAt"],
  ["data-grant", "lastCalledAt"],
  ["data-product", "receivedAt"],
];

function validityRule(kind: Rule["kind"], dateField: string): Rule {
  return {
    id: `sy-data-78-validity-${kind}`,
    kind,
    title: { zh: "本办法有效期2年", en: "The measures are valid for 2 years" },
    citation: cite("第七十八条", "本办法自印发之日起施行，有效期2年。"),
    effective: { from: FROM, dateField },
    decision:
      "Valid 2026-02-11 … 2028-02-10 inclusive (the issue day is the first day in force; see the registry entry). " +
      "Because the other reading gives 2028-02-11, the expiry warning starts 60 days before 2028-02-10 so that it " +
      "is shown well ahead of both dates. A case dated after 2028-02-10 gets a warning instead of silently losing " +
      "every rule.",
    checks: [
      {
        id: "case-after-expiry",
        severity: "warning",
        when: { after: [dateField, TO] },
        field: dateField,
        message: {
          zh: `本办法有效期2年（${FROM}至${TO}），本件日期{${dateField}}已在有效期之外，其时限和要求不再适用，请核对现行规定`,
          en: `The measures were valid ${FROM} to ${TO}; this case ({${dateField}}) falls after that, so their limits no longer apply — check the rules now in force`,
        },
      },
      {
        id: "expiry-approaching",
        severity: "info",
        when: {
          all: [
            { not: { after: ["now", TO] } },
            { daysBetween: ["now", TO, "lte", 60] },
            { not: { after: [dateField, TO] } },
          ],
        },
        message: {
          zh: `本办法有效期至${TO}（按另一种计算为2028-02-11），即将届满，请关注修订或延续文件`,
          en: `The measures expire after ${TO} (2028-02-11 on the other reading); watch for a renewal`,
        },
      },
    ],
  };
}

export const syPublicData2026: RulePack = definePack({
  id: "sy-public-data-2026",
  version: "2026.1",
  docNos: [DOC],
  title: { zh: "双鸭山市公共数据管理暂行办法", en: "Shuangyashan interim measures on public data" },
  rules: [
    // ==== 第二章 公共数据目录 ====================================================================================
    {
      id: "sy-data-12-catalog-elements",
      kind: "catalog-update",
      title: { zh: "公共数据资源目录应包括的内容", en: "Required elements of a data-catalogue entry" },
      citation: cite("第十二条", ART12_QUOTE, { paragraph: "第五款" }),
      effective: { ...WINDOW, dateField: "submittedAt" },
      decision:
        "The list ends in 等内容: the 18 listed elements are the minimum, so each missing one makes the entry " +
        "noncompliant (violation: the clerk sends it back; REQUIRED_ITEM_SEVERITY). Only " +
        "resource-catalogue entries (catalog absent or 资源目录) are checked here; open-catalogue entries by 第三十六条. " +
        "A page showing none of the elements (e.g. only the 第十三条 timeline) is not checked, to avoid 18 false alarms.",
      when: isResourceCatalog,
      checks: requiredFieldChecks(CATALOG_FIELDS, {
        zh: "第十二条规定公共数据资源目录应当包括该项内容",
        en: "Art. 12 requires it in every data-catalogue entry",
      }),
    },
    {
      id: "sy-data-13-catalog-update-deadline",
      kind: "catalog-update",
      title: {
        zh: "依据或职能变化后10个工作日内更新目录并报送审核",
        en: "Update the catalogue within 10 working days of a change in basis or function",
      },
      citation: cite(
        "第十三条",
        "法律、行政法规依据或法定职能发生变化的，公共管理和公共服务部门应当自变化发生之日起10个工作日内对本部门、本行业公共数据资源目录完成更新，并报送同级公共数据主管部门审核。",
        { paragraph: "第一款" },
      ),
      effective: WINDOW,
      decision:
        "变化发生之日 is read as the day the new law takes effect or the function changes in fact (the date the " +
        "clerk enters as changedAt): before that day the catalogue cannot yet reflect it, and a promulgation date " +
        "would shorten the limit for changes announced in advance. The limit covers both updating and submitting " +
        "for review, so the clock stops at submittedAt.",
      deadline: {
        label: { zh: "目录更新并报送审核时限（10个工作日）", en: "Catalogue update and submission (10 working days)" },
        start: "changedAt",
        period: { unit: "workday", amount: 10 },
        doneField: "submittedAt",
      },
    },
    {
      id: "sy-data-13-review-publish-deadline",
      kind: "catalog-update",
      title: {
        zh: "主管部门2个工作日内完成审核并发布",
        en: "The data authority reviews and publishes within 2 working days",
      },
      citation: cite(
        "第十三条",
        "公共数据主管部门应当自收到更新后的公共数据资源目录之日起2个工作日内完成审核并发布。",
        { paragraph: "第二款" },
      ),
      effective: WINDOW,
      decision:
        "Review AND publication must both be done within the 2 working days, so the clock stops at publishedAt.",
      deadline: {
        label: { zh: "目录审核发布时限（2个工作日）", en: "Catalogue review and publication (2 working days)" },
        start: "reviewReceivedAt",
        period: { unit: "workday", amount: 2 },
        doneField: "publishedAt",
      },
    },

    // ==== 第三章 公共数据共享 ====================================================================================
    {
      id: "sy-data-14-project-catalog",
      kind: "catalog-update",
      title: {
        zh: "财政资金信息系统项目：立项报批时提交目录，竣工验收前更新",
        en: "Fiscally funded IT projects: catalogue at approval, updated before acceptance",
      },
      citation: cite(
        "第十四条",
        "使用财政性资金建设（含改建、扩建和升级等）的信息系统项目，单位应当在项目立项报批阶段向同级公共数据主管部门提交项目所涉及的公共数据资源目录；项目竣工验收前应当更新公共数据资源目录并向公共数据管理平台共享和归集相关公共数据。",
        { paragraph: "第一款" },
      ),
      effective: { ...WINDOW, dateField: "projectApprovalAt" },
      decision:
        "应当…提交 / 应当更新 are required steps (REQUIRED_ITEM_SEVERITY): a project page that shows its approval (立项报批) without a catalogue submitted by then, or its acceptance (竣工验收) without a catalogue update on or before that day, is noncompliant. 在立项报批阶段 is read as: no later than the approval filing day. Checked only for a project the page marks as fiscally funded.",
      when: { eq: ["fiscallyFunded", true] },
      checks: [
        {
          id: "no-catalog-at-approval",
          severity: REQUIRED_ITEM_SEVERITY,
          when: {
            all: [
              { present: "projectApprovalAt" },
              { any: [{ empty: "catalogFiledAt" }, { after: ["catalogFiledAt", "projectApprovalAt"] }] },
            ],
          },
          field: "catalogFiledAt",
          message: {
            zh: "项目立项报批（{projectApprovalAt}）时未向公共数据主管部门提交项目所涉及的公共数据资源目录（提交日期：{catalogFiledAt}）",
            en: "No data catalogue submitted at the project approval ({projectApprovalAt}); submitted: {catalogFiledAt}",
          },
        },
        {
          id: "no-catalog-update-before-acceptance",
          severity: REQUIRED_ITEM_SEVERITY,
          when: {
            all: [
              { present: "projectAcceptedAt" },
              { any: [{ empty: "catalogUpdatedAt" }, { after: ["catalogUpdatedAt", "projectAcceptedAt"] }] },
            ],
          },
          field: "catalogUpdatedAt",
          message: {
            zh: "项目竣工验收（{projectAcceptedAt}）前未更新公共数据资源目录（更新日期：{catalogUpdatedAt}）",
            en: "The data catalogue was not updated before the acceptance ({projectAcceptedAt}); updated: {catalogUpdatedAt}",
          },
        },
      ],
    },
    {
      id: "sy-data-20-log-retention",
      kind: "data-grant",
      title: { zh: "获取数据的日志记录内容及保存期限", en: "Use logs: contents and retention of at least 3 years" },
      citation: cite(
        "第二十条",
        "获取的公共数据日志记录应包括应用场景、应用成效、使用过程、存储情况、销毁情况等内容。日志记录保存时间不得少于三年，确保数据使用过程可追溯。",
      ),
      effective: { ...WINDOW, dateField: "lastCalledAt" },
      decision:
        "A retention setting below 3 years is a violation. The five listed log items are a minimum (等内容); when the " +
        "page lists what the log records (logItems), each missing item is a warning.",
      checks: [
        {
          id: "retention-below-3-years",
          severity: "violation",
          when: { lt: ["logRetentionYears", 3] },
          field: "logRetentionYears",
          message: {
            zh: "日志记录保存时间设为{logRetentionYears}年，少于第二十条规定的三年",
            en: "Logs are kept {logRetentionYears} year(s), less than the 3 years Art. 20 requires",
          },
        },
        ...(["应用场景", "应用成效", "使用过程", "存储情况", "销毁情况"] as const).map(
          (item, i): Check => ({
            id: `log-missing-${["scenario", "effect", "process", "storage", "destruction"][i]}`,
            severity: REQUIRED_ITEM_SEVERITY,
            when: { all: [{ present: "logItems" }, { not: { contains: ["logItems", item] } }] },
            field: "logItems",
            message: {
              zh: `日志记录未包括“${item}”`,
              en: `The use log does not record "${["scenario", "effect", "process", "storage", "destruction"][i]}" (${item})`,
            },
          }),
        ),
      ],
    },
    {
      id: "sy-data-25-share-class-basis",
      kind: "catalog-update",
      title: {
        zh: "有条件共享类、不予共享类须提供依据；有条件共享须列明共享条件",
        en: "Conditional / no-share classes need a legal basis; conditional ones need stated conditions",
      },
      citation: cite(
        "第二十五条",
        "列为有条件共享类和不予共享类的数据，应当提供法律、行政法规或有关规定依据。列为有条件共享类的数据，应当在公共数据资源目录中列明共享范围、使用用途等共享使用条件。未明确的视为无条件共享类。",
        { paragraph: "第三款" },
      ),
      effective: { ...WINDOW, dateField: "submittedAt" },
      decision:
        "未明确的视为无条件共享类 is read as covering both an entry with no share class at all (seed-000-notes §4.1 " +
        "item 10) and a conditional entry that states neither scope nor purpose: the clerk is told the data will " +
        "be treated as unconditional (warning), since that is the legal effect, not an error to block.",
      when: isResourceCatalog,
      checks: [
        {
          id: "restricted-without-basis",
          severity: "violation",
          when: { all: [{ in: ["shareClass", ["conditional", "none"]] }, { empty: "basis" }] },
          field: "basis",
          message: {
            zh: "列为有条件共享类或不予共享类，但未提供法律、行政法规或有关规定依据",
            en: "Classed conditional or no-share without a legal basis (law, regulation or rule)",
          },
        },
        {
          id: "conditional-without-conditions",
          severity: "warning",
          when: { all: [{ eq: ["shareClass", "conditional"] }, { empty: "scope" }, { empty: "purpose" }] },
          field: "scope",
          message: {
            zh: "有条件共享类未列明共享范围、使用用途等共享使用条件，依第二十五条视为无条件共享类",
            en: "Conditional class without scope or purpose: under Art. 25 it counts as unconditional",
          },
        },
        {
          id: "share-class-unset",
          severity: "warning",
          when: { empty: "shareClass" },
          field: "shareClass",
          message: {
            zh: "未明确共享属性，依第二十五条视为无条件共享类",
            en: "No share class stated: under Art. 25 the data counts as unconditional",
          },
        },
      ],
    },
    {
      id: "sy-data-26-share-downgrade",
      kind: "catalog-update",
      title: {
        zh: "未经审核不得降低共享属性",
        en: "No downgrade of the share class without the data authority's review",
      },
      citation: cite(
        "第二十六条",
        "未经同级公共数据主管部门审核，公共管理和公共服务部门不得将无条件共享类的数据变更为有条件共享类或者不予共享类的数据，不得将有条件共享类的数据变更为不予共享类的数据。",
      ),
      effective: { ...WINDOW, dateField: "submittedAt" },
      decision:
        "A downgrade is unconditional→conditional/none or conditional→none. Upgrades need no review. Proof of review " +
        "is any recorded approval (downgradeApproval); its content cannot be judged here.",
      checks: [
        {
          id: "downgrade-without-review",
          severity: "violation",
          when: {
            all: [
              {
                any: [
                  {
                    all: [
                      { eq: ["previousShareClass", "unconditional"] },
                      { in: ["shareClass", ["conditional", "none"]] },
                    ],
                  },
                  { all: [{ eq: ["previousShareClass", "conditional"] }, { eq: ["shareClass", "none"] }] },
                ],
              },
              { empty: "downgradeApproval" },
            ],
          },
          field: "shareClass",
          message: {
            zh: "共享属性由“{previousShareClass}”降为“{shareClass}”，未见同级公共数据主管部门审核记录",
            en: "Share class lowered from {previousShareClass} to {shareClass} without the data authority's review",
          },
        },
      ],
    },
    {
      id: "sy-data-27-application-contents",
      kind: "data-share-request",
      title: {
        zh: "共享申请应明确应用场景、共享方式、共享范围和依据",
        en: "A share request states scenario, method, scope and basis",
      },
      citation: cite(
        "第二十七条",
        "依据公共数据资源目录，向市公共数据主管部门提出公共数据共享申请，明确具体应用场景、共享方式、共享范围以及履行职责和提供公共服务依据。",
        { paragraph: "第一款" },
      ),
      effective: BY_RECEIPT,
      decision:
        "应当明确: each missing item makes the application noncompliant — a violation the clerk flags and sends back (REQUIRED_ITEM_SEVERITY).",
      checks: requiredFieldChecks(
        [
          ["scenario", "应用场景", "scenario"],
          ["method", "共享方式", "sharing method"],
          ["scope", "共享范围", "sharing scope"],
          ["basis", "履行职责和提供公共服务依据", "basis (duty / public service)"],
        ],
        { zh: "第二十七条规定共享申请应当明确该项", en: "Art. 27 requires it in a share request" },
      ),
    },
    {
      id: "sy-data-27-unconditional-direct",
      kind: "data-share-request",
      title: {
        zh: "无条件共享类经主管部门审核后直接获取",
        en: "Unconditional data: obtained directly after the authority's review",
      },
      citation: cite("第二十七条", "无条件共享类的数据通过公共数据主管部门审核后可直接获取并使用", {
        paragraph: "第二款",
        item: "（一）",
      }),
      effective: BY_RECEIPT,
      when: { eq: ["shareClass", "unconditional"] },
      hint: {
        zh: "无条件共享类数据经市公共数据主管部门审核后可直接获取并使用，无需数据提供部门另行审批",
        en: "Unconditional data may be obtained and used once the data authority has reviewed the request; no separate approval by the providing department",
      },
    },
    {
      id: "sy-data-27-review-deadline",
      kind: "data-share-request",
      title: { zh: "有条件共享申请1个工作日内审核", en: "Conditional share request: review within 1 working day" },
      citation: cite(
        "第二十七条",
        "有条件共享类的数据，由数据提供部门自收到数据使用申请的1个工作日内完成审核，不同意共享的，应当说明具体原因。",
        { paragraph: "第二款", item: "（二）" },
      ),
      effective: BY_RECEIPT,
      decision:
        "The clock starts when the providing department receives the application (receivedAt on its page); the " +
        "hop through the data authority is not counted, as the text does not count it. 1个工作日内 (G) and " +
        "1个工作日 (S) give the same limit. Being late is sanctionable under 第七十三条（五）. A decision recorded " +
        "without a date stops the clock (the deadline is reported closed, never overdue) and a check says " +
        "timeliness cannot be checked.",
      when: { eq: ["shareClass", "conditional"] },
      deadline: {
        label: { zh: "有条件共享审核时限（1个工作日）", en: "Conditional share review (1 working day)" },
        start: "receivedAt",
        period: { unit: "workday", amount: 1 },
        doneField: "decidedAt",
      },
      checks: [
        {
          id: "overdue-sanction",
          severity: "info",
          when: { overdue: true },
          citation: ART73_5,
          message: {
            zh: "逾期未审核共享申请的，由同级公共数据主管部门责令改正（第七十三条第五项）",
            en: "Failing to review a share request in time is ordered corrected by the data authority (Art. 73(5))",
          },
        },
      ],
    },
    {
      id: "sy-data-27-rejection-reason",
      kind: "data-share-request",
      title: { zh: "不同意共享应说明具体原因", en: "A refusal to share states specific reasons" },
      citation: cite(
        "第二十七条",
        "有条件共享类的数据，由数据提供部门自收到数据使用申请的1个工作日内完成审核，不同意共享的，应当说明具体原因。",
        { paragraph: "第二款", item: "（二）" },
      ),
      effective: BY_RECEIPT,
      decision:
        "A reason is specific when it is not blank, not a stock phrase (不同意, 不符合条件, 无 … see STOCK_REASONS in " +
        "shared/rules/condition.ts) and at least 2 characters; its content cannot be judged by a machine. Applies to " +
        "every refused request whatever its class: a refusal of unconditional data needs a reason all the more.",
      when: { eq: ["decision", "rejected"] },
      checks: [
        {
          id: "rejected-without-reason",
          severity: "violation",
          when: { blankReason: "reason" },
          field: "reason",
          message: {
            zh: "不同意共享但未说明具体原因（所填理由：{reason}）",
            en: "Sharing refused without a specific reason (given: {reason})",
          },
        },
        decidedWithoutDate("decidedAt"),
      ],
    },
    {
      id: "sy-data-28-correction-deadline",
      kind: "data-correction",
      title: {
        zh: "校核申请5个工作日内核实、更正并反馈",
        en: "Correction request: verify, correct and report back within 5 working days",
      },
      citation: cite(
        "第二十八条",
        "数据提供部门应当自收到公共数据校核申请或者校核通知之日起5个工作日内完成核实、更正，并反馈校核处理结果。",
        { paragraph: "第二款" },
      ),
      effective: BY_RECEIPT,
      decision:
        "The limit covers verification, correction AND feedback, so the clock stops only at feedbackAt; a case " +
        "resolved without feedback is still open (and flagged).",
      deadline: {
        label: { zh: "校核处理并反馈时限（5个工作日）", en: "Correction and feedback (5 working days)" },
        start: "receivedAt",
        period: { unit: "workday", amount: 5 },
        doneField: "feedbackAt",
      },
      checks: [
        {
          id: "resolved-without-feedback",
          severity: "warning",
          when: { all: [{ present: "resolvedAt" }, { empty: "feedbackAt" }] },
          field: "feedbackAt",
          message: {
            zh: "已核实更正（{resolvedAt}）但未反馈校核处理结果",
            en: "Verified/corrected on {resolvedAt} but the result has not been reported back",
          },
        },
      ],
    },
    {
      id: "sy-data-31-idle-grant",
      kind: "data-grant",
      title: { zh: "数据3个月未调用应督促整改", en: "Data not called for 3 months: order rectification" },
      citation: cite(
        "第三十一条",
        "数据使用部门未按照申请信息使用数据的，包括超范围调用、超目的调用、数据3个月未调用或检测数据使用存在安全风险异常等情况的，公共数据主管部门或数据提供部门应当督促数据使用部门限期整改，对拒不整改或整改不到位的，应关停或中断调用服务，终止其数据使用权限。",
      ),
      effective: { ...WINDOW, dateField: "lastCalledAt" },
      decision:
        "3个月未调用 is counted in calendar months from the last call (民法典 第二百零二条: the corresponding day of the " +
        "third month, or its last day); a grant never called is counted from the grant (rule " +
        "sy-data-31-never-called). Reaching 3 months is a warning asking the supervisor to order rectification — " +
        "the rectification period itself is left to the supervisor by the text. Like every month period, an end on a " +
        "rest day moves to the next working day (民法典 第二百零三条); that only delays the warning by a few days.",
      deadline: {
        label: { zh: "未调用期限（3个月）", en: "Idle limit (3 months)" },
        start: "lastCalledAt",
        period: { unit: "month", amount: 3 },
        lateSeverity: "warning",
      },
    },
    {
      id: "sy-data-31-never-called",
      kind: "data-grant",
      title: { zh: "授权后3个月未调用应督促整改", en: "Granted but never called for 3 months: order rectification" },
      citation: cite("第三十一条", "数据3个月未调用或检测数据使用存在安全风险异常等情况的"),
      effective: { ...WINDOW, dateField: "grantedAt" },
      when: { empty: "lastCalledAt" },
      deadline: {
        label: { zh: "授权后未调用期限（3个月）", en: "Idle since grant (3 months)" },
        start: "grantedAt",
        period: { unit: "month", amount: 3 },
        lateSeverity: "warning",
      },
    },
    {
      id: "sy-data-31-out-of-scope",
      kind: "data-grant",
      title: { zh: "超范围、超目的调用应督促整改", en: "Calls beyond scope or purpose: order rectification" },
      citation: cite("第三十一条", "数据使用部门未按照申请信息使用数据的，包括超范围调用、超目的调用"),
      effective: WINDOW,
      checks: [
        {
          id: "out-of-scope-calls",
          severity: "violation",
          when: { eq: ["outOfScopeCalls", true] },
          field: "outOfScopeCalls",
          message: {
            zh: "存在超范围或超目的调用，应督促数据使用部门限期整改；拒不整改的应关停调用服务",
            en: "Calls beyond the applied scope or purpose: order rectification; suspend the service if refused",
          },
        },
      ],
    },
    {
      id: "sy-data-32-demand-contents",
      kind: "data-demand",
      title: {
        zh: "数据需求应明确提供部门、数据项、应用场景、使用依据",
        en: "A data demand names provider, data items, scenario and basis",
      },
      citation: cite("第三十二条", "需求中应明确数据提供部门、数据项、应用场景、使用依据等信息。", {
        paragraph: "第一款",
      }),
      effective: BY_RECEIPT,
      decision:
        "应明确…等信息: the four items are the minimum; each missing one makes the demand noncompliant (violation, REQUIRED_ITEM_SEVERITY).",
      checks: requiredFieldChecks(
        [
          ["provider", "数据提供部门", "providing department"],
          ["dataItems", "数据项", "data items"],
          ["scenario", "应用场景", "scenario"],
          ["basis", "使用依据", "basis of use"],
        ],
        { zh: "第三十二条规定数据需求应当明确该项", en: "Art. 32 requires it in a data demand" },
      ),
    },
    {
      id: "sy-data-32-review-deadline",
      kind: "data-demand",
      title: { zh: "数据需求3个工作日内完成审核", en: "Data demand: review within 3 working days" },
      citation: cite(
        "第三十二条",
        "数据提供部门应当在收到数据需求后3个工作日内完成审核，对于不符合条件的数据需求驳回时应当说明具体原因；",
        { paragraph: "第二款" },
      ),
      effective: BY_RECEIPT,
      deadline: {
        label: { zh: "数据需求审核时限（3个工作日）", en: "Data demand review (3 working days)" },
        start: "receivedAt",
        period: { unit: "workday", amount: 3 },
        doneField: "decidedAt",
      },
    },
    {
      id: "sy-data-32-rejection-reason",
      kind: "data-demand",
      title: { zh: "驳回数据需求应说明具体原因", en: "Rejecting a data demand states specific reasons" },
      citation: cite("第三十二条", "对于不符合条件的数据需求驳回时应当说明具体原因", { paragraph: "第二款" }),
      effective: BY_RECEIPT,
      decision: "Same test of a specific reason as 第二十七条 (not blank, not a stock phrase).",
      when: { eq: ["decision", "rejected"] },
      checks: [
        {
          id: "rejected-without-reason",
          severity: "violation",
          when: { blankReason: "reason" },
          field: "reason",
          message: {
            zh: "驳回数据需求但未说明具体原因（所填理由：{reason}）",
            en: "Data demand rejected without a specific reason (given: {reason})",
          },
        },
        decidedWithoutDate("decidedAt"),
      ],
    },
    {
      id: "sy-data-32-catalog-mount-deadline",
      kind: "data-demand",
      title: {
        zh: "需求合理但未编目的，10个工作日内完成目录发布和数据挂载",
        en: "Reasonable demand for uncatalogued data: publish and mount within 10 working days",
      },
      citation: cite(
        "第三十二条",
        "数据需求合理，但部门前期未梳理形成数据目录的，应当在10个工作日内完成数据目录发布和数据挂载工作。",
        { paragraph: "第二款" },
      ),
      effective: BY_RECEIPT,
      decision:
        "Start (seed-000-notes §4.1 item 2): counted from receipt of the demand. The 10-day clause has no trigger of " +
        "its own and sits in the same sentence as the 3-day review, whose trigger is 收到数据需求后; reading it " +
        "from the decision would let a late review push the mounting later still. Applies once the demand is not " +
        "rejected and the data are uncatalogued (cataloged = 否); the clock stops at mountedAt (publication and " +
        "mounting both done).",
      when: { all: [{ eq: ["cataloged", false] }, { ne: ["decision", "rejected"] }] },
      deadline: {
        label: {
          zh: "目录发布和数据挂载时限（10个工作日）",
          en: "Catalogue publication and mounting (10 working days)",
        },
        start: "receivedAt",
        period: { unit: "workday", amount: 10 },
        doneField: "mountedAt",
      },
    },
    {
      id: "sy-data-33-extra-use",
      kind: "data-demand",
      title: {
        zh: "不得擅自扩大使用范围、改变用途或提供给第三方",
        en: "No wider use, other purpose or third-party transfer without the provider's consent",
      },
      citation: cite(
        "第三十三条",
        "不得擅自扩大使用范围以及用于或者变相用于其他目的，也不得将获取的公共数据直接或以改变数据形式等间接方式提供给第三方。确需扩大使用范围、用于其他目的，或者提供给第三方的，应当经数据提供部门同意。",
      ),
      effective: BY_RECEIPT,
      decision:
        "Detectable on a demand page when it says the use widens the scope/purpose (extendedUse = 是) or names a " +
        "third-party recipient; without a recorded provider consent this is a violation (sanction 第七十三条（八）).",
      checks: [
        {
          id: "extended-use-without-consent",
          severity: "violation",
          when: { all: [{ eq: ["extendedUse", true] }, { ne: ["providerConsent", true] }] },
          field: "extendedUse",
          message: {
            zh: "扩大使用范围或用于其他目的，未经数据提供部门同意",
            en: "Use widened or put to another purpose without the providing department's consent",
          },
        },
        {
          id: "third-party-without-consent",
          severity: "violation",
          when: { all: [{ present: "thirdParty" }, { ne: ["providerConsent", true] }] },
          field: "thirdParty",
          message: {
            zh: "拟将数据提供给第三方（{thirdParty}），未经数据提供部门同意",
            en: "Data to be passed to a third party ({thirdParty}) without the providing department's consent",
          },
        },
      ],
    },

    // ==== 第四章 公共数据开放 ====================================================================================
    {
      id: "sy-data-36-open-catalog-elements",
      kind: "catalog-update",
      title: { zh: "公共数据资源开放目录应包括的内容", en: "Required elements of an open-data catalogue entry" },
      citation: cite("第三十六条", ART36_QUOTE, { paragraph: "第五款" }),
      effective: { ...WINDOW, dateField: "submittedAt" },
      decision:
        "应当包括…等内容: the six listed elements are the minimum; each missing one is a violation (REQUIRED_ITEM_SEVERITY).",
      when: isOpenCatalog,
      checks: requiredFieldChecks(OPEN_CATALOG_FIELDS, {
        zh: "第三十六条规定开放目录应当包括该项内容",
        en: "Art. 36 requires it in every open-catalogue entry",
      }),
    },
    {
      id: "sy-data-37-open-downgrade",
      kind: "catalog-update",
      title: {
        zh: "未经审核不得降低开放属性",
        en: "No downgrade of the open class without the data authority's review",
      },
      citation: cite(
        "第三十七条",
        "未经同级公共数据主管部门审核，公共管理和公共服务部门不得将无条件开放类公共数据变更为有条件开放类或者不予开放类公共数据；不得将有条件开放类公共数据变更为不予开放类公共数据。",
        { paragraph: "第二款" },
      ),
      effective: { ...WINDOW, dateField: "submittedAt" },
      decision:
        "As 第二十六条 for the open class: unconditional→conditional/none or conditional→none needs a recorded review.",
      checks: [
        {
          id: "downgrade-without-review",
          severity: "violation",
          when: {
            all: [
              {
                any: [
                  {
                    all: [
                      { eq: ["previousOpenClass", "unconditional"] },
                      { in: ["openClass", ["conditional", "none"]] },
                    ],
                  },
                  { all: [{ eq: ["previousOpenClass", "conditional"] }, { eq: ["openClass", "none"] }] },
                ],
              },
              { empty: "downgradeApproval" },
            ],
          },
          field: "openClass",
          message: {
            zh: "开放属性由“{previousOpenClass}”降为“{openClass}”，未见同级公共数据主管部门审核记录",
            en: "Open class lowered from {previousOpenClass} to {openClass} without the data authority's review",
          },
        },
      ],
    },
    {
      id: "sy-data-39-reply-deadline",
      kind: "open-data-request",
      title: { zh: "有条件开放申请5个工作日内答复", en: "Conditional open-data request: reply within 5 working days" },
      citation: cite(
        "第三十九条",
        "自然人、法人或者非法人组织申请有条件开放类公共数据，数据提供部门应当自收到申请之日起5个工作日内予以答复，可以开放的及时开放，不可开放的应当向申请人说明理由并提供依据，发生争议的由同级公共数据主管部门协调处理。",
        { paragraph: "第二款" },
      ),
      effective: BY_RECEIPT,
      decision: "The reply (decidedAt) stops the clock; being late is sanctionable under 第七十三条（五）.",
      deadline: {
        label: { zh: "有条件开放申请答复时限（5个工作日）", en: "Open-data request reply (5 working days)" },
        start: "receivedAt",
        period: { unit: "workday", amount: 5 },
        doneField: "decidedAt",
      },
      checks: [
        {
          id: "overdue-sanction",
          severity: "info",
          when: { overdue: true },
          citation: ART73_5,
          message: {
            zh: "逾期未办理开放申请的，由同级公共数据主管部门责令改正（第七十三条第五项）",
            en: "Failing to handle an open-data request in time is ordered corrected by the data authority (Art. 73(5))",
          },
        },
      ],
    },
    {
      id: "sy-data-39-refusal-reason-basis",
      kind: "open-data-request",
      title: {
        zh: "不予开放应说明理由并提供依据",
        en: "A refusal to open states the reason and provides the basis",
      },
      citation: cite(
        "第三十九条",
        "不可开放的应当向申请人说明理由并提供依据，发生争议的由同级公共数据主管部门协调处理。",
        {
          paragraph: "第二款",
        },
      ),
      effective: BY_RECEIPT,
      decision:
        "Both are required: a specific reason (same test as 第二十七条) AND a basis (a law, regulation or catalogue " +
        "condition) — each missing one is its own violation.",
      when: { eq: ["decision", "rejected"] },
      hint: {
        zh: "申请人对不予开放有争议的，由同级公共数据主管部门协调处理",
        en: "If the applicant disputes the refusal, the data authority at the same level mediates",
      },
      checks: [
        {
          id: "refused-without-reason",
          severity: "violation",
          when: { blankReason: "reason" },
          field: "reason",
          message: {
            zh: "不予开放但未向申请人说明理由（所填理由：{reason}）",
            en: "Refused without stating a reason to the applicant (given: {reason})",
          },
        },
        {
          id: "refused-without-basis",
          severity: "violation",
          when: { blankReason: "basis" },
          field: "basis",
          message: {
            zh: "不予开放但未提供依据",
            en: "Refused without providing the basis (law, regulation or catalogue condition)",
          },
        },
        decidedWithoutDate("decidedAt"),
      ],
    },
    {
      id: "sy-data-40-objection-suspend",
      kind: "open-data-objection",
      title: {
        zh: "收到异议证据材料后立即中止开放",
        en: "On receiving evidence for an objection, suspend opening at once",
      },
      citation: cite(
        "第四十条",
        "数据提供部门收到相关证据材料后，应当立即中止开放并进行核实，根据核实结果采取撤回数据、恢复开放或依法处理后开放等措施，并向有关自然人、法人或者非法人组织反馈处理结果。",
      ),
      effective: BY_RECEIPT,
      decision:
        "立即 has no figure (seed-000-notes §4.1 item 6): treated as the same day — the suspension is due by 24:00 " +
        "of the day the evidence is received (a fixed date: the receipt day itself). An objection without evidence does not trigger the " +
        "duty (the text ties it to 收到相关证据材料), so only an info finding asks for the evidence.",
      when: { eq: ["evidence", true] },
      deadline: {
        label: { zh: "中止开放时限（立即，当日）", en: "Suspend opening (at once: same day)" },
        start: "receivedAt",
        period: { unit: "date", dateFrom: "receivedAt", rollOver: false },
        doneField: "suspendedAt",
      },
      checks: [
        {
          id: "still-open",
          severity: "violation",
          when: { all: [{ eq: ["datasetOpen", true] }, { empty: "suspendedAt" }] },
          field: "datasetOpen",
          message: {
            zh: "已收到异议证据材料，数据仍在开放，应当立即中止开放并核实",
            en: "Evidence for the objection has been received but the dataset is still open: suspend it at once",
          },
        },
      ],
    },
    {
      id: "sy-data-40-objection-evidence",
      kind: "open-data-objection",
      title: { zh: "异议应提交相关证据材料", en: "An objection comes with evidence" },
      citation: cite("第四十条", "可向数据提供部门提出异议，并提交相关证据材料。"),
      effective: BY_RECEIPT,
      checks: [
        {
          id: "no-evidence",
          severity: "info",
          when: { ne: ["evidence", true] },
          field: "evidence",
          message: {
            zh: "异议未附相关证据材料；收到证据材料后才须立即中止开放，请告知异议人补充",
            en: "No evidence attached; the duty to suspend starts when evidence is received — ask the objector for it",
          },
        },
      ],
    },

    {
      id: "sy-data-41-product-source",
      kind: "data-product",
      title: {
        zh: "数据产品和服务应注明数据来源和获取日期",
        en: "A data product states the data's source and the date obtained",
      },
      citation: cite("第四十一条", "开发的数据产品和服务应当注明数据的来源和获取日期。", { paragraph: "第二款" }),
      effective: BY_RECEIPT,
      decision:
        "应当注明 makes both items required (REQUIRED_ITEM_SEVERITY). The first paragraph (鼓励… 推动…) encourages and is not checked; 合法、正当、必要 is a judgement no field can show.",
      when: { present: "productName" },
      checks: [
        {
          id: "missing-dataSource",
          severity: REQUIRED_ITEM_SEVERITY,
          when: { empty: "dataSource" },
          field: "dataSource",
          message: { zh: "数据产品未注明数据的来源", en: "The product does not state where its data comes from" },
        },
        {
          id: "missing-dataObtainedAt",
          severity: REQUIRED_ITEM_SEVERITY,
          when: { empty: "dataObtainedAt" },
          field: "dataObtainedAt",
          message: { zh: "数据产品未注明数据的获取日期", en: "The product does not state when its data was obtained" },
        },
      ],
    },

    // ==== 第十一章 附则 ==========================================================================================
    ...KIND_DATES.map(([kind, field]) => validityRule(kind, field)),
  ],
});
