// From a clicked page element to a declarative anchor that survives the portal's next small change: the label
// printed next to the value first, then a stable id/name, and a position only as the last resort (flagged). Every
// anchor is checked by running it the way the recogniser will (locateAll): it must find exactly the clicked value.
// Pure DOM code over the pristine Dom (no page-overridable methods), unit-tested in jsdom.
import { locateAll } from "../adapters/apply.ts";
import type { ColumnSpec, SingleFieldSpec } from "../adapters/types.ts";
import { cellValue } from "../recognize/pairs.ts";
import type { Dom } from "../recognize/pristine.ts";
import type { ScanRoot } from "../recognize/roots.ts";
import { cleanText, labelKey } from "../recognize/text.ts";

export type AnchorQuality = "label" | "id" | "position";

export interface FieldAnchor {
  spec: SingleFieldSpec;
  /** The element the anchor finds (the clicked value, or the value cell holding it). */
  element: Element;
  quality: AnchorQuality;
  /** How many elements the anchor matches on the page now (1 is right; 0 and > 1 are warned about). */
  matches: number;
}

export interface ColumnAnchor {
  column: ColumnSpec;
  /** Selector of the list table the header cell is in. */
  table: string;
  tableMatches: number;
  headerRow: number;
  /** The header text as printed (the anchor). */
  header: string;
  /** How many header cells of that row carry this text (1 is right). */
  matches: number;
  /** "label" = by header text; "position" = by column index (an empty header). */
  quality: AnchorQuality;
  /** How the table itself is found: by a stable id or by its position in the page. */
  tableQuality: AnchorQuality;
}

const MAX_LABEL = 40;

/** Ids that portals generate afresh on each render (el-id-1024-23, ext-gen123, :r1:, vxe-…-9382) are not anchors. */
export function isStableId(id: string | null): id is string {
  if (!id || id.length > 80 || !/^[A-Za-z][\w-]*$/.test(id)) return false;
  if (/\d{3,}/.test(id)) return false;
  return !/^(?:ext-gen|ember|react|vue|el-id|__|ng-|mui-|rc_|uid)/i.test(id);
}

function cssIdent(s: string): string {
  return s.replace(/[^\w-]/g, (c) => `\\${c}`);
}

/** The position of el among its parent's children of the same tag (1-based), or 0 when it is the only one. */
function nthOfType(dom: Dom, el: Element): number {
  const parent = dom.parent(el);
  if (!parent) return 0;
  const same = dom.children(parent).filter((c) => dom.tag(c) === dom.tag(el));
  return same.length > 1 ? same.indexOf(el) + 1 : 0;
}

/**
 * A CSS selector for el: `#id` when it has a stable id, `tag[name="…"]` for named form controls, else a path
 * from the nearest ancestor with a stable id (or the body) — `quality: "position"` then, as the path counts siblings.
 */
export function stableSelector(dom: Dom, el: Element): { selector: string; quality: AnchorQuality } {
  const tag = dom.tag(el);
  const id = dom.attr(el, "id");
  if (isStableId(id)) return { selector: `#${cssIdent(id)}`, quality: "id" };
  const name = dom.attr(el, "name");
  if (name && /^(input|select|textarea)$/.test(tag) && /^[\w$.[\]:-]{1,80}$/.test(name))
    return { selector: `${tag}[name="${name}"]`, quality: "id" };
  const parts: string[] = [];
  let cur: Element | null = el;
  while (cur) {
    const t = dom.tag(cur);
    if (t === "body" || t === "html") break;
    const cid = dom.attr(cur, "id");
    if (cur !== el && isStableId(cid)) {
      parts.unshift(`#${cssIdent(cid)}`);
      break;
    }
    const n = nthOfType(dom, cur);
    parts.unshift(n ? `${t}:nth-of-type(${n})` : t);
    cur = dom.parent(cur);
  }
  if (!cur || dom.tag(cur) === "body" || dom.tag(cur) === "html") parts.unshift("body");
  return { selector: parts.join(" > "), quality: "position" };
}

/** Texts that might be the label of a value element: the previous sibling (of it or of up to two ancestors). */
function labelCandidates(dom: Dom, scan: ScanRoot, value: Element): string[] {
  const out: string[] = [];
  const push = (t: string) => {
    const c = cleanText(t);
    if (c && c.length <= MAX_LABEL && labelKey(c) && !out.includes(c)) out.push(c);
  };
  const id = dom.attr(value, "id");
  if (id) for (const l of scan.tag("label")) if (dom.attr(l, "for") === id) push(dom.text(l));
  for (let el: Element | null = value, up = 0; el && up < 3; el = dom.parent(el), up++) {
    const parent = dom.parent(el);
    if (!parent) break;
    const sibs = dom.children(parent);
    const i = sibs.indexOf(el);
    // a label is a small leaf-like element (at most one child: <label><i>*</i>收件时间</label>), not a whole row
    if (i > 0 && dom.children(sibs[i - 1]).length <= 1) push(dom.text(sibs[i - 1]));
  }
  return out;
}

/** The clicked value and what an anchor found agree: the same element, or a container of it showing the same. */
function sameValue(dom: Dom, found: Element, clicked: Element): boolean {
  if (found === clicked) return true;
  if (!found.contains(clicked)) return false;
  return cleanText(cellValue(dom, found).text) === cleanText(cellValue(dom, clicked).text);
}

/** The best anchor for a clicked value on a detail page. */
export function anchorForValue(dom: Dom, roots: ScanRoot[], clicked: Element): FieldAnchor {
  const scan = roots.find((r) => r.root.contains(clicked)) ?? roots[0];
  for (const label of labelCandidates(dom, scan, clicked)) {
    const spec: SingleFieldSpec = { labels: [label] };
    const found = locateAll(dom, roots, spec);
    if (found.length === 1 && sameValue(dom, found[0], clicked))
      return { spec, element: found[0], quality: "label", matches: 1 };
  }
  const { selector, quality } = stableSelector(dom, clicked);
  const spec: SingleFieldSpec = { selector };
  return { spec, element: clicked, quality, matches: locateAll(dom, roots, spec).length };
}

/** Re-checks an anchor against the page as it is now (the editor warns on 0 or several matches). */
export function recheck(dom: Dom, roots: ScanRoot[], spec: SingleFieldSpec): number {
  return locateAll(dom, roots, spec).length;
}

/** The header cell a click on a list's header landed in (th/td of a table row), or null. */
export function headerCellOf(dom: Dom, clicked: Element): Element | null {
  for (let el: Element | null = clicked; el; el = dom.parent(el)) {
    const t = dom.tag(el);
    if (t === "th" || t === "td") return el;
    if (t === "table" || t === "body") return null;
  }
  return null;
}

/** The anchor of a list column from its clicked header cell: the table, its header row and the header text. */
export function anchorForHeader(dom: Dom, roots: ScanRoot[], clicked: Element): ColumnAnchor | null {
  const cell = headerCellOf(dom, clicked);
  if (!cell) return null;
  const row = dom.parent(cell);
  let table: Element | null = row;
  while (table && dom.tag(table) !== "table") table = dom.parent(table);
  if (!row || !table) return null;
  const headerRow = dom.rows(table).indexOf(row);
  const header = cleanText(dom.text(cell));
  const key = labelKey(header);
  const { selector, quality } = stableSelector(dom, table);
  let tableMatches = 0;
  for (const r of roots) tableMatches += dom.qsa(r.root, selector).length;
  const matches = dom.cells(row).filter((c) => labelKey(dom.text(c)) === key).length;
  const base = { table: selector, tableMatches, headerRow, header, tableQuality: quality };
  if (!key) return { ...base, column: { index: dom.cells(row).indexOf(cell) }, matches: 1, quality: "position" };
  return { ...base, column: { header: [header] }, matches, quality: "label" };
}
