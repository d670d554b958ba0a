// recognizePage: what case(s) a portal page shows. Adapters for known portals first (declarative data, see
// ../adapters), then the generic recogniser: list tables → one Recognition per row; label/value pairs → the
// single case of a detail page. Pure DOM code, no extension APIs; never the page's own (overridable) DOM methods.
import { applyAdapter, DEFAULT_ADAPTERS, matchesUrl, type PortalAdapter } from "../adapters/index.ts";
import { classify, classifyScored } from "./classify.ts";
import { findListHeader, readRows, readRowsSliced } from "./lists.ts";
import { maskIdNumbers } from "./mask.ts";
import { dlPairs, formPairs, inlinePairs, type Pair, tablePairs } from "./pairs.ts";
import { type Dom, domFor } from "./pristine.ts";
import { collectRoots, headingsOf, type ScanRoot, tagged } from "./roots.ts";
import { cleanText } from "./text.ts";
import type { PageRecognition, Recognition, RecognizeOptions, StaleAdapter } from "./types.ts";
import { toFact } from "./values.ts";
import { ANY_LABEL, type FieldInfo, ID_LABELS, vocabulary } from "./vocabulary.ts";

export { maskIdNumbers } from "./mask.ts";
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

/** The generic recogniser alone (no adapters). */
export function recognizeGeneric(dom: Dom, roots: ScanRoot[]): PageRecognition {
  const rows: Recognition[] = [];
  const listTables = new Set<Element>();
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
    for (const table of tagged(scan, "table")) {
      const header = findListHeader(dom, table);
      if (!header) continue;
      listTables.add(table);
      const pageKind = classify(headings(scan), header.keys);
      readRows(dom, { header, pageKind, source: "generic" }, rows);
    }
  }
  const single = recognizeSingle(dom, roots, listTables, headings);
  return single ? { single, rows } : { rows };
}

function recognizeSingle(
  dom: Dom,
  roots: ScanRoot[],
  skipTables: Set<Element>,
  headings: (s: ScanRoot) => string[],
): Recognition | undefined {
  const isLabel = (k: string) => ANY_LABEL.has(k);
  // Pairs grouped by document: a frameset's detail frame wins over its menu frame.
  const byDoc = new Map<Document, { pairs: Pair[]; scans: ScanRoot[] }>();
  for (const scan of roots) {
    const pairs: Pair[] = [];
    tablePairs(dom, scan, isLabel, skipTables, pairs);
    dlPairs(dom, scan, isLabel, pairs);
    formPairs(dom, scan, isLabel, pairs);
    inlinePairs(dom, scan, isLabel, pairs);
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
  const keys = best.pairs.map((p) => p.key);
  const heads = best.scans.flatMap(headings);
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
        if (id) externalId = maskIdNumbers(id);
      }
      continue;
    }
    const prev = chosen.get(info.field);
    if (prev && prev.rank <= info.rank) continue;
    chosen.set(info.field, info);
    facts[info.field] = toFact(p.text, info.def);
    read[info.field] = maskIdNumbers(cleanText(p.text)).slice(0, 80);
    anchors[info.field] = p.value;
    root ??= p.container;
  }
  if (chosen.size === 0 || !root) return undefined;
  const rec: Recognition = { kind, facts, anchors, root, source: "generic", confidence: guess.confidence, read };
  if (guess.alternatives.length) rec.altKinds = guess.alternatives;
  if (externalId) rec.externalId = externalId;
  return rec;
}
