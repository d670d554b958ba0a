// Bundled by bench/detail.bench.ts and injected into a framework detail page: the generic recogniser as the
// content script runs it, the cells it reads (label and value elements, as CSS paths), and the floor — a minimal
// script that only reads those cells' text.
import { recognizePage } from "../extension/lib/recognize/index.ts";
import { dlPairs, formPairs, layoutPairs, type Pair, tablePairs } from "../extension/lib/recognize/pairs.ts";
import { domFor } from "../extension/lib/recognize/pristine.ts";
import { collectRoots } from "../extension/lib/recognize/roots.ts";
import { ANY_LABEL } from "../extension/lib/recognize/vocabulary.ts";

/** A CSS path (tag:nth-child chain from the body) that finds el again with one querySelector. */
function pathOf(el: Element): string {
  const parts: string[] = [];
  for (let e: Element | null = el; e && e !== document.body; e = e.parentElement) {
    const parent: Element | null = e.parentElement;
    const i = parent ? Array.prototype.indexOf.call(parent.children, e) + 1 : 1;
    parts.unshift(`${e.localName}:nth-child(${i})`);
  }
  return `body > ${parts.join(" > ")}`;
}

(globalThis as unknown as Record<string, unknown>).__sxBench = {
  /** Our work: the generic recogniser on the page (no adapters), as the content script calls it. */
  recognize(): { kind?: string; facts: number } {
    const r = recognizePage(document, location.href, [], { frames: false });
    return { kind: r.single?.kind, facts: Object.keys(r.single?.facts ?? {}).length };
  },
  /** The cells the recogniser read for the case's facts: each fact's label element and value element. */
  cells(): string[] {
    const r = recognizePage(document, location.href, [], { frames: false });
    const anchors = new Set(Object.values(r.single?.anchors ?? {}));
    const dom = domFor(document);
    const isLabel = (k: string) => ANY_LABEL.has(k);
    const pairs: Pair[] = [];
    for (const scan of collectRoots(dom, document, { frames: false, shadowRoots: true })) {
      const used = new Set<Element>();
      tablePairs(dom, scan, isLabel, new Set(), pairs);
      dlPairs(dom, scan, isLabel, pairs);
      formPairs(dom, scan, isLabel, pairs, used);
      layoutPairs(dom, scan, isLabel, pairs, used);
    }
    const out = new Set<string>();
    for (const p of pairs)
      if (anchors.has(p.value)) {
        out.add(pathOf(p.label));
        out.add(pathOf(p.value));
      }
    return [...out];
  },
  /** The floor: find each cell by its path and read its text (a control's value). */
  floor(paths: string[]): number {
    let n = 0;
    for (const p of paths) {
      const el = document.querySelector(p);
      if (!el) continue;
      const tag = el.localName;
      const t =
        tag === "input" || tag === "textarea"
          ? (el as HTMLInputElement).value
          : tag === "select"
            ? (el as HTMLSelectElement).selectedOptions[0]?.textContent
            : el.textContent;
      n += t?.length ?? 0;
    }
    return n;
  },
};
