// Shared by the table-pack tests (approval, FTZ, provident fund, subsidies): every quote a pack cites must appear
// verbatim (whitespace aside) in its document's lines of the source copy named by the document registry.
import { readFileSync } from "node:fs";
import { getDocument } from "../../../shared/documents/index.ts";
import type { RulePack } from "../../../shared/rules/schema.ts";

const squash = (s: string) => s.replace(/\s+/g, "");

export interface QuoteRef {
  where: string;
  docNo: string;
  quote: string;
}

/** Every citation quote in a pack: rules, check overrides, calculators (steps, exclusions, effective) — found by
 *  walking the pack for objects that carry both a docNo and a quote. */
export function packQuotes(pack: RulePack): QuoteRef[] {
  const out: QuoteRef[] = [];
  const walk = (v: unknown, where: string) => {
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) walk(v[i], `${where}[${i}]`);
      return;
    }
    if (v === null || typeof v !== "object") return;
    const o = v as Record<string, unknown>;
    if (typeof o.docNo === "string" && typeof o.quote === "string") {
      out.push({ where, docNo: o.docNo, quote: o.quote });
    }
    for (const [k, x] of Object.entries(o)) {
      if (k !== "tables") walk(x, typeof o.id === "string" ? `${where}/${o.id}.${k}` : `${where}.${k}`);
    }
  };
  walk(pack.rules, pack.id);
  walk(pack.calculators ?? [], `${pack.id}.calculators`);
  return out;
}

const cache = new Map<string, string>();

/** The document's text (whitespace removed) from the cited source copy, or throws naming what is missing. */
export function documentText(docNo: string): string {
  const hit = cache.get(docNo);
  if (hit !== undefined) return hit;
  const doc = getDocument(docNo);
  if (!doc) throw new Error(`${docNo} is not in the document registry`);
  const src = doc.sources.find((s) => s.role !== "variant") ?? doc.sources[0];
  const lines = readFileSync(`shared/sources/${src.file}`, "utf8").split("\n");
  const text = squash(lines.slice(src.lines[0] - 1, src.lines[1]).join(""));
  cache.set(docNo, text);
  return text;
}

export function quoteIsVerbatim(q: QuoteRef): boolean {
  return documentText(q.docNo).includes(squash(q.quote));
}
