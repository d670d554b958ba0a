// Runs one declarative adapter over the page's scan roots.

import { maskPersonalNumbers } from "../privacy.ts";
import { type ListHeader, readRows } from "../recognize/lists.ts";
import { cellValue, valueText } from "../recognize/pairs.ts";
import type { Dom } from "../recognize/pristine.ts";
import { type ScanRoot, tagged } from "../recognize/roots.ts";
import { cleanText, labelKey } from "../recognize/text.ts";
import type { PageRecognition, Recognition } from "../recognize/types.ts";
import { toFact } from "../recognize/values.ts";
import { vocabulary } from "../recognize/vocabulary.ts";
import type { PortalAdapter, SingleFieldSpec } from "./types.ts";

const compiled = new WeakMap<PortalAdapter, RegExp>();

export function matchesUrl(a: PortalAdapter, url: string): boolean {
  let re = compiled.get(a);
  if (!re) {
    re = new RegExp(a.urlPattern);
    compiled.set(a, re);
  }
  return re.test(url);
}

function columnIndex(keys: string[], col: { header?: string[]; index?: number }): number {
  if (col.header) {
    const wanted = new Set(col.header.map(labelKey));
    const i = keys.findIndex((k) => wanted.has(k));
    if (i >= 0) return i;
  }
  return col.index ?? -1;
}

function applyList(a: PortalAdapter, dom: Dom, roots: ScanRoot[], out: Recognition[], missing: string[]): void {
  const list = a.list;
  if (!list) return;
  let tables = 0;
  const found = new Set<string>();
  const before = out.length;
  for (const scan of roots) {
    for (const table of dom.qsa(scan.root, list.table)) {
      const rows = dom.rowList(table);
      const headerRow = list.headerRow ?? 0;
      if (rows.length <= headerRow) continue;
      const keys = dom.cells(rows.at(headerRow)).map((c) => labelKey(dom.text(c)));
      const header: ListHeader = { table, headerIndex: list.headerRow ?? 0, keys };
      tables++;
      const columns: Record<string, number> = {};
      for (const [field, col] of Object.entries(list.columns)) {
        const i = columnIndex(keys, col);
        if (i >= 0) {
          columns[field] = i;
          found.add(field);
        }
      }
      if (Object.keys(columns).length === 0) continue; // the portal changed its headers: let the generic reader try
      if (a.requireAll && Object.keys(columns).length < Object.keys(list.columns).length) continue;
      readRows(
        dom,
        {
          header,
          kind: a.kind,
          typeColumn: list.kindColumn ? columnIndex(keys, list.kindColumn) : -1,
          kindMap: list.kindMap,
          idColumn: list.externalId ? columnIndex(keys, list.externalId) : -1,
          columns,
          onlyFields: new Set(Object.keys(list.columns)),
          source: "adapter",
        },
        out,
      );
    }
  }
  if (!tables) missing.push("list");
  else if (a.requireAll || out.length === before)
    for (const f of Object.keys(list.columns)) if (!found.has(f)) missing.push(f);
}

/** Elements that may carry a label on a detail page (a table/dl cell, a <label>, or a div/span layout). */
const LABEL_TAGS = ["td", "th", "dt", "label", "span", "div", "b", "strong", "p", "font", "em", "i", "li", "h5", "h6"];
const MAX_LABEL_TEXT = 40;

/** The element after a label that shows its value: the next sibling (cell, dd, div…), else the parent's next. */
function valueAfterLabel(dom: Dom, scan: ScanRoot, label: Element): Element | null {
  if (dom.tag(label) === "label") {
    const f = dom.attr(label, "for");
    if (f) {
      for (const c of tagged(scan, "input", "select", "textarea")) if (dom.attr(c, "id") === f) return c;
    }
  }
  for (let el: Element | null = label, up = 0; el && up < 2; el = dom.parent(el), up++) {
    const parent = dom.parent(el);
    if (!parent) return null;
    const sibs = dom.children(parent);
    const i = sibs.indexOf(el);
    if (i >= 0 && i + 1 < sibs.length) return sibs[i + 1];
  }
  return null;
}

/** Every value element the labels point at (the innermost element carrying a label's text, then its value). */
function allByLabels(dom: Dom, scan: ScanRoot, labels: string[]): Element[] {
  const wanted = new Set(labels.map(labelKey));
  const hits: Element[] = [];
  for (const cell of tagged(scan, ...LABEL_TAGS)) {
    const t = dom.text(cell);
    if (t.length > MAX_LABEL_TEXT || !wanted.has(labelKey(t))) continue;
    hits.push(cell);
  }
  // a wrapper whose whole text is the label (div > span.label) defers to the label element inside it
  const inner = hits.filter((h) => !hits.some((o) => o !== h && h.contains(o)));
  const out: Element[] = [];
  for (const l of inner) {
    const v = valueAfterLabel(dom, scan, l);
    if (v && !out.includes(v)) out.push(v);
  }
  return out;
}

/**
 * Every element a detail-page field spec points at, over all scan roots: the selector's matches, else the values
 * next to its labels. The recogniser uses the first; the page teacher warns when there are none or several.
 */
export function locateAll(dom: Dom, roots: ScanRoot[], spec: SingleFieldSpec): Element[] {
  const out: Element[] = [];
  for (const scan of roots) {
    if (spec.selector) {
      try {
        for (const el of dom.qsa(scan.root, spec.selector)) if (!out.includes(el)) out.push(el);
      } catch {
        // an invalid selector matches nothing (validated data should not carry one)
      }
    }
  }
  if (out.length || !spec.labels) return out;
  for (const scan of roots) for (const el of allByLabels(dom, scan, spec.labels)) if (!out.includes(el)) out.push(el);
  return out;
}

function applySingle(a: PortalAdapter, dom: Dom, roots: ScanRoot[], missing: string[]): Recognition | undefined {
  const single = a.single;
  if (!single || !a.kind) return undefined;
  const vocab = vocabulary(a.kind);
  if (!vocab) return undefined;
  const facts: Recognition["facts"] = {};
  const anchors: Recognition["anchors"] = {};
  const read: Record<string, string> = {};
  let root: Element | null = null;
  if (single.root)
    for (const scan of roots) {
      root ??= dom.qs(scan.root, single.root);
      if (root) break;
    }
  if (single.root && !root) missing.push("root");
  for (const [field, spec] of Object.entries(single.fields)) {
    const def = vocab.fields[field];
    if (!def) continue;
    const el = locateAll(dom, roots, spec)[0];
    if (!el) {
      missing.push(field);
      continue;
    }
    const v = cellValue(dom, el);
    facts[field] = toFact(v.text, def);
    read[field] = maskPersonalNumbers(cleanText(v.text)).slice(0, 80);
    anchors[field] = v.el;
    root ??= el;
  }
  let externalId: string | undefined;
  if (single.externalId) {
    const el = locateAll(dom, roots, single.externalId)[0];
    if (el) externalId = maskPersonalNumbers(cleanText(valueText(dom, el))) || undefined;
  }
  if (!root || Object.keys(facts).length === 0) return undefined;
  if (a.requireAll && missing.length) return undefined;
  const rec: Recognition = { kind: a.kind, facts, anchors, root, source: "adapter", confidence: "high", read };
  if (externalId) rec.externalId = externalId;
  return rec;
}

/**
 * Runs one adapter. `missing` lists the anchors it could not find ("list", a field or column name, "root"); an
 * adapter with `requireAll` that misses any anchor reads nothing (the page changed: the generic recogniser runs and
 * the clerk is told, instead of reading the wrong cells).
 */
export function applyAdapter(a: PortalAdapter, dom: Dom, roots: ScanRoot[]): PageRecognition & { missing: string[] } {
  const rows: Recognition[] = [];
  const missing: string[] = [];
  applyList(a, dom, roots, rows, missing);
  const single = applySingle(a, dom, roots, missing);
  return single ? { single, rows, missing } : { rows, missing };
}
