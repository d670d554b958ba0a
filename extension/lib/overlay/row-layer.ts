// Queue/list pages: the per-row counters live in ONE layer outside the portal's table (a single open shadow root
// appended to <body>), each absolutely placed just right of its row. Measured on the 5 000-row demo queue: writing
// anything into the table's cells makes Chromium lay the whole auto-sized table out again (as costly as the page's
// own first layout, 1–2 s of main thread on this machine), whereas the layer only lays out itself (~5× cheaper).
// The rows in view are written first, the rest in the next frame.

import { STATUS_ICON } from "../i18n.ts";
import type { Lang, RowDeadline } from "../messages.ts";
import { rowText } from "./rows.ts";

export const LAYER_TAG = "shixian-rows";

const LAYER_CSS = `
:host { all: initial; }
.r { position: absolute; left: 0; top: 0; white-space: nowrap;
  /* Rows far from the viewport are not laid out or painted until scrolled near (they stay in the DOM and the
     accessibility tree): halves the layout cost of 5 000 counters. */
  content-visibility: auto; contain-intrinsic-size: auto 120px auto 20px; }
div.r { line-height: 0; }
span[data-testid] { display: inline-block; margin: 0 0 0 4px; padding: 0 6px; border-radius: 8px;
  font: 600 12px/1.6 "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", sans-serif;
  color: #0b5d1e; background: #e3f4e8; box-shadow: 0 0 0 1px #0b5d1e33; }
span[data-status=due-soon] { color: #7a4a00; background: #fff1cc; }
span[data-status=due-today] { color: #8a2b00; background: #ffe0cc; }
span[data-status=overdue] { color: #fff; background: #b3261e; }
`;

export interface LayerRow {
  /** The row element (tr) the counters belong to. */
  row: Element;
  /** The portal's case id, for the accessible name and tests. */
  id?: string;
}

export class RowLayer {
  readonly host: HTMLElement;
  private readonly root: ShadowRoot;
  private readonly boxes = new Map<Element, HTMLElement>();
  private order: LayerRow[] = [];
  private resizeObs?: ResizeObserver;
  private repositionQueued = false;

  constructor(private readonly doc: Document) {
    this.host = doc.createElement(LAYER_TAG);
    this.host.style.cssText =
      "position:absolute;left:0;top:0;width:0;height:0;overflow:visible;z-index:2147483000;contain:layout style;";
    this.root = this.host.attachShadow({ mode: "open" });
    const st = doc.createElement("style");
    st.textContent = LAYER_CSS;
    this.root.appendChild(st);
  }

  private attach() {
    if (!this.host.isConnected) (this.doc.body ?? this.doc.documentElement).appendChild(this.host);
  }

  /**
   * Writes counters for `rows` (results[i] for rows[i]), replacing what the layer showed before. Resolves when all
   * are shown. `onChunk` receives each chunk's main-thread milliseconds.
   *
   * Rows are written as escaped HTML, a chunk at a time (insertAdjacentHTML): the browser's parser builds the
   * elements far faster than one DOM call per attribute would, which matters at 5 000 rows.
   */
  render(
    rows: LayerRow[],
    results: RowDeadline[][],
    lang: Lang,
    opts: { onChunk?: (ms: number) => void } = {},
  ): Promise<void> {
    const t00 = performance.now();
    this.attach();
    this.order = rows;
    this.boxes.clear();
    const view = this.doc.defaultView;
    const vh = view?.innerHeight ?? 800;
    const sx = view?.scrollX ?? 0;
    const sy = view?.scrollY ?? 0;
    // Read every row position once, before any write: the layer is out of flow, so our writes never move the
    // rows, and no chunk has to wait for a layout (no read-after-write thrashing).
    const rects = rows.map((r) => r.row.getBoundingClientRect());
    // Rows in view first: the clerk sees counters at once, the rest follow in later frames.
    const first = firstVisible(rects, vh);
    const idx = rows.map((_, i) => i).filter((i) => results[i]?.length);
    if (first > 0) idx.sort((x, y) => Math.abs(x - first) - Math.abs(y - first));
    const container = this.container();
    container.textContent = "";
    opts.onChunk?.(performance.now() - t00);
    // The rows around the viewport go into the live layer at once. All the others are parsed, in slices between
    // frames, into a detached holder (no style, layout or paint while detached) that joins the layer in one step:
    // one rendering pass for the rest instead of one per slice. Measured on the 5 000-row queue: every extra
    // rendered frame re-runs style/layout/paint over the whole layer (1 000-row frames cost ≈ 2× the total).
    const html = (from: number, to: number) => {
      let h = "";
      for (let k = from; k < to; k++) {
        const i = idx[k];
        const r = rects[i];
        const x = Math.round(r.right + sx);
        const y = Math.round(r.top + sy + (r.height - 19) / 2);
        const pos = `transform:translate(${x}px,${y}px)`;
        // One deadline (the usual case): the counter is itself the positioned box — half the elements.
        h +=
          results[i].length === 1
            ? rowHtml(results[i], lang, rows[i].id, pos)
            : `<div class="r" style="${pos}">${rowHtml(results[i], lang, rows[i].id)}</div>`;
      }
      return h;
    };
    const firstChunk = Math.min(200, idx.length);
    const t1 = performance.now();
    const live = this.doc.createElement("div");
    live.insertAdjacentHTML("beforeend", html(0, firstChunk));
    container.appendChild(live);
    opts.onChunk?.(performance.now() - t1);
    const rest = this.doc.createElement("div");
    const slice = 1000;
    let k = firstChunk;
    return new Promise((resolve) => {
      const finish = () => {
        const t2 = performance.now();
        if (rest.firstChild) container.appendChild(rest);
        const boxes = [...Array.from(live.children), ...Array.from(rest.children)];
        for (let j = 0; j < boxes.length; j++) this.boxes.set(rows[idx[j]].row, boxes[j] as HTMLElement);
        this.watch();
        opts.onChunk?.(performance.now() - t2);
        resolve();
      };
      const step = () => {
        const t0 = performance.now();
        const end = Math.min(k + slice, idx.length);
        rest.insertAdjacentHTML("beforeend", html(k, end));
        k = end;
        opts.onChunk?.(performance.now() - t0);
        if (k < idx.length) setTimeout(step, 0);
        else requestAnimationFrame(finish);
      };
      if (k < idx.length) setTimeout(step, 0);
      else finish();
    });
  }

  private containerEl?: HTMLElement;
  private container(): HTMLElement {
    if (!this.containerEl) {
      this.containerEl = this.doc.createElement("div");
      this.root.appendChild(this.containerEl);
    }
    return this.containerEl;
  }

  /** Keeps counters next to their rows when the page reflows (window resize, fonts, portal scripts). */
  private watch() {
    if (this.resizeObs || typeof ResizeObserver === "undefined") return;
    this.resizeObs = new ResizeObserver(() => this.queueReposition());
    const tables = new Set<Element>();
    for (const r of this.order) {
      const t = r.row.closest("table");
      if (t) tables.add(t);
    }
    for (const t of tables) this.resizeObs.observe(t);
    this.doc.defaultView?.addEventListener("resize", () => this.queueReposition());
  }

  private queueReposition() {
    if (this.repositionQueued) return;
    this.repositionQueued = true;
    requestAnimationFrame(() => {
      this.repositionQueued = false;
      this.reposition();
    });
  }

  reposition(): void {
    const view = this.doc.defaultView;
    const sx = view?.scrollX ?? 0;
    const sy = view?.scrollY ?? 0;
    const entries = [...this.boxes];
    const rects = entries.map(([row]) => row.getBoundingClientRect());
    entries.forEach(([row, box], j) => {
      const r = rects[j];
      if (!row.isConnected) box.style.display = "none";
      else
        box.style.transform = `translate(${Math.round(r.right + sx)}px,${Math.round(r.top + sy + (r.height - 19) / 2)}px)`;
    });
  }

  remove(): void {
    this.resizeObs?.disconnect();
    this.resizeObs = undefined;
    this.boxes.clear();
    this.host.remove();
  }
}

/** Index of the first row intersecting the viewport (rows in document order, so positions ascend). */
function firstVisible(rects: DOMRect[], vh: number): number {
  let lo = 0;
  let hi = rects.length - 1;
  if (hi < 0) return 0;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rects[mid].bottom < 0) lo = mid + 1;
    else hi = mid;
  }
  return rects[lo].top > vh ? 0 : lo;
}

const ESC: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
export const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ESC[c]);

/** The counters of one row as HTML (same test-contract attributes and words as writeRow). */
export function rowHtml(ds: RowDeadline[], lang: Lang, rowId?: string, boxStyle?: string): string {
  let h = "";
  for (const d of ds) {
    const words = rowText(lang, d);
    const label = rowId
      ? ` data-row="${esc(rowId)}" aria-label="${esc(`${rowId}：${words}，截止 ${d.d}${d.p ? "（预估）" : ""}`)}"`
      : "";
    const box = boxStyle ? ` class="r" style="${boxStyle}"` : "";
    h += `<span${box} data-testid="shixian-deadline" role="timer" data-rule="${esc(d.r)}" data-due="${esc(d.d)}" data-status="${esc(d.s)}" data-provisional="${d.p ? "true" : "false"}"${label}>${d.m ? "✔" : STATUS_ICON[d.s]} ${esc(words)}${d.p ? "*" : ""}</span>`;
  }
  return h;
}
