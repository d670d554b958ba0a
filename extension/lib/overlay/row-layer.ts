// Queue/list pages: the per-row counters live in ONE layer outside the portal's table (a single shadow root —
// closed in a normal build, see ./shadow.ts — appended to <body>), each absolutely placed just right of its row. Measured on the 5 000-row demo queue: writing
// anything into the table's cells makes Chromium lay the whole auto-sized table out again (as costly as the page's
// own first layout, 1–2 s of main thread on this machine), whereas the layer only lays out itself.
//
// The layer is cut into chunks of consecutive rows. Each chunk is one absolutely placed box of known size with
// `content-visibility: auto` (+ strict containment): Chromium skips style, layout and paint of every chunk away from
// the viewport (its counters stay in the DOM and the accessibility tree), so 4 000 counters cost the rendering of
// the ~100 near the viewport plus one box per chunk. Chunks are written as escaped HTML (the parser builds elements
// far faster than DOM calls), the chunks in view first, the others in short slices that yield to the event loop.

import { ROW_STATUS_ICON } from "../i18n.ts";
import type { Lang, RowDeadline } from "../messages.ts";
import { rowTail, rowText } from "./rows.ts";
import { SHADOW_MODE } from "./shadow.ts";

export const LAYER_TAG = "shixian-rows";

const LAYER_CSS = `
:host { all: initial; }
.c { position: absolute; content-visibility: auto; contain: strict; white-space: nowrap; }
.c > * { position: absolute; left: 0; }
div.r { line-height: 0; }
.h { visibility: hidden; }
span[data-testid] { display: inline-block; margin: 0 0 0 4px; padding: 0 6px; border-radius: 8px;
  font: 600 12px/1.6 "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", sans-serif;
  color: #0b5d1e; background: #e3f4e8; box-shadow: 0 0 0 1px #0b5d1e33; }
span[data-status=due-soon] { color: #7a4a00; background: #fff1cc; }
span[data-status=due-today] { color: #8a2b00; background: #ffe0cc; }
span[data-status=overdue] { color: #fff; background: #b3261e; }
span[data-status=done] { color: #3d4450; background: #e8eaee; box-shadow: 0 0 0 1px #3d445033; }
span[data-status=uncertain] { color: #5c3c00; background: #fff; box-shadow: 0 0 0 1px #5c3c00; }
`;

/** Counter height in px (12px × 1.6 line height), for centring on the row. */
const COUNTER_H = 19;
/** Rows with counters per chunk: small enough that a chunk scrolled into view renders in a few ms. */
const CHUNK_ROWS = 100;
/** Main-thread budget of one slice of chunk writing before yielding to the event loop. */
const SLICE_MS = 12;

export interface LayerRow {
  /** The row element (tr) the counters belong to. */
  row: Element;
  /** The portal's case id, for the accessible name and tests. */
  id?: string;
}

/** Yields to the event loop (input, rendering, the page's own tasks) without timer clamping. */
export function yieldToPage(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof s?.yield === "function") return s.yield();
  return new Promise((resolve) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => {
      ch.port1.close();
      resolve();
    };
    ch.port2.postMessage(0);
  });
}

/** Generous width estimate of a counter (CJK glyphs 12px at this font; padding, margin, ring). */
function counterWidth(text: string): number {
  let w = 22;
  for (let i = 0; i < text.length; i++) w += text.charCodeAt(i) < 0x2000 ? 8 : 13;
  return w;
}

interface Placed {
  i: number;
  x: number;
  y: number;
  /** The row is scrolled out of its scroll container's view (a grid body with its own scrollbar). */
  hidden?: boolean;
}

/** A chunk's placed counters; `estimated` when only its first and last rows were read. */
type PlacedChunk = Placed[] & { estimated?: boolean };

interface Box {
  top: number;
  height: number;
  right: number;
  hidden?: boolean;
}

/** The visible box of an element's scroll containers (page coordinates), or null when only the page scrolls. */
interface Clip {
  top: number;
  bottom: number;
  right: number;
}

const SCROLLS = /(auto|scroll|hidden|clip)/;

/** Row boxes in page coordinates (one getBoundingClientRect and three reads per row). */
class Geometry {
  readonly sx: number;
  readonly sy: number;
  private readonly clips = new Map<Element, Clip | null>();
  constructor(private readonly doc: Document) {
    this.sx = doc.defaultView?.scrollX ?? 0;
    this.sy = doc.defaultView?.scrollY ?? 0;
  }
  /**
   * Where the rows of this row's container can be seen: the intersection of its scrolling ancestors' boxes (grid
   * bodies with their own scrollbar, virtual lists). Read once per container.
   */
  private clipOf(row: Element): Clip | null {
    const box = row.parentElement;
    if (!box) return null;
    const hit = this.clips.get(box);
    if (hit !== undefined) return hit;
    const view = this.doc.defaultView;
    let clip: Clip | null = null;
    for (
      let el = box.parentElement;
      el && el !== this.doc.body && el !== this.doc.documentElement;
      el = el.parentElement
    ) {
      const st = view?.getComputedStyle(el);
      if (!st || !(SCROLLS.test(st.overflowY) || SCROLLS.test(st.overflowX))) continue;
      const r = el.getBoundingClientRect();
      const c = { top: r.top + this.sy, bottom: r.bottom + this.sy, right: r.left + el.clientWidth + this.sx };
      clip = clip
        ? {
            top: Math.max(clip.top, c.top),
            bottom: Math.min(clip.bottom, c.bottom),
            right: Math.min(clip.right, c.right),
          }
        : c;
    }
    this.clips.set(box, clip);
    return clip;
  }
  read(row: Element): Box {
    const r = row.getBoundingClientRect();
    const b: Box = { top: r.top + this.sy, height: r.height, right: r.right + this.sx };
    const clip = this.clipOf(row);
    if (clip) {
      const mid = b.top + b.height / 2;
      // a row scrolled out of its container's view has its counter hidden; one wider than the view gets it at
      // the view's right edge
      if (mid < clip.top || mid > clip.bottom) b.hidden = true;
      if (b.right > clip.right) b.right = clip.right;
    }
    // never off the page's right edge: a full-width grid gets its counters over its last column
    const pageRight = this.sx + (this.doc.documentElement.clientWidth || (this.doc.defaultView?.innerWidth ?? 0));
    if (pageRight > 200 && b.right > pageRight - 40) b.right = pageRight - 130;
    return b;
  }
  /** Every row of the chunk read. */
  exact(rows: LayerRow[], ids: number[]): PlacedChunk {
    return ids.map((i) => place(i, this.read(rows[i].row)));
  }
}

const place = (i: number, b: Box): Placed => {
  const p: Placed = { i, x: Math.round(b.right), y: Math.round(b.top + (b.height - COUNTER_H) / 2) };
  if (b.hidden) p.hidden = true;
  return p;
};

/**
 * True when the chunk's rows are neighbours in one table section: as many table rows lie between its first and
 * last row as layer rows (no pager or note row the recogniser skipped, no other table in between).
 */
function contiguous(rows: LayerRow[], ids: number[]): boolean {
  const a = rows[ids[0]].row as Partial<HTMLTableRowElement> & Element;
  const b = rows[ids[ids.length - 1]].row as Partial<HTMLTableRowElement> & Element;
  return (
    typeof a.rowIndex === "number" &&
    typeof b.rowIndex === "number" &&
    a.parentNode === b.parentNode &&
    b.rowIndex - a.rowIndex === ids[ids.length - 1] - ids[0]
  );
}

/**
 * A chunk far from the viewport, placed from its first and last rows when the rows between can only be evenly
 * spaced: same height and right edge at both ends, and a whole number of pixels per row (else undefined → read every
 * row). Chromium does not render such a chunk until it comes near the viewport; it is then placed exactly.
 */
function estimate(ids: number[], a: Box, b: Box): PlacedChunk | undefined {
  const i0 = ids[0];
  const span = ids[ids.length - 1] - i0;
  if (span === 0 || a.height !== b.height || a.right !== b.right || a.hidden || b.hidden) return undefined;
  const pitch = (b.top - a.top) / span;
  // Layout positions are multiples of 1/64 px: evenly spaced rows have a pitch on that grid.
  const p64 = pitch * 64;
  if (pitch < a.height || Math.abs(p64 - Math.round(p64)) > 1e-6) return undefined;
  const out: PlacedChunk = ids.map((i) =>
    place(i, { top: a.top + (i - i0) * pitch, height: a.height, right: a.right }),
  );
  out.estimated = true;
  return out;
}

export class RowLayer {
  readonly host: HTMLElement;
  /** Kept here: in a normal build the root is closed, so `host.shadowRoot` is null even for us. */
  readonly root: ShadowRoot;
  private last?: { rows: LayerRow[]; results: RowDeadline[][]; lang: Lang };
  private resizeObs?: ResizeObserver;
  private sizes = new Map<Element, string>();
  private viewWidth = 0;
  private repositionQueued = false;
  private generation = 0;
  /** The elements holding the rows shown (tbody, rowgroup): a change inside one makes counters stale. */
  private containers = new Set<Element>();
  private scrollWatch?: (e: Event) => void;

  constructor(private readonly doc: Document) {
    this.host = doc.createElement(LAYER_TAG);
    this.host.style.cssText =
      "position:absolute;left:0;top:0;width:0;height:0;overflow:visible;z-index:2147483000;contain:layout style;";
    this.root = this.host.attachShadow({ mode: SHADOW_MODE });
    const st = doc.createElement("style");
    st.textContent = LAYER_CSS;
    this.root.appendChild(st);
  }

  private attach() {
    if (!this.host.isConnected) (this.doc.body ?? this.doc.documentElement).appendChild(this.host);
  }

  /**
   * Writes counters for `rows` (results[i] for rows[i]), replacing what the layer showed before. Resolves when all
   * are in the DOM. `onChunk` receives each slice's main-thread milliseconds. A newer render() supersedes one still
   * writing.
   */
  async render(
    rows: LayerRow[],
    results: RowDeadline[][],
    lang: Lang,
    opts: { onChunk?: (ms: number, phase: "layout" | "measure" | "write") => void } = {},
  ): Promise<void> {
    const gen = ++this.generation;
    const t00 = performance.now();
    this.last = { rows, results, lang };
    this.containers = new Set();
    for (const r of rows) if (r.row.parentElement) this.containers.add(r.row.parentElement);
    const view = this.doc.defaultView;
    const vh = view?.innerHeight ?? 800;
    this.viewWidth = view?.innerWidth ?? 0;
    // Rows with counters, in document order, cut into chunks.
    const withCounters: number[] = [];
    for (let i = 0; i < rows.length; i++) if (results[i]?.length) withCounters.push(i);
    const chunks: number[][] = [];
    for (let k = 0; k < withCounters.length; k += CHUNK_ROWS) chunks.push(withCounters.slice(k, k + CHUNK_ROWS));
    // Positions are read before any write (the layer included): the layer is out of flow, so our writes never move
    // the rows, and no read waits for a layout. The first read waits for whatever the page itself has pending.
    const geo = new Geometry(this.doc);
    if (chunks.length) geo.read(rows[chunks[0][0]].row);
    let tRead = performance.now();
    opts.onChunk?.(tRead - t00, "layout");
    // Chunks near the viewport are placed exactly (every row read); the others from their first and last rows when
    // the rows between are evenly spaced, and exactly once Chromium finds them near the viewport (placeExactly).
    const placed: PlacedChunk[] = [];
    let first = -1;
    for (let c = 0; c < chunks.length; c++) {
      const ids = chunks[c];
      const a = geo.read(rows[ids[0]].row);
      const b = geo.read(rows[ids[ids.length - 1]].row);
      // Page coordinates: the viewport is [scrollY, scrollY + vh]; "near" = within a viewport's height of it.
      const near = b.top + b.height >= geo.sy - vh && a.top <= geo.sy + 2 * vh;
      if (first < 0 && b.top + b.height >= geo.sy) first = c;
      placed.push((!near && contiguous(rows, ids) && estimate(ids, a, b)) || geo.exact(rows, ids));
      if (performance.now() - tRead > SLICE_MS) {
        opts.onChunk?.(performance.now() - tRead, "measure");
        await yieldToPage();
        if (gen !== this.generation) return;
        tRead = performance.now();
      }
    }
    // The chunks in view first (the clerk sees counters at once), then outwards.
    if (first < 0) first = 0;
    const order = chunks.map((_, c) => c).sort((x, y) => Math.abs(x - first) - Math.abs(y - first));
    opts.onChunk?.(performance.now() - tRead, "measure");
    await yieldToPage();
    if (gen !== this.generation) return;
    // Attached only now: a write before the reads above would make the first read wait for a style/layout pass.
    this.attach();
    this.host.style.visibility = "";
    // A fresh container; the previous ones go once the chunks in view are written: no flash. "Ones": a render
    // superseded after adding its container but before its first write leaves that container and the one before
    // it behind — every one still in the layer is stale now.
    const old = [...this.boxes];
    const container = this.doc.createElement("div");
    this.boxes.add(container);
    // Estimated chunks of this render by index (data-est), until Chromium finds them near the viewport.
    const estimated = new Map<string, number[]>();
    const doc = this.doc;
    container.addEventListener(
      "contentvisibilityautostatechange",
      (e) => placeExactly(e, estimated, doc, rows, results, lang),
      true,
    );
    this.root.appendChild(container);
    let n = 0;
    while (n < order.length) {
      if (gen !== this.generation) return; // superseded
      const t0 = performance.now();
      let h = "";
      // In view: the chunk holding the first visible row and the next one; then slices of SLICE_MS.
      do {
        const c = order[n];
        const ps = placed[c];
        if (ps.estimated) estimated.set(String(c), chunks[c]);
        h += chunkHtml(ps, rows, results, lang, ps.estimated ? c : undefined);
        n++;
      } while (n < order.length && (n < 2 || performance.now() - t0 < SLICE_MS));
      container.insertAdjacentHTML("beforeend", h);
      for (const o of old.splice(0)) {
        o.remove();
        this.boxes.delete(o);
      }
      opts.onChunk?.(performance.now() - t0, "write");
      if (n < order.length) await yieldToPage();
    }
    this.watch();
  }

  /** The layer's counter containers: the current render's, and older ones until it has written its first chunk. */
  private readonly boxes = new Set<HTMLElement>();

  /**
   * True when `node` lies in a container of the rows shown: the page re-rendered rows (paging, sorting, a virtual
   * list recycling its rows), so the counters may now sit on rows that show other cases.
   */
  touches(node: Node): boolean {
    if (this.containers.size === 0) return false;
    let el: Node | null = node;
    for (let depth = 0; el && depth < 40; depth++, el = el.parentNode)
      if (this.containers.has(el as Element)) return true;
    // a whole body replaced: the node is an ancestor of the rows' old container
    for (const c of this.containers) if (!c.isConnected) return true;
    return false;
  }

  /** Hides every counter until the next render (called from the MutationObserver, before the page paints). */
  markStale(): void {
    this.host.style.visibility = "hidden";
  }

  /** Keeps counters next to their rows when the page reflows (window resize, fonts, portal scripts). */
  private watch() {
    if (!this.scrollWatch) {
      // A grid body with its own scrollbar moves its rows without moving the page: place the counters again.
      this.scrollWatch = (e: Event) => {
        const t = e.target;
        if (!t || t === this.doc || (t as Node).nodeType !== 1) return;
        for (const c of this.containers)
          if ((t as Element).contains(c)) {
            this.queueReposition();
            return;
          }
      };
      this.doc.addEventListener("scroll", this.scrollWatch, { capture: true, passive: true });
    }
    if (this.resizeObs || typeof ResizeObserver === "undefined" || !this.last) return;
    this.resizeObs = new ResizeObserver((entries) => {
      // The first observation reports the size the counters were placed for: nothing to do.
      let changed = false;
      for (const e of entries) {
        const size = `${e.contentRect.width}x${e.contentRect.height}`;
        if (this.sizes.get(e.target) !== size) changed = this.sizes.has(e.target) || changed;
        this.sizes.set(e.target, size);
      }
      if (changed) this.queueReposition();
    });
    const tables = new Set<Element>();
    for (const r of this.last.rows) {
      const t = r.row.closest("table");
      if (t) tables.add(t);
    }
    for (const t of tables) this.resizeObs.observe(t);
    this.doc.defaultView?.addEventListener("resize", () => {
      if (this.doc.defaultView?.innerWidth !== this.viewWidth) this.queueReposition();
    });
  }

  private queueReposition() {
    if (this.repositionQueued) return;
    this.repositionQueued = true;
    requestAnimationFrame(() => {
      this.repositionQueued = false;
      this.reposition();
    });
  }

  /** Places the counters again from the rows' current positions (rows no longer in the page are left out). */
  reposition(): void {
    if (!this.last) return;
    const { rows, results, lang } = this.last;
    const keep = rows.map((r) => r.row.isConnected);
    void this.render(
      rows.filter((_, i) => keep[i]),
      results.filter((_, i) => keep[i]),
      lang,
    );
  }

  remove(): void {
    this.generation++;
    if (this.scrollWatch) this.doc.removeEventListener("scroll", this.scrollWatch, { capture: true });
    this.scrollWatch = undefined;
    this.resizeObs?.disconnect();
    this.resizeObs = undefined;
    this.last = undefined;
    this.host.remove();
  }
}

/** A chunk placed by estimate is about to be rendered: read its rows and write it again exactly. */
function placeExactly(
  e: Event,
  estimated: Map<string, number[]>,
  doc: Document,
  rows: LayerRow[],
  results: RowDeadline[][],
  lang: Lang,
) {
  if ((e as Event & { skipped?: boolean }).skipped !== false) return;
  const el = e.target as Element;
  const c = el.getAttribute?.("data-est");
  const ids = c ? estimated.get(c) : undefined;
  if (!c || !ids) return;
  estimated.delete(c);
  el.outerHTML = chunkHtml(new Geometry(doc).exact(rows, ids), rows, results, lang);
}

/** One chunk: a box of known size around its rows' counters; each counter (or row of counters) placed inside it. */
function chunkHtml(chunk: Placed[], rows: LayerRow[], results: RowDeadline[][], lang: Lang, est?: number): string {
  let left = Number.POSITIVE_INFINITY;
  let top = Number.POSITIVE_INFINITY;
  let bottom = 0;
  for (const p of chunk) {
    if (p.x < left) left = p.x;
    if (p.y < top) top = p.y;
    if (p.y > bottom) bottom = p.y;
  }
  let width = 0;
  let inner = "";
  for (const p of chunk) {
    const ds = results[p.i];
    const c = piecesOf(ds, lang);
    const dx = p.x - left;
    if (dx + c.width > width) width = dx + c.width;
    const pos = dx ? `top:${p.y - top}px;left:${dx}px` : `top:${p.y - top}px`;
    // One deadline (the usual case): the counter is itself the placed element — half the elements.
    inner +=
      ds.length === 1
        ? counterHtml(c.pieces[0], rows[p.i].id, pos, p.hidden)
        : `<div class="r${p.hidden ? " h" : ""}" style="${pos}">${c.pieces.map((x) => counterHtml(x, rows[p.i].id)).join("")}</div>`;
  }
  const mark = est === undefined ? "" : ` data-est="${est}"`;
  return `<div class="c"${mark} style="left:${left}px;top:${top}px;width:${Math.ceil(width) + 8}px;height:${bottom - top + COUNTER_H + 2}px">${inner}</div>`;
}

const ESC: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
export const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ESC[c]);

/** The escaped parts of one counter that do not depend on the row: attributes, accessible-name tail, text. */
interface Pieces {
  attrs: string;
  tail: string;
  text: string;
}

// Rows with the same results share one decoded array (row-codec.ts rowLineDecoder): their pieces are built once.
const piecesCache = new WeakMap<RowDeadline[], { lang: Lang; pieces: Pieces[]; width: number }>();

function piecesOf(ds: RowDeadline[], lang: Lang): { pieces: Pieces[]; width: number } {
  const hit = piecesCache.get(ds);
  if (hit && hit.lang === lang) return hit;
  let width = 0;
  const pieces = ds.map((d) => {
    const words = rowText(lang, d);
    const text = counterText(lang, d, words);
    width += counterWidth(text);
    return {
      attrs:
        ` data-testid="shixian-deadline" role="timer" data-rule="${esc(d.r)}" data-due="${esc(d.d)}" data-status="${esc(d.s)}" data-provisional="${d.p ? "true" : "false"}"` +
        // an uncertain counter explains itself on hover: what is missing or unreadable, and what the row showed
        (d.u ? ` title="${esc(lang === "en" ? d.u.en : d.u.zh)}"` : ""),
      tail: esc(`：${words}${rowTail(lang, d)}`),
      text: esc(text),
    };
  });
  const entry = { lang, pieces, width };
  piecesCache.set(ds, entry);
  return entry;
}

function counterHtml(c: Pieces, rowId?: string, boxStyle?: string, hidden?: boolean): string {
  const box = (boxStyle ? ` style="${boxStyle}"` : "") + (hidden ? ' class="h"' : "");
  if (rowId === undefined) return `<span${box}${c.attrs}>${c.text}</span>`;
  const id = esc(rowId);
  return `<span${box}${c.attrs} data-row="${id}" aria-label="${id}${c.tail}">${c.text}</span>`;
}

/** The counters of one row as HTML (same test-contract attributes and words as writeRow). */
export function rowHtml(ds: RowDeadline[], lang: Lang, rowId?: string, boxStyle?: string): string {
  return piecesOf(ds, lang)
    .pieces.map((c) => counterHtml(c, rowId, boxStyle))
    .join("");
}

/** What a counter shows: icon + words (+ "*" for a provisional date) — never colour alone. */
export function counterText(lang: Lang, d: RowDeadline, words = rowText(lang, d)): string {
  return `${d.m ? "✔" : ROW_STATUS_ICON[d.s]} ${words}${d.p ? "*" : ""}`;
}
