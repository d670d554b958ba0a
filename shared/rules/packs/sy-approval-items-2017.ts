// Pack: 双政规〔2017〕7号 《双鸭山市人民政府关于印发双鸭山市清理规范投资项目报建审批事项的通知》 and its annex
// 《双鸭山市本级投资项目报建审批事项清理规范表》 (part 一: 36 items — 保留 21 / 下放 2 / 暂停实施 8 / 事后备案 5).
// The item table is generated from the gazette text by scripts/parse-approval-items.ts (every OCR repair, merged
// cell and row pairing is listed there); quotes are verbatim from shared/sources/seed-004-sy-2017-2018.txt.
// Part 二 (21 similar items merged into 8: 保留 6, 暂停实施 1, 日常监管 1) is not in the seed text, so those rows are
// not encoded; an item that is not among the 36 gets an info finding saying exactly that.
import { definePack, type RulePack, type TableRow } from "../schema.ts";
import approvalFile from "./data/approval-items-2017.json";

const DOC = "双政规〔2017〕7号";
const TITLE = "双鸭山市人民政府关于印发双鸭山市清理规范投资项目报建审批事项的通知";
/**
 * What is known of the date: the 文号 year 2017, and that the notice implements 黑政规〔2017〕16号; the extraction
 * prints no signature or issue date. The rules therefore carry no invented start day (`effective.from` omitted):
 * they apply to every case dated up to today, and the registry entry says the date is unknown.
 */
const FROM_DECISION =
  "The seed text prints no issue date for 双政规〔2017〕7号 (known: 文号 year 2017, implements 黑政规〔2017〕16号), so the rules state no start day rather than an invented one. No validity clause and no repeal are stated, so no end date.";

/** Table rows the rules read (provenance — source lines — stays in the JSON file too). */
const items: TableRow[] = approvalFile.rows.map((r) => ({
  no: r.no,
  name: r.name,
  department: r.department,
  authority: r.authority,
  basis: r.basis,
  dispositionZh: r.dispositionZh,
  disposition: r.disposition,
  lines: r.lines,
}));

/**
 * 三、清理规范情况 of the notice — the totals of the annex table (一、清理事项). The annex's own group headings are
 * OCR-garbled in the source (一尧 清理事项 渊保留 21项尧…), so the citation quotes the notice body where the same
 * dispositions are stated; the table row (序号, 主管部门) is named in each message.
 */
const TOTALS = {
  docNo: DOC,
  docTitle: TITLE,
  article: "通知正文",
  paragraph: "三、清理规范情况",
  quote: "清理调整后决定保留 21 项、下放 2 项、暂停实施 8 项、事后备案 5 项",
};

/** Item lookup: 事项名称 compared tolerantly (punctuation, width, whitespace, OCR variants; see normalizeName). */
const bind = { table: "approvalItems", match: { name: "itemName" }, fuzzy: ["name"] };

export const syApprovalItems2017: RulePack = definePack({
  id: "sy-approval-items-2017",
  version: "2017.1",
  docNos: [DOC],
  title: {
    zh: "双鸭山市清理规范投资项目报建审批事项",
    en: "Shuangyashan cleanup of investment-project pre-construction approvals",
  },
  tables: { approvalItems: items },
  rules: [
    {
      id: "sy-approval-2017-suspended",
      kind: "approval-application",
      title: { zh: "暂停实施的报建审批事项", en: "Suspended approval item" },
      citation: TOTALS,
      effective: { dateField: "appliedAt" },
      decision: FROM_DECISION,
      bind,
      when: { eq: ["row.disposition", "suspended"] },
      checks: [
        {
          id: "item-suspended",
          severity: "violation",
          when: { true: true },
          field: "itemName",
          message: {
            zh: "「{row.name}」已暂停实施（清理规范表第{row.no}项，原主管部门{row.department}），不得再作为报建审批要求",
            en: "Item suspended: '{row.name}' (table row {row.no}, formerly {row.department}) may no longer be required as an approval",
          },
        },
      ],
    },
    {
      id: "sy-approval-2017-post-filing",
      kind: "approval-application",
      title: { zh: "改为事后备案的报建审批事项", en: "Approval item turned into post-filing" },
      citation: TOTALS,
      effective: { dateField: "appliedAt" },
      decision: FROM_DECISION,
      bind,
      when: { eq: ["row.disposition", "post-filing"] },
      checks: [
        {
          id: "post-filing-only",
          severity: "warning",
          when: { true: true },
          field: "itemName",
          message: {
            zh: "「{row.name}」已改为事后备案（清理规范表第{row.no}项）：无需事前审批，仅在事后备案",
            en: "No prior approval; post-filing only: '{row.name}' (table row {row.no})",
          },
        },
      ],
    },
    {
      id: "sy-approval-2017-delegated",
      kind: "approval-application",
      title: { zh: "已下放的报建审批事项", en: "Approval item delegated to county level" },
      citation: TOTALS,
      effective: { dateField: "appliedAt" },
      decision: `${FROM_DECISION} The annex says only 下放 without naming the receiving level; both delegated items name county-level bodies among their statutory approvers (城市、县城乡规划主管部门; 省、市、县级宗教事务部门), so the finding says "county level" as the issue asks. A case whose department names a county or district body (县/区) is already where the item belongs and is not flagged; no department or a city body (市…局) is.`,
      bind,
      when: { eq: ["row.disposition", "delegated"] },
      checks: [
        {
          id: "delegated-to-county",
          severity: "warning",
          // a case already with a county/district body (宝清县…, 尖山区…) is where the item now belongs
          when: { not: { matches: ["department", "县|区"] } },
          field: "itemName",
          message: {
            zh: "「{row.name}」已下放至县（区）级办理（清理规范表第{row.no}项），市本级{row.department}不再受理",
            en: "Delegated to county level: '{row.name}' (table row {row.no}) is no longer handled by the city's {row.department}",
          },
        },
      ],
    },
    {
      id: "sy-approval-2017-retained",
      kind: "approval-application",
      title: { zh: "保留的报建审批事项及设定依据", en: "Retained approval item and its legal basis" },
      citation: TOTALS,
      effective: { dateField: "appliedAt" },
      decision: `${FROM_DECISION} Items not among the 36 of part 一 are reported as info, not as abolished: part 二 (8 merged items, 6 of them retained) is missing from the seed text, so an unknown item may be one of those (第二条 abolishes only items outside the retained catalogue of 27).`,
      bind: {
        ...bind,
        onMissing: {
          severity: "info",
          field: "itemName",
          message: {
            zh: "「{itemName}」不在双政规〔2017〕7号清理规范表“一、清理事项”36项之中；整合事项（21项整合为8项）原文缺失，请人工核对是否属于保留的27项",
            en: "'{itemName}' is not among the 36 items of part 一 of the 双政规〔2017〕7号 table; the merged items (21 into 8) are missing from the source, so check by hand whether it is one of the 27 retained items",
          },
        },
      },
      when: { eq: ["row.disposition", "retained"] },
      checks: [
        {
          id: "retained-basis",
          severity: "info",
          when: { true: true },
          field: "itemName",
          message: {
            zh: "保留事项（清理规范表第{row.no}项）：主管部门{row.department}，审批部门{row.authority}，设定依据{row.basis}",
            en: "Retained item (table row {row.no}): city bureau {row.department}, approving authority {row.authority}, legal basis {row.basis}",
          },
        },
      ],
    },
  ],
});
