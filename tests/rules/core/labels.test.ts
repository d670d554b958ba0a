// Every citation label (article / paragraph / item) must name the place in its document where the quote stands —
// not only "the quote is somewhere in the document" (quotes.test.ts). The heading structure is read from the
// source text itself:
//   - 条-documents: 第X条 (splitArticles), 第N款 (a new paragraph starts on a line after one that ends with 。 and
//     does not start with an item marker), （X） items;
//   - outline documents (the 2023 annex, 双政规〔2018〕1号, the provident-fund 细则): X、 headings in sequence,
//     （X） sub-headings, N. items; "附件《…》" starts the search at the annex title, "通知正文" ends it there.
// A label component that is not a heading marker (e.g. the table group 保留（21项）) is not accepted: every
// component must be checkable.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Citation } from "../../../shared/citation.ts";
import { allPacks } from "../../../shared/rules/packs/index.ts";
import { chineseNumber, documentText, squashWhitespace } from "../../../shared/sources/index.ts";

const read = (file: string) => readFileSync(new URL(`../../../shared/sources/${file}`, import.meta.url), "utf8");

/** Every citation in every pack (rules, checks, calculators and their parts). */
function citationsOf(value: unknown, where: string, out: { where: string; c: Citation }[] = []) {
  if (Array.isArray(value)) for (const [i, v] of value.entries()) citationsOf(v, `${where}[${i}]`, out);
  else if (value && typeof value === "object") {
    const o = value as Record<string, unknown>;
    if (typeof o.docNo === "string" && typeof o.quote === "string") out.push({ where, c: o as unknown as Citation });
    for (const [k, v] of Object.entries(o)) if (k !== "tables") citationsOf(v, `${where}.${k}`, out);
  }
  return out;
}

const NUM = "[一二三四五六七八九十百零]+";
/** the text with whitespace removed inside lines, blank lines dropped: headings sit after \n (or after 。) */
const compact = (t: string) =>
  t
    .split(/\r?\n/)
    .map((l) => squashWhitespace(l))
    .filter((l) => l !== "")
    .join("\n");

type Range = [number, number];

/** Heading "X、" number n, searched in order 一、二、… so in-text enumerations (一、二、三等奖) are skipped. */
function topSection(t: string, [from, to]: Range, n: number): Range | undefined {
  let pos = from;
  let start = -1;
  let end = to;
  for (let k = 1; k <= n + 1; k++) {
    const re = new RegExp(`(?:^|\\n|。)${numeral(k)}、`, "g");
    re.lastIndex = pos;
    const m = re.exec(t);
    if (!m || m.index >= to) {
      if (k <= n) return undefined;
      break;
    }
    if (k === n) start = m.index;
    if (k === n + 1) end = m.index;
    pos = m.index + m[0].length;
  }
  return start < 0 ? undefined : [start, end];
}

/** （X） / (X) item at a line start inside the range, up to the next one. */
function subSection(t: string, [from, to]: Range, n: number): Range | undefined {
  const re = new RegExp(`(?:^|\\n)[（(](${NUM})[）)]`, "g");
  re.lastIndex = from;
  let start = -1;
  for (let m = re.exec(t); m && m.index < to; m = re.exec(t)) {
    const k = chineseNumber(m[1]);
    if (start < 0 && k === n) start = m.index;
    else if (start >= 0) return [start, m.index];
  }
  return start < 0 ? undefined : [start, to];
}

/** N. / N． / N、 item at a line start inside the range, up to the next one. */
function numberedItem(t: string, [from, to]: Range, n: number): Range | undefined {
  const re = /(?:^|\n)(\d+)[.．、]/g;
  re.lastIndex = from;
  let start = -1;
  for (let m = re.exec(t); m && m.index < to; m = re.exec(t)) {
    if (start < 0 && Number(m[1]) === n) start = m.index;
    else if (start >= 0) return [start, m.index];
  }
  return start < 0 ? undefined : [start, to];
}

/** 第N款 of an article text (already compacted). */
function paragraphOf(t: string, [from, to]: Range, n: number): Range | undefined {
  const starts = [from];
  for (let i = from; i < to; i++) {
    if (t[i] !== "\n") continue;
    const prev = t[i - 1];
    if (prev === "。" && !/^[（(]/.test(t.slice(i + 1, i + 2))) starts.push(i + 1);
  }
  if (n > starts.length) return undefined;
  return [starts[n - 1], n < starts.length ? starts[n] : to];
}

/** lastIndexOf that ignores the line breaks of the compacted text (titles wrap); the index is into t. */
function lastIndexAcrossLines(t: string, needle: string): number {
  const pos: number[] = [];
  let flat = "";
  for (let i = 0; i < t.length; i++)
    if (t[i] !== "\n") {
      pos.push(i);
      flat += t[i];
    }
  const at = flat.lastIndexOf(needle);
  return at < 0 ? -1 : pos[at];
}

function numeral(k: number): string {
  const d = "零一二三四五六七八九";
  if (k < 10) return d[k];
  if (k < 20) return `十${k === 10 ? "" : d[k - 10]}`;
  return `${d[Math.floor(k / 10)]}十${k % 10 ? d[k % 10] : ""}`;
}

/** Resolves the label of a citation to a range of the compacted document text, or says what does not match. */
function locate(c: Citation): { range?: Range; text: string; error?: string } {
  const doc = documentText(c.docNo, read);
  if (!doc) return { text: "", error: `no source text for ${c.docNo}` };
  const t = compact(doc.text);
  let range: Range = [0, t.length];
  const parts = [c.article, c.paragraph, c.item].filter((x): x is string => !!x).map((s) => s.trim());
  const fail = (what: string) => ({ text: t, error: `${what} not found (label ${parts.join(" / ")})` });
  let inArticle = false;
  for (let part of parts) {
    if (part === "通知正文") {
      const annex = t.indexOf("\n附件");
      range = [0, annex < 0 ? t.length : annex];
      continue;
    }
    const annex = /^附件《(.+)》$/.exec(part);
    if (annex) {
      const at = lastIndexAcrossLines(t, squashWhitespace(annex[1]));
      if (at < 0) return fail(part);
      range = [at, t.length];
      continue;
    }
    const numbered = /^附件(\d+)$/.exec(part);
    if (numbered) {
      const n = Number(numbered[1]);
      const at = t.search(new RegExp(`\\n附件${n}\\n`));
      if (at < 0) return fail(part);
      const next = t.slice(at + 1).search(new RegExp(`\\n附件${n + 1}\\n`));
      range = [at, next < 0 ? t.length : at + 1 + next];
      continue;
    }
    const art = /^第(.+)条$/.exec(part);
    if (art) {
      const a = doc.articles.find((x) => x.article === part);
      if (!a) return fail(part);
      const body = compact(a.text);
      const at = t.indexOf(body);
      if (at < 0) return fail(`${part} (text)`);
      range = [at, at + body.length];
      inArticle = true;
      continue;
    }
    const kuan = /^第(.+)款$/.exec(part);
    if (kuan) {
      const r = inArticle ? paragraphOf(t, range, chineseNumber(kuan[1])) : undefined;
      if (!r) return fail(part);
      range = r;
      continue;
    }
    // outline components: "一、(二)2", "三、(九)", "一、(一) 提取范围", "2.", "（五）", "一"
    part = part.replace(/\s+/g, "");
    const m = new RegExp(`^(?:(${NUM})(?:、|$))?(?:[（(](${NUM})[）)])?(?:(\\d+)\\.?)?(.*)$`).exec(part);
    if (!m || (!m[1] && !m[2] && !m[3])) return fail(`component "${part}" is not a heading marker`);
    if (m[1]) {
      const r = topSection(t, range, chineseNumber(m[1]));
      if (!r) return fail(`${m[1]}、`);
      range = r;
    }
    if (m[2]) {
      const r = subSection(t, range, chineseNumber(m[2]));
      if (!r) return fail(`（${m[2]}）`);
      range = r;
    }
    if (m[3]) {
      const r = numberedItem(t, range, Number(m[3]));
      if (!r) return fail(`${m[3]}.`);
      range = r;
    }
    // a heading title after the marker (提取范围) must be the heading's own words
    if (m[4] && !t.slice(range[0], range[0] + 40 + m[4].length).includes(m[4])) return fail(`title ${m[4]}`);
  }
  return { range, text: t };
}

const all = allPacks()
  .flatMap((p) => citationsOf(p, p.id))
  // the 220 task rows share two labels; one citation per distinct label is enough
  .filter((x, i, a) => a.findIndex((y) => JSON.stringify(y.c) === JSON.stringify(x.c)) === i);

describe("citation labels match the heading structure of the source", () => {
  it("covers the citations of every pack", () => {
    expect(all.length).toBeGreaterThan(100);
  });
  it.each(all.map((x) => [x.where, x.c] as const))("%s", (_where, c) => {
    const r = locate(c);
    expect(r.error).toBeUndefined();
    const [a, b] = r.range as Range;
    const section = r.text.slice(a, b).replace(/\n/g, "");
    for (const piece of (c.quote ?? "").split("…").filter((s) => squashWhitespace(s) !== ""))
      expect(section, `「${piece}」 is not under ${[c.article, c.paragraph, c.item].join(" ")}`).toContain(
        squashWhitespace(piece),
      );
  });
});

describe("the label check can fail", () => {
  const annex = "附件《双鸭山市关于支持就业鼓励创业的若干意见》";
  const quote = "给予创业带动就业补贴 5000元";
  it("accepts 一、（二）2 for 创业带动就业补贴 and rejects 二、（二）2", () => {
    const ok = locate({ docNo: "双政办发〔2023〕29号", article: annex, paragraph: "一、（二）2", quote });
    expect(ok.error).toBeUndefined();
    const [a, b] = ok.range as Range;
    expect(ok.text.slice(a, b).replace(/\n/g, "")).toContain(squashWhitespace(quote));
    const wrong = locate({ docNo: "双政办发〔2023〕29号", article: annex, paragraph: "二、（二）2", quote });
    expect(wrong.error).toBeDefined();
  });
  it("rejects a quote from another item of the same article", () => {
    const r = locate({ docNo: "双政规〔2018〕3号", article: "第四条", paragraph: "（一）", quote: "100 万元" });
    const [a, b] = r.range as Range;
    expect(r.text.slice(a, b)).not.toContain("“新三板”");
    expect(r.text.slice(a, b)).toContain("500万元");
  });
  it("rejects a paragraph number the article does not have", () => {
    expect(
      locate({ docNo: "双政办规〔2026〕1号", article: "第二十七条", paragraph: "第九款", quote: "x" }).error,
    ).toBeDefined();
  });
});
