// Every quote of every bundled pack must appear verbatim in the cited copy of its document (shared/sources/).
// Comparison removes whitespace/line breaks on both sides only: the PDF/OCR extraction wraps lines mid-word
// ("公共数据主\n管部门") and pads with U+3000; punctuation, digits and full/half width must match exactly.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { getDocument } from "../../../shared/documents/index.ts";
import { allPacks } from "../../../shared/rules/packs/index.ts";
import { documentText, quoteAppearsIn, squashWhitespace } from "../../../shared/sources/index.ts";

const read = (file: string) => readFileSync(new URL(`../../../shared/sources/${file}`, import.meta.url), "utf8");

interface Quoted {
  where: string;
  docNo: string;
  quote: string;
}

/** Walks a pack's JSON for every citation-like object ({ docNo, quote }). */
function quotesOf(value: unknown, where: string, out: Quoted[] = []): Quoted[] {
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) quotesOf(v, `${where}[${i}]`, out);
  } else if (value && typeof value === "object") {
    const o = value as Record<string, unknown>;
    if (typeof o.docNo === "string" && typeof o.quote === "string") out.push({ where, docNo: o.docNo, quote: o.quote });
    for (const [k, v] of Object.entries(o)) if (k !== "tables") quotesOf(v, `${where}.${k}`, out);
  }
  return out;
}

const all = allPacks().flatMap((p) => quotesOf(p, p.id));

describe("quotes are verbatim in their source", () => {
  it("finds quotes in the packs", () => {
    expect(all.length).toBeGreaterThan(30);
  });
  for (const q of all) {
    it(`${q.where}: ${q.docNo} 「${q.quote.slice(0, 24)}…」`, () => {
      const doc = getDocument(q.docNo);
      expect(doc, `${q.docNo} must be in the document registry`).toBeDefined();
      const t = documentText(q.docNo, read);
      expect(t, `${q.docNo} must have a source text`).toBeDefined();
      // quotes containing … are checked piece by piece
      for (const piece of q.quote.split("…").filter((s) => squashWhitespace(s) !== "")) {
        expect(quoteAppearsIn(piece, t?.text ?? ""), `「${piece}」 not found in ${t?.file}`).toBe(true);
      }
    });
  }
});

describe("the comparison is whitespace-insensitive only", () => {
  const text = "第二十七条 由数据提供部门自收到数据使用申请的1个工作日内完\n成审核，不同意共享的";
  it("accepts a quote across a line break", () => {
    expect(quoteAppearsIn("1个工作日内完成审核", text)).toBe(true);
  });
  it("rejects a changed number or punctuation", () => {
    expect(quoteAppearsIn("2个工作日内完成审核", text)).toBe(false);
    expect(quoteAppearsIn("完成审核,不同意共享", text)).toBe(false);
  });
});
