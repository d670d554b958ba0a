import { useState } from "preact/hooks";
import { labelled, pick, SEVERITY_ICON, severityName, t } from "../i18n.ts";
import type { ArticleText, Lang, ViewFinding } from "../messages.ts";
import { trusted } from "./trusted.ts";

export function FindingItem(props: {
  f: ViewFinding;
  lang: Lang;
  flagged: boolean;
  onFlag: (f: ViewFinding) => void;
  loadArticle: (docNo: string, article?: string) => Promise<ArticleText>;
}) {
  const { f, lang } = props;
  const [article, setArticle] = useState<ArticleText | "loading" | undefined>();
  const cite = `${f.citation.docNo}${f.citation.article ? ` ${f.citation.article}` : ""}${f.citation.paragraph ?? ""}${f.citation.item ?? ""}`;
  async function toggle() {
    if (article) return setArticle(undefined);
    setArticle("loading");
    setArticle(await props.loadArticle(f.citation.docNo, f.citation.article));
  }
  const explain = f.explain ? pick(lang, f.explain) : undefined;
  const explainId = `sx-fx-${f.ruleId}-${f.checkId ?? ""}`;
  return (
    <li
      class="sx-f sx-has-explain"
      title={explain}
      data-testid="shixian-finding"
      data-severity={f.severity}
      data-doc={f.citation.docNo}
      data-article={f.citation.article ?? ""}
      data-rule={f.ruleId}
      id={`sx-f-${f.ruleId}-${f.checkId ?? ""}`}
    >
      <span class={`sx-sev sx-sev-${f.severity}`}>
        <span aria-hidden="true">{SEVERITY_ICON[f.severity]} </span>
        {severityName(lang, f.severity)}
      </span>
      <span>{pick(lang, f.message)}</span>
      {explain ? (
        <button type="button" class="sx-why" aria-describedby={explainId}>
          {t(lang, "howComputed")}
        </button>
      ) : null}
      {explain ? (
        <span class="sx-explain" id={explainId} data-testid="shixian-explain" data-rule={f.ruleId}>
          {labelled(lang, "howComputed")}
          {explain}
        </span>
      ) : null}
      <div>
        <button type="button" class="sx-cite" aria-expanded={article ? "true" : "false"} onClick={trusted(toggle)}>
          {labelled(lang, "article")}
          {cite}
        </button>
        {f.documentStatus && f.documentStatus !== "in-force" ? (
          <span class="sx-meta">
            {" "}
            （{{ expired: "已失效", repealed: "已废止", "not-yet-effective": "尚未施行" }[f.documentStatus]}）
          </span>
        ) : null}
      </div>
      {article === "loading" ? <div class="sx-article">{t(lang, "loading")}</div> : null}
      {article && article !== "loading" ? (
        <div class="sx-article" data-testid="shixian-article" data-source={article.source}>
          {article.title ? `${article.title}\n` : ""}
          {article.text}
        </div>
      ) : null}
      {f.severity !== "info" ? (
        <button
          type="button"
          class="sx-flag"
          data-testid="shixian-flag"
          data-rule={f.ruleId}
          disabled={props.flagged}
          onClick={trusted(() => props.onFlag(f))}
        >
          {props.flagged ? `✔ ${t(lang, "flagged")}` : t(lang, "flag")}
        </button>
      ) : null}
    </li>
  );
}
