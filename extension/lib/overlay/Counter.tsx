import { labelled, pick, STATUS_COLOR, STATUS_ICON, statusText, t } from "../i18n.ts";
import type { Lang, ViewDeadline } from "../messages.ts";

/** One live deadline counter: colour + icon + words; the full sentence is also the accessible name. */
export function Counter({ d, lang }: { d: ViewDeadline; lang: Lang }) {
  const c = STATUS_COLOR[d.status];
  const words = statusText(lang, d);
  const sep = lang === "en" ? [": ", ", "] : ["：", "，"];
  const label = `${pick(lang, d.label)}${sep[0]}${words}${sep[1]}${t(lang, "due")} ${d.due}${d.provisional ? `${sep[1]}${t(lang, "provisional")}` : ""}`;
  // What was read and how it was computed, shown on hover and on keyboard focus (and read out as a description).
  const explain = d.explain ? pick(lang, d.explain) : undefined;
  const explainId = `sx-x-${d.ruleId}`;
  return (
    <li class="sx-dl sx-has-explain">
      <span class="sx-dl-label">{pick(lang, d.label)}</span>
      <span
        class="sx-counter"
        data-testid="shixian-deadline"
        data-rule={d.ruleId}
        data-due={d.due}
        data-status={d.status}
        data-provisional={String(d.provisional)}
        role="timer"
        aria-label={label}
        aria-describedby={explain ? explainId : undefined}
        title={explain ? `${label}\n${explain}` : label}
        style={{ color: c.fg, background: c.bg }}
      >
        <span aria-hidden="true">{d.met ? "✔" : STATUS_ICON[d.status]}</span>
        {words}
      </span>
      <span class="sx-meta">
        {t(lang, "due")} {d.dueAt.slice(0, 16).replace("T", " ")} · {d.citation.docNo}
        {d.citation.article ? ` ${d.citation.article}` : ""}
      </span>
      {d.provisional ? <span class="sx-prov">⚑ {t(lang, "provisional")}</span> : null}
      {explain ? (
        // keyboard users focus this to get what a mouse hover shows
        <button type="button" class="sx-why" aria-describedby={explainId}>
          {t(lang, "howComputed")}
        </button>
      ) : null}
      {explain ? (
        <span class="sx-explain" id={explainId} data-testid="shixian-explain" data-rule={d.ruleId}>
          {labelled(lang, "howComputed")}
          {explain}
        </span>
      ) : null}
    </li>
  );
}
