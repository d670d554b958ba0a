// The board's page frame: zh-CN first, English second; landmarks (banner, navigation, main), a skip link, one h1
// per page, a polite live region for outcomes, focus styles that show. No script is needed to use the board; the
// charts page loads ECharts from this server (never a CDN).
import { html, raw } from "hono/html";
import type { HtmlEscapedString } from "hono/utils/html";
import type { Principal } from "../../auth/scope.ts";

export type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

const CSS = `
*{box-sizing:border-box}
body{margin:0;font:14px/1.6 "Noto Sans CJK SC","Microsoft YaHei","PingFang SC",sans-serif;color:#1b1f24;background:#f4f6f9}
a{color:#0b4f9c}
a:focus,button:focus,input:focus,select:focus,textarea:focus,summary:focus{outline:3px solid #c25e00;outline-offset:2px}
.skip{position:absolute;left:-999px}.skip:focus{left:8px;top:8px;background:#fff;padding:4px 8px;z-index:9}
header.top{display:flex;align-items:center;gap:24px;background:#0b3d75;color:#fff;padding:8px 20px}
header.top a{color:#fff}
header.top .brand{font-size:18px;font-weight:700}
nav.main ul{display:flex;gap:16px;list-style:none;margin:0;padding:0}
nav.main a[aria-current=page]{text-decoration:underline;font-weight:700}
.who{margin-left:auto;display:flex;gap:12px;align-items:center}
.who form{margin:0}
main{padding:16px 20px;max-width:1400px}
h1{font-size:20px;margin:4px 0 12px}
h2{font-size:16px;margin:20px 0 8px}
table{border-collapse:collapse;background:#fff;width:100%}
th,td{border:1px solid #c9d1db;padding:6px 8px;text-align:left;vertical-align:top}
th{background:#e8edf3}
.cards{display:flex;flex-wrap:wrap;gap:12px;list-style:none;padding:0;margin:0}
.card{background:#fff;border:1px solid #c9d1db;border-left:8px solid #1e7a34;padding:10px 14px;min-width:230px}
.card[data-light=yellow]{border-left-color:#b36b00}.card[data-light=red]{border-left-color:#b3261e}
.light{font-weight:700}.card[data-light=red] .light{color:#b3261e}.card[data-light=yellow] .light{color:#8a5200}.card[data-light=green] .light{color:#1e7a34}
.badge{display:inline-block;padding:0 6px;border-radius:8px;font-weight:600;white-space:nowrap}
.s-overdue{background:#b3261e;color:#fff}.s-due-today{background:#ffe0cc;color:#8a2b00}.s-due-soon{background:#fff1cc;color:#6b4100}
.s-ok{background:#e3f4e8;color:#0b5d1e}.s-done{background:#e8eaee;color:#3d4450}
.f-open{background:#fff1cc;color:#6b4100}.f-resolved{background:#e3f4e8;color:#0b5d1e}.f-dismissed{background:#e8eaee;color:#3d4450}
form.filters{display:flex;flex-wrap:wrap;gap:12px;align-items:flex-end;margin:8px 0 12px}
form.filters label{display:flex;flex-direction:column;font-size:13px}
input,select,textarea,button{font:inherit}
button,.button{background:#0b4f9c;color:#fff;border:0;padding:5px 12px;border-radius:4px;cursor:pointer;text-decoration:none;display:inline-block}
button.secondary{background:#eef2f7;color:#0b3d75;border:1px solid #8aa2c0}
.pager{display:flex;gap:12px;align-items:center;margin:10px 0}
.error{background:#fde7e7;border:1px solid #b3261e;padding:8px 12px;color:#7d1a14}
.note{color:#4a5563;font-size:13px}
.actions{display:flex;flex-wrap:wrap;gap:12px}
.actions form{display:flex;flex-direction:column;gap:4px;background:#f7f9fb;border:1px solid #d5dce5;padding:8px}
mark{background:#ffe58a}
.article{background:#fff;border:1px solid #c9d1db;padding:10px 14px;margin:8px 0;white-space:pre-wrap}
.article.cited{border:2px solid #0b4f9c}
.chart{width:100%;height:320px;background:#fff;border:1px solid #c9d1db}
.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
`;

const NAV: [path: string, zh: string, en: string][] = [
  ["/board", "今日", "Today"],
  ["/board/flags", "标记处理", "Flags"],
  ["/board/charts", "统计图表", "Charts"],
];

export function page(opts: {
  title: { zh: string; en: string };
  actor?: Principal;
  current?: string;
  body: Html;
  message?: string;
  scripts?: string[];
}): Html {
  const { title, actor, current, body, message } = opts;
  return html`<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title.zh} · 时限 ShiXian 督查看板</title>
<style>${raw(CSS)}</style>
</head>
<body>
<a class="skip" href="#main">跳到正文 Skip to content</a>
<header class="top">
  <span class="brand">时限 ShiXian · 督查看板 <span lang="en">Office board</span></span>
  ${
    actor
      ? html`<nav class="main" aria-label="主导航 Main">
    <ul>${NAV.map(
      ([p, zh, en]) =>
        html`<li><a href="${p}"${p === current ? raw(' aria-current="page"') : ""}>${zh} <span lang="en">${en}</span></a></li>`,
    )}</ul>
  </nav>
  <div class="who">
    <span>${actor.name}（${roleZh(actor.role)}${actor.unitName ? ` · ${actor.unitName}` : ""}）</span>
    <form method="post" action="/board/logout"><button class="secondary" type="submit" data-testid="logout">退出登录 <span lang="en">Log out</span></button></form>
  </div>`
      : ""
  }
</header>
<main id="main">
<h1>${title.zh} <span lang="en">${title.en}</span></h1>
<div role="status" aria-live="polite" id="live">${message ?? ""}</div>
${body}
</main>
${(opts.scripts ?? []).map((s) => html`<script src="${s}"></script>`)}
</body>
</html>`;
}

export function roleZh(role: string): string {
  return role === "admin" ? "管理员" : role === "supervisor" ? "督查" : "经办人";
}

/** A deadline status as words and colour (never colour alone). */
export function statusBadge(status: string, workdaysLeft: number, overdueWorkdays: number): Html {
  const words: Record<string, string> = {
    overdue: overdueWorkdays > 0 ? `已超期 ${overdueWorkdays} 个工作日` : "已超期",
    "due-today": "今日到期",
    "due-soon": `剩余 ${workdaysLeft} 个工作日`,
    ok: `剩余 ${workdaysLeft} 个工作日`,
    done: "已办结",
  };
  return html`<span class="badge s-${status}" data-status="${status}">${words[status] ?? status}</span>`;
}

export const FLAG_STATUS_ZH: Record<string, string> = { open: "待处理", resolved: "已处理", dismissed: "已驳回" };
