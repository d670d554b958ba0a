// List and queue pages: a header row of labels, then one case per row. The header is read once; each row's
// cells are then read by index, only for the columns that map to a field (5 000 rows in a few ms).

import { maskPersonalNumbers } from "../privacy.ts";
import { classify, kindFromText } from "./classify.ts";
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
  const readRow = (r: number, into: Recognition[]) => {
    const row = rows.at(r);
    if (!row) return; // the page removed rows while a sliced read was paused
    const cells = dom.cellList(row);
    if (cells.length !== width) return; // pager, totals, colspan notes
    let kind = spec.kind;
    if (!kind && typeColumn >= 0) {
      const t = cleanText(dom.text(cells.at(typeColumn)));
      if (!kindCache.has(t)) kindCache.set(t, spec.kindMap?.[t] ?? kindFromText(t));
      kind = kindCache.get(t);
    }
    kind ??= fallbackKind;
    if (!kind) return;
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
      if (id) rec.externalId = maskPersonalNumbers(id);
    } else if (kind === "supervision-task" && typeof facts.list === "string" && facts.taskNo) {
      const listDef = vocabulary(kind)?.fields.list;
      rec.externalId = `${(listDef && enumCanonical(facts.list, listDef)) ?? facts.list}-${facts.taskNo}`;
    }
    into.push(rec);
  };
  let r = header.headerIndex + 1;
  const n = rows.length;
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
