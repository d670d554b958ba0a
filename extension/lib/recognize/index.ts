// recognizePage: what case(s) a portal page shows. Adapters for known portals first (declarative data, see
// ../adapters), then the generic recogniser: list tables → one Recognition per row; label/value pairs → the
// single case of a detail page. Pure DOM code, no extension APIs; never the page's own (overridable) DOM methods.
import { applyAdapter, DEFAULT_ADAPTERS, matchesUrl, type PortalAdapter } from "../adapters/index.ts";
import { maskPersonalNumbers } from "../privacy.ts";
import { classify, classifyScored } from "./classify.ts";
import { dialogOf, dialogTitles } from "./dialogs.ts";
import { facetIn, sharedEnumCell } from "./facets.ts";
import { ariaGrids, contextTexts, type GridHeader, type GridProbe, probeOf, sameRows, splitGrids } from "./grid.ts";
import { findListHeader, readRows, readRowsSliced } from "./lists.ts";
import { dlPairs, formPairs, layoutPairs, type Pair, tablePairs } from "./pairs.ts";
import { type Dom, domFor } from "./pristine.ts";
import { collectRoots, headingsOf, type ScanRoot, tagged } from "./roots.ts";
import { cleanText } from "./text.ts";
import type { PageRecognition, Recognition, RecognizeOptions, StaleAdapter } from "./types.ts";
import { toFact } from "./values.ts";
import { ANY_LABEL, type FieldInfo, ID_LABELS, vocabulary } from "./vocabulary.ts";

export { maskPersonalNumbers } from "../privacy.ts";
export { domFor } from "./pristine.ts";
export type { PageRecognition, Recognition, RecognizeOptions, StaleAdapter } from "./types.ts";
export type { FactValue } from "./values.ts";

export function recognizePage(
  doc: Document,
  url: string,
  adapters: readonly PortalAdapter[] = DEFAULT_ADAPTERS,
  options: RecognizeOptions = {},
): PageRecognition {
  const dom = domFor(doc);
  const roots = collectRoots(dom, doc, { frames: options.frames ?? true, shadowRoots: options.shadowRoots ?? true });
  let stale: StaleAdapter[] | undefined;
  for (const a of adapters) {
    if (!matchesUrl(a, url)) continue;
    const { missing, ...r } = applyAdapter(a, dom, roots);
    if (r.single || r.rows.length > 0) return r;
    // Its anchors are gone: say so, and read the page generically rather than from the wrong cells.
    stale ??= [];
    stale.push({ id: a.id, ...(a.title ? { title: a.title } : {}), ...(a.kind ? { kind: a.kind } : {}), missing });
  }
  const g = recognizeGeneric(dom, roots);
  return stale ? { ...g, staleAdapters: stale } : g;
}

/**
 * recognizePage with long lists read in time slices (`sliceMs` of work, then `pause()` lets the page run), so a
 * 5 000-row queue never blocks the page in one long task. Same result as recognizePage.
 */
export function recognizePageSliced(
  doc: Document,
  url: string,
  slicing: { sliceMs: number; pause: () => Promise<void>; onSlice?: (ms: number) => void },
  adapters: readonly PortalAdapter[] = DEFAULT_ADAPTERS,
  options: RecognizeOptions = {},
): Promise<PageRecognition> {
  return readRowsSliced(() => recognizePage(doc, url, adapters, options), slicing);
}

/** The last (topmost) dialog in page order that holds one of the pairs, if any. */
function lastDialog(dom: Dom, pairs: Pair[]): Element | undefined {
  let top: Element | undefined;
  for (const p of pairs) {
    const d = dialogOf(dom, p.label);
    if (d && (!top || (d !== top && dom.before(top, d)))) top = d;
  }
  return top;
}

/** The generic recogniser alone (no adapters). */
export function recognizeGeneric(dom: Dom, roots: ScanRoot[]): PageRecognition {
  const rows: Recognition[] = [];
  const listTables = new Set<Element>();
  const gridRoots: Element[] = [];
  const headingCache = new Map<ScanRoot, string[]>();
  const headings = (s: ScanRoot) => {
    let h = headingCache.get(s);
    if (!h) {
      h = headingsOf(dom, s);
      headingCache.set(s, h);
    }
    return h;
  };
  for (const scan of roots) {
    const tables = tagged(scan, "table");
    for (const table of tables) {
      const header = findListHeader(dom, table);
      if (!header) continue;
      listTables.add(table);
      const context = contextTexts(dom, table);
      const pageKind = classify([...context, ...headings(scan)], header.keys);
      readRows(dom, { header, pageKind, context, source: "generic" }, rows);
    }
    // Grids not carried by one table: split header/body tables, ARIA grids. A fixed column drawn again over a grid
    // shows the same rows: read once.
    const grids: GridHeader[] = [...splitGrids(dom, tables, listTables), ...ariaGrids(dom, scan)];
    const read: GridProbe[] = [];
    for (const g of grids) {
      gridRoots.push(g.root);
      const probe = probeOf(dom, g);
      if (read.some((p) => sameRows(p, probe))) continue;
      read.push(probe);
      const context = contextTexts(dom, g.root);
      const pageKind = classify([...context, ...headings(scan)], g.keys);
      readRows(
        dom,
        {
          header: { table: g.root, headerIndex: -1, keys: g.keys, rows: g.rows },
          pageKind,
          context,
          source: "generic",
        },
        rows,
      );
    }
  }
  const single = recognizeSingle(dom, roots, listTables, gridRoots, headings);
  return single ? { single, rows } : { rows };
}

function recognizeSingle(
  dom: Dom,
  roots: ScanRoot[],
  skipTables: Set<Element>,
  skipGrids: Element[],
  headings: (s: ScanRoot) => string[],
): Recognition | undefined {
  const isLabel = (k: string) => ANY_LABEL.has(k);
  // Pairs grouped by document: a frameset's detail frame wins over its menu frame.
  const byDoc = new Map<Document, { pairs: Pair[]; scans: ScanRoot[] }>();
  for (const scan of roots) {
    const pairs: Pair[] = [];
    const found: Pair[] = [];
    const used = new Set<Element>();
    tablePairs(dom, scan, isLabel, skipTables, found);
    dlPairs(dom, scan, isLabel, found);
    formPairs(dom, scan, isLabel, found, used);
    layoutPairs(dom, scan, isLabel, found, used);
    // What the clerk cannot see is not the case: inactive tabs, closed dialogs, hidden templates. A list's own
    // header and cells (split or ARIA grids, read as rows above) are not a detail page's pairs either.
    for (const p of found) if (dom.visible(p.label) && !skipGrids.some((g) => dom.within(p.label, g))) pairs.push(p);
    let g = byDoc.get(scan.doc);
    if (!g) {
      g = { pairs: [], scans: [] };
      byDoc.set(scan.doc, g);
    }
    g.pairs.push(...pairs);
    g.scans.push(scan);
  }
  let best: { pairs: Pair[]; scans: ScanRoot[] } | undefined;
  for (const g of byDoc.values()) if (g.pairs.length > 0 && (!best || g.pairs.length > best.pairs.length)) best = g;
  if (!best) return undefined;
  // A dialog open over the page is the case the clerk is looking at: its pairs, and its title first.
  let heads: string[] = [];
  const topDialog = lastDialog(dom, best.pairs);
  if (topDialog) {
    best = { pairs: best.pairs.filter((p) => dialogOf(dom, p.label) === topDialog), scans: best.scans };
    heads = dialogTitles(dom, topDialog);
  }
  const keys = best.pairs.map((p) => p.key);
  heads = heads.concat(best.scans.flatMap(headings));
  let guess = classifyScored(heads, keys);
  if (!guess.kind && roots[0]) guess = classifyScored(headings(roots[0]), keys);
  const kind = guess.kind;
  if (!kind) return undefined;
  const vocab = vocabulary(kind);
  if (!vocab) return undefined;
  const facts: Recognition["facts"] = {};
  const anchors: Recognition["anchors"] = {};
  const chosen = new Map<string, FieldInfo>();
  const read: Record<string, string> = {};
  let externalId: string | undefined;
  let root: Element | undefined;
  for (const p of best.pairs) {
    const info = vocab.byLabel.get(p.key);
    if (!info) {
      if (externalId === undefined && ID_LABELS.has(p.key)) {
        const id = cleanText(p.text);
        if (id) externalId = maskPersonalNumbers(id);
      }
      continue;
    }
    const prev = chosen.get(info.field);
    if (prev && prev.rank <= info.rank) continue;
    chosen.set(info.field, info);
    const companions = vocab.alsoByLabel.get(p.key);
    if (companions?.length) sharedEnumCell(p.text, info, companions, facts);
    else facts[info.field] = toFact(p.text, info.def);
    // what the page showed, for every field this cell gave a value (a shared 审核结果 cell gives two)
    const shown = maskPersonalNumbers(cleanText(p.text)).slice(0, 80);
    for (const f of [info, ...(companions ?? [])]) if (facts[f.field] !== undefined) read[f.field] = shown;
    anchors[info.field] = p.value;
    root ??= p.container;
  }
  if (chosen.size === 0 || !root) return undefined;
  // Facets the page states only in its heading (有条件共享申请详情).
  for (const f of vocab.facets)
    if (facts[f.field] === undefined)
      for (const h of heads) {
        const v = facetIn(h, f.def);
        if (v !== undefined) {
          facts[f.field] = v;
          break;
        }
      }
  const rec: Recognition = { kind, facts, anchors, root, source: "generic", confidence: guess.confidence, read };
  if (guess.alternatives.length) rec.altKinds = guess.alternatives;
  if (externalId) rec.externalId = externalId;
  return rec;
}
