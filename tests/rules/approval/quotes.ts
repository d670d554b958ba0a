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

/** Every citation quote in a pack: rule citations and check-level citation overrides. */
export function packQuotes(pack: RulePack): QuoteRef[] {
  const out: QuoteRef[] = [];
  for (const r of pack.rules) {
    if (r.citation.quote) out.push({ where: r.id, docNo: r.citation.docNo, quote: r.citation.quote });
    for (const c of r.checks ?? []) {
      if (c.citation?.quote) out.push({ where: `${r.id}/${c.id}`, docNo: c.citation.docNo, quote: c.citation.quote });
    }
  }
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
