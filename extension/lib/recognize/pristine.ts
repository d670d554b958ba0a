// Pristine DOM primitives. A hostile portal may replace document.querySelector, Element.prototype methods or
// even the Node.prototype.textContent getter. We take the native functions once, when this module is first
// evaluated (a content script runs in its own isolated world at document start, so what we capture there is
// native), and always call them with Reflect.apply — never through the page's possibly-overridden properties.
// Collections (NodeList / HTMLCollection) are read with captured length/item too.

type Fn = (...args: never[]) => unknown;

export interface Dom {
  /** querySelectorAll on a Document, DocumentFragment/ShadowRoot or Element, as an array. */
  qsa(root: ParentNode, selector: string): Element[];
  /**
   * Every element under root (not root itself), in document order, via a native TreeWalker. Unlike
   * querySelectorAll this never runs page code, even in DOM implementations whose selector engine is script.
   * Does not enter shadow roots or frames.
   */
  elements(root: Node): Element[];
  /** The first element under root (not root itself) for which pred is true — stops early. */
  find(root: Node, pred: (el: Element) => boolean): Element | null;
  ownerDocument(node: Node): Document | null;
  /**
   * Elements under root chosen by filter, via a native TreeWalker with our filter: "accept" collects the element
   * and descends, "pass" descends without collecting, "prune" skips the element and its whole subtree.
   */
  walk(root: Node, filter: (el: Element) => "accept" | "pass" | "prune"): Element[];
  /** getElementsByTagName (native, no selector engine) on a Document or Element, at most limit elements. */
  byTag(root: Document | Element, tag: string, limit?: number): Element[];
  /**
   * Elements the extension itself inserted (counters, markers): their text is left out of text() of any
   * ancestor. Set once per recognition run.
   */
  setIgnored(els: Element[]): void;
  isIgnored(el: Element): boolean;
  /** querySelector (first match) on an Element or a Document/ShadowRoot. */
  qs(root: ParentNode, selector: string): Element | null;
  text(node: Node): string;
  attr(el: Element, name: string): string | null;
  tag(el: Element): string;
  /** The parent element, or null. */
  parent(el: Element): Element | null;
  /** Direct element children. */
  children(el: ParentNode): Element[];
  /** An open shadow root, or null. */
  shadow(el: Element): ShadowRoot | null;
  /** The document of a same-origin iframe/frame, or null (cross-origin, not loaded). */
  frameDoc(el: Element): Document | null;
  /** table.rows as an array (thead, tbody, tfoot rows in order). */
  rows(table: Element): Element[];
  /** tr.cells as an array. */
  cells(row: Element): Element[];
  /** table.rows without building an array. */
  rowList(table: Element): { length: number; at(i: number): Element };
  /** tr.cells without building an array: length, and at(i) for the cells actually read. */
  cellList(row: Element): { length: number; at(i: number): Element };
  /** Current value of an input/textarea, or the selected option's text of a select. */
  controlValue(el: Element): string;
  /** The next element sibling, or null. */
  next(el: Element): Element | null;
  /** True when a precedes b in document order (same document). */
  before(a: Node, b: Node): boolean;
  /** True when node is root or inside it. */
  within(node: Node, root: Node): boolean;
  /**
   * Whether el is rendered: not display:none (itself or an ancestor), not visibility:hidden, not in a closed
   * <details> or content-visibility:hidden subtree; with `opaque`, not fully transparent either. Uses the native
   * checkVisibility() where the browser has it; without a layout engine (jsdom), the hidden attribute and the
   * computed display/visibility of el and its ancestors.
   */
  visible(el: Element, opaque?: boolean): boolean;
  /** The text as rendered (innerText: hidden descendants left out, <br> as a new line); textContent without layout. */
  shownText(el: Element): string;
  title(doc: Document): string;
  url(doc: Document): string;
}

interface Captured {
  docQsa: Fn;
  docQs: Fn;
  fragQsa: Fn;
  fragQs: Fn;
  elQsa: Fn;
  elQs: Fn;
  textContent: Fn;
  getAttribute: Fn;
  localName: Fn;
  elChildren: Fn;
  parentElement: Fn;
  docChildren: Fn;
  fragChildren: Fn;
  shadowRoot: Fn;
  iframeDoc: Fn | undefined;
  frameDoc: Fn | undefined;
  tableRows: Fn;
  rowCells: Fn;
  inputValue: Fn;
  textareaValue: Fn;
  selectIndex: Fn;
  selectOptions: Fn;
  docTitle: Fn;
  docUrl: Fn;
  nodeListLength: Fn;
  nodeListItem: Fn;
  collLength: Fn;
  collItem: Fn;
  nodeType: Fn;
  ownerDocument: Fn;
  createTreeWalker: Fn;
  nextNode: Fn;
  docByTag: Fn;
  elByTag: Fn;
  nodeValue: Fn;
  nextElementSibling: Fn;
  compareDocumentPosition: Fn;
  checkVisibility: Fn | undefined;
  /** HTMLElement.prototype.innerText getter (text as rendered). */
  rendered: Fn | undefined;
  isDoc: (n: unknown) => boolean;
  isFrag: (n: unknown) => boolean;
}

const apply = Reflect.apply;
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;
const getOwnDesc = Object.getOwnPropertyDescriptor;
const getProto = Object.getPrototypeOf;

function getter(proto: object | undefined, name: string): Fn | undefined {
  let p: object | null | undefined = proto;
  while (p) {
    const d = getOwnDesc(p, name);
    if (d) return d.get as Fn | undefined;
    p = getProto(p);
  }
  return undefined;
}

function method(proto: object | undefined, name: string): Fn {
  let p: object | null | undefined = proto;
  while (p) {
    const d = getOwnDesc(p, name);
    if (d && typeof d.value === "function") return d.value as Fn;
    p = getProto(p);
  }
  throw new Error(`DOM method ${name} not available`);
}

function need(f: Fn | undefined, name: string): Fn {
  if (!f) throw new Error(`DOM getter ${name} not available`);
  return f;
}

// biome-ignore lint/suspicious/noExplicitAny: a window-like global of any realm
function captureFrom(g: any): Captured {
  const E = g.Element.prototype;
  const D = g.Document.prototype;
  const F = g.DocumentFragment.prototype;
  const N = g.Node.prototype;
  const DocumentCtor = g.Document;
  const FragCtor = g.DocumentFragment;
  const nodeType = need(getter(N, "nodeType"), "nodeType");
  return {
    docQsa: method(D, "querySelectorAll"),
    docQs: method(D, "querySelector"),
    fragQsa: method(F, "querySelectorAll"),
    fragQs: method(F, "querySelector"),
    elQsa: method(E, "querySelectorAll"),
    elQs: method(E, "querySelector"),
    textContent: need(getter(N, "textContent"), "textContent"),
    getAttribute: method(E, "getAttribute"),
    localName: need(getter(E, "localName"), "localName"),
    elChildren: need(getter(E, "children"), "children"),
    parentElement: need(getter(N, "parentElement"), "parentElement"),
    docChildren: need(getter(D, "children"), "children"),
    fragChildren: need(getter(F, "children"), "children"),
    shadowRoot: need(getter(E, "shadowRoot"), "shadowRoot"),
    iframeDoc: g.HTMLIFrameElement ? getter(g.HTMLIFrameElement.prototype, "contentDocument") : undefined,
    frameDoc: g.HTMLFrameElement ? getter(g.HTMLFrameElement.prototype, "contentDocument") : undefined,
    tableRows: need(getter(g.HTMLTableElement.prototype, "rows"), "rows"),
    rowCells: need(getter(g.HTMLTableRowElement.prototype, "cells"), "cells"),
    inputValue: need(getter(g.HTMLInputElement.prototype, "value"), "value"),
    textareaValue: need(getter(g.HTMLTextAreaElement.prototype, "value"), "value"),
    selectIndex: need(getter(g.HTMLSelectElement.prototype, "selectedIndex"), "selectedIndex"),
    selectOptions: need(getter(g.HTMLSelectElement.prototype, "options"), "options"),
    docTitle: need(getter(D, "title"), "title"),
    docUrl: need(getter(D, "URL"), "URL"),
    nodeListLength: need(getter(g.NodeList.prototype, "length"), "NodeList.length"),
    nodeListItem: method(g.NodeList.prototype, "item"),
    collLength: need(getter(g.HTMLCollection.prototype, "length"), "HTMLCollection.length"),
    collItem: method(g.HTMLCollection.prototype, "item"),
    nodeType,
    ownerDocument: need(getter(N, "ownerDocument"), "ownerDocument"),
    createTreeWalker: method(D, "createTreeWalker"),
    nextNode: method(g.TreeWalker.prototype, "nextNode"),
    docByTag: method(D, "getElementsByTagName"),
    elByTag: method(E, "getElementsByTagName"),
    nodeValue: need(getter(N, "nodeValue"), "nodeValue"),
    nextElementSibling: need(getter(E, "nextElementSibling"), "nextElementSibling"),
    compareDocumentPosition: method(N, "compareDocumentPosition"),
    checkVisibility: typeof E.checkVisibility === "function" ? method(E, "checkVisibility") : undefined,
    rendered: g.HTMLElement ? getter(g.HTMLElement.prototype, "innerText") : undefined,
    isDoc: (n) => {
      try {
        return apply(nodeType, n, []) === 9;
      } catch {
        return n instanceof DocumentCtor;
      }
    },
    isFrag: (n) => {
      try {
        return apply(nodeType, n, []) === 11;
      } catch {
        return n instanceof FragCtor;
      }
    },
  };
}

const fnToString = Function.prototype.toString;

/** "native" | "script" (a DOM written in JS, e.g. jsdom) | "tampered" (some native, some replaced by script). */
function provenance(c: Captured): "native" | "script" | "tampered" {
  let native = 0;
  let script = 0;
  for (const v of Object.values(c)) {
    if (typeof v !== "function" || v === c.isDoc || v === c.isFrag) continue;
    let src = "";
    try {
      src = apply(fnToString, v, []) as string;
    } catch {
      /* not inspectable */
    }
    if (/\{\s*\[native code\]\s*\}\s*$/.test(src)) native++;
    else script++;
  }
  if (script === 0) return "native";
  if (native === 0) return "script";
  return "tampered";
}

// Captured at module evaluation — before any page script can interfere with this realm (a content script's
// isolated world is never touched by page scripts; this matters when the module runs in a page's own world).
const atStart: Captured | null = (() => {
  try {
    return typeof globalThis.Element === "function" ? captureFrom(globalThis) : null;
  } catch {
    return null;
  }
})();
const atStartOk = atStart !== null && provenance(atStart) !== "tampered";

const perRealm = new WeakMap<object, Captured>();
// Kept attached: the fresh realm whose prototypes we use when the page has replaced some of ours.
let cleanRealm: Captured | null = null;

/** Prototypes of a fresh about:blank iframe: untouched by the page's scripts. */
function freshRealm(doc: Document): Captured | null {
  if (cleanRealm) return cleanRealm;
  try {
    const D = Object.getPrototypeOf(Object.getPrototypeOf(doc)) ?? Object.getPrototypeOf(doc);
    const create = method(D, "createElement");
    const frame = apply(create, doc, ["iframe"]) as HTMLIFrameElement;
    const setAttr = method(Object.getPrototypeOf(Object.getPrototypeOf(frame)), "setAttribute");
    apply(setAttr, frame, ["style", "display:none!important"]);
    apply(setAttr, frame, ["aria-hidden", "true"]);
    apply(setAttr, frame, ["data-shixian", "realm"]);
    const host = doc.documentElement;
    const append = method(Object.getPrototypeOf(Object.getPrototypeOf(Object.getPrototypeOf(host))), "appendChild");
    apply(append, host, [frame]);
    const win = frame.contentWindow;
    if (!win) return null;
    const c = captureFrom(win);
    if (provenance(c) === "tampered") return null;
    cleanRealm = c;
    return c;
  } catch {
    return null;
  }
}

function capturedFor(doc: Document): Captured {
  if (atStart && atStartOk) return atStart;
  if (atStart) return freshRealm(doc) ?? atStart; // our realm was tampered with before we loaded
  // No DOM in this realm (e.g. Node with a jsdom document): use the document's own realm, once.
  const win = doc.defaultView;
  if (!win) throw new Error("recognizePage: the document has no window (defaultView)");
  let c = perRealm.get(win);
  if (!c) {
    c = captureFrom(win);
    perRealm.set(win, c);
  }
  return c;
}

function makeDom(c: Captured): Dom {
  const toArray = (list: unknown, len: Fn, item: Fn): Element[] => {
    const n = apply(len, list, []) as number;
    const out: Element[] = new Array(n);
    for (let i = 0; i < n; i++) out[i] = apply(item, list, [i]) as Element;
    return out;
  };
  const nodes = (list: unknown) => toArray(list, c.nodeListLength, c.nodeListItem);
  const coll = (list: unknown) => toArray(list, c.collLength, c.collItem);
  const tag = (el: Element) => apply(c.localName, el, []) as string;
  const SHOW_ELEMENT = 1;
  const SHOW_ELEMENT_AND_TEXT = 1 | 4;
  let ignored = new WeakSet<Element>();
  let dirty = new WeakSet<Element>();
  let hasIgnored = false;
  // Text of a node minus the subtrees the extension inserted.
  const textWithout = (node: Node): string => {
    const doc = apply(c.ownerDocument, node, []) as Document;
    const w = apply(c.createTreeWalker, doc, [
      node,
      SHOW_ELEMENT_AND_TEXT,
      (n: Node) => (ignored.has(n as Element) ? 2 : 1),
    ]);
    let out = "";
    for (let n = apply(c.nextNode, w, []) as Node | null; n; n = apply(c.nextNode, w, []) as Node | null)
      if ((apply(c.nodeType, n, []) as number) === 3) out += apply(c.nodeValue, n, []) as string;
    return out;
  };
  const walkerFor = (root: Node) => {
    const doc = c.isDoc(root) ? root : (apply(c.ownerDocument, root, []) as Document);
    return apply(c.createTreeWalker, doc, [root, SHOW_ELEMENT]);
  };
  const dom: Dom = {
    elements(root) {
      const w = walkerFor(root);
      const out: Element[] = [];
      for (let n = apply(c.nextNode, w, []) as Element | null; n; n = apply(c.nextNode, w, []) as Element | null)
        out.push(n);
      return out;
    },
    find(root, pred) {
      const w = walkerFor(root);
      for (let n = apply(c.nextNode, w, []) as Element | null; n; n = apply(c.nextNode, w, []) as Element | null)
        if (pred(n)) return n;
      return null;
    },
    ownerDocument: (node) => apply(c.ownerDocument, node, []) as Document | null,
    walk(root, filter) {
      const doc = c.isDoc(root) ? root : (apply(c.ownerDocument, root, []) as Document);
      const codes = { accept: 1, prune: 2, pass: 3 } as const;
      const w = apply(c.createTreeWalker, doc, [root, SHOW_ELEMENT, (n: Element) => codes[filter(n)]]);
      const out: Element[] = [];
      for (let n = apply(c.nextNode, w, []) as Element | null; n; n = apply(c.nextNode, w, []) as Element | null)
        out.push(n);
      return out;
    },
    byTag(root, tag, limit) {
      const list = apply(c.isDoc(root) ? c.docByTag : c.elByTag, root, [tag]);
      if (limit === undefined) {
        const n = apply(c.collLength, list, []) as number;
        const out: Element[] = new Array(n);
        for (let i = 0; i < n; i++) out[i] = apply(c.collItem, list, [i]) as Element;
        return out;
      }
      // With a limit, never ask the live collection its length: that walks the whole document (a 5 000-row
      // queue's 50 000 cells) to read the first few hundred.
      const out: Element[] = [];
      for (let i = 0; i < limit; i++) {
        const el = apply(c.collItem, list, [i]) as Element | null;
        if (!el) break;
        out.push(el);
      }
      return out;
    },
    setIgnored(els) {
      ignored = new WeakSet(els);
      dirty = new WeakSet();
      for (const el of els) {
        for (
          let p = apply(c.parentElement, el, []) as Element | null;
          p;
          p = apply(c.parentElement, p, []) as Element | null
        ) {
          if (dirty.has(p)) break;
          dirty.add(p);
        }
      }
      hasIgnored = els.length > 0;
    },
    isIgnored: (el) => hasIgnored && ignored.has(el),
    qsa(root, selector) {
      if (c.isDoc(root)) return nodes(apply(c.docQsa, root, [selector]));
      if (c.isFrag(root)) return nodes(apply(c.fragQsa, root, [selector]));
      return nodes(apply(c.elQsa, root, [selector]));
    },
    qs(root, selector) {
      if (c.isDoc(root)) return apply(c.docQs, root, [selector]) as Element | null;
      if (c.isFrag(root)) return apply(c.fragQs, root, [selector]) as Element | null;
      return apply(c.elQs, root, [selector]) as Element | null;
    },
    text(node) {
      if (hasIgnored && dirty.has(node as Element)) return textWithout(node);
      return (apply(c.textContent, node, []) as string | null) ?? "";
    },
    attr: (el, name) => apply(c.getAttribute, el, [name]) as string | null,
    tag,
    parent: (el) => apply(c.parentElement, el, []) as Element | null,
    children(el) {
      if (c.isDoc(el)) return coll(apply(c.docChildren, el, []));
      if (c.isFrag(el)) return coll(apply(c.fragChildren, el, []));
      return coll(apply(c.elChildren, el, []));
    },
    shadow: (el) => apply(c.shadowRoot, el, []) as ShadowRoot | null,
    frameDoc(el) {
      const t = tag(el);
      const g = t === "iframe" ? c.iframeDoc : t === "frame" ? c.frameDoc : undefined;
      if (!g) return null;
      try {
        return apply(g, el, []) as Document | null;
      } catch {
        return null; // cross-origin
      }
    },
    rows: (table) => coll(apply(c.tableRows, table, [])),
    cells: (row) => coll(apply(c.rowCells, row, [])),
    rowList(table) {
      const list = apply(c.tableRows, table, []);
      const length = apply(c.collLength, list, []) as number;
      return { length, at: (i: number) => apply(c.collItem, list, [i]) as Element };
    },
    cellList(row) {
      const list = apply(c.rowCells, row, []);
      const length = apply(c.collLength, list, []) as number;
      return { length, at: (i: number) => apply(c.collItem, list, [i]) as Element };
    },
    controlValue(el) {
      const t = tag(el);
      if (t === "input") return (apply(c.inputValue, el, []) as string) ?? "";
      if (t === "textarea") return (apply(c.textareaValue, el, []) as string) ?? "";
      if (t === "select") {
        const i = apply(c.selectIndex, el, []) as number;
        if (i < 0) return "";
        const opt = apply(c.collItem, apply(c.selectOptions, el, []), [i]) as Element | null;
        return opt ? ((apply(c.textContent, opt, []) as string) ?? "") : "";
      }
      return (apply(c.textContent, el, []) as string) ?? "";
    },
    next: (el) => apply(c.nextElementSibling, el, []) as Element | null,
    before: (a, b) => ((apply(c.compareDocumentPosition, a, [b]) as number) & 4) !== 0, // DOCUMENT_POSITION_FOLLOWING
    within: (node, root) => node === root || ((apply(c.compareDocumentPosition, root, [node]) as number) & 16) !== 0, // CONTAINED_BY
    visible(el, opaque = false) {
      if (c.checkVisibility)
        return apply(c.checkVisibility, el, [{ visibilityProperty: true, opacityProperty: opaque }]) as boolean;
      // No layout engine (jsdom): what the markup says — the hidden attribute and inline display/visibility (as
      // v-show and jQuery's hide() write them). Style sheets are not consulted: a script selector engine would
      // run the page's own (possibly replaced) DOM methods.
      for (let e: Element | null = el; e; e = apply(c.parentElement, e, []) as Element | null) {
        if (apply(c.getAttribute, e, ["hidden"]) !== null) return false;
        const style = apply(c.getAttribute, e, ["style"]) as string | null;
        if (style && HIDDEN_STYLE.test(style)) return false;
      }
      return true;
    },
    shownText(el) {
      // Our own markers inside el: textContent minus them (innerText cannot leave them out).
      if (c.rendered && c.checkVisibility && !(hasIgnored && dirty.has(el))) {
        const t = apply(c.rendered, el, []) as string | undefined;
        if (typeof t === "string") return t;
      }
      return dom.text(el);
    },
    title: (doc) => (apply(c.docTitle, doc, []) as string) ?? "",
    url: (doc) => apply(c.docUrl, doc, []) as string,
  };
  return dom;
}

const doms = new WeakMap<Captured, Dom>();

/** The pristine DOM helpers to use for this document. */
export function domFor(doc: Document): Dom {
  const c = capturedFor(doc);
  let d = doms.get(c);
  if (!d) {
    d = makeDom(c);
    doms.set(c, d);
  }
  return d;
}
