import { useState } from "preact/hooks";
import { kindName, labelled, pick, t } from "../i18n.ts";
import type { ArticleText, Lang, ViewFinding, ViewResult } from "../messages.ts";
import { Counter } from "./Counter.tsx";
import { FindingItem } from "./FindingItem.tsx";
import { trusted } from "./trusted.ts";

export interface PanelProps {
  result: ViewResult;
  lang: Lang;
  /** Keys `${ruleId}|${checkId}` already flagged on this page. */
  flagged: Set<string>;
  onFlag: (f: ViewFinding | undefined, note: string) => Promise<void>;
  loadArticle: (docNo: string, article?: string) => Promise<ArticleText>;
  /** Opens the page teacher ("教 ShiXian 认识此页"). */
  onTeach?: (e: Event) => void;
  /** A note about how the page was read (e.g. a taught adapter that no longer matches). */
  notice?: string;
}

export const flagKey = (f: { ruleId: string; checkId?: string } | undefined) =>
  f ? `${f.ruleId}|${f.checkId ?? ""}` : "case";

const SEV_ORDER = { violation: 0, warning: 1, info: 2 } as const;

/** The overlay panel: case kind, live deadline counters, findings with citations, flagging. */
export function Panel(props: PanelProps) {
  const { result, lang } = props;
  const [open, setOpen] = useState(true);
  const [note, setNote] = useState("");
  const findings = [...result.findings].sort((a, b) => SEV_ORDER[a.severity] - SEV_ORDER[b.severity]);
  const flag = async (f: ViewFinding | undefined) => {
    await props.onFlag(f, note);
    setNote("");
  };
  return (
    <section class={`sx-panel${open ? "" : " sx-collapsed"}`} aria-label={t(lang, "panelTitle")} lang={lang}>
      <div class="sx-head">
        <h2>时限 · {t(lang, "panelTitle")}</h2>
        <button type="button" aria-expanded={open ? "true" : "false"} onClick={trusted(() => setOpen(!open))}>
          {open ? t(lang, "collapse") : t(lang, "expand")}
        </button>
      </div>
      {open ? (
        <div class="sx-body">
          <p class="sx-kind" data-testid="shixian-kind" data-kind={result.kind}>
            {labelled(lang, "kind")}
            {kindName(lang, result.kind)}
          </p>
          {props.notice ? (
            <p class="sx-notice" role="status" data-testid="shixian-adapter-stale">
              {props.notice}
            </p>
          ) : null}
          {result.error ? (
            <p class="sx-error" role="alert">
              {labelled(lang, "error")}
              {result.error}
            </p>
          ) : null}
          <h3>{t(lang, "deadlines")}</h3>
          {result.deadlines.length || result.uncertain?.length ? (
            <ul class="sx-list">
              {result.deadlines.map((d) => (
                <Counter key={d.ruleId} d={d} lang={lang} />
              ))}
              {(result.uncertain ?? []).map((u) => (
                // No counter for a deadline the page does not let us compute: say what is missing instead.
                <li
                  key={`u-${u.ruleId}`}
                  class="sx-dl sx-uncertain"
                  data-testid="shixian-uncertain"
                  data-rule={u.ruleId}
                  data-reason={u.reason}
                  data-fields={u.fields.map((f) => f.field).join(",")}
                >
                  <span class="sx-dl-label">{pick(lang, u.label)}</span>
                  <span class="sx-uncertain-badge">？{t(lang, "uncertain")}</span>
                  <span>{pick(lang, u.message)}</span>
                </li>
              ))}
            </ul>
          ) : (
            <p class="sx-meta">{t(lang, "noDeadlines")}</p>
          )}
          {result.unreadable?.length ? (
            <ul class="sx-list">
              {result.unreadable.map((u) => (
                <li
                  key={`r-${u.field}`}
                  class="sx-f sx-uncertain"
                  data-testid="shixian-unreadable"
                  data-field={u.field}
                >
                  {labelled(lang, "unreadable")}
                  {pick(lang, u.label)} “{u.found}”<span class="sx-meta"> （{u.message}）</span>
                </li>
              ))}
            </ul>
          ) : null}
          {result.calculations?.length ? (
            <>
              <h3>{t(lang, "calculations")}</h3>
              <ul class="sx-list">
                {result.calculations.map((c) => (
                  <li
                    key={c.id}
                    class="sx-f"
                    data-testid="shixian-calculation"
                    data-calculator={c.id}
                    data-amount={c.amount ?? ""}
                  >
                    <strong>{pick(lang, c.title)}</strong>：{pick(lang, c.display)}
                    {c.capped ? <span class="sx-meta"> （{t(lang, "capped")}）</span> : null}
                    <details>
                      <summary class="sx-meta">{t(lang, "steps")}</summary>
                      <ol class="sx-steps">
                        {c.steps.map((st, i) => (
                          <li key={String(i)}>
                            {pick(lang, st.label)}：{pick(lang, st.display)}
                            {st.formula ? <span class="sx-meta"> {st.formula}</span> : null}
                            {st.cite ? <span class="sx-meta"> · {st.cite}</span> : null}
                          </li>
                        ))}
                      </ol>
                    </details>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <h3>{t(lang, "findings")}</h3>
          {findings.length ? (
            <ul class="sx-list">
              {findings.map((f) => (
                <FindingItem
                  key={flagKey(f)}
                  f={f}
                  lang={lang}
                  flagged={props.flagged.has(flagKey(f))}
                  onFlag={flag}
                  loadArticle={props.loadArticle}
                />
              ))}
            </ul>
          ) : (
            <p class="sx-meta">{t(lang, "noFindings")}</p>
          )}
          <textarea
            class="sx-note"
            placeholder={t(lang, "flagNote")}
            aria-label={t(lang, "flagNote")}
            value={note}
            onInput={trusted((e) => setNote((e.target as HTMLTextAreaElement).value))}
          />
          <button
            type="button"
            class="sx-flag"
            data-testid="shixian-flag"
            data-rule={findings[0]?.ruleId ?? result.deadlines[0]?.ruleId ?? ""}
            disabled={props.flagged.has("case")}
            onClick={trusted(() => flag(undefined))}
          >
            {props.flagged.has("case") ? `✔ ${t(lang, "flagged")}` : t(lang, "flag")}
          </button>
          {props.onTeach ? (
            <button type="button" class="sx-teach" data-testid="shixian-teach" onClick={props.onTeach}>
              {t(lang, "teach")}
            </button>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
