// The text behind a citation: the full article from the API's document registry when reachable, else the
// verbatim quote bundled in the rule packs (works offline).
import type { RulePack } from "../../shared/rules/schema.ts";
import type { ArticleText } from "./messages.ts";

interface ApiArticle {
  article?: string;
  no?: string;
  label?: string;
  title?: string;
  text?: string;
}

export function bundledArticle(packs: RulePack[], docNo: string, article?: string): ArticleText | undefined {
  const quotes: string[] = [];
  let title: string | undefined;
  for (const p of packs)
    for (const r of p.rules) {
      const c = r.citation;
      if (c.docNo !== docNo || (article && c.article !== article) || !c.quote) continue;
      title ??= c.docTitle;
      if (!quotes.includes(c.quote)) quotes.push(c.quote);
    }
  if (!quotes.length) return undefined;
  return { docNo, article, title, text: quotes.join("\n……\n"), source: "bundled" };
}

export async function lookupArticle(
  packs: RulePack[],
  docNo: string,
  article: string | undefined,
  apiUrl: string,
  doFetch: typeof fetch = fetch,
): Promise<ArticleText> {
  if (apiUrl && article) {
    try {
      const res = await doFetch(
        `${apiUrl.replace(/\/+$/, "")}/api/documents/${encodeURIComponent(docNo)}?article=${encodeURIComponent(article)}`,
      );
      if (res.ok) {
        const doc = (await res.json()) as { title?: string; articles?: ApiArticle[] };
        const hit = (doc.articles ?? []).find((a) => (a.article ?? a.no ?? a.label) === article);
        if (hit?.text) return { docNo, article, title: doc.title, text: hit.text, source: "api" };
      }
    } catch {
      // offline: fall through to the bundled quote
    }
  }
  return (
    bundledArticle(packs, docNo, article) ?? {
      docNo,
      article,
      text: "（本条原文未随扩展打包，连接服务器后可查看全文）",
      source: "bundled",
    }
  );
}
