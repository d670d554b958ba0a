// Label/value pairs on detail pages: table rows (th/td and td/td, several pairs per row), definition lists,
// form fields with <label for>, and "标签：值" text in small elements.
import type { Dom } from "./pristine.ts";
import { type ScanRoot, tagged } from "./roots.ts";
import { labelKey, looksLikeLabel } from "./text.ts";

export interface Pair {
  key: string;
  label: Element;
  value: Element;
  /** Raw value text (a form control's current value when the value cell holds one). */
  text: string;
  /** The table / dl / form / element the pair sits in. */
  container: Element;
  scan: ScanRoot;
}

const MAX_LABEL = 24;

/** Value of a value cell: its form control's value if it holds one, else its text. */
export function valueText(dom: Dom, cell: Element): string {
  return cellValue(dom, cell).text;
}

/** The element holding a cell's value (its form control, if any — that is where a marker belongs) and its text. */
export function cellValue(dom: Dom, cell: Element): { el: Element; text: string } {
  const ctl = dom.find(cell, (el) => isValueControl(dom, el));
  return ctl ? { el: ctl, text: dom.controlValue(ctl) } : { el: cell, text: dom.text(cell) };
}

const NON_VALUE_INPUTS = new Set(["hidden", "button", "submit", "reset", "image"]);

function isValueControl(dom: Dom, el: Element): boolean {
  const t = dom.tag(el);
  if (t === "select" || t === "textarea") return true;
  return t === "input" && !NON_VALUE_INPUTS.has((dom.attr(el, "type") ?? "text").toLowerCase());
}

const CONTAINER_TAGS = new Set(["table", "input", "select", "textarea"]);

/** Text of a cell that could be a label: short and without nested tables. */
function labelText(dom: Dom, cell: Element): string | null {
  if (dom.find(cell, (el) => CONTAINER_TAGS.has(dom.tag(el)))) return null;
  const t = dom.text(cell);
  return t.length > 80 ? null : t;
}

export function tablePairs(
  dom: Dom,
  scan: ScanRoot,
  isLabel: (key: string) => boolean,
  skipTables: Set<Element>,
  out: Pair[],
): void {
  for (const table of tagged(scan, "table")) {
    if (skipTables.has(table)) continue;
    for (const row of dom.rows(table)) {
      const cells = dom.cells(row);
      for (let i = 0; i < cells.length - 1; ) {
        const raw = labelText(dom, cells[i]);
        if (raw === null) {
          i++;
          continue;
        }
        const key = labelKey(raw);
        if (key.length > 0 && key.length <= MAX_LABEL && isLabel(key)) {
          const v = cellValue(dom, cells[i + 1]);
          out.push({ key, label: cells[i], value: v.el, text: v.text, container: table, scan });
          i += 2;
        } else if (looksLikeLabel(raw) && key.length <= MAX_LABEL) {
          i += 2; // an unknown label ("经办人：") — its value cell is not a label
        } else i++;
      }
    }
  }
}

export function dlPairs(dom: Dom, scan: ScanRoot, isLabel: (key: string) => boolean, out: Pair[]): void {
  for (const dl of tagged(scan, "dl")) {
    let label: Element | null = null;
    for (const el of dom.children(dl)) {
      const t = dom.tag(el);
      if (t === "dt") label = el;
      else if (t === "dd" && label) {
        const key = labelKey(dom.text(label));
        if (key.length <= MAX_LABEL && isLabel(key)) {
          const v = cellValue(dom, el);
          out.push({ key, label, value: v.el, text: v.text, container: dl, scan });
        }
        label = null;
      }
    }
  }
}

export function formPairs(dom: Dom, scan: ScanRoot, isLabel: (key: string) => boolean, out: Pair[]): void {
  const labels = tagged(scan, "label");
  if (labels.length === 0) return;
  const byId = new Map<string, Element>();
  for (const c of tagged(scan, "input", "select", "textarea")) {
    const id = dom.attr(c, "id");
    if (id) byId.set(id, c);
  }
  for (const label of labels) {
    const key = labelKey(dom.text(label));
    if (key.length > MAX_LABEL || !isLabel(key)) continue;
    const f = dom.attr(label, "for");
    const ctl = (f && byId.get(f)) || dom.find(label, (el) => isValueControl(dom, el));
    if (!ctl) continue;
    out.push({ key, label, value: ctl, text: dom.controlValue(ctl), container: ctl, scan });
  }
}

const BLOCK_TAGS = new Set(["div", "p", "table", "ul", "ol", "dl", "li", "input", "select", "textarea"]);

const INLINE_RE = /^\s*([^:：\n]{2,24}?)\s*[:：]\s*([\s\S]*?)\s*$/;

/** "收件日期：2026-09-30" written in one small element (p, li, span, div, font without block children). */
export function inlinePairs(dom: Dom, scan: ScanRoot, isLabel: (key: string) => boolean, out: Pair[]): void {
  for (const el of tagged(scan, "p", "li", "span", "font", "div", "label")) {
    if (dom.isIgnored(el)) continue;
    const parent = dom.parent(el);
    if (parent && dom.isIgnored(parent)) continue;
    if (dom.find(el, (d) => BLOCK_TAGS.has(dom.tag(d)))) continue;
    const t = dom.text(el);
    if (t.length > 200) continue;
    const m = INLINE_RE.exec(t);
    if (!m || m[2] === "") continue;
    const key = labelKey(m[1]);
    if (!isLabel(key)) continue;
    out.push({ key, label: el, value: el, text: m[2], container: el, scan });
  }
}
