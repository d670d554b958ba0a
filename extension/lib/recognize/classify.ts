// Which case kind a page (or a queue row) is about, from its title/headings and the labels it shows.
import { labelKey } from "./text.ts";
import { VOCABULARIES } from "./vocabulary.ts";

/** Heading keywords per kind, strongest first. Checked on the title, h1–h4, captions, table headers. */
const KEYWORDS: [kind: string, words: string[]][] = [
  ["open-data-objection", ["开放异议", "异议处理", "异议申请", "异议"]],
  ["data-correction", ["校核申请", "数据校核", "校核", "纠错", "数据更正"]],
  ["open-data-request", ["有条件开放", "开放申请", "开放类公共数据申请", "数据开放申请"]],
  ["data-demand", ["数据需求", "需求详情", "供需对接", "需求申请"]],
  ["catalog-update", ["目录更新", "目录变更"]],
  ["data-grant", ["调用监测", "数据授权", "授权管理", "调用情况"]],
  ["supervision-task", ["督办", "任务清单", "重点工作", "民生实事", "责任分工", "督查任务"]],
  ["approval-application", ["报建审批", "审批事项", "审批申请", "投资项目审批", "行政审批申请"]],
  ["data-share-request", ["共享申请", "数据共享", "数据使用申请", "共享审核", "共享数据使用"]],
];

/** Labels that only one kind prints (evidence when headings say nothing). */
const DISTINCT_LABELS: [kind: string, labels: string[]][] = [
  ["data-share-request", ["共享类型", "共享属性", "共享方式", "共享范围", "履职依据", "不予共享理由"]],
  ["data-demand", ["数据项", "数据提供部门", "使用依据", "是否已编目", "是否已编制目录", "挂载时间"]],
  ["data-correction", ["核实更正时间", "校核编号", "校核数据", "更正时间"]],
  ["open-data-request", ["不予开放理由", "申请开放数据", "开放类型"]],
  ["open-data-objection", ["相关证据材料", "证据材料", "数据集状态", "中止开放时间", "异议编号"]],
  ["approval-application", ["审批事项", "事项名称", "申请事项", "项目代码"]],
  ["supervision-task", ["任务编号", "完成时限", "牵头单位", "主办单位", "任务清单"]],
  ["data-grant", ["最近调用时间", "最后调用时间"]],
  ["catalog-update", ["变化发生日期", "审核发布时间"]],
];

const DISTINCT = new Map<string, string>();
for (const [kind, labels] of DISTINCT_LABELS) for (const l of labels) DISTINCT.set(labelKey(l), kind);

/** Kind named by a piece of text (a heading, a 业务类型 cell), or undefined. */
export function kindFromText(text: string): string | undefined {
  const t = text.replace(/\s+/g, "");
  if (!t) return undefined;
  for (const [kind, words] of KEYWORDS) for (const w of words) if (t.includes(w)) return kind;
  return undefined;
}

/**
 * Decide the kind from headings (weight 3 each, earlier headings first) and label keys (weight 1 each).
 * Returns undefined when nothing points anywhere.
 */
export function classify(headings: string[], labelKeys: Iterable<string>): string | undefined {
  return classifyScored(headings, labelKeys).kind;
}

export interface KindGuess {
  kind: string | undefined;
  /**
   * "low" when the evidence is thin (one distinctive label and no heading) or another kind scores about as well:
   * the overlay then says the kind is uncertain and shows no counter rather than a guess.
   */
  confidence: "high" | "low";
  /** The rival kinds when confidence is low. */
  alternatives: string[];
}

/** classify() with how sure it is. */
export function classifyScored(headings: string[], labelKeys: Iterable<string>): KindGuess {
  const score = new Map<string, number>();
  const add = (k: string, n: number) => score.set(k, (score.get(k) ?? 0) + n);
  for (const h of headings) {
    const k = kindFromText(h);
    if (k) add(k, 3);
  }
  for (const key of labelKeys) {
    const k = DISTINCT.get(key);
    if (k) add(k, 1);
  }
  let best: string | undefined;
  let bestScore = 0;
  for (const [kind] of KEYWORDS) {
    const s = score.get(kind) ?? 0;
    if (s > bestScore) {
      best = kind;
      bestScore = s;
    }
  }
  if (!best || !VOCABULARIES.has(best)) return { kind: undefined, confidence: "low", alternatives: [] };
  const rivals = [...score].filter(([k, v]) => k !== best && v > 0 && v >= bestScore - 1).map(([k]) => k);
  const thin = bestScore <= 1;
  return { kind: best, confidence: thin || rivals.length ? "low" : "high", alternatives: rivals };
}
