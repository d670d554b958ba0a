// The teacher's own room on the page: one <shixian-teacher> host with a CLOSED shadow root (page scripts cannot
// read or reach into it; the recogniser skips every <shixian-*> element), and the element picker. The picker acts
// only on trusted clicks (a real user's; a page script's dispatched or .click() events are ignored), swallows them
// so the portal does not act on them, and outlines the element under the pointer from inside the shadow root —
// nothing is written into the portal's DOM.
import { h, render } from "preact";
import type { PortalAdapter } from "../adapters/types.ts";
import { tf } from "../i18n.ts";
import type { Lang, SaveAdapterReply } from "../messages.ts";
import type { StaleAdapter } from "../recognize/types.ts";
import { VOCABULARIES } from "../recognize/vocabulary.ts";
import { type Picker, StaleNotice, Teacher } from "./Teacher.tsx";

export const TEACHER_TAG = "shixian-teacher";

const CSS = `
:host { all: initial; }
.t-panel { position: fixed; top: 12px; left: 12px; z-index: 2147483647; width: 380px; max-height: calc(100vh - 24px);
  overflow: auto; background: #fff; color: #1b1b1b; border: 2px solid #1f3b63; border-radius: 8px;
  box-shadow: 0 6px 24px rgba(0,0,0,.3); font: 14px/1.5 "Noto Sans CJK SC", "Noto Sans SC", "Microsoft YaHei",
  "PingFang SC", sans-serif; }
.t-head { display: flex; align-items: center; gap: 8px; padding: 8px 12px; background: #1f3b63; color: #fff; }
.t-head h2 { font-size: 15px; margin: 0; flex: 1; }
.t-head button { background: transparent; color: #fff; border: 1px solid #fff8; border-radius: 4px; cursor: pointer;
  font: inherit; font-size: 12px; }
.t-body { padding: 8px 12px 12px; }
.t-row { display: flex; gap: 6px; align-items: center; margin: 4px 0; font-size: 13px; }
.t-row select { font: inherit; font-size: 13px; flex: 1; }
.t-meta { font-size: 12px; color: #555; margin: 4px 0; word-break: break-all; }
.t-hint { font-size: 12px; background: #eef3fb; padding: 4px 6px; border-radius: 4px; }
.t-fields { list-style: none; margin: 0; padding: 0; }
.t-fields li { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; padding: 3px 0;
  border-bottom: 1px dashed #ddd; font-size: 13px; }
.t-fields li.t-active { background: #fff7e0; }
.t-label { min-width: 7em; font-weight: 600; }
.t-fields button, .t-actions button { font: inherit; font-size: 12px; cursor: pointer; border-radius: 4px;
  border: 1px solid #1f3b63; background: #fff; color: #1f3b63; padding: 0 8px; }
.t-anchor { font-size: 12px; color: #0b5d1e; }
.t-anchor.t-weak { color: #8a5a00; }
.t-warn { font-size: 12px; color: #8a2b00; width: 100%; }
.t-preview { display: grid; grid-template-columns: auto 1fr; gap: 2px 8px; font-size: 12px; margin: 4px 0; }
.t-preview dt { color: #555; }
.t-preview dd { margin: 0; font-weight: 600; }
.t-actions { margin-top: 8px; }
.t-save { background: #1f3b63 !important; color: #fff !important; padding: 2px 16px !important; }
.t-save[disabled] { background: #999 !important; border-color: #999 !important; cursor: default; }
.t-status { font-size: 12px; color: #0b5d1e; }
.t-toast { position: fixed; bottom: 12px; left: 12px; z-index: 2147483647; max-width: 460px; background: #fff7e0;
  border: 1px solid #d4a100; border-radius: 6px; padding: 8px 10px; font: 13px/1.5 "Noto Sans CJK SC",
  "Microsoft YaHei", sans-serif; color: #3d2a00; display: flex; flex-wrap: wrap; gap: 6px; align-items: center; }
.t-toast button { font: inherit; font-size: 12px; cursor: pointer; }
.t-outline { position: fixed; pointer-events: none; z-index: 2147483646; border: 2px solid #d4380d;
  background: rgba(250, 140, 22, .12); border-radius: 2px; display: none; }
button:focus-visible, select:focus-visible { outline: 2px solid #ffbf47; outline-offset: 1px; }
`;

interface Host {
  host: HTMLElement;
  shadow: ShadowRoot;
  panel: HTMLElement;
  toast: HTMLElement;
  outline: HTMLElement;
}

let current: Host | undefined;

function ensureHost(doc: Document): Host {
  if (current?.host.isConnected) return current;
  const host = doc.createElement(TEACHER_TAG);
  // closed: the page's scripts get null from host.shadowRoot and cannot query inside
  const shadow = host.attachShadow({ mode: "closed" });
  const style = doc.createElement("style");
  style.textContent = CSS;
  const panel = doc.createElement("div");
  const toast = doc.createElement("div");
  const outline = doc.createElement("div");
  outline.className = "t-outline";
  shadow.append(style, outline, panel, toast);
  // what the clerk does in the teacher stays in the teacher: the portal's handlers do not see these events bubble
  for (const type of [
    "keydown",
    "keyup",
    "keypress",
    "input",
    "change",
    "click",
    "dblclick",
    "mousedown",
    "mouseup",
    "pointerdown",
    "pointerup",
    "auxclick",
    "contextmenu",
  ])
    shadow.addEventListener(type, (e) => e.stopPropagation());
  (doc.documentElement ?? doc.body).appendChild(host);
  current = { host, shadow, panel, toast, outline };
  return current;
}

function createPicker(doc: Document, hostOf: () => Host): Picker & { dispose(): void } {
  const win = doc.defaultView as Window;
  let pending: ((el: Element | null) => void) | undefined;
  const isOurs = (e: Event) => e.composedPath().includes(hostOf().host);
  const target = (e: Event): Element | null => {
    const t = e.composedPath()[0] as Node | undefined;
    return t && t.nodeType === 1 ? (t as Element) : (t?.parentElement ?? null);
  };
  const show = (el: Element | null) => {
    const o = hostOf().outline;
    if (!el) {
      o.style.display = "none";
      return;
    }
    const r = el.getBoundingClientRect();
    Object.assign(o.style, {
      display: "block",
      left: `${r.left}px`,
      top: `${r.top}px`,
      width: `${r.width}px`,
      height: `${r.height}px`,
    });
  };
  const finish = (el: Element | null) => {
    const p = pending;
    pending = undefined;
    show(null);
    p?.(el);
  };
  const onMove = (e: MouseEvent) => {
    if (!pending || !e.isTrusted || isOurs(e)) return;
    show(target(e));
  };
  // Swallow the whole press on the page while picking, so the portal does not follow a link or sort a column.
  const swallow = (e: Event) => {
    if (!pending || !e.isTrusted || isOurs(e)) return;
    e.preventDefault();
    e.stopImmediatePropagation();
  };
  const onClick = (e: MouseEvent) => {
    if (!pending || isOurs(e)) return;
    if (!e.isTrusted) return; // a page script's synthetic click never picks anything
    e.preventDefault();
    e.stopImmediatePropagation();
    finish(target(e));
  };
  const onKey = (e: KeyboardEvent) => {
    if (pending && e.isTrusted && e.key === "Escape") finish(null);
  };
  win.addEventListener("mousemove", onMove, true);
  for (const t of ["pointerdown", "mousedown", "pointerup", "mouseup", "dblclick", "auxclick"])
    win.addEventListener(t, swallow, true);
  win.addEventListener("click", onClick, true);
  win.addEventListener("keydown", onKey, true);
  return {
    pick() {
      finish(null);
      return new Promise((ok) => {
        pending = ok;
      });
    },
    cancel: () => finish(null),
    dispose() {
      finish(null);
      win.removeEventListener("mousemove", onMove, true);
      for (const t of ["pointerdown", "mousedown", "pointerup", "mouseup", "dblclick", "auxclick"])
        win.removeEventListener(t, swallow, true);
      win.removeEventListener("click", onClick, true);
      win.removeEventListener("keydown", onKey, true);
    },
  };
}

export interface TeacherOptions {
  doc: Document;
  url: string;
  lang: Lang;
  kind: string;
  save: (adapter: PortalAdapter) => Promise<SaveAdapterReply>;
  onClose?: () => void;
}

let closeCurrent: (() => void) | undefined;

/** Opens the teacher (once per page; a second call keeps the open one). */
export function openTeacher(o: TeacherOptions): void {
  if (closeCurrent) return;
  const host = ensureHost(o.doc);
  const picker = createPicker(o.doc, () => host);
  const close = () => {
    picker.dispose();
    render(null, host.panel);
    closeCurrent = undefined;
    o.onClose?.();
  };
  closeCurrent = close;
  render(
    h(Teacher, { doc: o.doc, url: o.url, lang: o.lang, kind: o.kind, picker, save: o.save, onClose: close }),
    host.panel,
  );
}

export function isTeacherOpen(): boolean {
  return closeCurrent !== undefined;
}

/** Tells the clerk a taught adapter no longer finds its anchors (when no overlay panel is there to say it). */
export function showStaleNotice(doc: Document, lang: Lang, stale: StaleAdapter[], onTeach: () => void): void {
  const host = ensureHost(doc);
  const text = staleText(lang, stale);
  render(
    h(StaleNotice, {
      text,
      lang,
      onTeach: () => {
        render(null, host.toast);
        onTeach();
      },
      onClose: () => render(null, host.toast),
    }),
    host.toast,
  );
}

export function clearStaleNotice(): void {
  if (current) render(null, current.toast);
}

export function staleText(lang: Lang, stale: StaleAdapter[]): string {
  return stale
    .map((s) => {
      const fields = s.kind ? VOCABULARIES.get(s.kind)?.fields : undefined;
      const name = (f: string) => {
        const l = fields?.[f]?.label;
        return l ? (lang === "en" ? l.en : l.zh) : f;
      };
      return tf(lang, "adapterStale", {
        title: (lang === "en" ? s.title?.en : s.title?.zh) ?? s.id,
        missing: s.missing.map(name).join(lang === "en" ? ", " : "、"),
      });
    })
    .join(" ");
}
