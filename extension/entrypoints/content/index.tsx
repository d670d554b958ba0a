// Content script (every frame of a portal page): recognise → ask the background to evaluate → render.
// It never opens IndexedDB nor calls the API (both belong to the background). A MutationObserver only queues;
// the work runs in an idle/animation-frame callback. SPA navigations (wxt:locationchange) re-run it.
import { render } from "preact";
import { browser } from "wxt/browser";
import type { ContentScriptContext } from "wxt/utils/content-script-context";
import { createShadowRootUi, type ShadowRootContentScriptUi } from "wxt/utils/content-script-ui/shadow-root";
import { defineContentScript } from "wxt/utils/define-content-script";
import { DEFAULT_ADAPTERS, type PortalAdapter } from "../../lib/adapters/index.ts";
import type {
  ArticleText,
  Facts,
  Lang,
  Reply,
  Request,
  RowDeadline,
  ViewFinding,
  ViewResult,
} from "../../lib/messages.ts";
import { clearMarkers, MARKER_ATTR, placeMarkers } from "../../lib/overlay/markers.ts";
import { flagKey, Panel } from "../../lib/overlay/Panel.tsx";
import { LAYER_TAG, RowLayer, yieldToPage } from "../../lib/overlay/row-layer.ts";
import { SHADOW_MODE } from "../../lib/overlay/shadow.ts";
import { PANEL_CSS } from "../../lib/overlay/styles.ts";
import { kindFromText } from "../../lib/recognize/classify.ts";
import { type PageRecognition, recognizePageSliced } from "../../lib/recognize/index.ts";
import { mayRevealOrHide, VISIBILITY_ATTRS } from "../../lib/recognize/reveal.ts";
import { encodeFacts, rowLineDecoder } from "../../lib/row-codec.ts";
import { clearStaleNotice, isTeacherOpen, openTeacher, showStaleNotice, staleText } from "../../lib/teacher/mount.ts";

/** Live counters are re-evaluated at least this often (the contract: at least each minute). */
const REFRESH_MS = 30_000;
const NO_DEADLINES: RowDeadline[] = [];
/** Main-thread milliseconds of row reading before the recogniser lets the page run. */
const RECOGNIZE_SLICE_MS = 15;
/** Rows sent to the background per message, so no single (de)serialisation blocks the page for long. */
const ROW_BATCH = 2500;

function send<T extends Request>(msg: T): Promise<Reply<T["type"]>> {
  return browser.runtime.sendMessage(msg) as Promise<Reply<T["type"]>>;
}

export default defineContentScript({
  matches: ["http://127.0.0.1/*", "http://localhost/*"],
  allFrames: true,
  runAt: "document_idle",
  cssInjectionMode: "ui",
  main(ctx) {
    void start(ctx);
  },
});

interface Stats {
  busy: number;
  /** Longest single piece of work (one task's worth) this script did. */
  longest: number;
  start: number;
  recognizeMs: number;
  renderMs: number;
  phases: Record<string, number>;
}

async function start(ctx: ContentScriptContext) {
  const stats: Stats = { busy: 0, longest: 0, start: performance.now(), recognizeMs: 0, renderMs: 0, phases: {} };
  const doc = document;
  let lang: Lang = "zh-CN";
  try {
    const s = (await browser.storage.local.get("settings")).settings as { lang?: Lang } | undefined;
    if (s?.lang === "en") lang = "en";
  } catch {
    // storage unavailable: Chinese UI
  }

  /** Accounts one piece of main-thread work (benchmark figures in data-shixian-rows). */
  const account = (phase: string, ms: number) => {
    stats.busy += ms;
    if (ms > stats.longest) stats.longest = ms;
    stats.phases[phase] = (stats.phases[phase] ?? 0) + ms;
    if (phase === "recognize") stats.recognizeMs += ms;
  };

  let ui: ShadowRootContentScriptUi<HTMLElement> | undefined;
  /** Adapters taught for this page (local and the office's), asked from the background on every re-recognition. */
  let taught: PortalAdapter[] = [];
  /** What the panel says about a taught adapter that no longer matches this page. */
  let notice: string | undefined;
  let current: { result: ViewResult; facts: Facts; externalId?: string; anchors: Record<string, Element> } | undefined;
  const flagged = new Set<string>();
  let layer: RowLayer | undefined;
  let lastRec: PageRecognition | undefined;
  /** Rows grouped by kind for the background; `at` = each row's position in rec.rows (document order). */
  let rowBatches: { kind: string; at: number[]; json: string }[] | undefined;
  let rowSignature = "";
  let running = false;
  let again = false;

  async function ensureUi() {
    if (ui) return ui;
    ui = await createShadowRootUi(ctx, {
      name: "shixian-overlay",
      position: "overlay",
      anchor: "body",
      append: "last",
      zIndex: 2147483646,
      css: PANEL_CSS,
      // Closed in a normal build: page scripts cannot read the overlay nor reach its buttons (lib/overlay/shadow.ts).
      mode: SHADOW_MODE,
      isolateEvents: true,
      onMount: (container) => container,
      onRemove: (container) => {
        if (container) render(null, container);
      },
    });
    ui.mount();
    return ui;
  }

  const loadArticle = (docNo: string, article?: string) =>
    send({ type: "article", docNo, article }) as Promise<ArticleText>;

  async function onFlag(f: ViewFinding | undefined, note: string) {
    if (!current) return;
    const target = f ?? current.result.findings.find((x) => x.severity !== "info") ?? current.result.findings[0];
    const ruleId = target?.ruleId ?? current.result.deadlines[0]?.ruleId;
    if (!ruleId) return;
    await send({
      type: "flag",
      caseId: current.result.caseId,
      kind: current.result.kind,
      externalId: current.externalId,
      url: location.href,
      ruleId,
      checkId: target?.checkId,
      note: note || undefined,
      evidence: { facts: current.facts, finding: target },
    });
    flagged.add(flagKey(f));
    if (target) flagged.add(flagKey(target));
    paintPanel();
  }

  function paintPanel() {
    if (!ui?.mounted || !current) return;
    render(
      <Panel
        result={current.result}
        lang={lang}
        flagged={flagged}
        onFlag={onFlag}
        loadArticle={loadArticle}
        onTeach={(e) => {
          if (e.isTrusted) teach();
        }}
        notice={notice}
      />,
      ui.mounted,
    );
  }

  /** Opens "教 ShiXian 认识此页" (from the panel, the stale-adapter note or the popup). */
  function teach() {
    if (isTeacherOpen()) return;
    const kind = lastRec?.single?.kind ?? lastRec?.rows[0]?.kind ?? kindFromText(doc.title) ?? "data-share-request";
    openTeacher({
      doc,
      url: location.href,
      lang,
      kind,
      save: async (adapter) => {
        const r = await send({ type: "saveAdapter", adapter });
        if ((r as { error?: string }).error && !(r as { id?: string }).id)
          throw new Error((r as { error: string }).error);
        queue("dom"); // used at once: read the page again with it
        return r;
      },
      onClose: () => queue("dom"),
    });
  }

  function focusFinding(f: ViewFinding) {
    const el = ui?.shadow.getElementById(`sx-f-${f.ruleId}-${f.checkId ?? ""}`);
    el?.scrollIntoView({ block: "nearest" });
    (el?.querySelector("button") as HTMLElement | null)?.focus();
  }

  /**
   * `dom`: the page changed (or first run, or SPA navigation) → recognise again. `timer`: only time passed → the
   * facts are the same, so re-evaluate them (in the background) and touch the page only if a status changed.
   */
  async function analyse(reason: "dom" | "timer") {
    let rec = lastRec;
    const gone = (r?: { root: Element }) => r !== undefined && !r.root.isConnected;
    if (!rec || reason === "dom" || gone(rec.single) || gone(rec.rows[0])) {
      stats.recognizeMs = 0;
      try {
        taught = (await send({ type: "adapters", url: location.href })).adapters ?? [];
      } catch {
        taught = []; // background unavailable (extension reloading): the built-in adapters and the generic reader
      }
      // Each frame runs its own copy of this script (allFrames), so frames are not pierced from here. Long lists
      // are read in slices that yield to the page (no long task on a 5 000-row queue).
      rec = await recognizePageSliced(
        doc,
        location.href,
        { sliceMs: RECOGNIZE_SLICE_MS, pause: yieldToPage, onSlice: (ms) => account("recognize", ms) },
        taught.length ? [...taught, ...DEFAULT_ADAPTERS] : DEFAULT_ADAPTERS,
        { frames: false },
      );
      lastRec = rec;
      // A taught adapter whose anchors are gone: the page was read generically; the clerk is told.
      notice = rec.staleAdapters?.length ? staleText(lang, rec.staleAdapters) : undefined;
      if (rec.staleAdapters?.length && !rec.single) showStaleNotice(doc, lang, rec.staleAdapters, teach);
      else clearStaleNotice();
      rowBatches = undefined;
    }

    // Single case (detail pages).
    if (rec.single) {
      const r = rec.single;
      const result = (await send({
        type: "evaluate",
        kind: r.kind,
        facts: r.facts,
        url: location.href,
        externalId: r.externalId,
        confidence: r.confidence,
        altKinds: r.altKinds,
      })) as ViewResult;
      if (current?.externalId !== r.externalId) flagged.clear();
      current = { result, facts: r.facts, externalId: r.externalId, anchors: r.anchors };
      await ensureUi();
      const t1 = performance.now();
      paintPanel();
      placeMarkers(doc, result.findings, r.anchors, lang, focusFinding);
      stats.busy += performance.now() - t1;
    } else if (current) {
      current = undefined;
      clearMarkers(doc);
      ui?.remove();
      ui = undefined;
    }

    // Queue / list pages: a counter per row, evaluated in batches by the background.
    if (!rec.rows.length && layer) {
      layer.remove();
      layer = undefined;
    }
    if (rec.rows.length) {
      await yieldToPage(); // the last recognition slice and the encoding are separate tasks
      if (!rowBatches) {
        const t2 = performance.now();
        const byKind = new Map<string, number[]>();
        rec.rows.forEach((row, i) => {
          const list = byKind.get(row.kind);
          if (list) list.push(i);
          else byKind.set(row.kind, [i]);
        });
        rowBatches = [];
        const all = rec.rows;
        for (const [kind, at] of byKind)
          for (let i = 0; i < at.length; i += ROW_BATCH) {
            const slice = at.slice(i, i + ROW_BATCH);
            rowBatches.push({ kind, at: slice, json: encodeFacts(slice.map((j) => all[j].facts)) });
          }
        account("encode", performance.now() - t2);
      }
      const replies: Reply<"evaluateRows">[] = [];
      for (const b of rowBatches) replies.push(await send({ type: "evaluateRows", kind: b.kind, rows: b.json }));
      rowExplain = Object.assign({}, ...replies.map((r) => r.explain ?? {}));
      const signature = replies
        .map((r) => `${r.rules.join(",")}\n${r.rows}\n${r.notes ? JSON.stringify(r.notes) : ""}`)
        .join("\u0000");
      if (reason === "timer" && signature === rowSignature && layer?.host.isConnected) return; // nothing changed
      rowSignature = signature;
      const t3 = performance.now();
      // The layer gets the rows in document order (its chunks are runs of neighbouring rows).
      const layerRows = rec.rows.map((r) => ({ row: r.root, id: r.externalId }));
      const results: RowDeadline[][] = new Array(layerRows.length).fill(NO_DEADLINES);
      rowBatches.forEach((b, k) => {
        // Identical result lines share one decoded array (parsed once): see rowLineDecoder.
        const decodeLine = rowLineDecoder(replies[k].rules, replies[k].notes);
        const lines = replies[k].rows.split("\n");
        for (let j = 0; j < b.at.length; j++) results[b.at[j]] = decodeLine(lines[j] ?? "");
      });
      account("decode", performance.now() - t3);
      if (!layer) {
        layer = new RowLayer(doc);
        explainOnHover(layer);
      }
      await yieldToPage();
      await layer.render(layerRows, results, lang, {
        onChunk: (ms, phase) => {
          account(phase, ms);
          stats.renderMs += ms;
        },
      });
      // Timing for the benchmark (bench/content.bench.ts): main-thread ms this script spent, and the
      // script's start / finish on the page's performance clock.
      const end = performance.now();
      const done = {
        rows: rec.rows.length,
        busyMs: Math.round(stats.busy * 10) / 10,
        wallMs: Math.round((end - stats.start) * 10) / 10,
        recognizeMs: Math.round(stats.recognizeMs * 10) / 10,
        renderMs: Math.round(stats.renderMs * 10) / 10,
        longestMs: Math.round(stats.longest * 10) / 10,
        phases: Object.fromEntries(Object.entries(stats.phases).map(([k, v]) => [k, Math.round(v * 10) / 10])),
        t0: Math.round(stats.start * 10) / 10,
        t1: Math.round(end * 10) / 10,
      };
      doc.documentElement.setAttribute("data-shixian-rows", JSON.stringify(done));
    }
  }

  /** Per rule: how a row counter explains itself (from the background's evaluateRows reply). */
  let rowExplain: NonNullable<Reply<"evaluateRows">["explain"]> = {};

  /**
   * A row counter says, on hover, what it read and how it computed ("收件时间 2026-09-14 09:23 → 1个工作日 → 截止
   * 2026-09-15"). Built when the pointer reaches it, not for all 5 000 rows up front (the layer's HTML stays small).
   */
  function explainOnHover(l: RowLayer) {
    l.root.addEventListener("mouseover", (e) => {
      const el = (e.target as Element | null)?.closest?.('[data-testid="shixian-deadline"]');
      if (!el || el.hasAttribute("title")) return;
      const rule = el.getAttribute("data-rule") ?? "";
      const rowId = el.getAttribute("data-row");
      const parts = rowExplain[rule];
      const row = lastRec?.rows.find((r) => r.externalId === rowId);
      if (!parts || !row) return;
      const v = String(row.facts[parts.field] ?? "").replace(/^(\d{4}-\d\d-\d\d)T(\d\d:\d\d).*$/, "$1 $2");
      const due = el.getAttribute("data-due") ?? "";
      el.setAttribute(
        "title",
        lang === "en"
          ? `${parts.label.en} ${v} → ${parts.period.en} → due ${due}`
          : `${parts.label.zh} ${v} → ${parts.period.zh} → 截止 ${due}`,
      );
    });
  }

  let pendingReason: "dom" | "timer" = "timer";
  async function run(reason: "dom" | "timer") {
    if (running) {
      again = true;
      if (reason === "dom") pendingReason = "dom";
      return;
    }
    running = true;
    try {
      await analyse(reason);
    } catch (err) {
      console.warn("ShiXian:", err);
    } finally {
      running = false;
      if (again) {
        again = false;
        const r = pendingReason;
        pendingReason = "timer";
        queue(r);
      }
    }
  }

  let queued = false;
  let queuedReason: "dom" | "timer" = "timer";
  function queue(reason: "dom" | "timer") {
    if (reason === "dom") queuedReason = "dom";
    if (queued || !ctx.isValid) return;
    queued = true;
    const go = () => {
      queued = false;
      const r = queuedReason;
      queuedReason = "timer";
      void run(r);
    };
    if ("requestIdleCallback" in window) ctx.requestIdleCallback(go, { timeout: 500 });
    else ctx.requestAnimationFrame(go);
  }

  const ours = (n: Node) =>
    n.nodeType === 1 &&
    ((n as Element).localName.startsWith("shixian-") ||
      (n as Element).localName === LAYER_TAG ||
      (n as Element).hasAttribute(MARKER_ATTR) ||
      (n as Element).hasAttribute("data-shixian-style") ||
      (n as Element).localName === "shixian-overlay" ||
      (n as Element).closest?.(`${LAYER_TAG},shixian-overlay,[${MARKER_ATTR}]`) !== null);
  // uBlock Origin's model: the observer only queues (and hides counters a re-rendered list made stale, before the
  // page paints); the work runs in an idle callback.
  const observer = new MutationObserver((records) => {
    let changed = false;
    for (const r of records) {
      if (ours(r.target)) continue;
      if (r.type === "attributes") {
        const el = r.target as Element;
        if (!mayRevealOrHide(r, el.getAttribute(r.attributeName ?? ""), el.localName)) continue;
        queue("dom");
        return;
      }
      const nodes = [...Array.from(r.addedNodes), ...Array.from(r.removedNodes)];
      if (nodes.length && nodes.every(ours)) continue;
      if (r.type === "characterData" && r.target.parentElement?.closest(`[${MARKER_ATTR}]`)) continue;
      changed = true;
      // Paging, sorting or a virtual list recycling rows: a counter must never stay on a row showing another case.
      if (layer?.touches(r.target)) {
        layer.markStale();
        break;
      }
    }
    if (changed) queue("dom");
  });
  // Attributes too: a tab switched or a dialog closed shows other content without adding a node (see reveal.ts).
  observer.observe(doc.documentElement, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeOldValue: true,
    attributeFilter: VISIBILITY_ATTRS,
  });
  ctx.onInvalidated(() => observer.disconnect());
  ctx.addEventListener(window, "wxt:locationchange", () => queue("dom"));
  ctx.setInterval(() => queue("timer"), REFRESH_MS);
  // The popup's "教 ShiXian 认识此页" (tabs.sendMessage to the top frame). Only the extension itself can send this:
  // page scripts have no access to runtime messaging.
  if (window === window.top)
    browser.runtime.onMessage.addListener((msg: unknown, sender) => {
      if (sender.id !== browser.runtime.id || (msg as { type?: string })?.type !== "teach") return;
      teach();
      return undefined;
    });

  await run("dom");
}
