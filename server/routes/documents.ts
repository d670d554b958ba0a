// GET /api/documents (registry entries with their status today) and GET /api/documents/:docNo (the entry,
// its status, and the source text split into articles so a hint can open the article in context).
// ?asOf=YYYY-MM-DD gives the status on another day; ?article=第二十七条 narrows the articles to one.
import { Hono } from "hono";
import { allDocuments, documentStatus, getDocument } from "../../shared/documents/index.ts";
import { documentText } from "../../shared/sources/index.ts";
import type { AppDeps, AppEnv } from "../env.ts";
import { ApiError, notFound } from "../errors.ts";
import { IsoDaySchema } from "../schemas.ts";
import { readSource } from "../sources.ts";
import { beijingDay } from "../time.ts";

/** The entry's status on `asOf` at the top level (`status`: in-force / expired / repealed …), with its details. */
function withStatus<T extends { docNo: string }>(entry: T, asOf: string) {
  const statusInfo = documentStatus(entry.docNo, asOf);
  return { ...entry, status: statusInfo?.status, asOf, statusInfo };
}

function asOfDay(raw: string | undefined): string {
  if (raw === undefined) return beijingDay();
  const r = IsoDaySchema.safeParse(raw);
  if (!r.success)
    throw new ApiError(400, "invalid asOf", [{ path: "query.asOf", message: "expected a day YYYY-MM-DD" }]);
  return r.data;
}

export function documentRoutes(_deps: AppDeps) {
  return new Hono<AppEnv>()
    .get("/", (c) => {
      const asOf = asOfDay(c.req.query("asOf"));
      return c.json(allDocuments().map((d) => withStatus(d, asOf)));
    })
    .get("/:docNo", (c) => {
      const docNo = c.req.param("docNo");
      const asOf = asOfDay(c.req.query("asOf"));
      const entry = getDocument(docNo);
      if (!entry) throw notFound(`document ${docNo}`);
      const text = documentText(entry.docNo, readSource);
      const only = c.req.query("article");
      const articles = text ? (only ? text.articles.filter((a) => a.article === only) : text.articles) : [];
      if (only && articles.length === 0) throw notFound(`article ${only} in ${entry.docNo}`);
      return c.json({
        ...withStatus(entry, asOf),
        text: only ? undefined : text?.text,
        firstLine: text?.firstLine,
        articles,
      });
    });
}
