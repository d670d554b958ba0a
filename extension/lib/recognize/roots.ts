// Where to look: the document, its same-origin iframes/frames (recursively) and open shadow roots. Elements are
// fetched per tag with the native getElementsByTagName (documents) or one TreeWalker pass (shadow roots), so a
// 5 000-row queue is never walked element by element. Elements the extension inserted are ignored.
import type { Dom } from "./pristine.ts";

export interface ScanRoot {
  root: Document | ShadowRoot;
  /** The document the root belongs to (for headings). */
  doc: Document;
  /** Elements of one tag under this root (not inside nested shadow roots or frames), in document order. */
  tag(name: string, limit?: number): Element[];
}

/** What the extension inserts into portal pages (see docs/ARCHITECTURE.md): never read as page content. */
export const INSERTED_ATTRS = ["data-shixian-row", "data-shixian-marker", "data-shixian"];
/** The extension's own shadow hosts (<shixian-overlay>, <shixian-rows>, …): never searched. */
const isOwnHost = (tag: string) => tag.startsWith("shixian-");

// Elements that may host a shadow root besides custom elements (DOM spec, attachShadow).
const SHADOW_HOSTS = new Set([
  "article",
  "aside",
  "blockquote",
  "body",
  "div",
  "footer",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "main",
  "nav",
  "p",
  "section",
  "span",
]);
// Subtrees not searched for shadow hosts: form options, scripts, and big tables (a queue has thousands of rows;
// legacy pages wrap everything in layout tables, so small tables are searched).
const NO_HOSTS_INSIDE = new Set(["select", "script", "style", "svg", "template"]);
const BIG_TABLE_ROWS = 200;

function docScan(dom: Dom, doc: Document): ScanRoot {
  const cache = new Map<string, Element[]>();
  return {
    root: doc,
    doc,
    tag(name, limit) {
      if (limit !== undefined) return cache.get(name)?.slice(0, limit) ?? dom.byTag(doc, name, limit);
      let b = cache.get(name);
      if (!b) {
        b = dom.byTag(doc, name);
        cache.set(name, b);
      }
      return b;
    },
  };
}

function shadowScan(dom: Dom, root: ShadowRoot, doc: Document): ScanRoot {
  const byTag = new Map<string, Element[]>();
  for (const el of dom.elements(root)) {
    const t = dom.tag(el);
    const b = byTag.get(t);
    if (b) b.push(el);
    else byTag.set(t, [el]);
  }
  return { root, doc, tag: (name, limit) => (byTag.get(name) ?? []).slice(0, limit) };
}

/** Elements of several tags (grouped by tag). */
export function tagged(scan: ScanRoot, ...tags: string[]): Element[] {
  if (tags.length === 1) return scan.tag(tags[0]);
  const out: Element[] = [];
  for (const t of tags) out.push(...scan.tag(t));
  return out;
}

function isInserted(dom: Dom, el: Element): boolean {
  for (const a of INSERTED_ATTRS) if (dom.attr(el, a) !== null) return true;
  return false;
}

/** Open shadow roots under root, skipping table rows and the extension's own overlay. */
function shadowRootsUnder(dom: Dom, root: Node): ShadowRoot[] {
  const out: ShadowRoot[] = [];
  dom.walk(root, (el) => {
    const t = dom.tag(el);
    if (NO_HOSTS_INSIDE.has(t) || isOwnHost(t)) return "prune";
    if (t === "table" && dom.rowList(el).length > BIG_TABLE_ROWS) return "prune";
    if (t.includes("-") || SHADOW_HOSTS.has(t)) {
      const sr = dom.shadow(el);
      if (sr) out.push(sr);
    }
    return "pass";
  });
  return out;
}

export function collectRoots(
  dom: Dom,
  doc: Document,
  opts: { frames: boolean; shadowRoots: boolean },
  out: ScanRoot[] = [],
  seen: Set<Document> = new Set(),
  inserted: Element[] = [],
): ScanRoot[] {
  if (seen.has(doc)) return out;
  seen.add(doc);
  const top = out.length === 0;
  const visit = (scan: ScanRoot, depth: number) => {
    out.push(scan);
    for (const span of scan.tag("span")) if (isInserted(dom, span)) inserted.push(span);
    if (depth > 8) return;
    if (opts.shadowRoots) for (const sr of shadowRootsUnder(dom, scan.root)) visit(shadowScan(dom, sr, doc), depth + 1);
    if (opts.frames) {
      for (const f of tagged(scan, "iframe", "frame")) {
        if (isInserted(dom, f)) continue;
        const fd = dom.frameDoc(f);
        if (fd) collectRoots(dom, fd, opts, out, seen, inserted);
      }
    }
  };
  visit(docScan(dom, doc), 0);
  if (top) dom.setIgnored(inserted);
  return out;
}

const HEADING_TAGS = ["h1", "h2", "h3", "h4", "caption", "legend"];
const TITLE_CLASS_TAGS = ["td", "div", "span", "p", "font", "b", "strong", "th"];

/** Heading texts of a root: document title, h1–h4, captions, elements styled as titles, spanning headers. */
export function headingsOf(dom: Dom, r: ScanRoot): string[] {
  const out: string[] = [];
  if (r.root === r.doc) out.push(dom.title(r.doc));
  const push = (el: Element) => {
    const t = dom.text(el);
    if (t.length <= 60) out.push(t);
  };
  for (const el of tagged(r, ...HEADING_TAGS)) push(el);
  for (const el of r.tag("th", 200)) if (dom.attr(el, "colspan")) push(el);
  // Title-styled elements sit at the top of a page; do not scan a 5 000-row queue for them.
  for (const t of TITLE_CLASS_TAGS)
    for (const el of r.tag(t, 300)) {
      const cls = dom.attr(el, "class");
      if (cls && /(?:^|\s)title(?:\s|$)/.test(cls)) push(el);
    }
  return out;
}
