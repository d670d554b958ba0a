// The document registry as data: every document in the seeds (the document tables of
// /work/shared/reference/seed-00N-notes.md, checked against the texts in shared/sources/), plus the two repealed
// documents they name. Keyed on the FULL 文号 including the issuing-organ prefix: 双政发〔2026〕3号 and
// 双政办发〔2026〕3号 are different documents.
//
// Dates: `issued` = 成文/印发日期 as printed; `effective` = first day in force; `validTo` = LAST day in force
// (inclusive); the document is "expired" from the day after. `repealedBy` names the repealing document; the
// repeal takes effect on that document's effective date.

export interface DocumentSource {
  /** file under shared/sources/ */
  file: string;
  /** 1-based inclusive line range of the document in that file */
  lines: [number, number];
  /** "cited" = the copy quotes are checked against; "variant" = another copy (differences listed in the notes) */
  role?: "cited" | "variant";
}

export interface DocumentEntry {
  docNo: string;
  title: string;
  /** short title for lists, e.g. 《双鸭山市公共数据管理暂行办法》 */
  shortTitle?: string;
  issuer: string;
  /** 成文/印发日期; undefined when the text does not print it */
  issued?: string;
  effective?: string;
  validTo?: string;
  /** how the dates were read or decided */
  dateNote?: string;
  repealedBy?: string;
  repeals?: string[];
  /** other spellings of the 文号 found in the texts (e.g. 牡公委规〔2022〕3号 in the 细则 for 牡公管委规〔2022〕3号) */
  aliases?: string[];
  /**
   * A plan or programme for a stated period (十四五, 2021—2025年, 2023年…). THE RULE for "a plan for period X",
   * applied by `planned()` to every such entry: the document is spent after the last day of X, or after the latest
   * end date one of its own measures states (执行期至…), whichever is later — unless the text states a validity.
   * `validTo` is always derived from this, never written by hand next to it.
   */
  plan?: { period: string; lastDay: string; measuresUntil?: string };
  /** 规范性文件 series (…规〔…〕) carry a validity period; 发/综/干 series usually do not */
  normative: boolean;
  sources: DocumentSource[];
}

/** A plan for period X (see DocumentEntry.plan): validTo = the later of the period's last day and its measures' end. */
function planned(d: DocumentEntry & { plan: NonNullable<DocumentEntry["plan"]> }): DocumentEntry {
  const { lastDay, measuresUntil } = d.plan;
  return { ...d, validTo: measuresUntil && measuresUntil > lastDay ? measuresUntil : lastDay };
}

const G = "seed-000-sy-gazette-2026-1.txt";
const S = "seed-001-sy-public-data.txt";
const M = "seed-002-mdj-gazette-2022-4.txt";
const Y23 = "seed-003-sy-2023.txt";
const Y17 = "seed-004-sy-2017-2018.txt";

export const DOCUMENTS: readonly DocumentEntry[] = [
  // ---- seed 000: 双鸭山市人民政府公报 2026年第1期 -------------------------------------------------------------
  planned({
    docNo: "双政发〔2026〕3号",
    title: "双鸭山市人民政府关于印发《市〈政府工作报告〉主要目标和重点工作责任分工》的通知",
    shortTitle: "市《政府工作报告》主要目标和重点工作责任分工",
    issuer: "双鸭山市人民政府",
    issued: "2026-02-24",
    effective: "2026-02-24",
    plan: { period: "2026年", lastDay: "2026-12-31" },
    dateNote:
      "No 施行 or 有效期 clause: in effect on issue. The tasks are for 2026 and all fall due by 12月底: a plan for 2026.",
    normative: false,
    sources: [{ file: G, lines: [48, 353], role: "cited" }],
  }),
  {
    docNo: "双政办发〔2026〕3号",
    title: "双鸭山市人民政府办公室关于印发《双鸭山市国家公务员医疗补助暂行管理办法》的通知",
    shortTitle: "双鸭山市国家公务员医疗补助暂行管理办法",
    issuer: "双鸭山市人民政府办公室",
    issued: "2026-01-30",
    effective: "2026-01-01",
    dateNote: "第十七条: 本办法自2026年1月1日起施行 — 29 days before it was issued. No validity period stated.",
    normative: false,
    sources: [{ file: G, lines: [354, 432], role: "cited" }],
  },
  {
    docNo: "双政办规〔2026〕1号",
    title: "双鸭山市人民政府办公室关于印发《双鸭山市公共数据管理暂行办法》的通知",
    shortTitle: "双鸭山市公共数据管理暂行办法",
    issuer: "双鸭山市人民政府办公室",
    issued: "2026-02-11",
    effective: "2026-02-11",
    validTo: "2028-02-10",
    dateNote:
      "第七十八条 本办法自印发之日起施行，有效期2年. DECISION: last day in force 2028-02-10, expired from 2028-02-11. " +
      "The document itself makes its issue day the first day in force, so that day is the first day of the 2 years " +
      "(2026-02-11 … 2028-02-10 is exactly two years of days in force), which is how 规范性文件 registers state " +
      "validity (有效期至…). 民法典 第二百零一条 (start day not counted) governs periods triggered by an event, not a " +
      "validity the text anchors on its own effective day; counting it that way would give 2028-02-11. The evaluator " +
      "warns well ahead of both dates (rule sy-data-78-validity).",
    normative: true,
    sources: [
      { file: G, lines: [433, 913], role: "cited" },
      { file: S, lines: [1, 249], role: "variant" },
    ],
  },
  // ---- seed 002: 牡丹江市人民政府公报 2022年第4期 -------------------------------------------------------------
  planned({
    docNo: "牡政发〔2022〕13号",
    title: "牡丹江市人民政府关于印发牡丹江市“十四五”数字政府建设实施方案的通知",
    issuer: "牡丹江市人民政府",
    issued: "2022-07-14",
    effective: "2022-07-14",
    plan: { period: "“十四五” (2021—2025年)", lastDay: "2025-12-31" },
    dateNote:
      "No effective date stated: in force on issue. A 十四五 plan (targets to 2025; the 2035 vision is not a period of the plan).",
    normative: false,
    sources: [{ file: M, lines: [78, 755], role: "cited" }],
  }),
  planned({
    docNo: "牡政规〔2022〕2号",
    title: "牡丹江市人民政府关于印发牡丹江市“十四五”优化营商环境规划的通知",
    issuer: "牡丹江市人民政府",
    issued: "2022-07-29",
    effective: "2022-07-29",
    plan: { period: "“十四五” (2021—2025年)", lastDay: "2025-12-31" },
    dateNote: "No effective date or validity stated: in force on issue. A 十四五 plan (2025 targets).",
    normative: true,
    sources: [{ file: M, lines: [757, 1112], role: "cited" }],
  }),
  {
    docNo: "牡政干〔2022〕6号",
    title: "牡丹江市人民政府关于王乐刚等任免职的通知",
    issuer: "牡丹江市人民政府",
    issued: "2022-09-01",
    effective: "2022-06-25",
    dateNote:
      "Appointments and removals take effect 2022-06-25; the notice is dated 2022-09-01 (after the gazette's cover date).",
    normative: false,
    sources: [{ file: M, lines: [1114, 1168], role: "cited" }],
  },
  {
    docNo: "牡政办发〔2022〕15号",
    title: "牡丹江市人民政府办公室关于建立牡丹江市职业教育工作联席会议制度的通知",
    issuer: "牡丹江市人民政府办公室",
    issued: "2022-06-30",
    effective: "2022-06-30",
    normative: false,
    sources: [{ file: M, lines: [1170, 1214], role: "cited" }],
  },
  {
    docNo: "牡政办发〔2022〕17号",
    title: "牡丹江市人民政府办公室关于印发牡丹江市天然林保护修复制度实施方案的通知",
    issuer: "牡丹江市人民政府办公室",
    issued: "2022-07-06",
    effective: "2022-07-06",
    normative: false,
    sources: [{ file: M, lines: [1216, 1296], role: "cited" }],
  },
  planned({
    docNo: "牡政办发〔2022〕19号",
    title: "牡丹江市人民政府办公室关于印发牡丹江市全民科学素质行动规划纲要实施方案（2021—2025年）的通知",
    issuer: "牡丹江市人民政府办公室",
    issued: "2022-07-19",
    effective: "2022-07-19",
    plan: { period: "2021—2025年", lastDay: "2025-12-31" },
    dateNote: "Plan period 2021–2025 (in the title); no validity clause.",
    normative: false,
    sources: [{ file: M, lines: [1298, 1466], role: "cited" }],
  }),
  planned({
    docNo: "牡政办发〔2022〕21号",
    title: "牡丹江市人民政府办公室关于印发牡丹江市2022年政务公开工作实施方案的通知",
    issuer: "牡丹江市人民政府办公室",
    issued: "2022-07-21",
    effective: "2022-07-21",
    plan: { period: "2022年", lastDay: "2022-12-31" },
    dateNote: "Work plan for 2022 (dated deadlines 2022-07-31 … 2022-12-31).",
    normative: false,
    sources: [{ file: M, lines: [1468, 1548], role: "cited" }],
  }),
  {
    docNo: "牡政办规〔2022〕3号",
    title: "牡丹江市人民政府办公室关于印发牡丹江市职工基本医疗保险门诊共济保障机制实施办法的通知",
    shortTitle: "牡丹江市职工基本医疗保险门诊共济保障机制实施办法",
    issuer: "牡丹江市人民政府办公室",
    issued: "2022-08-15",
    effective: "2023-01-01",
    dateNote: "第二十三条: effective 2023-01-01. No expiry stated.",
    normative: true,
    sources: [{ file: M, lines: [1550, 1628], role: "cited" }],
  },
  {
    docNo: "牡政办规〔2022〕4号",
    title: "牡丹江市人民政府办公室关于印发牡丹江市向绥芬河自贸片区下放市级行政权力事项清单的通知",
    shortTitle: "牡丹江市向绥芬河自贸片区下放市级行政权力事项清单",
    issuer: "牡丹江市人民政府办公室",
    issued: "2022-08-17",
    effective: "2022-08-17",
    dateNote: "No effective date stated: in force on issue. No validity period stated.",
    normative: true,
    sources: [{ file: M, lines: [1630, 1689], role: "cited" }],
  },
  {
    docNo: "牡政办综〔2022〕16号",
    title: "牡丹江市人民政府办公室关于印发牡丹江市粮食应急预案的通知",
    shortTitle: "牡丹江市粮食应急预案",
    issuer: "牡丹江市人民政府办公室",
    issued: "2022-07-27",
    effective: "2022-07-27",
    dateNote: "§8.3 本预案自印发之日起实施; repeals 牡政办综〔2015〕38号 (L2038).",
    repeals: ["牡政办综〔2015〕38号"],
    normative: false,
    sources: [{ file: M, lines: [1691, 2044], role: "cited" }],
  },
  {
    docNo: "牡政办综〔2015〕38号",
    title: "牡丹江市人民政府办公室关于印发牡丹江市粮食应急预案的通知（2015年版）",
    issuer: "牡丹江市人民政府办公室",
    dateNote: "Not in the seeds; known only as the document 牡政办综〔2022〕16号 repeals (seed 002 L2038).",
    repealedBy: "牡政办综〔2022〕16号",
    normative: false,
    sources: [],
  },
  {
    docNo: "牡公管规〔2022〕2号",
    title: "牡丹江市住房公积金管理中心印发《关于促进全市房地产业良性循环健康发展“一城一策”若干政策措施实施细则》的通知",
    shortTitle: "“一城一策”若干政策措施实施细则（住房公积金）",
    issuer: "牡丹江市住房公积金管理中心",
    issued: "2022-08-22",
    effective: "2022-08-22",
    validTo: "2022-12-31",
    dateNote:
      "六、本细则自发文之日起实施至 2022 年 12 月 31 日 (L2132); the applicable date is the application date (L2134).",
    normative: true,
    sources: [{ file: M, lines: [2046, 2134], role: "cited" }],
  },
  {
    docNo: "牡公管委规〔2022〕3号",
    aliases: ["牡公委规〔2022〕3号"],
    title: "牡丹江市住房公积金管理委员会关于促进全市房地产业良性循环健康发展“一城一策”若干政策措施的通知",
    shortTitle: "“一城一策”若干政策措施（住房公积金管理委员会）",
    issuer: "牡丹江市住房公积金管理委员会",
    validTo: "2022-12-31",
    dateNote:
      "自文件印发之日起实施，实施期限至2022年12月31日 (L2150). No issue date is printed; the implementing 细则 " +
      "(牡公管规〔2022〕2号) is dated 2022-08-22, so this notice was issued on or before that day. The 细则 cites it as " +
      "牡公委规〔2022〕3号 in its preamble and as 牡公管委规〔2022〕3号 in its body (alias). Effective date unknown: " +
      "status is in force until 2022-12-31.",
    normative: true,
    sources: [{ file: M, lines: [2136, 2152], role: "cited" }],
  },
  // ---- seed 003: 双鸭山 2023 -----------------------------------------------------------------------------------
  planned({
    docNo: "双政规〔2023〕1号",
    title: "双鸭山市人民政府关于印发《双鸭山市“十四五”知识产权保护和运用规划》的通知",
    issuer: "双鸭山市人民政府",
    issued: "2023-06-17",
    effective: "2023-06-17",
    plan: { period: "“十四五” (2021—2025年)", lastDay: "2025-12-31" },
    dateNote:
      "该文件自印发之日起施行 (L579); repeals 双政规〔2022〕10号 (L579–584). No validity clause; a 十四五 plan.",
    repeals: ["双政规〔2022〕10号"],
    normative: true,
    sources: [{ file: Y23, lines: [1, 584], role: "cited" }],
  }),
  {
    docNo: "双政规〔2022〕10号",
    title: "双鸭山市人民政府关于印发《双鸭山市“十四五”知识产权保护和运用规划》的通知（2022年版）",
    issuer: "双鸭山市人民政府",
    dateNote: "Not in the seeds; the 2022 issue of the same plan, repealed by 双政规〔2023〕1号 (seed 003 L579–584).",
    repealedBy: "双政规〔2023〕1号",
    normative: true,
    sources: [],
  },
  planned({
    docNo: "双政办发〔2023〕28号",
    title: "双鸭山市人民政府办公室关于印发《双鸭山市民生振兴行动方案（2022—2026年）》的通知",
    issuer: "双鸭山市人民政府办公室",
    issued: "2023-06-08",
    effective: "2023-06-08",
    plan: { period: "2022—2026年", lastDay: "2026-12-31" },
    dateNote: "No 施行 or 废止 clause; the plan period 2022–2026 is in the title.",
    normative: false,
    sources: [{ file: Y23, lines: [585, 1367], role: "cited" }],
  }),
  planned({
    docNo: "双政办发〔2023〕29号",
    title: "双鸭山市人民政府办公室关于印发《双鸭山市关于开展2023年支持就业鼓励创业工作实施方案》的通知",
    shortTitle: "双鸭山市关于开展2023年支持就业鼓励创业工作实施方案",
    issuer: "双鸭山市人民政府办公室",
    issued: "2023-06-07",
    effective: "2023-06-07",
    plan: { period: "2023年", lastDay: "2023-12-31", measuresUntil: "2024-12-31" },
    dateNote:
      "No 施行 or 废止 clause. A plan for 2023 whose annex 《双鸭山市关于支持就业鼓励创业的若干意见》 sets an end date " +
      "(执行期) per measure, the latest 2024-12-31: spent after that day. Each measure's own end date is on its rule.",
    normative: false,
    sources: [{ file: Y23, lines: [1370, 2131], role: "cited" }],
  }),
  {
    docNo: "双政办发〔2023〕30号",
    title: "双鸭山市人民政府办公室关于印发双鸭山市市直国有资产盘活工作方案的通知",
    issuer: "双鸭山市人民政府办公室",
    issued: "2023-06-21",
    effective: "2023-06-21",
    dateNote: "Campaign 2023-06-15 → 2023-10-31 in three phases; ongoing work 要长期坚持, so no end date is set.",
    normative: false,
    sources: [{ file: Y23, lines: [2132, 2451], role: "cited" }],
  },
  // ---- seed 004: 双鸭山 2017–2018 ------------------------------------------------------------------------------
  {
    docNo: "双政规〔2017〕7号",
    title: "双鸭山市人民政府关于印发双鸭山市清理规范投资项目报建审批事项的通知",
    shortTitle: "双鸭山市本级投资项目报建审批事项清理规范表",
    issuer: "双鸭山市人民政府",
    dateNote:
      "Issue date not printed in the extracted text: known only that it is of 2017 (文号) and implements " +
      "黑政规〔2017〕16号. No effective date, validity or repeal clause; its rules carry no start day.",
    normative: true,
    sources: [{ file: Y17, lines: [1, 533], role: "cited" }],
  },
  {
    docNo: "双政规〔2018〕1号",
    title: "双鸭山市人民政府关于做好当前和今后一段时期就业创业工作的实施意见",
    issuer: "双鸭山市人民政府",
    issued: "2018-01-12",
    effective: "2018-01-12",
    dateNote: "No effective date or validity stated: in force on issue. Implements 黑政规〔2017〕27号.",
    normative: true,
    sources: [{ file: Y17, lines: [534, 1537], role: "cited" }],
  },
  {
    docNo: "双政规〔2018〕3号",
    title: "双鸭山市人民政府关于印发双鸭山市企业上市挂牌扶持奖励办法的通知",
    shortTitle: "双鸭山市企业上市挂牌扶持奖励办法",
    issuer: "双鸭山市人民政府",
    issued: "2018-06-05",
    effective: "2018-06-05",
    dateNote:
      "第九条 自发文之日起执行. Applications close 2020-12-31 (逾期不再受理) — an end date for applications, kept on the " +
      "rules; the document states no validity period.",
    normative: true,
    sources: [{ file: Y17, lines: [1539, 1743], role: "cited" }],
  },
  {
    docNo: "双政办规〔2017〕8号",
    title: "双鸭山市人民政府办公室关于印发促进全市工业企业扭亏增盈、停产企业盘活工作实施方案的通知",
    issuer: "双鸭山市人民政府办公室",
    issued: "2017-09-05",
    effective: "2017-09-05",
    dateNote: "No validity stated; targets run to the end of 2017.",
    normative: true,
    sources: [{ file: Y17, lines: [1746, 2052], role: "cited" }],
  },
  {
    docNo: "双政办规〔2017〕13号",
    title: "双鸭山市人民政府办公室关于印发利用棚改项目闲置商服用房推动我市创业就业工作实施方案的通知",
    issuer: "双鸭山市人民政府办公室",
    issued: "2017-08-05",
    effective: "2017-08-05",
    dateNote: "No validity stated. The printed date may be garbled (seed-004-notes warning W4).",
    normative: true,
    sources: [{ file: Y17, lines: [2056, 2437], role: "cited" }],
  },
  {
    docNo: "双政办规〔2017〕15号",
    title: "双鸭山市人民政府办公室关于进一步改革完善全市药品流通使用政策的实施意见",
    issuer: "双鸭山市人民政府办公室",
    issued: "2017-12-04",
    effective: "2017-12-04",
    dateNote: "No validity stated.",
    normative: true,
    sources: [{ file: Y17, lines: [2438, 2871], role: "cited" }],
  },
  {
    docNo: "双政办规〔2018〕17号",
    title: "双鸭山市人民政府办公室关于加快发展冷链物流保障食品安全促进消费升级的实施意见",
    issuer: "双鸭山市人民政府办公室",
    issued: "2018-04-23",
    effective: "2018-04-23",
    dateNote: "No validity stated; goals to 2020.",
    normative: true,
    sources: [{ file: Y17, lines: [2872, 3383], role: "cited" }],
  },
  {
    docNo: "双政办规〔2018〕19号",
    title: "双鸭山市人民政府办公室关于印发双鸭山市制造业与互联网融合发展实施方案的通知",
    issuer: "双鸭山市人民政府办公室",
    issued: "2018-05-11",
    effective: "2018-05-11",
    dateNote: "No validity stated; five-year horizon (利用5年时间).",
    normative: true,
    sources: [{ file: Y17, lines: [3384, 3917], role: "cited" }],
  },
];
