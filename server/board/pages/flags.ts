// 标记处理: the flags of the scope (open first), and one flag's page with its evidence, actions (resolve with a note,
// dismiss with a reason, reopen, assign, comment) and its audit trail. Each form carries the version it was made
// from: a stale page is told so and keeps what was typed.
import { html } from "hono/html";
import type { Principal } from "../../auth/scope.ts";
import type { FlagStatus } from "../../db/schema.ts";
import type { FlagDetailDto } from "../../store/flag-workflow.ts";
import type { FlagDto } from "../../store/flags.ts";
import { FLAG_STATUS_ZH, type Html, page } from "./layout.ts";

const ACTION_ZH: Record<string, string> = {
  created: "标记",
  resolved: "处理完毕",
  dismissed: "驳回",
  reopened: "重新打开",
  assigned: "指派给",
  commented: "评论",
};

export function flagsPage(opts: {
  actor: Principal;
  status: FlagStatus | "";
  items: FlagDto[];
  total: number;
  ruleTitle: (id: string) => string;
  unitName: (id: string) => string;
}): Html {
  return page({
    title: { zh: "标记处理", en: "Flags" },
    actor: opts.actor,
    current: "/board/flags",
    body: html`
<form class="filters" method="get" action="/board/flags" aria-label="筛选 Filter">
  <label>状态 Status<select name="status" data-testid="flag-filter-status">
    <option value=""${opts.status === "" ? " selected" : ""}>全部</option>
    ${(["open", "resolved", "dismissed"] as FlagStatus[]).map((s) => html`<option value="${s}"${s === opts.status ? " selected" : ""}>${FLAG_STATUS_ZH[s]}</option>`)}
  </select></label>
  <button type="submit">筛选 <span lang="en">Filter</span></button>
  <a class="button" href="/api/flags/export.csv${opts.status ? `?status=${opts.status}` : ""}">导出 CSV</a>
</form>
<p>共 ${opts.total} 条 <span lang="en">flags</span></p>
<table>
<thead><tr><th scope="col">状态</th><th scope="col">规则</th><th scope="col">案件</th><th scope="col">科室</th><th scope="col">标记人 / 时间</th><th scope="col">说明</th></tr></thead>
<tbody>${opts.items.map(
      (f) => html`<tr data-testid="board-flag-row" data-flag="${f.id}" data-status="${f.status}">
  <td><span class="badge f-${f.status}">${FLAG_STATUS_ZH[f.status]}</span></td>
  <td><a href="/board/flags/${f.id}">${opts.ruleTitle(f.ruleId)}</a></td>
  <td>${f.case?.externalId ?? ""}</td>
  <td>${opts.unitName(f.unitId)}</td>
  <td>${f.createdBy ?? ""}<br><span class="note">${f.createdAt.replace("T", " ").slice(0, 16)}</span></td>
  <td>${f.note}${f.resolution ? html`<br><span class="note">处理：${f.resolution}</span>` : ""}</td>
</tr>`,
    )}</tbody>
</table>`,
  });
}

/** The text a failed form carried (resolution, reason, note or comment). */
function keptText(typed: Record<string, string>): string {
  return [typed.resolution, typed.reason, typed.note, typed.body].filter((x) => x?.trim()).join("\n");
}

export function flagPage(opts: {
  actor: Principal;
  flag: FlagDetailDto;
  ruleTitle: string;
  people: { id: string; name: string }[];
  message?: string;
  error?: string;
  /** What the user typed in the form that failed, kept. */
  typed?: Record<string, string>;
}): Html {
  const { flag: f, actor } = opts;
  const decide = actor.role !== "clerk";
  const typed = opts.typed ?? {};
  const v = html`<input type="hidden" name="version" value="${f.version}">`;
  return page({
    title: { zh: "标记详情", en: "Flag" },
    actor,
    current: "/board/flags",
    message: opts.message,
    body: html`
${opts.error ? html`<p class="error" role="alert">${opts.error}</p>` : ""}
${
  opts.error && keptText(typed)
    ? html`<p><label for="kept-text">你刚才填写的内容（未保存，可复制后重新提交） <span lang="en">What you typed (not saved)</span></label><br>
<textarea id="kept-text" readonly rows="2" cols="50">${keptText(typed)}</textarea></p>`
    : ""
}
<dl data-testid="board-flag" data-status="${f.status}" data-version="${f.version}">
  <dt>规则 Rule</dt><dd>${opts.ruleTitle}</dd>
  <dt>状态 Status</dt><dd><span class="badge f-${f.status}">${FLAG_STATUS_ZH[f.status]}</span>${f.resolution ? `：${f.resolution}` : ""}</dd>
  <dt>案件 Case</dt><dd>${f.case ? `${f.case.externalId}（${f.case.portal}）` : "—"}</dd>
  <dt>标记人 Flagged by</dt><dd>${f.createdBy ?? ""}，${f.createdAt.replace("T", " ").slice(0, 16)}</dd>
  <dt>说明 Note</dt><dd>${f.note || "—"}</dd>
  <dt>指派 Assignee</dt><dd>${f.assigneeName ?? "未指派"}</dd>
</dl>
<h2>处理 <span lang="en">Actions</span></h2>
<div class="actions">
${
  decide && f.status === "open"
    ? html`<form method="post" action="/board/flags/${f.id}/resolve">${v}
  <label for="resolution">处理说明 Resolution</label><textarea id="resolution" name="resolution" rows="2" cols="30">${typed.resolution ?? ""}</textarea>
  <button type="submit" data-testid="flag-resolve">处理完毕 <span lang="en">Resolve</span></button></form>
<form method="post" action="/board/flags/${f.id}/dismiss">${v}
  <label for="reason">驳回理由（必填） Reason</label><textarea id="reason" name="reason" rows="2" cols="30" required>${typed.reason ?? ""}</textarea>
  <button type="submit" data-testid="flag-dismiss">驳回 <span lang="en">Dismiss</span></button></form>`
    : ""
}
${
  decide && f.status !== "open"
    ? html`<form method="post" action="/board/flags/${f.id}/reopen">${v}
  <label for="reopen-note">重新打开的原因 Note</label><textarea id="reopen-note" name="note" rows="2" cols="30">${typed.note ?? ""}</textarea>
  <button type="submit" data-testid="flag-reopen">重新打开 <span lang="en">Reopen</span></button></form>`
    : ""
}
${
  decide
    ? html`<form method="post" action="/board/flags/${f.id}/assign">${v}
  <label for="assignee">指派给 Assign to</label><select id="assignee" name="userId"><option value="">（无人）</option>${opts.people.map(
    (p) => html`<option value="${p.id}"${p.id === f.assigneeId ? " selected" : ""}>${p.name}</option>`,
  )}</select>
  <button type="submit" data-testid="flag-assign">指派 <span lang="en">Assign</span></button></form>`
    : ""
}
<form method="post" action="/board/flags/${f.id}/comment">
  <label for="comment">评论 Comment</label><textarea id="comment" name="body" rows="2" cols="30" required>${typed.body ?? ""}</textarea>
  <button type="submit" data-testid="flag-comment">发表 <span lang="en">Post</span></button></form>
</div>
<h2>评论 <span lang="en">Comments</span></h2>
${f.comments.length ? html`<ul>${f.comments.map((c) => html`<li><strong>${c.author}</strong>（${c.at.replace("T", " ").slice(0, 16)}）：${c.body}</li>`)}</ul>` : html`<p class="note">暂无评论</p>`}
<h2>处理记录（不可修改） <span lang="en">Audit trail</span></h2>
<table data-testid="flag-audit"><thead><tr><th scope="col">时间</th><th scope="col">人员</th><th scope="col">操作</th><th scope="col">内容</th></tr></thead>
<tbody>${f.audit.map(
      (e) =>
        html`<tr><td>${e.at.replace("T", " ").slice(0, 19)}</td><td>${e.actor}</td><td>${ACTION_ZH[e.action] ?? e.action}${e.to && e.action !== "created" ? `（→ ${FLAG_STATUS_ZH[e.to]}）` : ""}</td><td>${e.body ?? ""}</td></tr>`,
    )}</tbody></table>`,
  });
}
