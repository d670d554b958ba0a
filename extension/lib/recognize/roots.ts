// Where to look: the document, its same-origin iframes/frames (recursively) and open shadow roots.
import type { Dom } from "./pristine.ts";

export interface ScanRoot {
  root: Document | ShadowRoot;
  /** The document the root belongs to (for headings). */
  doc: Document;
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
    out.push({ root, doc });
    if (depth > 8) return;
    if (opts.shadowRoots) {
      for (const el of dom.qsa(root, "*")) {
        const t = dom.tag(el);
        if (t.includes("-") || SHADOW_HOSTS.has(t)) {
          const sr = dom.shadow(el);
          if (sr) visit(sr, depth + 1);
        }
      }
    }
    if (opts.frames) {
      for (const f of dom.qsa(root, "iframe,frame")) {
        const fd = dom.frameDoc(f);
        if (fd) collectRoots(dom, fd, opts, out, seen);
      }
    }
  };
  visit(doc, 0);
  return out;
}

/** Heading texts of a root: document title, h1–h4, captions, elements styled as titles, spanning headers. */
export function headingsOf(dom: Dom, r: ScanRoot): string[] {
  const out: string[] = [];
  if (r.root === r.doc) out.push(dom.title(r.doc));
  for (const el of dom.qsa(r.root, "h1,h2,h3,h4,caption,.title,th[colspan],legend")) {
    const t = dom.text(el);
    if (t.length <= 60) out.push(t);
  }
  return out;
}
