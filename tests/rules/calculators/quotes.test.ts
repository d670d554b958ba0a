// Every quote in the two calculator packs (rules, checks, calculator citations, steps, exclusions, checks, effective
// date) appears verbatim in its document's cited source text under shared/sources/ (whitespace-insensitive: PDF
// extraction wraps lines and puts spaces around numbers; punctuation and width must match).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { Citation } from "../../../shared/citation.ts";
import { mdjOutpatient2022 } from "../../../shared/rules/packs/mdj-outpatient-2022.ts";
import { syMedicalSubsidy2026 } from "../../../shared/rules/packs/sy-medical-subsidy-2026.ts";
import type { RulePack } from "../../../shared/rules/schema.ts";
import { documentText, quoteAppearsIn } from "../../../shared/sources/index.ts";

const read = (file: string) =>
  readFileSync(fileURLToPath(new URL(`../../../shared/sources/${file}`, import.meta.url)), "utf8");

function citations(pack: RulePack): { where: string; c: Citation }[] {
  const out: { where: string; c: Citation }[] = [];
  for (const r of pack.rules) {
    out.push({ where: r.id, c: r.citation });
    for (const ch of r.checks ?? []) if (ch.citation) out.push({ where: `${r.id}/${ch.id}`, c: ch.citation });
  }
  for (const k of pack.calculators ?? []) {
    out.push({ where: k.id, c: k.citation }, { where: `${k.id}/effective`, c: k.effective.citation });
    for (const s of k.steps) out.push({ where: `${k.id}/step ${s.id}`, c: s.citation });
    for (const e of k.exclusions ?? []) out.push({ where: `${k.id}/${e.id}`, c: e.citation });
    for (const ch of k.checks ?? []) out.push({ where: `${k.id}/${ch.id}`, c: ch.citation });
  }
  return out;
}

describe.each([
  ["sy-medical-subsidy-2026", syMedicalSubsidy2026, 25],
  ["mdj-outpatient-2022", mdjOutpatient2022, 25],
])("%s quotes", (_id, pack, atLeast) => {
  const all = citations(pack);
  it(`has at least ${atLeast} citations, each with a quote and an article of its own document`, () => {
    expect(all.length).toBeGreaterThanOrEqual(atLeast);
    for (const { where, c } of all) {
      expect(c.quote, where).toBeTruthy();
      expect(c.article, where).toMatch(/^第[一二三四五六七八九十]+条$/);
      expect(pack.docNos, where).toContain(c.docNo);
    }
  });
  it.each(all.map((x) => [x.where, x.c] as const))("%s: quote is verbatim in its article", (where, c) => {
    const doc = documentText(c.docNo, read);
    expect(doc, `no source text for ${c.docNo}`).toBeDefined();
    const art = doc?.articles.find((a) => a.article === c.article);
    expect(art, `${where}: ${c.article} not found in ${c.docNo}`).toBeDefined();
    expect(quoteAppearsIn(c.quote ?? "", art?.text ?? ""), `${where}: 「${c.quote}」 not in ${c.article}`).toBe(true);
  });
});

describe("the verifier can fail", () => {
  it("a changed digit or punctuation mark is not found", () => {
    const doc = documentText("牡政办规〔2022〕3号", read);
    const art8 = doc?.articles.find((a) => a.article === "第八条")?.text ?? "";
    expect(quoteAppearsIn("普通门诊统筹年度累计起付标准为 600 元", art8)).toBe(true);
    expect(quoteAppearsIn("普通门诊统筹年度累计起付标准为 500 元", art8)).toBe(false);
    expect(quoteAppearsIn("普通门诊统筹年度累计起付标准为600元，", art8)).toBe(false);
  });
});
