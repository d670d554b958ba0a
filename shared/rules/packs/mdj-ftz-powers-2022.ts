// Pack: 牡政办规〔2022〕4号 《牡丹江市人民政府办公室关于印发牡丹江市向绥芬河自贸片区下放市级行政权力事项清单的通知》
// — the 34 municipal powers delegated to the Suifenhe free-trade-zone area (绥芬河自贸片区).
// The list is generated from the gazette text by scripts/parse-ftz-powers.ts (repairs listed there); quotes are
// verbatim from shared/sources/seed-002-mdj-gazette-2022-4.txt.
import { definePack, type RulePack, type TableRow } from "../schema.ts";
import ftzFile from "./data/ftz-powers-2022.json";

const DOC = "牡政办规〔2022〕4号";
const TITLE = "牡丹江市人民政府办公室关于印发牡丹江市向绥芬河自贸片区下放市级行政权力事项清单的通知";
/** 成文日期 2022年8月17日; no other effective date is stated (in force on issue, the usual practice). */
const FROM = "2022-08-17";

const powers: TableRow[] = ftzFile.rows.map((r) => ({
  no: r.no,
  name: r.name,
  nameAsPrinted: r.nameAsPrinted,
  department: r.department,
  powerType: r.powerType,
  delegatedTo: r.delegatedTo,
}));

const NOTICE = {
  docNo: DOC,
  docTitle: TITLE,
  article: "通知正文",
  quote: "绥芬河自贸片区要主动做好承接工作，建立事中事后监管制度，保证权力事项有序衔接",
};
const LIST = {
  docNo: DOC,
  docTitle: TITLE,
  article: "附件《牡丹江市向绥芬河自贸片区下放市级行政权力事项清单》",
  quote: "牡丹江市向绥芬河自贸片区下放 市级行政权力事项清单",
};

const bind = { table: "ftzPowers", match: { name: "itemName" }, fuzzy: ["name"] };

/** A filing body that names the FTZ: 绥芬河自贸片区(管委会), 中国（黑龙江）自由贸易试验区绥芬河片区 … */
const FTZ_BODY_RE = "自贸|自由贸易";

export const mdjFtzPowers2022: RulePack = definePack({
  id: "mdj-ftz-powers-2022",
  version: "2022.1",
  docNos: [DOC],
  title: {
    zh: "牡丹江市向绥芬河自贸片区下放市级行政权力事项清单",
    en: "Municipal powers delegated to the Suifenhe FTZ",
  },
  tables: { ftzPowers: powers },
  rules: [
    {
      id: "mdj-ftz-filed-with-city",
      kind: "ftz-power-request",
      title: {
        zh: "已下放自贸片区的事项向市级部门申请",
        en: "FTZ-delegated power requested from a city department",
      },
      citation: LIST,
      effective: { from: FROM, dateField: "appliedAt" },
      decision:
        "The list delegates the powers for matters in the FTZ; a request marked inFtz=false (located elsewhere in the city) stays with the city department and is not flagged. When inFtz is not given the request is taken to concern the FTZ (the case kind is an FTZ-power request). A filing body counts as the FTZ when its name contains 自贸 or 自由贸易 (绥芬河市 alone is the county-level city, not the FTZ).",
      bind,
      when: { not: { eq: ["inFtz", false] } },
      checks: [
        {
          id: "wrong-body",
          severity: "warning",
          when: { all: [{ present: "filedWith" }, { not: { matches: ["filedWith", FTZ_BODY_RE] } }] },
          field: "filedWith",
          message: {
            zh: "「{row.name}」已由{row.department}下放至绥芬河自贸片区（清单第{row.no}项，{row.powerType}），应由绥芬河自贸片区办理，而非{filedWith}",
            en: "'{row.name}' was delegated by {row.department} to the Suifenhe FTZ (list item {row.no}, {row.powerType}); it should be handled by the Suifenhe FTZ (绥芬河自贸片区), not {filedWith}",
          },
        },
      ],
    },
    {
      id: "mdj-ftz-delegated-power",
      kind: "ftz-power-request",
      title: { zh: "自贸片区承接的市级权力事项", en: "Municipal power exercised by the Suifenhe FTZ" },
      citation: NOTICE,
      effective: { from: FROM, dateField: "appliedAt" },
      decision:
        "Items not on the list get an info finding (the city department keeps them); matching is tolerant (normalizeName), and an ambiguous name matches nothing rather than a guess.",
      bind: {
        ...bind,
        onMissing: {
          severity: "info",
          field: "itemName",
          message: {
            zh: "「{itemName}」不在牡政办规〔2022〕4号下放绥芬河自贸片区的34项市级权力事项之中",
            en: "'{itemName}' is not among the 34 municipal powers delegated to the Suifenhe FTZ by 牡政办规〔2022〕4号",
          },
        },
      },
      checks: [
        {
          id: "delegated-power",
          severity: "info",
          when: { true: true },
          field: "itemName",
          message: {
            zh: "清单第{row.no}项（{row.powerType}）由绥芬河自贸片区承接；放权部门{row.department}负责业务指导和帮助",
            en: "List item {row.no} ({row.powerType}) is exercised by the Suifenhe FTZ; the delegating department {row.department} gives guidance",
          },
        },
      ],
    },
  ],
});
