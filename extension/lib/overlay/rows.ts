// Queue/list pages: the counters of one row, written as plain elements (no framework, no shadow root per row).
// row-layer.ts places them beside the rows.
import { ROW_STATUS_ICON } from "../i18n.ts";
import type { Lang, RowDeadline } from "../messages.ts";

export const ROW_ATTR = "data-shixian-row";

export function rowText(lang: Lang, d: RowDeadline): string {
  if (d.s === "uncertain") return lang === "en" ? "cannot determine" : "未能确定";
  if (d.m) return lang === "en" ? "done" : "已办结";
  if (d.m === false) return lang === "en" ? `done late (${d.w} wd)` : `逾期办结（超${d.w}个工作日）`;
  if (d.s === "done") return lang === "en" ? "done" : "已办结";
  switch (d.s) {
    case "overdue":
      return lang === "en" ? `overdue ${d.w} wd` : `超期${d.w}个工作日`;
    case "due-today":
      return lang === "en" ? "due today" : "今日到期";
    default:
      return lang === "en" ? `${d.w} wd left` : `剩${d.w}个工作日`;
  }
}

/** After the words, for the accessible name: the due date, or why there is none ("未能确定收件时间：…"). */
export function rowTail(lang: Lang, d: RowDeadline): string {
  if (d.s === "uncertain") return d.u ? `，${lang === "en" ? d.u.en : d.u.zh}` : "";
  return `，截止 ${d.d}${d.p ? "（预估）" : ""}`;
}

const boxes = new WeakMap<Element, HTMLElement>();
const templates = new WeakMap<Document, { box: HTMLElement; counter: HTMLElement }>();

function templatesFor(doc: Document) {
  let t = templates.get(doc);
  if (!t) {
    const box = doc.createElement("span");
    box.setAttribute(ROW_ATTR, "");
    const counter = doc.createElement("span");
    counter.setAttribute("data-testid", "shixian-deadline");
    counter.setAttribute("role", "timer");
    t = { box, counter };
    templates.set(doc, t);
  }
  return t;
}

/**
 * Writes (or updates in place) the counters of one row into `host`. Cheap by design (a 5 000-row queue): cloned
 * templates, the contract attributes only, no inline styles (the page stylesheet colours by data-status), and
 * untouched when nothing changed. Words + icon carry the status, never colour alone.
 */
export function writeRow(doc: Document, host: Element, ds: RowDeadline[], lang: Lang, rowId?: string): void {
  const tpl = templatesFor(doc);
  let box = boxes.get(host);
  if (!box?.isConnected || box.parentNode !== host) {
    box = (host.querySelector(`:scope > span[${ROW_ATTR}]`) as HTMLElement | null) ?? undefined;
    if (!box) {
      box = tpl.box.cloneNode(false) as HTMLElement;
      host.appendChild(box);
    }
    boxes.set(host, box);
  }
  const spans = box.children;
  for (let i = 0; i < ds.length; i++) {
    const d = ds[i];
    const text = `${d.m ? "✔" : ROW_STATUS_ICON[d.s]} ${rowText(lang, d)}${d.p ? "*" : ""}`;
    let el = spans[i] as HTMLElement | undefined;
    if (!el) {
      el = tpl.counter.cloneNode(false) as HTMLElement;
      box.appendChild(el);
    } else if (el.textContent === text && el.getAttribute("data-due") === d.d && el.getAttribute("data-rule") === d.r)
      continue;
    el.setAttribute("data-rule", d.r);
    el.setAttribute("data-due", d.d);
    el.setAttribute("data-status", d.s);
    el.setAttribute("data-provisional", d.p ? "true" : "false");
    if (rowId) {
      // The counter sits beside its row (row-layer.ts), so its accessible name says which case it is about.
      el.setAttribute("data-row", rowId);
      el.setAttribute("aria-label", `${rowId}：${rowText(lang, d)}${rowTail(lang, d)}`);
    }
    // Screen readers read the words (icon, "超期4个工作日"; "*" = provisional date); the row shows the rest.
    el.textContent = text;
  }
  while (spans.length > ds.length) spans[spans.length - 1].remove();
}
