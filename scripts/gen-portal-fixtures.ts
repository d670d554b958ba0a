// Generates the large / encoded pages of the demo legacy portal (tests/fixtures/portal/), deterministically:
//   queue.html  — a 5 000-row request queue, dates relative to QUEUE_BASE (tests set the clock from it)
//   tasks.html  — the 220 supervision tasks of 双政发〔2026〕3号, from shared/rules/packs/data/tasks-2026.json
//   gbk.html    — a data-correction request written in real GBK bytes (<meta charset="gbk">)
// Run: npx tsx scripts/gen-portal-fixtures.ts   (the output is committed; re-running must not change it)
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import iconv from "iconv-lite";
import { escapeHtml } from "../shared/text/escape-html.ts";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, "tests/fixtures/portal");

/** The queue's reference instant (Beijing time). Row n was received a fixed number of days/minutes before it. */
export const QUEUE_BASE = { day: "2026-09-30", time: "09:00" };
export const QUEUE_ROWS = 5000;

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

const DEPARTMENTS = [
  "市人力资源和社会保障局",
  "市民政局",
  "市医疗保障局",
  "市住房城乡建设局",
  "市教育局",
  "市税务局",
  "市市场监督管理局",
  "市卫生健康委员会",
  "市住房公积金管理中心",
  "市农业农村局",
  "市交通运输局",
  "市退役军人事务局",
];

const TYPES = [
  { name: "共享申请", prefix: "GX" },
  { name: "数据需求", prefix: "XQ" },
  { name: "开放申请", prefix: "KF" },
  { name: "校核申请", prefix: "JH" },
] as const;

/** Business type of row n (1-based): 6 in 10 share requests, 2 demands, 1 open-data request, 1 correction. */
export function queueType(n: number): (typeof TYPES)[number] {
  const r = n % 10;
  return r <= 5 ? TYPES[0] : r <= 7 ? TYPES[1] : r === 8 ? TYPES[2] : TYPES[3];
}

/** Received instant of row n: (n·37 mod 21) days before QUEUE_BASE's day, at 08:30 + (n·53 mod 540) minutes. */
export function queueReceived(n: number): string {
  const daysBack = (n * 37) % 21;
  const base = Date.UTC(2026, 8, 30); // 2026-09-30
  const d = new Date(base - daysBack * 86_400_000);
  const minutes = 8 * 60 + 30 + ((n * 53) % 540);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** Status of row n: every 13th 同意, every 29th 不同意 (驳回 for demands), else 待审核. */
export function queueStatus(n: number): string {
  if (n % 13 === 0) return "同意";
  if (n % 29 === 0) return queueType(n).name === "数据需求" ? "驳回" : "不同意";
  return "待审核";
}

export function queueShareClass(n: number): string {
  if (queueType(n).name !== "共享申请") return "—";
  return n % 7 === 0 ? "无条件共享" : "有条件共享";
}

export function queueId(n: number): string {
  return `${queueType(n).prefix}-2026-${pad(n, 5)}`;
}

function header(title: string, crumb: string, charset = "utf-8"): string {
  return `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=${charset}">
<title>${escapeHtml(title)}</title>
<link href="css/portal.css" rel="stylesheet" type="text/css">
</head>
<body leftmargin="0" topmargin="0">
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td class="banner"><font face="黑体" size="5" color="#FFFFFF">双鸭山市公共数据管理平台</font></td></tr>
  <tr><td class="nav">&nbsp;<a href="index.html">首页</a>|<a href="queue.html">待办队列</a>|<a href="tasks.html">督办任务</a>
    <font class="crumb">&nbsp;&nbsp;当前位置：首页 &gt; ${escapeHtml(crumb)}</font></td></tr>
</table>
`;
}

const FOOT = `<table width="980" border="0" align="center"><tr><td class="foot">主办：双鸭山市政务服务和数据管理局</td></tr></table>
</body>
</html>
`;

export function genQueue(): string {
  const rows: string[] = [];
  for (let n = 1; n <= QUEUE_ROWS; n++) {
    const bg = n % 2 === 0 ? ' bgcolor="#F5F8FC"' : "";
    rows.push(
      `<tr${bg}><td align="center">${n}</td><td><a href="share-request-pending.html?id=${queueId(n)}">${queueId(n)}</a></td><td>${queueType(n).name}</td><td>${DEPARTMENTS[n % DEPARTMENTS.length]}</td><td>${queueShareClass(n)}</td><td>${queueReceived(n)}</td><td>${queueStatus(n)}</td><td align="center"><a href="#">办理</a></td></tr>`,
    );
  }
  return `${header("待办申请队列 - 双鸭山市公共数据管理平台", "待办队列")}<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
  <tr><td class="title">待办申请队列（共 ${QUEUE_ROWS} 条）</td></tr>
  <tr><td>
<table id="queue" class="grid" width="100%" border="0" cellpadding="3" cellspacing="1" bgcolor="#9FB5D6">
<tr bgcolor="#C9D9F0"><td align="center"><b>序号</b></td><td><b>申请编号</b></td><td><b>业务类型</b></td><td><b>申请部门</b></td><td><b>共享类型</b></td><td><b>收件时间</b></td><td><b>审核状态</b></td><td align="center"><b>操作</b></td></tr>
${rows.join("\n")}
<tr><td colspan="8" align="right">共 ${QUEUE_ROWS} 条&nbsp;第 1/1 页&nbsp;</td></tr>
</table>
  </td></tr>
</table>
${FOOT}`;
}

export interface Task {
  list: "work-report" | "livelihood";
  taskNo: number;
  title: string;
  lead: string;
  hostUnits: string;
  coUnits: string;
  dueText: string;
  dueDate: string;
  stars: number | null;
}

/** The demo clock for the task list: late December, when most tasks (due 12月底) are nearly due. */
export const TASKS_CLOCK = "2026-12-20T10:00:00+08:00";

function shiftDay(day: string, days: number): string {
  const t = new Date(Date.UTC(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10)) + days * 86_400_000);
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

/**
 * 完成时间 shown for some tasks (all before TASKS_CLOCK). Tasks due by 11月底: done 5 days late when taskNo is
 * divisible by 7, still open (overdue) when divisible by 5 (livelihood: by 4), else done (taskNo mod 20) days
 * before the due date (livelihood: mod 10). Tasks due 12月底: done (taskNo mod 20) days early when taskNo is
 * divisible by 3 and that date is on or before 2026-12-15, else still open. 民生实事 3 was done on 2026-06-18.
 */
export function taskCompletion(t: Task): string {
  const n = t.taskNo;
  if (t.list === "livelihood" && n === 3) return "2026-06-18";
  if (t.dueDate <= "2026-11-30") {
    if (t.list === "livelihood") return n % 4 === 0 ? "" : shiftDay(t.dueDate, -(n % 10));
    if (n % 7 === 0) return shiftDay(t.dueDate, 5);
    if (n % 5 === 0) return "";
    return shiftDay(t.dueDate, -(n % 20));
  }
  if (t.list === "work-report" && n % 3 === 0) {
    const d = shiftDay(t.dueDate, -(n % 20));
    return d <= "2026-12-15" ? d : "";
  }
  return "";
}

export function genTasks(tasks: Task[]): string {
  const listName = (l: Task["list"]) => (l === "work-report" ? "政府工作报告" : "民生实事");
  const rows = tasks.map((t, i) => {
    const done = taskCompletion(t);
    return `<tr><td align="center">${i + 1}</td><td>${listName(t.list)}</td><td align="center">${t.taskNo}</td><td>${escapeHtml(t.title)}</td><td>${escapeHtml(t.lead)}</td><td>${escapeHtml(t.hostUnits)}</td><td>${escapeHtml(t.coUnits)}</td><td align="center">${escapeHtml(t.dueText)}</td><td align="center">${"★".repeat(t.stars ?? 0)}</td><td>${done || "&nbsp;"}</td></tr>`;
  });
  return `${header("督办任务清单 - 双政发〔2026〕3号 - 双鸭山市人民政府督查系统", "督办任务")}<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
  <tr><td class="title">市《政府工作报告》重点工作及20件民生实事督办任务清单</td></tr>
  <tr><td align="center"><font color="#666666">依据：双政发〔2026〕3号（共 ${tasks.length} 项）</font></td></tr>
  <tr><td>
<table id="tasks" class="grid" width="100%" border="0" cellpadding="3" cellspacing="1" bgcolor="#9FB5D6">
<thead><tr><th>序号</th><th>清单</th><th>任务编号</th><th>任务内容</th><th>牵头领导</th><th>主办单位</th><th>协办单位</th><th>完成时限</th><th>星级</th><th>完成时间</th></tr></thead>
<tbody>
${rows.join("\n")}
</tbody>
</table>
  </td></tr>
</table>
${FOOT}`;
}

export function genGbk(): Buffer {
  const html = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta charset="gbk">
<title>公共数据校核申请（GBK 编码页面）- 双鸭山市数据共享交换平台</title>
<link href="css/portal.css" rel="stylesheet" type="text/css">
</head>
<body leftmargin="0" topmargin="0">
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td class="banner"><font face="黑体" size="5" color="#FFFFFF">双鸭山市数据共享交换平台</font></td></tr>
  <tr><td class="nav">&nbsp;<a href="index.html">首页</a>
    <font class="crumb">&nbsp;&nbsp;当前位置：首页 &gt; 数据纠错 &gt; 校核申请</font></td></tr>
</table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
  <tr><td class="title">公共数据校核申请</td></tr>
  <tr><td>
    <table width="96%" border="0" align="center" cellpadding="4" cellspacing="1" bgcolor="#9FB5D6">
      <tr><td class="tdlabel">校核编号：</td><td class="tdvalue">JH-2026-0429-013</td></tr>
      <tr><td class="tdlabel">申请单位：</td><td class="tdvalue">宝山区人民政府</td></tr>
      <tr><td class="tdlabel">校核数据：</td><td class="tdvalue">残疾人基本信息 → 残疾等级</td></tr>
      <tr><td class="tdlabel">问题描述：</td><td class="tdvalue">居民 孙淑珍（身份证号 230506197503021613）残疾等级应为三级，共享数据显示为四级。</td></tr>
      <tr><td class="tdlabel">收件日期：</td><td class="tdvalue">2026年4月29日 9时05分</td></tr>
      <tr><td class="tdlabel">核实更正时间：</td><td class="tdvalue">2026年5月8日 14时30分</td></tr>
      <tr><td class="tdlabel">反馈时间：</td><td class="tdvalue"></td></tr>
    </table>
  </td></tr>
</table>
<table width="980" border="0" align="center"><tr><td class="foot">主办：双鸭山市政务服务和数据管理局　技术支持：市信息中心</td></tr></table>
</body>
</html>
`;
  const bytes = iconv.encode(html, "gbk");
  if (iconv.decode(bytes, "gbk") !== html) throw new Error("gbk.html: text does not round-trip through GBK");
  return bytes;
}

function main(): void {
  writeFileSync(join(out, "queue.html"), genQueue());
  writeFileSync(join(out, "gbk.html"), genGbk());
  const tasksFile = join(root, "shared/rules/packs/data/tasks-2026.json");
  if (existsSync(tasksFile)) {
    const data = JSON.parse(readFileSync(tasksFile, "utf8")) as { tasks: Task[] };
    if (data.tasks.length !== 220) throw new Error(`tasks-2026.json: expected 220 tasks, got ${data.tasks.length}`);
    writeFileSync(join(out, "tasks.html"), genTasks(data.tasks));
  } else console.warn("tasks-2026.json not found: tasks.html left as is");
  console.log(`wrote ${out}/{queue,gbk,tasks}.html`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
