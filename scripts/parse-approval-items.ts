/**
 * Parser for the annex of 双政规〔2017〕7号 《双鸭山市本级投资项目报建审批事项清理规范表》
 * (36 city-level investment-project approval items: 保留 21 / 下放 2 / 暂停实施 8 / 事后备案 5).
 *
 * Reads the verbatim seed copy in shared/sources/ and writes shared/rules/packs/data/approval-items-2017.json.
 *   npx tsx scripts/parse-approval-items.ts          (write the JSON)
 *   npx tsx scripts/parse-approval-items.ts --check  (fail if the checked-in JSON differs from a fresh parse)
 *
 * Why anchors and not a column splitter: the PDF extraction scrambled the table's columns, in a different order
 * on each page (rows 1–9: authority → name → basis → number → opinion → bureau; rows 10–12: number → bureau → …;
 * rows 17–23: authority → basis → number+opinion → name; rows 13/14 and 15/16 interleave). No generic column
 * rule recovers it. So ROW_SPECS says, for every cell of every row, the text as printed (compared with all
 * whitespace removed) and the source lines where it must sit; the parser finds each anchor there exactly once
 * and builds the cell value from the printed text. Nothing is typed in that is not found in the source, except
 * the explicitly listed REPAIRS (OCR glyph fixes) and MERGED_CELLS (cells printed once for several rows).
 * After assembly the parser checks: all 36 numbers 1–36 are printed where claimed; every opinion word printed in
 * the table body is used by exactly one row; and the tallies equal the notice's own totals (三、清理规范情况).
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { writeOrCheck } from "./write-or-check.ts";

export const APPROVAL_SOURCE_FILE = "shared/sources/seed-004-sy-2017-2018.txt";
export const APPROVAL_OUTPUT_FILE = "shared/rules/packs/data/approval-items-2017.json";
export const APPROVAL_DOC_NO = "双政规〔2017〕7号";

export type Disposition = "retained" | "delegated" | "suspended" | "post-filing";
export const DISPOSITION_ZH: Record<string, Disposition> = {
  保留: "retained",
  下放: "delegated",
  暂停实施: "suspended",
  事后备案: "post-filing",
};

/** An anchor: printed text (whitespace-insensitive) that must occur exactly once within lines [from, to]. */
type Anchor = [text: string, from: number, to?: number];

interface RowSpec {
  no: number;
  /** anchor containing the printed row number as its only run of digits */
  noAt: Anchor;
  /** name parts, joined (row 24/25 share the printed heading 防雷装置设计审核:) */
  name: Anchor[];
  authority: Anchor;
  /** legal bases 设定依据, in printed order; empty when the cell is merged (see MERGED_CELLS) */
  basis: Anchor[];
  /** anchor containing exactly one opinion word 保留|下放|暂停实施|事后备案 */
  opinion: Anchor;
  /** city bureau 主管部门; undefined when the cell is merged (see MERGED_CELLS) */
  department?: Anchor;
  /** block of source lines the row occupies (for the JSON; may overlap a neighbour's block) */
  lines: [number, number];
}

export interface ApprovalRepair {
  id: string;
  kind: "ocr-glyph" | "stray-punctuation" | "truncated-cell" | "punctuation-width";
  /** what the source shows (whitespace removed) */
  printed: string;
  repaired: string;
  line: number;
  rows: number[];
  reason: string;
}

/** Every OCR / extraction repair, in one list. Applied by the parser; each is checked against the source in tests. */
export const APPROVAL_REPAIRS: ApprovalRepair[] = [
  {
    id: "section-header-glyphs",
    kind: "ocr-glyph",
    printed: "一尧清理事项渊保留21项尧下放2项尧暂停实施8项尧事后备案5项冤",
    repaired: "一、清理事项（保留21项、下放2项、暂停实施8项、事后备案5项）",
    line: 119,
    rows: [],
    reason:
      "Font-encoding glitch: 尧 = 、, 渊 = （, 冤 = ）. The repaired header's tallies are cross-checked against the rows.",
  },
  {
    id: "row31-stray-comma",
    kind: "stray-punctuation",
    printed: "省、市、县级、林业行政主管部门",
    repaired: "省、市、县级林业行政主管部门",
    line: 473,
    rows: [31],
    reason: "Stray 、 between 县级 and 林业 (every other authority cell reads '…级X行政主管部门').",
  },
  {
    id: "row35-truncated-authority",
    kind: "truncated-cell",
    printed: "省、市级安全监管行政主管",
    repaired: "省、市级安全监管行政主管部门",
    line: 502,
    rows: [35],
    reason: "The cell lost its last line 部门 in extraction; row 36 prints the same authority in full (l.519–522).",
  },
  {
    id: "row24-25-ascii-colon",
    kind: "punctuation-width",
    printed: "防雷装置设计审核:",
    repaired: "防雷装置设计审核：",
    line: 398,
    rows: [24, 25],
    reason: "ASCII colon in a full-width text; normalised so names read uniformly.",
  },
];

export interface MergedCell {
  rows: number[];
  column: "department" | "basis";
  /** row whose printed cell is shared */
  fromRow: number;
  reason: string;
}

/** Cells printed once for several rows (merged table cells), and which printed cell they share. */
export const MERGED_CELLS: MergedCell[] = [
  {
    rows: [13],
    column: "department",
    fromRow: 14,
    reason: "市国土资源局 is printed once (l.259) for the interleaved rows 13 and 14.",
  },
  {
    rows: [17, 18, 19, 20, 22, 23],
    column: "department",
    fromRow: 21,
    reason: "市水务局 is printed once (l.360) in the middle of the water rows 17–23; every item cites water law.",
  },
  {
    rows: [25],
    column: "department",
    fromRow: 24,
    reason: "市气象局 is printed once (l.396) for the two lightning-protection sub-items 24 and 25.",
  },
  {
    rows: [25],
    column: "basis",
    fromRow: 24,
    reason: "Row 25 prints no legal-basis text of its own; it shares row 24's cell (same heading 防雷装置设计审核).",
  },
  {
    rows: [28],
    column: "department",
    fromRow: 27,
    reason: "市公安局 is printed once (l.436) for the two police items 27 (fire design) and 28 (blasting).",
  },
  {
    rows: [33],
    column: "department",
    fromRow: 32,
    reason: "市畜牧兽医局 is printed once (l.488) for the two grassland items 32 and 33.",
  },
];

/** Pairings the scrambled layout leaves uncertain; the choice made and why (kept as data, shown in tests). */
export const PAIRING_DECISIONS = [
  {
    rows: [1, 2],
    decision:
      "The opinions 保留 (l.132) and 下放 (l.134) are printed as a stacked pair after both rows; assigned in printed order: 1 = 保留, 2 = 下放 (devolving the 乡村 permit fits the county level).",
  },
  {
    rows: [13, 14],
    decision:
      "'14' is printed before the 供地 block (l.257) and '13' after the 采矿 block (l.281); following the rows 1–9 pattern (name, basis, then number) 13 = 采矿许可, 14 = 供地审核. Both are 保留, so the tallies hold either way.",
  },
  {
    rows: [15, 16],
    decision:
      "The name 临时用地审批 (l.295) sits between row 16's cells and the number '15' (l.299); paired with row 15 by subject (国土 bureau + 土地管理法).",
  },
];

/** Printed text that is wrong in the source but is kept verbatim (a statute name is a citation, not OCR). */
export const SOURCE_ERRATA_KEPT = [
  {
    row: 30,
    printed: "《中华人民共和国防空法》",
    note: "The statute is 《中华人民共和国人民防空法》; kept as printed because it is what the document cites.",
  },
];

const ROW_SPECS: RowSpec[] = [
  {
    no: 1,
    noAt: ["《中华人民共和国城乡规划法》1", 127],
    name: [["建设用地（含临时用地）规划许可证核发。", 124, 125]],
    authority: ["城市、县城乡规划主管部门", 121, 122],
    basis: [["《中华人民共和国城乡规划法》", 127]],
    opinion: ["保留", 132],
    department: ["市规划局", 136],
    lines: [121, 138],
  },
  {
    no: 2,
    noAt: ["《中华人民共和国城乡规划法》2", 130],
    name: [["乡村建设规划许可证核发。", 130]],
    authority: ["城市、县城乡规划主管部门", 129, 130],
    basis: [["《中华人民共和国城乡规划法》", 130]],
    opinion: ["下放", 134],
    department: ["市规划局", 138],
    lines: [129, 138],
  },
  {
    no: 3,
    noAt: ["《风景名胜区条例》3", 143],
    name: [["风景名胜区内建设活动审批。", 143]],
    authority: ["风景名胜区管理机构", 140, 141],
    basis: [["《风景名胜区条例》", 143]],
    opinion: ["3暂停实施", 143],
    department: ["市规划局", 143],
    lines: [140, 143],
  },
  {
    no: 4,
    noAt: ["《中华人民共和国建筑法》4", 146],
    name: [["建筑工程施工许可证核发。", 146]],
    authority: ["市、县级建设行政主管部门", 145, 146],
    basis: [["《中华人民共和国建筑法》", 146]],
    opinion: ["4保留", 146],
    department: ["市住房和城乡建设局", 148, 149],
    lines: [145, 149],
  },
  {
    no: 5,
    noAt: ["5保留", 165],
    name: [["设置牌匾、广告标牌、条幅、电子显示屏、宣传栏、实物造型、空中漂浮物、充气模型等户外设施审批。", 156, 159]],
    authority: ["城市市容环境卫生行政主管部门", 151, 154],
    basis: [
      ["《城市市容和环境卫生管理条例》", 161],
      ["《黑龙江省城市市容和环境卫生管理条例》", 162, 163],
    ],
    opinion: ["5保留", 165],
    department: ["市城管执法局", 165],
    lines: [151, 165],
  },
  {
    no: 6,
    noAt: ["6暂停实施", 184],
    name: [["权限内公路、水运工程初步设计、施工图设计及变更审批。", 170, 171]],
    authority: ["省、市级交通运输主管部门", 167, 168],
    basis: [
      ["《中华人民共和国港口法》", 173],
      ["《中华人民共和国航道法》", 174],
      ["《建设工程勘察设计管理条例》", 175],
      ["《港口建设管理规定》（交通部令2007年第5号）", 176, 177],
      ["《航道建设管理规定》（交通部令2007年第3号）", 178, 179],
      ["《建设工程质量管理条例》", 180],
      ["《公路建设市场管理办法》（交通部令2004年第14号）", 181, 182],
    ],
    opinion: ["6暂停实施", 184],
    department: ["市交通运输局", 184],
    lines: [167, 184],
  },
  {
    no: 7,
    noAt: ["7保留", 201],
    name: [["权限内公路建设项目施工许可。", 190]],
    authority: ["省、市、县级交通运输主管部门", 186, 189],
    basis: [
      ["《中华人民共和国公路法》", 192],
      ["《建设工程质量管理条例》", 193],
      ["《建设工程安全生产管理条例》", 194],
      ["《国务院关于取消和调整一批行政审批项目等事项的决定》（国发〔2014〕50号）", 195, 197],
      ["《公路建设市场管理办法》（交通部令2004年第14号）", 198, 199],
    ],
    opinion: ["7保留", 201],
    department: ["市交通运输局", 201],
    lines: [186, 201],
  },
  {
    no: 8,
    noAt: ["8暂停实施", 214],
    name: [["权限内建设工程占用、挖掘公路或者使公路改线审批。", 208, 209]],
    authority: ["省、市、县级交通运输主管部门", 203, 206],
    basis: [
      ["《中华人民共和国公路法》", 211],
      ["《公路安全保护条例》", 212],
    ],
    opinion: ["8暂停实施", 214],
    department: ["市交通运输局", 214],
    lines: [203, 214],
  },
  {
    no: 9,
    noAt: ["《黑龙江省公路条例》9", 220],
    name: [["权限内在公路上增设或改造平面交叉道口审批。", 219, 220]],
    authority: ["省、市、县级公路管理机构", 216, 217],
    basis: [["《黑龙江省公路条例》", 220]],
    opinion: ["9保留", 220],
    department: ["市交通运输局", 220],
    lines: [216, 220],
  },
  {
    no: 10,
    noAt: ["10市交通运输局", 222],
    name: [["权限内穿跨越公路修建设施、在公路用地范围、公路建筑控制区内修建设施审批。", 226, 228]],
    authority: ["省、市、县级公路管理机构", 223, 224],
    basis: [["《公路安全保护条例》", 230]],
    opinion: ["保留", 230],
    department: ["市交通运输局", 222],
    lines: [222, 230],
  },
  {
    no: 11,
    noAt: ["11市交通运输局", 232],
    name: [["新建、改建、扩建储存、装卸危险化学品的港口建设项目的安全条件审查。", 236, 238]],
    authority: ["省、市级港口行政管理部门", 233, 234],
    basis: [
      ["《危险化学品安全管理条例》", 240],
      ["《港口危险货物安全管理条例》", 241],
    ],
    opinion: ["暂停实施", 241],
    department: ["市交通运输局", 232],
    lines: [232, 241],
  },
  {
    no: 12,
    noAt: ["12市水务局", 243],
    name: [
      [
        "在中型以上公路桥梁跨越的河道上下游各1000米范围内抽取地下水、架设浮桥以及修建其他危及公路桥梁安全的设施审批。",
        249,
        253,
      ],
    ],
    authority: ["省、市、县交通、水利等有关部门", 244, 247],
    basis: [["《公路安全保护条例》", 255]],
    opinion: ["事后备案", 255],
    department: ["市水务局", 243],
    lines: [243, 255],
  },
  {
    no: 13,
    noAt: ["13", 281],
    name: [["权限内矿产资源采矿许可。", 276]],
    authority: ["市、县级国土资源行政主管部门", 272, 275],
    basis: [
      ["《中华人民共和国矿产资源法》", 278],
      ["《黑龙江省矿产资源管理条例》", 279],
    ],
    opinion: ["保留", 276],
    lines: [257, 281],
  },
  {
    no: 14,
    noAt: ["14", 257],
    name: [["国有建设用地供地审核（供地方案审批）。", 262, 263]],
    authority: ["市、县人民政府", 261],
    basis: [
      ["《中华人民共和国土地管理法》", 265],
      ["《中华人民共和国土地管理法实施条例》", 266],
      ["《中华人民共和国城市房地产管理法》", 267],
      ["《中华人民共和国物权法》", 268],
    ],
    opinion: ["保留", 270],
    department: ["市国土资源局", 259],
    lines: [257, 270],
  },
  {
    no: 15,
    noAt: ["15", 299],
    name: [["临时用地审批。", 295]],
    authority: ["市、县级国土资源行政主管部门", 284, 287],
    basis: [["《中华人民共和国土地管理法》", 288]],
    opinion: ["保留市国土资源局", 288],
    department: ["市国土资源局", 288],
    lines: [284, 299],
  },
  {
    no: 16,
    noAt: ["《中华人民共和国环境影响评价法》16", 297],
    name: [["权限内建设项目（含辐射项目）环境影响评价审批。", 301, 302]],
    authority: ["县级以上环境保护行政主管部门", 290, 293],
    basis: [["《中华人民共和国环境影响评价法》", 297]],
    opinion: ["16保留", 297],
    department: ["市环境保护局", 297],
    lines: [290, 302],
  },
  {
    no: 17,
    noAt: ["17事后备案", 311],
    name: [["权限内占用农业灌溉水源、灌排工程设施审批（农业灌排影响意见书）。", 312, 314]],
    authority: ["县级以上水行政主管部门", 304, 305],
    basis: [
      ["《中华人民共和国水法》", 307],
      ["《国务院关于取消和下放一批行政审批项目的决定》（国发〔2014〕5号）", 308, 309],
    ],
    opinion: ["17事后备案", 311],
    lines: [304, 314],
  },
  {
    no: 18,
    noAt: ["18事后备案", 323],
    name: [["权限内开发建设项目水土保持方案审批。", 324, 325]],
    authority: ["县级以上水行政主管部门", 316, 317],
    basis: [
      ["《中华人民共和国水土保持法》", 319],
      ["《开发建设项目水土保持方案编报审批管理规定》（水利部令第5号）", 320, 321],
    ],
    opinion: ["18事后备案", 323],
    lines: [316, 325],
  },
  {
    no: 19,
    noAt: ["19事后备案", 336],
    name: [["权限内水利基本建设项目初步设计文件审批。", 337, 338]],
    authority: ["县级以上水行政主管部门", 327, 328],
    basis: [
      ["《国务院对确需保留的行政审批项目设定行政许可的决定》（国务院令第412号）", 330, 332],
      ["《水利基本建设投资计划管理暂行办法》（水规计〔2003〕344号）", 333, 334],
    ],
    opinion: ["19事后备案", 336],
    lines: [327, 338],
  },
  {
    no: 20,
    noAt: ["20暂停实施", 347],
    name: [["权限内蓄滞洪区避洪设施建设审批。", 348, 349]],
    authority: ["市、县级水行政主管部门", 340, 341],
    basis: [
      ["《中华人民共和国水法》", 343],
      ["《中华人民共和国河道管理条例》", 344],
      ["《黑龙江省河道管理条例》", 345],
    ],
    opinion: ["20暂停实施", 347],
    lines: [340, 349],
  },
  {
    no: 21,
    noAt: ["21保留", 358],
    name: [["权限内河道管理范围内有关活动批准。", 362, 363]],
    authority: ["县级以上水行政主管部门", 351, 352],
    basis: [
      ["《中华人民共和国水法》", 354],
      ["《中华人民共和国河道管理条例》", 355],
      ["《黑龙江省河道管理条例》", 356],
    ],
    opinion: ["21保留", 358],
    department: ["市水务局", 360],
    lines: [351, 363],
  },
  {
    no: 22,
    noAt: ["22保留", 371],
    name: [["权限内新建、改建或者扩大入河排污口审批。", 371, 372]],
    authority: ["县级以上水行政主管部门", 365, 366],
    basis: [
      ["《中华人民共和国水法》", 368],
      ["《入河排污口监督管理办法》", 369],
    ],
    opinion: ["22保留", 371],
    lines: [365, 372],
  },
  {
    no: 23,
    noAt: ["23事后备案", 381],
    name: [["坝（堤）顶、戗台兼作公路批准。", 382, 383]],
    authority: ["市、县级水行政主管部门", 374, 375],
    basis: [
      ["《中华人民共和国河道管理条例》", 377],
      ["《水库大坝安全管理条例》", 378],
      ["《黑龙江省河道管理条例》", 379],
    ],
    opinion: ["23事后备案", 381],
    lines: [374, 383],
  },
  {
    no: 24,
    noAt: ["24保留", 394],
    name: [
      ["防雷装置设计审核:", 398],
      ["1.房屋建筑工程和市政基础设施工程防雷装置设计审核、竣工验收许可。", 399, 401],
    ],
    authority: ["县级以上建设行政主管部门", 385, 386],
    basis: [
      ["《气象灾害防御条例》", 388],
      ["《国务院对确需保留的行政审批项目设定行政许可的决定》", 389, 390],
      ["《国务院关于优化建设工程防雷许可的决定》（国发〔2016〕39号）", 390, 392],
    ],
    opinion: ["24保留", 394],
    department: ["市气象局", 396],
    lines: [385, 401],
  },
  {
    no: 25,
    noAt: ["25保留", 406],
    name: [
      ["防雷装置设计审核:", 398],
      [
        "2.油库、气库、弹药库、化学品仓库、烟花爆竹、石化等易燃易爆建设工程和场所，雷电易发区内的矿区、旅游景点或者投入使用的建筑物、设施等需要单独安装雷电防护装置的场所，以及雷电风险高且没有防雷标准规范、需要进行特殊论证的大型项目防雷装置设计审核和竣工验收许可。",
        408,
        417,
      ],
    ],
    authority: ["县级以上气象行政主管部门", 403, 404],
    basis: [],
    opinion: ["25保留", 406],
    lines: [403, 417],
  },
  {
    no: 26,
    noAt: ["《公共机构节能条例》26", 423],
    name: [["权限内固定资产投资项目节能审查。", 423, 425]],
    authority: ["县级以上发改部门", 419, 420],
    basis: [
      ["《中华人民共和国节约能源法》", 422],
      ["《公共机构节能条例》", 423],
    ],
    opinion: ["26保留", 423],
    department: ["市发展改革委", 423],
    lines: [419, 425],
  },
  {
    no: 27,
    noAt: ["27保留", 434],
    name: [["建设工程消防设计审核。", 438]],
    authority: ["市、县公安机关消防机构", 427, 428],
    basis: [
      ["《中华人民共和国消防法》", 430],
      ["《建设工程消防监督管理规定》（公安部令第106号）", 431, 432],
    ],
    opinion: ["27保留", 434],
    department: ["市公安局", 436],
    lines: [427, 438],
  },
  {
    no: 28,
    noAt: ["28保留", 444],
    name: [["在城市、风景名胜区和重要工程设施附近实施的爆破作业的审批。", 446, 448]],
    authority: ["设区的市级公安机关", 440, 441],
    basis: [["《民用爆炸物品安全管理条例》（国务院令第466号）", 443, 444]],
    opinion: ["28保留", 444],
    lines: [440, 448],
  },
  {
    no: 29,
    noAt: ["29暂停实施", 458],
    name: [["涉及国家安全事项的建设项目审批。", 459, 460]],
    authority: ["各级国家安全机关", 450, 451],
    basis: [
      ["《中华人民共和国国家安全法》", 453],
      ["《国务院对确需保留的行政审批项目设定行政许可的决定》（国务院令第412号）", 454, 456],
    ],
    opinion: ["29暂停实施", 458],
    department: ["市安全局", 458],
    lines: [450, 460],
  },
  {
    no: 30,
    noAt: ["30保留", 469],
    name: [["结合民用建筑修建防空地下室建设项目审批。", 470, 471]],
    authority: ["市、县人民防空行政主管部门", 462, 463],
    basis: [
      ["《中华人民共和国防空法》", 465],
      ["《人民防空工程建设管理规定》（国人防办字〔2003〕第18号）", 466, 467],
    ],
    opinion: ["30保留", 469],
    department: ["市人防办", 469],
    lines: [462, 471],
  },
  {
    no: 31,
    noAt: ["《中华人民共和国森林法实施条例》31", 477],
    name: [["权限内临时占用林地许可。", 477]],
    authority: ["省、市、县级、林业行政主管部门", 473, 476],
    basis: [["《中华人民共和国森林法实施条例》", 477]],
    opinion: ["31保留", 477],
    department: ["市林业局", 477],
    lines: [473, 477],
  },
  {
    no: 32,
    noAt: ["征用使用草原许可。32", 489],
    name: [["征用使用草原许可。", 489]],
    authority: ["县级以上畜牧兽医行政主管部门", 480, 483],
    basis: [
      ["《中华人民共和国草原法》", 485],
      ["《黑龙江省草原条例》", 486],
    ],
    opinion: ["暂停实施", 486],
    department: ["市畜牧兽医局", 488],
    lines: [480, 489],
  },
  {
    no: 33,
    noAt: ["临时占用草原许可。33", 492],
    name: [["临时占用草原许可。", 492]],
    authority: ["市、县草原行政主管部门", 491, 492],
    basis: [["《黑龙江省草原条例》", 492]],
    opinion: ["暂停实施", 492],
    lines: [491, 492],
  },
  {
    no: 34,
    noAt: ["建筑物审批。34", 499],
    name: [["宗教活动场所内改建或者新建建筑物审批。", 498, 499]],
    authority: ["省、市、县级宗教事务部门", 495, 496],
    basis: [["《宗教事务条例》", 496]],
    opinion: ["下放", 496],
    department: ["市民族宗教局", 494],
    lines: [494, 499],
  },
  {
    no: 35,
    noAt: ["35", 516],
    name: [
      [
        "权限内非煤矿矿山、金属冶炼建设项目和用于生产、储存危险物品（含危险化学品）建设项目安全设施设计审查。",
        511,
        514,
      ],
    ],
    authority: ["省、市级安全监管行政主管", 502, 503],
    basis: [
      ["《中华人民共和国安全生产法》", 505],
      ["《危险化学品建设项目安全监督管理办法》", 506, 507],
    ],
    opinion: ["保留", 509],
    department: ["市安全监管局", 501],
    lines: [501, 516],
  },
  {
    no: 36,
    noAt: ["36", 533],
    name: [["权限内新建、改建、扩建生产、存储危险化学品的建设项目安全条件审查。", 529, 531]],
    authority: ["省、市级安全监管行政主管部门", 519, 522],
    basis: [
      ["《危险化学品安全管理条例》", 524],
      ["《危险化学品建设项目安全监督管理办法》", 525, 526],
    ],
    opinion: ["保留", 528],
    department: ["市安全监管局", 518],
    lines: [518, 533],
  },
];

export interface ApprovalItemRow {
  [col: string]: string | number;
  no: number;
  /** 事项名称, whitespace removed, final 。 dropped, listed repairs applied */
  name: string;
  /** 主管部门: the city bureau */
  department: string;
  /** 审批部门: the statutory approving authority */
  authority: string;
  /** 设定依据, joined with ；in printed order */
  basis: string;
  /** 清理意见 as printed */
  dispositionZh: string;
  disposition: Disposition;
  /** first and last source line of the row's block, e.g. "121-138" */
  lines: string;
}

export interface NoticeTotals {
  reviewed: number;
  retained: number;
  delegated: number;
  suspended: number;
  postFiling: number;
  mergedFrom: number;
  mergedInto: number;
  mergedRetained: number;
  mergedSuspended: number;
  mergedRoutineSupervision: number;
  remainingAfterCleanup: number;
  /** 1-based line where the totals sentence starts */
  line: number;
}

export interface ApprovalItemsData {
  docNo: string;
  source: string;
  generatedBy: string;
  notice: NoticeTotals;
  /** part 二 (21 similar items merged into 8): the seed text stops at row 36; only the totals above are known */
  mergedItems: { present: false; note: string };
  repairs: ApprovalRepair[];
  mergedCells: MergedCell[];
  pairingDecisions: typeof PAIRING_DECISIONS;
  sourceErrataKept: typeof SOURCE_ERRATA_KEPT;
  rows: ApprovalItemRow[];
}

const compactText = (s: string) => s.replace(/\s+/g, "");

/** The table text with whitespace removed, and for each compact char the 1-based line it came from. */
class CompactLines {
  readonly text: string;
  private readonly lineStart: number[] = []; // compact offset where line n starts (index n, 1-based)
  constructor(lines: string[]) {
    let text = "";
    for (let i = 0; i < lines.length; i++) {
      this.lineStart[i + 1] = text.length;
      text += compactText(lines[i]);
    }
    this.lineStart[lines.length + 1] = text.length;
    this.text = text;
  }
  /** offsets [start, end) of the compact text of lines from..to */
  span(from: number, to: number): [number, number] {
    return [this.lineStart[from], this.lineStart[to + 1]];
  }
  lineAt(offset: number): number {
    let lo = 1;
    let hi = this.lineStart.length - 2;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStart[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
  /** find the anchor exactly once inside lines [from, to]; returns its compact offset */
  find([anchor, from, to = from]: Anchor, what: string): number {
    const needle = compactText(anchor);
    const [start, end] = this.span(from, to);
    const hits: number[] = [];
    for (let at = this.text.indexOf(needle, start); at >= 0 && at + needle.length <= end; ) {
      hits.push(at);
      at = this.text.indexOf(needle, at + 1);
    }
    if (hits.length !== 1) {
      throw new Error(
        `${APPROVAL_SOURCE_FILE}: ${what}: '${anchor}' found ${hits.length} times in lines ${from}-${to}, expected exactly once`,
      );
    }
    return hits[0];
  }
}

const OPINION_RE = /保留|下放|暂停实施|事后备案/g;

export function parseNoticeTotals(lines: string[]): NoticeTotals {
  const idx = lines.findIndex((l) => compactText(l).startsWith("梳理出市本级承担实施主体的报建审批事"));
  if (idx < 0) throw new Error(`${APPROVAL_SOURCE_FILE}: the totals sentence of 三、清理规范情况 was not found`);
  const sentence = compactText(lines.slice(idx, idx + 9).join(""));
  const m =
    /项为(\d+)项，清理调整后决定保留(\d+)项、下放(\d+)项、暂停实施(\d+)项、事后备案(\d+)项；将内容相近的(\d+)项报建审批事项整合为(\d+)项，保留(\d+)项、暂停实施(\d+)项、日常监管(\d+)项。清理规范后我市本级报建审批事项减少为(\d+)项/.exec(
      sentence,
    );
  if (!m) throw new Error(`${APPROVAL_SOURCE_FILE}:${idx + 1}: totals sentence does not have the expected shape`);
  const n = m.slice(1).map(Number);
  return {
    reviewed: n[0],
    retained: n[1],
    delegated: n[2],
    suspended: n[3],
    postFiling: n[4],
    mergedFrom: n[5],
    mergedInto: n[6],
    mergedRetained: n[7],
    mergedSuspended: n[8],
    mergedRoutineSupervision: n[9],
    remainingAfterCleanup: n[10],
    line: idx + 1,
  };
}

function applyRepairs(value: string, row: number): string {
  let out = value;
  for (const r of APPROVAL_REPAIRS) {
    if (r.rows.includes(row) && out.includes(r.printed)) out = out.replace(r.printed, r.repaired);
  }
  return out;
}

export function parseApprovalItems(text: string): ApprovalItemsData {
  const lines = text.split("\n");
  const notice = parseNoticeTotals(lines);

  // Table body: from the annex title to the next document's title (双政规〔2018〕1号).
  const tableStart = lines.findIndex((l) => l.trim() === "双鸭山市本级投资项目报建审批事项清理规范表");
  const tableEnd = lines.findIndex((l, i) => i > tableStart && l.includes("双鸭山市人民政府关于做好当前和今后"));
  if (tableStart < 0 || tableEnd < 0) throw new Error(`${APPROVAL_SOURCE_FILE}: annex table bounds not found`);
  const compact = new CompactLines(lines);

  // Section header with the glyph repair; its tallies must equal the notice's.
  const header = APPROVAL_REPAIRS[0];
  if (compactText(lines[header.line - 1]) !== header.printed) {
    throw new Error(`${APPROVAL_SOURCE_FILE}:${header.line}: section header is not '${header.printed}'`);
  }
  const hm = /保留(\d+)项、下放(\d+)项、暂停实施(\d+)项、事后备案(\d+)项/.exec(header.repaired);
  if (
    !hm ||
    Number(hm[1]) !== notice.retained ||
    Number(hm[2]) !== notice.delegated ||
    Number(hm[3]) !== notice.suspended ||
    Number(hm[4]) !== notice.postFiling
  ) {
    throw new Error(`${APPROVAL_SOURCE_FILE}:${header.line}: section header tallies differ from the notice`);
  }

  const inTable = (a: Anchor) => a[1] > tableStart && (a[2] ?? a[1]) < tableEnd + 1;
  const usedOpinions = new Set<number>();
  const rows: ApprovalItemRow[] = [];
  for (const spec of ROW_SPECS) {
    const all: Anchor[] = [spec.noAt, ...spec.name, spec.authority, ...spec.basis, spec.opinion];
    if (spec.department) all.push(spec.department);
    for (const a of all) {
      if (!inTable(a)) throw new Error(`row ${spec.no}: anchor '${a[0]}' lies outside the annex table`);
    }
    const noText = compactText(spec.noAt[0]);
    compact.find(spec.noAt, `row ${spec.no} number`);
    const digits = noText.match(/\d+/g) ?? [];
    if (digits.length !== 1 || Number(digits[0]) !== spec.no) {
      throw new Error(`row ${spec.no}: number anchor '${spec.noAt[0]}' does not print the number ${spec.no}`);
    }
    const nameParts = spec.name.map((a) => {
      compact.find(a, `row ${spec.no} name`);
      return compactText(a[0]);
    });
    const name = applyRepairs(nameParts.join(""), spec.no).replace(/。$/, "");
    compact.find(spec.authority, `row ${spec.no} authority`);
    const authority = applyRepairs(compactText(spec.authority[0]), spec.no);
    const basis = spec.basis.map((a) => {
      compact.find(a, `row ${spec.no} basis`);
      return compactText(a[0]);
    });
    const opinionAt = compact.find(spec.opinion, `row ${spec.no} opinion`);
    const opinionText = compactText(spec.opinion[0]);
    const words = [...opinionText.matchAll(OPINION_RE)];
    if (words.length !== 1) throw new Error(`row ${spec.no}: opinion anchor must contain exactly one opinion word`);
    const opinionOffset = opinionAt + (words[0].index ?? 0);
    if (usedOpinions.has(opinionOffset)) throw new Error(`row ${spec.no}: opinion at that place is used twice`);
    usedOpinions.add(opinionOffset);
    let department = "";
    if (spec.department) {
      compact.find(spec.department, `row ${spec.no} department`);
      department = compactText(spec.department[0]);
    }
    rows.push({
      no: spec.no,
      name,
      department,
      authority,
      basis: basis.join("；"),
      dispositionZh: words[0][0],
      disposition: DISPOSITION_ZH[words[0][0]],
      lines: `${spec.lines[0]}-${spec.lines[1]}`,
    });
  }

  // Merged cells: copy the printed cell of the source row.
  for (const mc of MERGED_CELLS) {
    const from = rows.find((r) => r.no === mc.fromRow);
    if (!from?.[mc.column]) throw new Error(`merged cell: row ${mc.fromRow} has no printed ${mc.column}`);
    for (const no of mc.rows) {
      const row = rows.find((r) => r.no === no);
      if (!row) throw new Error(`merged cell: no row ${no}`);
      if (row[mc.column]) throw new Error(`merged cell: row ${no} already prints a ${mc.column}`);
      row[mc.column] = from[mc.column];
    }
  }
  for (const r of rows) {
    for (const col of ["name", "department", "authority", "basis"] as const) {
      if (!r[col]) throw new Error(`row ${r.no}: ${col} is empty`);
    }
  }

  // Every opinion word printed in the table body (outside 《…》 titles) belongs to exactly one row.
  const [bodyStart, bodyEnd] = compact.span(header.line + 1, tableEnd);
  const body = compact.text.slice(bodyStart, bodyEnd);
  const printedOpinions: number[] = [];
  let depth = 0;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch === "《") depth++;
    else if (ch === "》") depth = Math.max(0, depth - 1);
    else if (depth === 0) {
      OPINION_RE.lastIndex = 0;
      const m = OPINION_RE.exec(body.slice(i, i + 4));
      if (m && m.index === 0) {
        printedOpinions.push(bodyStart + i);
        i += m[0].length - 1;
      }
    }
  }
  const unused = printedOpinions.filter((o) => !usedOpinions.has(o));
  if (printedOpinions.length !== rows.length || unused.length > 0) {
    throw new Error(
      `opinion words in the table: ${printedOpinions.length} printed, ${rows.length} rows; unused at lines ${unused
        .map((o) => compact.lineAt(o))
        .join(", ")}`,
    );
  }

  // Row numbers 1..N, and tallies equal to the notice.
  rows.forEach((r, i) => {
    if (r.no !== i + 1) throw new Error(`row order: got ${r.no} at position ${i + 1}`);
  });
  const count = (d: Disposition) => rows.filter((r) => r.disposition === d).length;
  const tallies = {
    reviewed: rows.length,
    retained: count("retained"),
    delegated: count("delegated"),
    suspended: count("suspended"),
    postFiling: count("post-filing"),
  };
  for (const [k, v] of Object.entries(tallies)) {
    if (notice[k as keyof NoticeTotals] !== v) {
      throw new Error(`tally ${k}: table has ${v}, the notice says ${notice[k as keyof NoticeTotals]}`);
    }
  }

  return {
    docNo: APPROVAL_DOC_NO,
    source: APPROVAL_SOURCE_FILE,
    generatedBy: "scripts/parse-approval-items.ts",
    notice,
    mergedItems: {
      present: false,
      note: `Part 二 of the annex (${notice.mergedFrom} similar items merged into ${notice.mergedInto}: ${notice.mergedRetained} 保留, ${notice.mergedSuspended} 暂停实施, ${notice.mergedRoutineSupervision} 日常监管) is not in the seed text: the table stops at row 36 (l.533) and 双政规〔2018〕1号 starts at l.534. Only its totals are encoded; its rows are not invented.`,
    },
    repairs: APPROVAL_REPAIRS,
    mergedCells: MERGED_CELLS,
    pairingDecisions: PAIRING_DECISIONS,
    sourceErrataKept: SOURCE_ERRATA_KEPT,
    rows,
  };
}

export function renderApprovalJson(data: ApprovalItemsData): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const root = join(dirname(fileURLToPath(import.meta.url)), "..");
  const data = parseApprovalItems(readFileSync(join(root, APPROVAL_SOURCE_FILE), "utf8"));
  const out = renderApprovalJson(data);
  writeOrCheck(root, APPROVAL_OUTPUT_FILE, out, "scripts/parse-approval-items.ts", `${data.rows.length} rows`);
}
