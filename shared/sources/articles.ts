// Splits a legal text into its articles (第一条 … 第七十八条). Pure. The API serves articles in context from this.

import { parseNumber } from "../text/chinese-number.ts";

export interface Article {
  /** e.g. "第二十七条" */
  article: string;
  /** the article number as an integer (第二十七条 → 27) */
  number: number;
  /** the article's text from its heading to the line before the next article or chapter heading, trimmed */
  text: string;
  /** 1-based line of the article heading in the text given */
  startLine: number;
  /** 1-based last line (inclusive) */
  endLine: number;
  /** the chapter (第二章 …) it sits in, if any */
  chapter?: string;
}

/** 一 → 1, 十二 → 12, 二十七 → 27, 七十八 → 78, 一百零三 → 103. NaN when not a number. */
export function chineseNumber(s: string): number {
  return parseNumber(s) ?? Number.NaN;
}

const ARTICLE_RE = /^\s*[-*]?\s*第([一二三四五六七八九十百零〇两]+)条(?=[\s\u3000]|$)/;
const CHAPTER_RE = /^\s*第[一二三四五六七八九十]+章/;

/**
 * Finds article headings at the start of a line ("第二十七条 …"). Article numbers must increase by one, which
 * skips in-text references ("依照第二十七条规定" never starts a line with a heading followed by a space) and
 * restarts (a second document in the same file starts again at 第一条 and is split as its own sequence only when
 * the text given is one document — pass a document's line range, not a whole gazette).
 */
export function splitArticles(text: string): Article[] {
  const lines = text.split(/\r?\n/);
  const out: Article[] = [];
  let chapter: string | undefined;
  let open: { article: string; number: number; start: number; chapter?: string } | undefined;
  let lastNo = 0;
  const close = (endIdx: number) => {
    if (!open) return;
    let e = endIdx;
    while (e > open.start && lines[e].trim() === "") e--;
    out.push({
      article: open.article,
      number: open.number,
      text: lines
        .slice(open.start, e + 1)
        .map((l) => l.trim())
        .filter((l) => l !== "")
        .join("\n"),
      startLine: open.start + 1,
      endLine: e + 1,
      chapter: open.chapter,
    });
    open = undefined;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (CHAPTER_RE.test(line)) {
      close(i - 1);
      chapter = line.trim().replace(/[\s\u3000]+/g, " ");
      continue;
    }
    const m = ARTICLE_RE.exec(line);
    if (!m) continue;
    const n = chineseNumber(m[1]);
    if (n !== lastNo + 1) continue;
    lastNo = n;
    close(i - 1);
    open = { article: `第${m[1]}条`, number: n, start: i, chapter };
  }
  close(lines.length - 1);
  return out;
}
