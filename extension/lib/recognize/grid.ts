// The grid model: a list is a header of column labels and rows of cells aligned with it by column, whatever
// element carries them. Three carriers are recognised, from how grids are built rather than from any framework:
//  - one <table> whose header row is followed by data rows (classic portals, Bootstrap, WebForms GridView);
//  - a header-only <table> followed closely by a body <table> of the same width (every grid component with a
//    fixed header or fixed columns renders this way: layui table, Element el-table, vxe-table, a-table with
//    scroll.y) — a trailing empty header cell (the scrollbar gutter) is not a column;
//  - ARIA grids (role grid/table/treegrid, rows role=row, cells columnheader/gridcell/cell, aria-colindex).
// A fixed column drawn again over the grid (layui-table-fixed, el-table__fixed) is a second grid showing the same
// rows: it is recognised as such (same row count, same values in the columns both show) and read once.
import type { Dom } from "./pristine.ts";
import type { ScanRoot } from "./roots.ts";
import { labelKey } from "./text.ts";
import { ANY_LABEL } from "./vocabulary.ts";

/** The rows of a grid after its header, whatever carries them. */
export interface RowSource {
  length: number;
  row(i: number): Element | undefined;
  /** The row's cells by column. */
  cells(row: Element): { length: number; at(i: number): Element | undefined };
}

export interface GridHeader {
  /** The element the list occupies: the table, the split tables' common container, or the ARIA grid. */
  root: Element;
  keys: string[];
  rows: RowSource;
}

const MAX_LABEL = 40;

export function cellLabel(dom: Dom, cell: Element): string {
  const t = dom.text(cell);
  return t.length > MAX_LABEL ? "" : labelKey(t);
}

/** True when these header keys read as a list's column labels (≥ 3 known labels, or ≥ 2 in an all-<th> row). */
export function isLabelRow(keys: string[], allTh: boolean, extraLabels?: ReadonlySet<string>): boolean {
  const known = keys.filter((k) => ANY_LABEL.has(k) || extraLabels?.has(k)).length;
  const width = keys.filter((k) => k !== "").length || keys.length;
  return allTh ? known >= 2 : known >= 3 && known / width >= 0.6;
}

/** A header row that is the table's last row: the header half of a split grid. */
function headerOnly(dom: Dom, table: Element): { keys: string[] } | undefined {
  const rows = dom.rowList(table);
  if (rows.length === 0 || rows.length > 3) return undefined;
  const cells = dom.cells(rows.at(rows.length - 1));
  if (cells.length < 3) return undefined;
  const keys = cells.map((c) => cellLabel(dom, c));
  const allTh = cells.every((c) => dom.tag(c) === "th");
  return isLabelRow(keys, allTh) ? { keys } : undefined;
}

function ancestors(dom: Dom, el: Element, n: number): Element[] {
  const out: Element[] = [];
  for (let p = dom.parent(el); p && out.length < n; p = dom.parent(p)) out.push(p);
  return out;
}

/** The nearest common ancestor of a and b within `depth` levels of both, or undefined. */
function commonAncestor(dom: Dom, a: Element, b: Element, depth: number): Element | undefined {
  const up = ancestors(dom, a, depth);
  const mine = new Set(up);
  for (const p of ancestors(dom, b, depth)) if (mine.has(p)) return p;
  return undefined;
}

function contains(dom: Dom, outer: Element, inner: Element): boolean {
  for (let p: Element | null = inner; p; p = dom.parent(p)) if (p === outer) return true;
  return false;
}

function tableRows(dom: Dom, table: Element, from: number): RowSource {
  const list = dom.rowList(table);
  return {
    length: Math.max(0, list.length - from),
    row: (i) => (i + from < list.length ? list.at(i + from) : undefined),
    cells: (row) => dom.cellList(row),
  };
}

/**
 * Split grids among `tables` (document order): header-only tables each paired with the body table that follows
 * within a few levels. `used` receives every table consumed (header and body), so other readers skip them.
 */
export function splitGrids(dom: Dom, tables: Element[], used: Set<Element>): GridHeader[] {
  const out: GridHeader[] = [];
  for (let k = 0; k < tables.length; k++) {
    const head = tables[k];
    if (used.has(head)) continue;
    const h = headerOnly(dom, head);
    if (!h) continue;
    for (let j = k + 1; j < tables.length && j <= k + 6; j++) {
      const body = tables[j];
      if (used.has(body) || contains(dom, head, body)) continue;
      if (headerOnly(dom, body)) break; // the next grid's header: this one has no body here
      const root = commonAncestor(dom, head, body, 5);
      if (!root) break;
      const rows = dom.rowList(body);
      const width = rows.length ? dom.cellList(rows.at(0)).length : h.keys.length;
      // the header may carry trailing empty cells (the scrollbar gutter) the body has not
      if (width > h.keys.length || h.keys.slice(width).some((x) => x !== "")) continue;
      used.add(head);
      used.add(body);
      out.push({ root, keys: h.keys.slice(0, width), rows: tableRows(dom, body, 0) });
      break;
    }
  }
  return out;
}

const GRID_ROLES = new Set(["grid", "treegrid", "table"]);
const CELL_ROLES = new Set(["gridcell", "cell", "columnheader", "rowheader"]);

function roleOf(dom: Dom, el: Element): string {
  return (dom.attr(el, "role") ?? "").trim().toLowerCase();
}

/** The cells of an ARIA row, placed by aria-colindex when the grid gives it. */
function ariaCells(dom: Dom, row: Element): Element[] {
  const cells = dom.walk(row, (el) => (CELL_ROLES.has(roleOf(dom, el)) ? "accept" : "pass"));
  if (!cells.some((c) => dom.attr(c, "aria-colindex"))) return cells;
  const placed: Element[] = [];
  cells.forEach((c, i) => {
    const n = Number(dom.attr(c, "aria-colindex"));
    placed[Number.isInteger(n) && n >= 1 ? n - 1 : i] = c;
  });
  return placed;
}

/** ARIA grids (role grid/treegrid/table on a non-table element) with a column-header row. */
export function ariaGrids(dom: Dom, scan: ScanRoot): GridHeader[] {
  const out: GridHeader[] = [];
  for (const tag of ["div", "section", "ul"]) {
    for (const el of scan.tag(tag)) {
      if (!GRID_ROLES.has(roleOf(dom, el))) continue;
      // rows of this grid, not of a grid nested in it
      const rows = dom.walk(el, (x) => {
        const r = roleOf(dom, x);
        if (GRID_ROLES.has(r)) return "prune";
        return r === "row" ? "accept" : "pass";
      });
      // The header row is the row of column headers wherever it sits: grids that draw a sticky header over a
      // virtual body (Element Plus el-table-v2) put it after the body rows in the DOM. Every other row is data.
      let keys: string[] = [];
      const headerRows = new Set<Element>();
      for (const row of rows) {
        const cells = ariaCells(dom, row);
        if (cells.length < 3 || !cells.every((c) => c && roleOf(dom, c) === "columnheader")) continue;
        headerRows.add(row);
        if (keys.length) continue;
        const k = cells.map((c) => (c ? cellLabel(dom, c) : ""));
        if (isLabelRow(k, true)) keys = k;
      }
      if (!keys.length) continue;
      const body = rows.filter((r) => !headerRows.has(r));
      out.push({
        root: el,
        keys,
        rows: {
          length: body.length,
          row: (i) => body[i],
          cells: (row) => {
            const cells = ariaCells(dom, row);
            return { length: cells.length, at: (i: number) => cells[i] };
          },
        },
      });
    }
  }
  return out;
}

/**
 * What identifies a grid's rows for telling a fixed-column duplicate from a grid of its own: the row count and the
 * first and last rows' text in each labelled column.
 */
export interface GridProbe {
  count: number;
  values: Map<string, string>;
}

export function probeOf(dom: Dom, g: GridHeader): GridProbe {
  const values = new Map<string, string>();
  const n = g.rows.length;
  for (const [end, i] of [
    ["first", 0],
    ["last", n - 1],
  ] as const) {
    const row = n > 0 ? g.rows.row(i) : undefined;
    if (!row) continue;
    const cells = g.rows.cells(row);
    g.keys.forEach((k, c) => {
      if (!k || !ANY_LABEL.has(k)) return;
      const cell = cells.at(c);
      if (cell) values.set(`${end}:${k}`, dom.text(cell).trim());
    });
  }
  return { count: n, values };
}

/** True when grid b shows the same rows as grid a (b's labelled columns all shown by a with the same values). */
export function sameRows(a: GridProbe, b: GridProbe): boolean {
  if (a.count !== b.count || b.values.size === 0) return false;
  for (const [k, v] of b.values) if (a.values.get(k) !== v) return false;
  return true;
}

/**
 * Short texts around a grid, nearest first: its caption, then the texts just before it and before each of its
 * containers (a panel title, a card header, an h3 above the table) — where a list says which list it is.
 */
/** Longest raw text (whitespace included) read as a context text; what is kept is ≤ 80 characters once collapsed. */
const MAX_CONTEXT_RAW = 600;

export function contextTexts(dom: Dom, root: Element, levels = 6): string[] {
  const out: string[] = [];
  const push = (el: Element) => {
    // a heading is a small element: a sibling holding a whole form or another grid is not read (its text would
    // cost as much as the page)
    let k = 0;
    if (dom.find(el, () => ++k >= 24)) return;
    // few elements can still hold a long text (a paragraph of instructions): not a heading, and not worth the
    // whitespace pass (which was half of a detail page's recognition time)
    const raw = dom.text(el);
    if (raw.length > MAX_CONTEXT_RAW) return;
    const t = raw.replace(/\s+/g, " ").trim();
    if (t && t.length <= 80) out.push(t);
  };
  if (dom.tag(root) === "table") for (const c of dom.children(root)) if (dom.tag(c) === "caption") push(c);
  let el: Element | null = root;
  for (let level = 0; el && level < levels; level++) {
    const parent = dom.parent(el);
    if (!parent) break;
    const siblings = dom.children(parent);
    const at = siblings.indexOf(el);
    for (let i = at - 1, n = 0; i >= 0 && n < 3; i--) {
      const s = siblings[i];
      const tag = dom.tag(s);
      if (tag === "script" || tag === "style" || tag.startsWith("shixian-")) continue;
      push(s);
      n++;
    }
    el = parent;
  }
  return out;
}
