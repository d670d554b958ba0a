// A citation as a link to the article in context (/board/doc), with the quoted sentence marked there.
import { html } from "hono/html";
import type { Citation } from "../../../shared/citation.ts";
import type { Html } from "./layout.ts";

export function citationLink(c: Citation): Html {
  const q = new URLSearchParams({ no: c.docNo });
  if (c.article) q.set("article", c.article);
  if (c.quote) q.set("quote", c.quote.slice(0, 300));
  const label = [c.docNo, c.article, c.paragraph].filter(Boolean).join(" ");
  const at = c.article ? `#${encodeURIComponent(c.article)}` : "";
  return html`<a href="/board/doc?${q.toString()}${at}">${label}</a>`;
}
