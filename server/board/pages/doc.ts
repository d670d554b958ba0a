// A cited article in context: the document's status, its articles, the cited one framed and scrolled to, the quoted
// sentence marked.
import { html } from "hono/html";
import type { Principal } from "../../auth/scope.ts";
import { type Html, page } from "./layout.ts";

export function docPage(opts: {
  actor: Principal;
  docNo: string;
  title: string;
  status: string;
  articles: { article: string; text: string }[];
  cited?: string;
  quote?: string;
}): Html {
  const mark = (text: string) => {
    const q = opts.quote?.trim();
    const at = q ? text.indexOf(q) : -1;
    if (!q || at < 0) return html`${text}`;
    return html`${text.slice(0, at)}<mark>${q}</mark>${text.slice(at + q.length)}`;
  };
  return page({
    title: { zh: "依据原文", en: "Source text" },
    actor: opts.actor,
    body: html`
<p><strong>${opts.docNo}</strong> ${opts.title} · 状态：${opts.status}</p>
${opts.articles.map(
  (a) =>
    html`<section class="article${a.article === opts.cited ? " cited" : ""}" id="${a.article}" tabindex="-1" aria-label="${a.article}">${
      a.article === opts.cited ? mark(a.text) : a.text
    }</section>`,
)}
`,
  });
}
