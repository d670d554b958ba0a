// The seed texts the rules cite, copied verbatim into this folder (*.txt). This module is pure: it lists the files
// and splits texts; reading them is the host's job (Node: server/sources.ts; tests read them with node:fs).
// Nothing here depends on /work/shared at run time.
import { getDocument } from "../documents/index.ts";
import { type Article, splitArticles } from "./articles.ts";

export { type Article, chineseNumber, splitArticles } from "./articles.ts";

export interface SourceFile {
  file: string;
  seed: string;
  title: string;
}

export const SOURCE_FILES: readonly SourceFile[] = [
  { file: "seed-000-sy-gazette-2026-1.txt", seed: "000", title: "双鸭山市人民政府公报 2026年第1期" },
  { file: "seed-001-sy-public-data.txt", seed: "001", title: "《双鸭山市公共数据管理暂行办法》单行本" },
  { file: "seed-002-mdj-gazette-2022-4.txt", seed: "002", title: "牡丹江市人民政府公报 2022年第4期" },
  { file: "seed-003-sy-2023.txt", seed: "003", title: "双鸭山市政府文件 2023" },
  { file: "seed-004-sy-2017-2018.txt", seed: "004", title: "双鸭山市政府文件 2017—2018" },
];

/** Reads a source file's full text by its file name (host-provided). */
export type SourceReader = (file: string) => string;

export interface DocumentText {
  docNo: string;
  file: string;
  /** first line of the document in the file (1-based) */
  firstLine: number;
  text: string;
  /** articles with startLine/endLine relative to the FILE (not the excerpt) */
  articles: Article[];
}

/** The cited text of a document and its articles, or undefined when the registry has no source for it. */
export function documentText(docNo: string, read: SourceReader): DocumentText | undefined {
  const d = getDocument(docNo);
  const src = d?.sources.find((s) => s.role !== "variant") ?? d?.sources[0];
  if (!d || !src) return undefined;
  const lines = read(src.file).split(/\r?\n/);
  const text = lines.slice(src.lines[0] - 1, src.lines[1]).join("\n");
  const off = src.lines[0] - 1;
  const articles = splitArticles(text).map((a) => ({ ...a, startLine: a.startLine + off, endLine: a.endLine + off }));
  return { docNo: d.docNo, file: src.file, firstLine: src.lines[0], text, articles };
}

/**
 * Whitespace-insensitive containment: PDF/OCR extraction wraps lines and inserts spaces mid-sentence ("公共数据主\n
 * 管部门"), so quotes are compared after removing all whitespace (incl. U+3000 and NBSP) on both sides. Markdown
 * list markers ("- ") at line starts are also dropped. Nothing else is normalised: punctuation and width must match.
 */
export function squashWhitespace(s: string): string {
  return s.replace(/^[ \t]*- /gm, "").replace(/[\s\u00a0\u3000\u200b]+/g, "");
}

export function quoteAppearsIn(quote: string, text: string): boolean {
  return squashWhitespace(text).includes(squashWhitespace(quote));
}
