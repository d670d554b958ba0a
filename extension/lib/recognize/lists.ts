// List and queue pages: a header row of labels, then one case per row. The header is read once; each row's
// cells are then read by index, only for the columns that map to a field (5 000 rows in a few ms). Rows come from
// the grid model (grid.ts): one table, split header/body tables, or an ARIA grid.
import { maskPersonalNumbers } from "../privacy.ts";
import { classify, kindFromText } from "./classify.ts";
import { facetIn, sharedEnumCell } from "./facets.ts";
import { cellLabel, isLabelRow, type RowSource } from "./grid.ts";
import type { Dom } from "./pristine.ts";
import { cleanText } from "./text.ts";
import type { Recognition } from "./types.ts";
import { enumCanonical, type FactValue, toFact } from "./values.ts";
import { type FieldInfo, ID_LABELS, TYPE_LABELS, vocabulary } from "./vocabulary.ts";

export interface ListHeader {
  table: Element;
  /** Index (in table.rows) of the header row. */
  headerIndex: number;
  keys: string[];
  /** The data rows when they are not the table's rows after the header (split tables, ARIA grids). */
  rows?: RowSource;
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
    const allTh = cells.every((c) => dom.tag(c) === "th");
    if (!isLabelRow(keys, allTh, extraLabels)) continue;
    // The next row must be data: same width, and not label/value pairs.
    if (dom.cellList(rows.at(r + 1)).length !== cells.length) continue;
    return { table, headerIndex: r, keys };
  }
  return null;
}

interface PlannedColumn {
  index: number;
  info: FieldInfo;
  /** Other enum fields the column's label names too (审核状态: decision and caseStatus). */
  companions?: FieldInfo[];
}

interface ColumnPlan {
  cols: PlannedColumn[];
  /** Facet fields (share class, task list) no column shows: stated by the type column or the list's heading. */
  facets: FieldInfo[];
}

function planFor(kind: string, keys: string[], overrides?: Record<string, number>): ColumnPlan {
  const vocab = vocabulary(kind);
  const chosen = new Map<string, PlannedColumn>();
  if (vocab) {
    keys.forEach((k, index) => {
      const info = vocab.byLabel.get(k);
      if (!info) return;
      const prev = chosen.get(info.field);
      if (!prev || info.rank < prev.info.rank)
        chosen.set(info.field, { index, info, companions: vocab.alsoByLabel.get(k) });
    });
    if (overrides)
      for (const [field, index] of Object.entries(overrides)) {
        const def = vocab.fields[field];
        if (def) chosen.set(field, { index, info: { field, def, rank: -1 } });
      }
  }
  const shown = new Set<string>();
  for (const c of chosen.values()) {
    shown.add(c.info.field);
    for (const x of c.companions ?? []) shown.add(x.field);
  }
  return { cols: [...chosen.values()], facets: vocab ? vocab.facets.filter((f) => !shown.has(f.field)) : [] };
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
  /** Texts around the list, nearest first (its heading): facets no column states (grid.ts contextTexts). */
  context?: string[];
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
      if (spec.onlyFields) {
        p.cols = p.cols.filter((c) => spec.onlyFields?.has(c.info.field));
        for (const c of p.cols) c.companions = c.companions?.filter((x) => spec.onlyFields?.has(x.field));
        p.facets = p.facets.filter((f) => spec.onlyFields?.has(f.field));
      }
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
  // Facets stated by the list's heading, per kind (the nearest context text naming exactly one value).
  const contextFacets = new Map<string, [string, string][]>();
  const fromContext = (kind: string, p: ColumnPlan) => {
    let f = contextFacets.get(kind);
    if (!f) {
      f = [];
      for (const info of p.facets)
        for (const t of spec.context ?? []) {
          const v = facetIn(t, info.def);
          if (v !== undefined) {
            f.push([info.field, v]);
            break;
          }
        }
      contextFacets.set(kind, f);
    }
    return f;
  };
  // Status cells repeat a handful of texts too: what each distinct text gives the fields sharing its label.
  const sharedCache = new Map<PlannedColumn, Map<string, [string, FactValue][]>>();
  const sharedCell = (c: PlannedColumn, text: string, facts: Recognition["facts"]) => {
    let m = sharedCache.get(c);
    if (!m) {
      m = new Map();
      sharedCache.set(c, m);
    }
    let got = m.get(text);
    if (!got) {
      const f: Recognition["facts"] = {};
      sharedEnumCell(text, c.info, c.companions ?? [], f);
      got = Object.entries(f);
      m.set(text, got);
    }
    for (const [field, v] of got) if (facts[field] === undefined || field === c.info.field) facts[field] = v;
  };
  const source: RowSource = header.rows ?? tableRowsAfter(dom, header.table, header.headerIndex);
  const width = keys.length;
  const readRow = (r: number, into: Recognition[]) => {
    const row = source.row(r);
    if (!row) return; // the page removed rows while a sliced read was paused
    const cells = source.cells(row);
    if (cells.length !== width) return; // pager, totals, colspan notes
    let kind = spec.kind;
    let typeText: string | undefined;
    if (typeColumn >= 0) {
      const typeCell = cells.at(typeColumn);
      typeText = typeCell ? cleanText(dom.text(typeCell)) : "";
      if (!kind) {
        const t = typeText;
        if (!kindCache.has(t)) kindCache.set(t, spec.kindMap?.[t] ?? kindFromText(t));
        kind = kindCache.get(t);
      }
    }
    kind ??= fallbackKind;
    if (!kind) return;
    const facts: Recognition["facts"] = {};
    const anchors: Recognition["anchors"] = {};
    const p = plan(kind);
    let shown = false;
    for (const c of p.cols) {
      const cell = cells.at(c.index);
      if (!cell) continue;
      const text = dom.text(cell);
      if (!shown && cleanText(text) !== "") shown = true;
      if (c.companions?.length) sharedCell(c, text, facts);
      else facts[c.info.field] = convert(c.info.field, c.info.def, text);
      anchors[c.info.field] = cell;
    }
    // A row showing nothing in any column we read is no case (a grid's measuring or spacer row).
    if (!shown && p.cols.length > 0) return;
    if (p.facets.length) {
      // the row's type cell (有条件共享申请) first, else what the list's heading says
      for (const info of p.facets) {
        const v = typeText !== undefined ? facetIn(typeText, info.def) : undefined;
        if (v !== undefined) facts[info.field] = v;
      }
      for (const [field, v] of fromContext(kind, p)) if (facts[field] === undefined) facts[field] = v;
    }
    const rec: Recognition = { kind, facts, anchors, root: row, source: spec.source };
    if (idColumn >= 0) {
      const idCell = cells.at(idColumn);
      const id = idCell ? cleanText(dom.text(idCell)) : "";
      if (id) rec.externalId = maskPersonalNumbers(id);
    } else if (kind === "supervision-task" && typeof facts.list === "string" && facts.taskNo) {
      const listDef = vocabulary(kind)?.fields.list;
      rec.externalId = `${(listDef && enumCanonical(facts.list, listDef)) ?? facts.list}-${facts.taskNo}`;
    }
    into.push(rec);
  };
  let r = 0;
  const n = source.length;
  if (!slicing) {
    for (; r < n; r++) readRow(r, out);
    return;
  }
  // Sliced reading (readRowsSliced): read until the slice's time is up (at least one case, so that callers
  // can tell a list from a non-list), then leave a continuation that fills in the rest at this place in `out`.
  const s = slicing;
  const before = out.length;
  for (; r < n && (out.length === before || !s.over()); r++) readRow(r, out);
  if (r >= n) return;
  const tail: Recognition[] = [];
  s.pending.push({
    out,
    at: out.length,
    tail,
    step: () => {
      for (; r < n && !s.over(); r++) readRow(r, tail);
      return r >= n;
    },
  });
}

/** The rows of a table after its header row. */
function tableRowsAfter(dom: Dom, table: Element, headerIndex: number): RowSource {
  const list = dom.rowList(table);
  const from = headerIndex + 1;
  return {
    length: Math.max(0, list.length - from),
    row: (i) => (i + from < list.length ? list.at(i + from) : undefined),
    cells: (row) => dom.cellList(row),
  };
}

interface PendingRows {
  out: Recognition[];
  /** Where the rest of the table's rows belong in `out`. */
  at: number;
  tail: Recognition[];
  /** Reads rows until the slice's time is up; true when the table is done. */
  step(): boolean;
}

let slicing: { over(): boolean; pending: PendingRows[] } | undefined;

/**
 * Runs `recognise` (a synchronous recognition) with list tables read in time slices: rows are read until `sliceMs`
 * is used up, then `pause()` lets the page run (input, rendering) before the next slice. The result is the same
 * as an unsliced run, rows in document order; each `rows` array of the result is completed before this resolves.
 */
export async function readRowsSliced<T>(
  recognise: () => T,
  opts: { sliceMs: number; pause: () => Promise<void>; now?: () => number; onSlice?: (ms: number) => void },
): Promise<T> {
  const now = opts.now ?? (() => performance.now());
  let start = now();
  let count = 0;
  // Checked every 32 rows: a clock read per row would cost more than the rows.
  const over = () => (++count & 31) === 0 && now() - start >= opts.sliceMs;
  const pending: PendingRows[] = [];
  slicing = { over, pending };
  let result: T;
  try {
    result = recognise();
  } finally {
    slicing = undefined;
  }
  opts.onSlice?.(now() - start);
  for (const p of pending) {
    for (;;) {
      await opts.pause();
      start = now();
      const done = p.step();
      opts.onSlice?.(now() - start);
      if (done) break;
    }
  }
  // Splice each table's remaining rows in at their place (latest position first keeps earlier positions valid).
  for (let i = pending.length - 1; i >= 0; i--) {
    const p = pending[i];
    const rest = p.out.splice(p.at);
    for (const x of p.tail) p.out.push(x);
    for (const x of rest) p.out.push(x);
  }
  return result;
}
