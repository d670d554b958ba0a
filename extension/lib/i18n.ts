// UI strings: zh-CN first, English second.
import type { CounterStatus, Lang, Severity } from "./messages.ts";

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
};

export function t(lang: Lang, key: Key): string {
  return lang === "en" ? en[key] : zh[key];
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
