// Queue/list pages: one small counter per row, written as plain elements (no framework, no shadow root per row)
// in time-boxed chunks so that no task blocks the portal's main thread for long.
import { STATUS_ICON } from "../i18n.ts";
import type { Lang, RowDeadline } from "../messages.ts";
import { ensurePageStyle } from "./styles.ts";

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
export function writeRow(doc: Document, host: Element, ds: RowDeadline[], lang: Lang): void {
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
    const text = `${d.m ? "✔" : STATUS_ICON[d.s]} ${rowText(lang, d)}${d.p ? "*" : ""}`;
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
    // Screen readers read the words (icon, "超期4个工作日"; "*" = provisional date); the row shows the rest.
    el.textContent = text;
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
  ensurePageStyle(doc);
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
