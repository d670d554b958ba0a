// UI strings: zh-CN first, English second.
import type { CounterStatus, Lang, RowStatus, Severity } from "./messages.ts";

const zh = {
  panelTitle: "时限提示",
  kind: "办件类型",
  deadlines: "办理时限",
  findings: "规则提示",
  noFindings: "未发现问题",
  noDeadlines: "无适用时限",
  flag: "标记不合规",
  flagNote: "备注（可选）",
  flagSubmit: "提交标记",
  flagged: "已标记",
  flagThis: "一键标记",
  due: "截止",
  provisional: "预估（放假安排未发布）",
  close: "关闭",
  collapse: "收起",
  expand: "时限",
  article: "条文",
  loading: "加载中…",
  met: "已办结",
  syncState: "同步状态",
  openFlags: "未处理标记",
  todayOverdue: "今日到期与已超期",
  allTracked: "跟踪中的办件",
  none: "暂无",
  error: "无法评估",
  rows: "条记录",
  calculations: "测算",
  capped: "已达年度上限",
  steps: "计算步骤",
  uncertain: "未能确定",
  unreadable: "未能读取",
  howComputed: "读取与计算",
  teach: "教 ShiXian 认识此页",
  adapterStale: "此页已学习的识别规则“{title}”在页面上找不到：{missing}。已改用通用识别，请重新教一次。",
  teachTitle: "教 ShiXian 认识此页",
  teachKind: "办件类型",
  teachMode: "页面类型",
  teachSingle: "单个办件（详情页）",
  teachList: "列表（每行一个办件）",
  teachPickHint: "点选下方一个字段，再在页面上点击显示该字段的元素（列表页：点击该列的表头）。",
  teachPick: "点选",
  teachPicking: "请在页面上点击…（Esc 取消）",
  teachClear: "清除",
  teachNoneMatch: "找不到该元素",
  teachManyMatch: "匹配到多个元素（{n}）",
  teachPositional: "按位置定位：页面稍有变化即可能失效",
  teachStable: "稳定定位",
  teachPreview: "识别结果（实时）",
  teachPreviewEmpty: "尚未识别出字段",
  teachSave: "保存",
  teachSaved: "已保存到本机",
  teachSavedServer: "已保存到本机和服务器",
  teachSavedLocalOnly: "已保存到本机（保存到服务器需要主管或管理员令牌）",
  teachCancel: "关闭",
  teachExternalId: "办件编号",
  teachKindColumn: "业务类型列",
  teachNeedField: "请至少点选一个字段",
  teachUrlScope: "适用网址",
  adapters: "已学习的页面",
  exportAdapters: "导出（JSON 文件）",
  importAdapters: "导入 JSON 文件",
  imported: "已导入",
  deleteAdapter: "删除",
} as const;

type Key = keyof typeof zh;
const en: Record<Key, string> = {
  panelTitle: "Deadlines & rules",
  kind: "Case kind",
  deadlines: "Deadlines",
  findings: "Findings",
  noFindings: "No issues found",
  noDeadlines: "No deadline applies",
  flag: "Flag as noncompliant",
  flagNote: "Note (optional)",
  flagSubmit: "Submit flag",
  flagged: "Flagged",
  flagThis: "Flag",
  due: "Due",
  provisional: "Provisional (holiday schedule not yet published)",
  close: "Close",
  collapse: "Hide",
  expand: "Deadlines",
  article: "Article",
  loading: "Loading…",
  met: "Done",
  syncState: "Sync",
  openFlags: "Open flags",
  todayOverdue: "Due today & overdue",
  allTracked: "Tracked cases",
  none: "None",
  error: "Cannot evaluate",
  rows: "rows",
  calculations: "Calculations",
  capped: "annual cap reached",
  steps: "Steps",
  uncertain: "Cannot determine",
  unreadable: "Unreadable",
  howComputed: "Read and computed",
  teach: "Teach ShiXian this page",
  adapterStale:
    'The page rules learnt for this page ("{title}") no longer find: {missing}. Using generic recognition; please teach the page again.',
  teachTitle: "Teach ShiXian this page",
  teachKind: "Case kind",
  teachMode: "Page type",
  teachSingle: "One case (detail page)",
  teachList: "A list (one case per row)",
  teachPickHint: "Choose a field below, then click the page element that shows it (on a list: the column's header).",
  teachPick: "Pick",
  teachPicking: "Click on the page… (Esc cancels)",
  teachClear: "Clear",
  teachNoneMatch: "matches nothing",
  teachManyMatch: "matches several elements ({n})",
  teachPositional: "found by position: a small page change may break it",
  teachStable: "stable anchor",
  teachPreview: "What ShiXian reads (live)",
  teachPreviewEmpty: "No field read yet",
  teachSave: "Save",
  teachSaved: "Saved on this computer",
  teachSavedServer: "Saved on this computer and on the server",
  teachSavedLocalOnly: "Saved on this computer (saving to the server needs a supervisor or admin token)",
  teachCancel: "Close",
  teachExternalId: "Case number",
  teachKindColumn: "Case-type column",
  teachNeedField: "Pick at least one field",
  teachUrlScope: "Applies to",
  adapters: "Taught pages",
  exportAdapters: "Export (JSON file)",
  importAdapters: "Import a JSON file",
  imported: "Imported",
  deleteAdapter: "Delete",
};

export function t(lang: Lang, key: Key): string {
  return lang === "en" ? en[key] : zh[key];
}

/** t() with {name} placeholders filled. */
export function tf(lang: Lang, key: Key, vars: Record<string, string | number>): string {
  return t(lang, key).replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}

/** "标签：" in Chinese, "Label: " in English. */
export function labelled(lang: Lang, key: Key): string {
  return lang === "en" ? `${en[key]}: ` : `${zh[key]}：`;
}

export function pick(lang: Lang, text: { zh: string; en: string }): string {
  return lang === "en" ? text.en || text.zh : text.zh || text.en;
}

const KIND_NAMES: Record<string, [string, string]> = {
  "data-share-request": ["数据共享申请", "Data-sharing request"],
  "data-demand": ["数据需求", "Data demand"],
  "data-correction": ["数据纠错申请", "Data correction"],
  "open-data-request": ["公共数据开放申请", "Open-data request"],
  "open-data-objection": ["开放数据异议", "Open-data objection"],
  "catalog-update": ["目录更新", "Catalog update"],
  "data-grant": ["数据授权", "Data grant"],
  "approval-application": ["审批事项申请", "Approval application"],
  "supervision-task": ["督办任务", "Supervision task"],
  "civil-servant-medical-claim": ["公务员医疗补助", "Civil-servant medical claim"],
  "outpatient-claim": ["门诊共济报销", "Outpatient claim"],
  "provident-fund-withdrawal": ["公积金提取", "Provident-fund withdrawal"],
  "provident-fund-loan": ["公积金贷款", "Provident-fund loan"],
  "ftz-power-request": ["自贸片区权限事项", "FTZ power request"],
  "subsidy-application": ["补贴奖励申请", "Subsidy / reward application"],
  "premises-application": ["棚改商服使用申请", "Premises application"],
  "data-product": ["数据产品", "Data product"],
};

export function kindName(lang: Lang, kind: string): string {
  const n = KIND_NAMES[kind];
  return n ? (lang === "en" ? n[1] : n[0]) : kind;
}

export function severityName(lang: Lang, s: Severity): string {
  const zhN = { violation: "违规", warning: "注意", info: "提示" };
  const enN = { violation: "Violation", warning: "Warning", info: "Info" };
  return lang === "en" ? enN[s] : zhN[s];
}

/** Icon + words for a status: never colour alone. */
/** Glyphs chosen from what common Windows/Linux fonts carry (Segoe UI Symbol, DejaVu): no emoji needed. */
export const STATUS_ICON: Record<CounterStatus, string> = {
  ok: "✓",
  "due-soon": "◷",
  "due-today": "⚠",
  overdue: "✕",
  done: "✔",
};

/** Queue rows add `uncertain`: a fact the deadline needs is missing or unreadable in the row. */
export const ROW_STATUS_ICON: Record<RowStatus, string> = { ...STATUS_ICON, uncertain: "？" };

export const SEVERITY_ICON: Record<Severity, string> = { violation: "✕", warning: "⚠", info: "ℹ" };

export const STATUS_COLOR: Record<CounterStatus, { fg: string; bg: string }> = {
  ok: { fg: "#0b5d1e", bg: "#e3f4e8" },
  "due-soon": { fg: "#7a4a00", bg: "#fff1cc" },
  "due-today": { fg: "#8a2b00", bg: "#ffe0cc" },
  overdue: { fg: "#ffffff", bg: "#b3261e" },
  done: { fg: "#3d4450", bg: "#e8eaee" },
};

/** The counter's words, e.g. "剩余 3 个工作日" / "今日 17:00 到期" / "已超期 2 个工作日". */
export function statusText(
  lang: Lang,
  d: {
    status: CounterStatus;
    workdaysLeft: number;
    overdueWorkdays: number;
    hoursLeft: number;
    met?: boolean;
    doneAt?: string;
  },
): string {
  if (d.met) return lang === "en" ? "Done in time" : "已按时办结";
  if (d.met === false && d.doneAt)
    return lang === "en"
      ? `Done late (${d.overdueWorkdays} working day(s) over)`
      : `逾期办结（超期 ${d.overdueWorkdays} 个工作日）`;
  switch (d.status) {
    case "done":
      // finished (已办结 / 同意 / 驳回 …) but the page shows no completion time: in time or not is unknown
      return lang === "en" ? "Done (completion time not shown)" : "已办结（未显示办结时间）";
    case "overdue":
      if (d.overdueWorkdays > 0)
        return lang === "en"
          ? `Overdue by ${d.overdueWorkdays} working day(s)`
          : `已超期 ${d.overdueWorkdays} 个工作日`;
      return lang === "en" ? "Overdue" : "已超期";
    case "due-today": {
      const h = Math.max(0, Math.floor(d.hoursLeft));
      return lang === "en" ? `Due today (${h} h left)` : `今日到期（剩余约 ${h} 小时）`;
    }
    default:
      return lang === "en" ? `${d.workdaysLeft} working day(s) left` : `剩余 ${d.workdaysLeft} 个工作日`;
  }
}
