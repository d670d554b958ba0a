// Label/value pairs on detail pages, read from how the page is laid out rather than from any framework's classes:
// table rows (th/td and td/td, several pairs per row; a row of labels over a row of values), definition lists,
// <label for> and controls inside labels, a label element followed by its value (its next sibling, or the next
// sibling of a wrapper that holds only the label — layui-form-item, el-form-item, ant-form-item, Bootstrap
// form-horizontal, two spans in one descriptions cell; a colon drawn by CSS is never in the text), and "标签：值"
// text in small elements. Values are what the page shows: a control's current value (a select's chosen option),
// else the rendered text. Hidden pairs are filtered out by the caller (index.ts), which also lets a visible dialog
// take precedence over the page behind it.
import type { Dom } from "./pristine.ts";
import { type ScanRoot, tagged } from "./roots.ts";
import { cleanText, labelKey, looksLikeLabel } from "./text.ts";

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

/**
 * The element holding a cell's value (its form control, if any — that is where a marker belongs) and the value
 * as shown. Frameworks keep hidden or transparent controls next to what they display (layui and Element Plus
 * selects, Ant Design's search input): a control counts when it is rendered and not transparent; a cell whose
 * controls are all hidden gives the text it shows instead (a select rendered as text).
 */
export function cellValue(dom: Dom, cell: Element): { el: Element; text: string } {
  if (isValueControl(dom, cell)) return { el: cell, text: dom.controlValue(cell) };
  const seen: { first?: Element; shown?: Element } = {};
  const filled = dom.find(cell, (el) => {
    if (!isValueControl(dom, el)) return false;
    seen.first ??= el;
    if (!dom.visible(el, true)) return false;
    seen.shown ??= el;
    return dom.controlValue(el) !== "";
  });
  if (filled) return { el: filled, text: dom.controlValue(filled) };
  // No control: the cell's text (textContent needs no layout; rendered text is only needed beside hidden controls).
  if (!seen.first) return { el: cell, text: dom.text(cell) };
  // A rendered control that is empty: the field is empty (the text beside it is decoration: "至", "0/200").
  if (seen.shown) return { el: seen.shown, text: "" };
  // Only hidden controls: what the cell shows instead (a select rendered as text), else the hidden value.
  const t = cleanText(dom.shownText(cell));
  if (t) return { el: cell, text: t };
  return { el: seen.first, text: dom.controlValue(seen.first) };
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
    const rows = dom.rows(table);
    let next: { cells: Element[]; raws: (string | null)[]; keys: (string | null)[] } | undefined;
    for (let r = 0; r < rows.length; r++) {
      // Each cell's text and known-label key, read once (the row below is read ahead for label rows).
      const cur = next ?? readRow(dom, rows[r], isLabel);
      next = undefined;
      const { cells, raws, keys } = cur;
      // A row of labels over a row of values (vertical descriptions): pair by column.
      if (cells.length > 1 && r + 1 < rows.length && keys.every((k) => k !== null)) {
        const below = readRow(dom, rows[r + 1], isLabel);
        if (below.cells.length === cells.length && below.keys[0] === null) {
          keys.forEach((key, i) => {
            const v = cellValue(dom, below.cells[i]);
            out.push({ key: key as string, label: cells[i], value: v.el, text: v.text, container: table, scan });
          });
          r++;
          continue;
        }
        next = below;
      }
      for (let i = 0; i < cells.length - 1; ) {
        const raw = raws[i];
        const key = keys[i];
        if (raw === null) i++;
        else if (key !== null) {
          if (keys[i + 1] !== null) {
            i++; // two labels side by side: the first has no value here
            continue;
          }
          const v = cellValue(dom, cells[i + 1]);
          out.push({ key, label: cells[i], value: v.el, text: v.text, container: table, scan });
          i += 2;
        } else if (looksLikeLabel(raw) && labelKey(raw).length <= MAX_LABEL) {
          i += 2; // an unknown label ("经办人：") — its value cell is not a label
        } else i++;
      }
    }
  }
}

/** A row's cells with each one's label text (null: holds controls or a table, or too long) and known key. */
function readRow(dom: Dom, row: Element, isLabel: (key: string) => boolean) {
  const cells = dom.cells(row);
  const raws = cells.map((c) => labelText(dom, c));
  const keys = raws.map((raw) => {
    if (raw === null) return null;
    const key = labelKey(raw);
    return key.length > 0 && key.length <= MAX_LABEL && isLabel(key) ? key : null;
  });
  return { cells, raws, keys };
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

/**
 * <label for="id"> and controls inside their label. A `for` that names no rendered control (frameworks write the
 * field's name there, or point at a hidden input) is left to layoutPairs, which reads what is shown next to it.
 * `used` collects the labels paired here.
 */
export function formPairs(
  dom: Dom,
  scan: ScanRoot,
  isLabel: (key: string) => boolean,
  out: Pair[],
  used: Set<Element> = new Set(),
): void {
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
    let ctl = (f && byId.get(f)) || dom.find(label, (el) => isValueControl(dom, el));
    if (ctl && !dom.visible(ctl, true) && dom.visible(label)) ctl = null;
    if (!ctl) continue;
    used.add(label);
    out.push({ key, label, value: ctl, text: dom.controlValue(ctl), container: ctl, scan });
  }
}

// Elements that hold a whole block (a label or an inline pair never contains one).
const BLOCK_TAGS = ["div", "p", "table", "ul", "ol", "dl", "li", "input", "select", "textarea"];
// A value element that contains one of these is a section, not one field's value.
const SECTION_TAGS = new Set(["table", "form", "fieldset"]);
/** Siblings that are never a value. */
const NOT_VALUE_TAGS = new Set(["script", "style", "template", "br", "hr"]);
/** How many wrappers around a label are climbed to find the container next to it. */
const MAX_WRAPPERS = 3;

const INLINE_RE = /^\s*([^:：\n]{2,24}?)\s*[:：]\s*([\s\S]*?)\s*$/;

/**
 * Where a label element's value is shown by layout: its next element sibling; when it has none, the next sibling
 * of the nearest wrapper that holds nothing but the label (<div class="…label"><label>…</label></div><div>…</div>).
 */
export function layoutValue(dom: Dom, label: Element, labelText: string): Element | null {
  const own = cleanText(labelText);
  let cur = label;
  for (let depth = 0; depth <= MAX_WRAPPERS; depth++) {
    let sib = dom.next(cur);
    while (sib && NOT_VALUE_TAGS.has(dom.tag(sib))) sib = dom.next(sib);
    if (sib) return sib;
    const p = dom.parent(cur);
    if (!p || cleanText(dom.text(p)) !== own) return null;
    cur = p;
  }
  return null;
}

/**
 * Pairs from small elements (p, li, span, font, div, label, b, strong, em, dt without block children): a known
 * label whose value is laid out next to it (layoutValue), or "收件日期：2026-09-30" written in one element.
 * Labels already paired (`used`, e.g. by formPairs) are skipped.
 */
export function layoutPairs(
  dom: Dom,
  scan: ScanRoot,
  isLabel: (key: string) => boolean,
  out: Pair[],
  used: Set<Element> = new Set(),
): void {
  const found: Pair[] = [];
  const values = new Set<Element>();
  // Elements holding a block somewhere inside: every ancestor of a block element, marked once (one pass up from
  // each block instead of a subtree walk per candidate).
  const holdsBlock = new Set<Element>();
  for (const b of tagged(scan, ...BLOCK_TAGS))
    for (let e = dom.parent(b); e && !holdsBlock.has(e); e = dom.parent(e)) holdsBlock.add(e);
  for (const el of tagged(scan, "label", "span", "div", "p", "li", "font", "b", "strong", "em", "dt")) {
    if (holdsBlock.has(el) || dom.isIgnored(el) || used.has(el)) continue;
    const parent = dom.parent(el);
    if (parent && dom.isIgnored(parent)) continue;
    const t = dom.text(el);
    if (t.length > 200) continue;
    // A label is short (padding such as 收&nbsp;件&nbsp;日&nbsp;期 included): longer text is at most an inline pair.
    const key = t.length <= MAX_LABEL * 3 ? labelKey(t) : "";
    if (key.length > 0 && key.length <= MAX_LABEL && isLabel(key)) {
      if (isNavigation(dom, el)) continue;
      const box = layoutValue(dom, el, t);
      if (!box || values.has(box) || isLabelOnly(dom, box, isLabel)) continue;
      if (
        dom.find(box, (d) => SECTION_TAGS.has(dom.tag(d)) || (dom.tag(d) === "label" && isLabelOnly(dom, d, isLabel)))
      )
        continue; // a section holding other fields, not one field's value
      values.add(box);
      const v = cellValue(dom, box);
      found.push({ key, label: el, value: v.el, text: v.text, container: dom.parent(el) ?? el, scan });
      continue;
    }
    if (!t.includes("：") && !t.includes(":")) continue;
    const m = INLINE_RE.exec(t);
    if (!m || m[2] === "") continue;
    const ik = labelKey(m[1]);
    if (!isLabel(ik)) continue;
    found.push({ key: ik, label: el, value: el, text: m[2], container: el, scan });
  }
  // Elements come grouped by tag: put the pairs back in page order (few pairs; the page's order decides ties).
  found.sort((a, b) => (a.label === b.label ? 0 : dom.before(a.label, b.label) ? -1 : 1));
  out.push(...found);
}

const NAV_ROLES = new Set(["tab", "tablist", "menu", "menubar", "menuitem", "navigation", "button", "link", "option"]);

/** A tab title, menu entry, link or button that happens to read like a label (审核结果 as a tab): not a label. */
function isNavigation(dom: Dom, el: Element): boolean {
  let e: Element | null = el;
  for (let depth = 0; e && depth < 4; depth++, e = dom.parent(e)) {
    const t = dom.tag(e);
    if (t === "a" || t === "button" || t === "option" || t === "nav") return true;
    const role = dom.attr(e, "role");
    if (role && NAV_ROLES.has(role)) return true;
  }
  return false;
}

/** A would-be value element that is itself just a known label (a row of labels, a vertical layout). */
function isLabelOnly(dom: Dom, el: Element, isLabel: (key: string) => boolean): boolean {
  const t = dom.text(el);
  if (t.length > MAX_LABEL * 2) return false;
  const key = labelKey(t);
  return key.length > 0 && isLabel(key) && !dom.find(el, (d) => isValueControl(dom, d));
}
