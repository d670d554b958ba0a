// 今日: the unit cards (电子监察 red / yellow / green), then the open tracked cases overdue, due today or due soon,
// filtered and paged by the URL (a view can be bookmarked), each with its live working-day counters (computed at
// request time by the shared evaluator), findings with citations, and flags.
import { html } from "hono/html";
import type { Principal } from "../../auth/scope.ts";
import type { BoardCase, Bucket, TodayFilter, UnitCard } from "../queries.ts";
import { citationLink } from "./citation.ts";
import { FLAG_STATUS_ZH, type Html, page, statusBadge } from "./layout.ts";

const BUCKET_ZH: Record<Bucket, string> = { overdue: "已超期", today: "今日到期", soon: "即将到期", all: "全部在办" };
const LIGHT_ZH = { red: "红灯：有超期件", yellow: "黄灯：今日到期或时限过半", green: "绿灯：无预警" } as const;

function card(u: UnitCard, ruleTitle: (id: string) => string): Html {
  const last = u.onTime.filter((m) => m.rate !== null).at(-1);
  return html`<li class="card" data-testid="board-unit-card" data-light="${u.light}" data-unit="${u.unitId}">
  <h2 style="margin:0">${u.name}</h2>
  <p class="light">${LIGHT_ZH[u.light]}</p>
  <p>在办 ${u.open} 件 · <a href="/board?bucket=overdue&amp;unit=${u.unitId}">超期 ${u.overdue}</a> · <a href="/board?bucket=today&amp;unit=${u.unitId}">今日到期 ${u.dueToday}</a> · 时限用过四分之三 ${u.pastYellow}</p>
  <p>按期办结率 <span lang="en">on time</span>：${last ? `${last.month} ${last.rate}%（${last.done - last.late}/${last.done}）` : "本期无办结"}</p>
  ${
    u.topRules.length
      ? html`<p class="note">标记最多的规则：${u.topRules.map((r, i) => html`${i ? "；" : ""}${ruleTitle(r.ruleId)}（${r.count}）`)}</p>`
      : ""
  }
</li>`;
}

function row(c: BoardCase): Html {
  return html`<tr data-testid="board-case-row" data-case="${c.id}" data-due="${c.due ?? ""}">
  <td>${c.externalId}<br><span class="note">${c.portal}</span></td>
  <td>${c.kindName.zh}</td>
  <td>${c.unitName}<br><span class="note">${c.clerk ?? ""}</span></td>
  <td>${c.deadlines.map(
    (d) =>
      html`<div>${d.label.zh}：${statusBadge(d.status, d.workdaysLeft, d.overdueWorkdays)} 截止 ${d.due}${d.provisional ? "（预估）" : ""}<br><span class="note">${citationLink(d.citation)}</span></div>`,
  )}</td>
  <td>${c.findings.length ? c.findings.map((f) => html`<div>${f.title}<br><span class="note">${citationLink(f.citation)}</span></div>`) : html`<span class="note">无</span>`}</td>
  <td>${c.flags.length ? c.flags.map((f) => html`<div><a href="/board/flags/${f.id}"><span class="badge f-${f.status}">${FLAG_STATUS_ZH[f.status]}</span></a></div>`) : html`<span class="note">无</span>`}</td>
</tr>`;
}

export function todayPage(opts: {
  actor: Principal;
  filter: TodayFilter;
  cards: UnitCard[];
  units: { id: string; name: string }[];
  kinds: { id: string; name: string }[];
  view: { items: BoardCase[]; total: number; page: number; pageSize: number; counts: Record<Bucket, number> };
  asOf: string;
  ruleTitle: (id: string) => string;
  message?: string;
}): Html {
  const { filter: f, view } = opts;
  const pages = Math.max(1, Math.ceil(view.total / view.pageSize));
  const link = (p: Partial<TodayFilter>) => {
    const q = new URLSearchParams();
    const m = { ...f, ...p };
    if (m.bucket !== "overdue") q.set("bucket", m.bucket);
    if (m.unitId) q.set("unit", m.unitId);
    if (m.kind) q.set("kind", m.kind);
    if (m.q) q.set("q", m.q);
    if (m.sort !== "due") q.set("sort", m.sort);
    if (m.page > 1) q.set("page", String(m.page));
    const s = q.toString();
    return s ? `/board?${s}` : "/board";
  };
  const exportQ = new URLSearchParams();
  exportQ.set("bucket", f.bucket);
  if (f.unitId) exportQ.set("unit", f.unitId);
  if (f.kind) exportQ.set("kind", f.kind);
  return page({
    title: { zh: "今日", en: "Today" },
    actor: opts.actor,
    current: "/board",
    message: opts.message,
    body: html`
<p class="note">截至 ${opts.asOf.replace("T", " ").slice(0, 16)}（北京时间）· 工作日按国务院放假安排（含调休）计算。</p>
<section aria-labelledby="cards-h"><h2 id="cards-h">电子监察 <span lang="en">Units</span></h2>
<ul class="cards">${opts.cards.map((u) => card(u, opts.ruleTitle))}</ul></section>
<section aria-labelledby="cases-h"><h2 id="cases-h">在办案件 <span lang="en">Open cases</span></h2>
<form class="filters" method="get" action="/board" role="search" aria-label="筛选 Filter">
  <label>范围 Bucket<select name="bucket" data-testid="filter-bucket">${(
    ["overdue", "today", "soon", "all"] as Bucket[]
  ).map(
    (b) => html`<option value="${b}"${b === f.bucket ? " selected" : ""}>${BUCKET_ZH[b]}（${view.counts[b]}）</option>`,
  )}</select></label>
  <label>科室 Unit<select name="unit" data-testid="filter-unit"><option value="">全部</option>${opts.units.map(
    (u) => html`<option value="${u.id}"${u.id === f.unitId ? " selected" : ""}>${u.name}</option>`,
  )}</select></label>
  <label>业务类型 Kind<select name="kind"><option value="">全部</option>${opts.kinds.map(
    (k) => html`<option value="${k.id}"${k.id === f.kind ? " selected" : ""}>${k.name}</option>`,
  )}</select></label>
  <label>案件编号 Case no.<input name="q" value="${f.q ?? ""}" size="16"></label>
  <label>排序 Sort<select name="sort"><option value="due"${f.sort === "due" ? " selected" : ""}>截止日 由近到远</option><option value="-due"${f.sort === "-due" ? " selected" : ""}>截止日 由远到近</option></select></label>
  <button type="submit" data-testid="filter-submit">筛选 <span lang="en">Filter</span></button>
  <a class="button" href="/board/export.xlsx?${exportQ.toString()}" data-testid="export-xlsx">导出 Excel <span lang="en">Export</span></a>
</form>
<p>${BUCKET_ZH[f.bucket]}：共 ${view.total} 件 <span lang="en">cases</span></p>
<table>
<caption class="sr-only">${BUCKET_ZH[f.bucket]}的在办案件</caption>
<thead><tr><th scope="col">案件编号</th><th scope="col">业务类型</th><th scope="col">科室 / 经办人</th><th scope="col">时限</th><th scope="col">发现的问题</th><th scope="col">标记</th></tr></thead>
<tbody>${view.items.length ? view.items.map(row) : html`<tr><td colspan="6">没有符合条件的案件 <span lang="en">No cases</span></td></tr>`}</tbody>
</table>
<nav class="pager" aria-label="分页 Pages">
  ${view.page > 1 ? html`<a href="${link({ page: view.page - 1 })}" rel="prev">上一页</a>` : ""}
  <span>第 ${view.page} / ${pages} 页</span>
  ${view.page < pages ? html`<a href="${link({ page: view.page + 1 })}" rel="next">下一页</a>` : ""}
</nav></section>`,
  });
}
