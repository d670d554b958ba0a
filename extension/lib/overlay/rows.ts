// Queue/list pages: one small counter per row, written as plain elements (no framework, no shadow root per row)
// in time-boxed chunks so that no task blocks the portal's main thread for long.
import { STATUS_COLOR, STATUS_ICON } from "../i18n.ts";
import type { Lang, RowDeadline } from "../messages.ts";
import { ROW_COUNTER_STYLE } from "./styles.ts";

export const ROW_ATTR = "data-shixian-row";

export function rowText(lang: Lang, d: RowDeadline): string {
  if (d.m) return lang === "en" ? "done" : "已办结";
  switch (d.s) {
    case "overdue":
      return lang === "en" ? `overdue ${d.w} wd` : `超期${d.w}个工作日`;
    case "due-today":
      return lang === "en" ? "due today" : "今日到期";
    default:
      return lang === "en" ? `${d.w} wd left` : `剩${d.w}个工作日`;
  }
}

/** Writes (or updates in place) the counters of one row into `host`. */
export function writeRow(doc: Document, host: Element, ds: RowDeadline[], lang: Lang): void {
  let box = host.querySelector(`:scope > span[${ROW_ATTR}]`);
  if (!box) {
    box = doc.createElement("span");
    box.setAttribute(ROW_ATTR, "");
    host.appendChild(box);
  }
  const spans = box.children;
  for (let i = 0; i < ds.length; i++) {
    const d = ds[i];
    let el = spans[i] as HTMLElement | undefined;
    if (!el) {
      el = doc.createElement("span");
      el.setAttribute("data-testid", "shixian-deadline");
      el.setAttribute("role", "timer");
      box.appendChild(el);
    }
    if (el.getAttribute("data-status") === d.s && el.getAttribute("data-due") === d.d && el.dataset.w === String(d.w))
      continue;
    const c = STATUS_COLOR[d.s];
    const words = rowText(lang, d);
    el.setAttribute("data-rule", d.r);
    el.setAttribute("data-due", d.d);
    el.setAttribute("data-status", d.s);
    el.setAttribute("data-provisional", String(d.p));
    el.dataset.w = String(d.w);
    el.setAttribute("aria-label", `${words}，截止 ${d.d}${d.p ? "（预估）" : ""}`);
    el.title = `${d.r} · 截止 ${d.a.replace("T", " ").slice(0, 16)}${d.p ? " · 预估（放假安排未发布）" : ""}`;
    el.style.cssText = `${ROW_COUNTER_STYLE}color:${c.fg};background:${c.bg};`;
    el.textContent = `${d.m ? "✔" : STATUS_ICON[d.s]} ${words}${d.p ? "*" : ""}`;
  }
  while (spans.length > ds.length) spans[spans.length - 1].remove();
}

export interface ChunkTimer {
  /** Called with each chunk's main-thread milliseconds. */
  onChunk?: (ms: number) => void;
}

/**
 * Renders counters for many rows, yielding to the browser between chunks of at most `budgetMs` so the page
 * stays responsive (no long task). Resolves when every row is written.
 */
export function renderRows(
  doc: Document,
  hosts: Element[],
  results: RowDeadline[][],
  lang: Lang,
  opts: ChunkTimer & { budgetMs?: number } = {},
): Promise<void> {
  const budget = opts.budgetMs ?? 12;
  let i = 0;
  return new Promise((resolve) => {
    const step = () => {
      const t0 = performance.now();
      while (i < hosts.length) {
        writeRow(doc, hosts[i], results[i] ?? [], lang);
        i++;
        if ((i & 63) === 0 && performance.now() - t0 > budget) break;
      }
      opts.onChunk?.(performance.now() - t0);
      if (i < hosts.length) requestAnimationFrame(step);
      else resolve();
    };
    step();
  });
}
