// List and queue pages: a header row of labels, then one case per row. The header is read once; each row's
// cells are then read by index, only for the columns that map to a field (5 000 rows in a few ms).
import { classify, kindFromText } from "./classify.ts";
import { maskIdNumbers } from "./mask.ts";
import type { Dom } from "./pristine.ts";
import { cleanText, labelKey } from "./text.ts";
import type { Recognition } from "./types.ts";
import { enumCanonical, type FactValue, toFact } from "./values.ts";
import { ANY_LABEL, type FieldInfo, ID_LABELS, TYPE_LABELS, vocabulary } from "./vocabulary.ts";

export interface ListHeader {
  table: Element;
  /** Index (in table.rows) of the header row. */
  headerIndex: number;
  keys: string[];
}

function cellLabel(dom: Dom, cell: Element): string {
  const t = dom.text(cell);
  return t.length > 40 ? "" : labelKey(t);
}

/** The header row of a list table, if the table is one: checked on its first three rows. */
export function findListHeader(dom: Dom, table: Element, extraLabels?: ReadonlySet<string>): ListHeader | null {
  const rows = dom.rowList(table);
  if (rows.length < 2) return null;
  const limit = Math.min(3, rows.length - 1);
  for (let r = 0; r < limit; r++) {
    const cells = dom.cells(rows.at(r));
    if (cells.length < 3) continue;
    if (cells.some((c) => dom.find(c, (el) => dom.tag(el) === "table"))) continue; // a layout row holding nested tables
    const keys = cells.map((c) => cellLabel(dom, c));
    const known = keys.filter((k) => ANY_LABEL.has(k) || extraLabels?.has(k)).length;
    const allTh = cells.every((c) => dom.tag(c) === "th");
    const ok = allTh ? known >= 2 : known >= 3 && known / cells.length >= 0.6;
    if (!ok) continue;
    // The next row must be data: same width, and not label/value pairs.
    if (dom.cellList(rows.at(r + 1)).length !== cells.length) continue;
    return { table, headerIndex: r, keys };
  }
  return null;
}

interface ColumnPlan {
  cols: { index: number; info: FieldInfo }[];
}

function planFor(kind: string, keys: string[], overrides?: Record<string, number>): ColumnPlan {
  const vocab = vocabulary(kind);
  const chosen = new Map<string, { index: number; info: FieldInfo }>();
  if (vocab) {
    keys.forEach((k, index) => {
      const info = vocab.byLabel.get(k);
      if (!info) return;
      const prev = chosen.get(info.field);
      if (!prev || info.rank < prev.info.rank) chosen.set(info.field, { index, info });
    });
    if (overrides)
      for (const [field, index] of Object.entries(overrides)) {
        const def = vocab.fields[field];
        if (def) chosen.set(field, { index, info: { field, def, rank: -1 } });
      }
  }
  return { cols: [...chosen.values()] };
}

export interface RowReadSpec {
  header: ListHeader;
  /** Fixed kind (adapter), else from a 业务类型 column, else from headings/header labels. */
  kind?: string;
  pageKind?: string;
  typeColumn?: number;
  /** Map of 业务类型 cell text → kind (adapter); falls back to keyword detection. */
  kindMap?: Record<string, string>;
  idColumn?: number;
  /** field → column index overrides (adapter columns given by index or header). */
  columns?: Record<string, number>;
  /** Only these fields (adapter). */
  onlyFields?: Set<string>;
  source: Recognition["source"];
}

export function readRows(dom: Dom, spec: RowReadSpec, out: Recognition[]): void {
  const { header } = spec;
  const keys = header.keys;
  const typeColumn = spec.typeColumn ?? keys.findIndex((k) => TYPE_LABELS.has(k));
  const idColumn = spec.idColumn ?? keys.findIndex((k) => ID_LABELS.has(k));
  const fallbackKind = spec.kind ?? spec.pageKind ?? classify([], keys);
  const plans = new Map<string, ColumnPlan>();
  const plan = (kind: string) => {
    let p = plans.get(kind);
    if (!p) {
      p = planFor(kind, keys, spec.columns);
      if (spec.onlyFields) p.cols = p.cols.filter((c) => spec.onlyFields?.has(c.info.field));
      plans.set(kind, p);
    }
    return p;
  };
  const kindCache = new Map<string, string | undefined>();
  // Status / class columns repeat a handful of values: convert each distinct text once per column.
  const valueCache = new Map<string, Map<string, FactValue>>();
  const convert = (field: string, def: FieldInfo["def"], text: string): FactValue => {
    if (def.type === "date" || def.type === "text") return toFact(text, def);
    let m = valueCache.get(field);
    if (!m) {
      m = new Map();
      valueCache.set(field, m);
    }
    let v = m.get(text);
    if (v === undefined) {
      v = toFact(text, def);
      m.set(text, v);
    }
    return Array.isArray(v) ? [...v] : v;
  };
  const rows = dom.rowList(header.table);
  const width = keys.length;
  for (let r = header.headerIndex + 1; r < rows.length; r++) {
    const row = rows.at(r);
    const cells = dom.cellList(row);
    if (cells.length !== width) continue; // pager, totals, colspan notes
    let kind = spec.kind;
    if (!kind && typeColumn >= 0) {
      const t = cleanText(dom.text(cells.at(typeColumn)));
      if (!kindCache.has(t)) kindCache.set(t, spec.kindMap?.[t] ?? kindFromText(t));
      kind = kindCache.get(t);
    }
    kind ??= fallbackKind;
    if (!kind) continue;
    const facts: Recognition["facts"] = {};
    const anchors: Recognition["anchors"] = {};
    for (const c of plan(kind).cols) {
      const cell = cells.at(c.index);
      if (!cell) continue;
      facts[c.info.field] = convert(c.info.field, c.info.def, dom.text(cell));
      anchors[c.info.field] = cell;
    }
    const rec: Recognition = { kind, facts, anchors, root: row, source: spec.source };
    if (idColumn >= 0) {
      const id = cleanText(dom.text(cells.at(idColumn)));
      if (id) rec.externalId = maskIdNumbers(id);
    } else if (kind === "supervision-task" && typeof facts.list === "string" && facts.taskNo) {
      const listDef = vocabulary(kind)?.fields.list;
      rec.externalId = `${(listDef && enumCanonical(facts.list, listDef)) ?? facts.list}-${facts.taskNo}`;
    }
    out.push(rec);
  }
}
