// Where to look: the document, its same-origin iframes/frames (recursively) and open shadow roots. Each root's
// elements are listed once (native TreeWalker, see pristine.ts) and bucketed by tag for the readers.
import type { Dom } from "./pristine.ts";

export interface ScanRoot {
  root: Document | ShadowRoot;
  /** The document the root belongs to (for headings). */
  doc: Document;
  /** Every element of the root in document order (not inside nested shadow roots or frames). */
  all: Element[];
  byTag: Map<string, Element[]>;
}

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

function scanOf(dom: Dom, root: Document | ShadowRoot, doc: Document): ScanRoot {
  const all = dom.elements(root);
  const byTag = new Map<string, Element[]>();
  for (const el of all) {
    const t = dom.tag(el);
    const b = byTag.get(t);
    if (b) b.push(el);
    else byTag.set(t, [el]);
  }
  return { root, doc, all, byTag };
}

/** Elements of the given tags, in document order when one tag is asked for (else grouped by tag). */
export function tagged(scan: ScanRoot, ...tags: string[]): Element[] {
  if (tags.length === 1) return scan.byTag.get(tags[0]) ?? [];
  const out: Element[] = [];
  for (const t of tags) {
    const b = scan.byTag.get(t);
    if (b) out.push(...b);
  }
  return out;
}

export function collectRoots(
  dom: Dom,
  doc: Document,
  opts: { frames: boolean; shadowRoots: boolean },
  out: ScanRoot[] = [],
  seen: Set<Document> = new Set(),
): ScanRoot[] {
  if (seen.has(doc)) return out;
  seen.add(doc);
  const visit = (root: Document | ShadowRoot, depth: number) => {
    const scan = scanOf(dom, root, doc);
    out.push(scan);
    if (depth > 8) return;
    if (opts.shadowRoots) {
      for (const [t, els] of scan.byTag) {
        if (!t.includes("-") && !SHADOW_HOSTS.has(t)) continue;
        for (const el of els) {
          const sr = dom.shadow(el);
          if (sr) visit(sr, depth + 1);
        }
      }
    }
    if (opts.frames) {
      for (const f of tagged(scan, "iframe", "frame")) {
        const fd = dom.frameDoc(f);
        if (fd) collectRoots(dom, fd, opts, out, seen);
      }
    }
  };
  visit(doc, 0);
  return out;
}

const HEADING_TAGS = ["h1", "h2", "h3", "h4", "caption", "legend"];

/** Heading texts of a root: document title, h1–h4, captions, elements styled as titles, spanning headers. */
export function headingsOf(dom: Dom, r: ScanRoot): string[] {
  const out: string[] = [];
  if (r.root === r.doc) out.push(dom.title(r.doc));
  const push = (el: Element) => {
    const t = dom.text(el);
    if (t.length <= 60) out.push(t);
  };
  for (const el of tagged(r, ...HEADING_TAGS)) push(el);
  for (const el of tagged(r, "th")) if (dom.attr(el, "colspan")) push(el);
  // Title-styled elements sit at the top of a page; do not scan a 5 000-row queue for them.
  const n = Math.min(r.all.length, 1500);
  for (let i = 0; i < n; i++) {
    const el = r.all[i];
    const cls = dom.attr(el, "class");
    if (cls && /(?:^|\s)title(?:\s|$)/.test(cls)) push(el);
  }
  return out;
}
