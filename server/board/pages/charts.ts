// 统计图表: on-time rate per month and unit, flags per rule, the overdue trend — each drawn by ECharts and also
// given as a table (screen readers, printing).
import { html, raw } from "hono/html";
import type { Principal } from "../../auth/scope.ts";
import { type Html, page } from "./layout.ts";

export interface ChartData {
  months: string[];
  onTime: { name: string; rates: (number | null)[]; done: number[]; late: number[] }[];
  rules: { ruleId: string; title: string; count: number }[];
  trend: { day: string; count: number }[];
}

export function chartsPage(opts: { actor: Principal; data: ChartData }): Html {
  const d = opts.data;
  const json = JSON.stringify(d).replace(/</g, "\\u003c");
  return page({
    title: { zh: "统计图表", en: "Charts" },
    actor: opts.actor,
    current: "/board/charts",
    scripts: ["/board/assets/echarts.min.js", "/board/assets/charts.js"],
    body: html`
<script type="application/json" id="chart-data">${raw(json)}</script>
<section aria-labelledby="h-ontime"><h2 id="h-ontime">按期办结率（按月、按科室） <span lang="en">On-time rate by month and unit</span></h2>
<div class="chart" id="chart-ontime" role="img" aria-label="按期办结率折线图，数据见下表"></div>
<table data-testid="table-ontime"><thead><tr><th scope="col">科室</th>${d.months.map((m) => html`<th scope="col">${m}</th>`)}</tr></thead>
<tbody>${d.onTime.map(
      (u) =>
        html`<tr><th scope="row">${u.name}</th>${u.rates.map((r, i) => html`<td>${r === null ? "—" : `${r}%（${u.done[i] - u.late[i]}/${u.done[i]}）`}</td>`)}</tr>`,
    )}</tbody></table></section>
<section aria-labelledby="h-rules"><h2 id="h-rules">各规则标记数 <span lang="en">Flags per rule</span></h2>
<div class="chart" id="chart-rules" role="img" aria-label="各规则标记数柱状图，数据见下表"></div>
<table data-testid="table-rules"><thead><tr><th scope="col">规则</th><th scope="col">标记数</th></tr></thead>
<tbody>${d.rules.map((r) => html`<tr><th scope="row">${r.title}</th><td>${r.count}</td></tr>`)}</tbody></table></section>
<section aria-labelledby="h-trend"><h2 id="h-trend">超期件数趋势（近 30 天） <span lang="en">Overdue cases, last 30 days</span></h2>
<div class="chart" id="chart-trend" role="img" aria-label="超期件数趋势图，数据见下表"></div>
<details><summary>数据表 <span lang="en">Data table</span></summary><table data-testid="table-trend"><thead><tr><th scope="col">日期</th><th scope="col">超期件数</th></tr></thead>
<tbody>${d.trend.map((t) => html`<tr><th scope="row">${t.day}</th><td>${t.count}</td></tr>`)}</tbody></table></details></section>`,
  });
}
