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
import type { PortalAdapter } from "./types.ts";

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

function applyList(a: PortalAdapter, dom: Dom, roots: ScanRoot[], out: Recognition[]): void {
  const list = a.list;
  if (!list) return;
  for (const scan of roots) {
    for (const table of dom.qsa(scan.root, list.table)) {
      const rows = dom.rowList(table);
      const headerRow = list.headerRow ?? 0;
      if (rows.length <= headerRow) continue;
      const keys = dom.cells(rows.at(headerRow)).map((c) => labelKey(dom.text(c)));
      const header: ListHeader = { table, headerIndex: list.headerRow ?? 0, keys };
      const columns: Record<string, number> = {};
      for (const [field, col] of Object.entries(list.columns)) {
        const i = columnIndex(keys, col);
        if (i >= 0) columns[field] = i;
      }
      if (Object.keys(columns).length === 0) continue; // the portal changed its headers: let the generic reader try
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
}

function findByLabels(dom: Dom, scan: ScanRoot, labels: string[]): Element | null {
  const wanted = new Set(labels.map(labelKey));
  for (const cell of tagged(scan, "td", "th", "dt", "label")) {
    const t = dom.text(cell);
    if (t.length > 40 || !wanted.has(labelKey(t))) continue;
    const tag = dom.tag(cell);
    if (tag === "label") {
      const f = dom.attr(cell, "for");
      if (f) for (const c of tagged(scan, "input", "select", "textarea")) if (dom.attr(c, "id") === f) return c;
      continue;
    }
    // the next sibling cell (td/th) or dd
    const parent = dom.parent(cell);
    if (!parent) continue;
    const sibs = dom.children(parent);
    const i = sibs.indexOf(cell);
    if (i >= 0 && i + 1 < sibs.length) return sibs[i + 1];
  }
  return null;
}

function applySingle(a: PortalAdapter, dom: Dom, roots: ScanRoot[]): Recognition | undefined {
  const single = a.single;
  if (!single || !a.kind) return undefined;
  const vocab = vocabulary(a.kind);
  if (!vocab) return undefined;
  const facts: Recognition["facts"] = {};
  const anchors: Recognition["anchors"] = {};
  let root: Element | null = null;
  let externalId: string | undefined;
  for (const scan of roots) {
    root ??= single.root ? dom.qs(scan.root, single.root) : null;
    const locate = (f: { selector?: string; labels?: string[] }) =>
      (f.selector ? dom.qs(scan.root, f.selector) : null) ?? (f.labels ? findByLabels(dom, scan, f.labels) : null);
    for (const [field, spec] of Object.entries(single.fields)) {
      if (field in facts) continue;
      const def = vocab.fields[field];
      if (!def) continue;
      const el = locate(spec);
      if (!el) continue;
      const v = cellValue(dom, el);
      facts[field] = toFact(v.text, def);
      anchors[field] = v.el;
      root ??= el;
    }
    if (!externalId && single.externalId) {
      const el = locate(single.externalId);
      if (el) externalId = maskPersonalNumbers(cleanText(valueText(dom, el))) || undefined;
    }
  }
  if (!root || Object.keys(facts).length === 0) return undefined;
  const rec: Recognition = { kind: a.kind, facts, anchors, root, source: "adapter" };
  if (externalId) rec.externalId = externalId;
  return rec;
}

export function applyAdapter(a: PortalAdapter, dom: Dom, roots: ScanRoot[]): PageRecognition {
  const rows: Recognition[] = [];
  applyList(a, dom, roots, rows);
  const single = applySingle(a, dom, roots);
  return single ? { single, rows } : { rows };
}
