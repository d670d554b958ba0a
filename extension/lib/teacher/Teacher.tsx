// "教 ShiXian 认识此页": the clerk chooses the case kind, then clicks the page element holding each field (on a list,
// the header cell of each column); what ShiXian reads updates live; save. No selector is ever typed. Rendered in the
// teacher's closed shadow root (mount.ts); every handler acts only on trusted (real user) events.
import { Fragment } from "preact";
import { useMemo, useState } from "preact/hooks";
import { applyAdapter } from "../adapters/apply.ts";
import type { PortalAdapter } from "../adapters/types.ts";
import { kindName, labelled, pick, t, tf } from "../i18n.ts";
import type { Lang, SaveAdapterReply } from "../messages.ts";
import { domFor } from "../recognize/pristine.ts";
import { collectRoots } from "../recognize/roots.ts";
import { VOCABULARIES } from "../recognize/vocabulary.ts";
import { anchorForHeader, anchorForValue } from "./anchors.ts";
import { buildAdapter, type Draft, draftWarnings, emptyDraft, urlPatternFor } from "./draft.ts";

export interface Picker {
  /** Waits for one trusted click on a page element (Esc or close cancels: null). */
  pick(onHover?: (el: Element | null) => void): Promise<Element | null>;
  cancel(): void;
}

export interface TeacherProps {
  doc: Document;
  url: string;
  lang: Lang;
  kind: string;
  picker: Picker;
  save: (adapter: PortalAdapter) => Promise<SaveAdapterReply>;
  onClose: () => void;
}

/** Runs a handler only for a real user's event: page scripts can dispatch events at us, never trusted ones. */
export function trusted<E extends Event>(fn: (e: E) => void): (e: E) => void {
  return (e) => {
    if (e.isTrusted) fn(e);
  };
}

const ID_FIELD = "externalId";

export function Teacher(props: TeacherProps) {
  const { doc, url, lang } = props;
  const [draft, setDraft] = useState<Draft>(() => emptyDraft(url, doc.title, props.kind));
  const [picking, setPicking] = useState<string | null>(null);
  const [status, setStatus] = useState<{ text: string; outcome: string } | null>(null);
  const [, setTick] = useState(0);
  const dom = useMemo(() => domFor(doc), [doc]);
  const roots = () => collectRoots(dom, doc, { frames: false, shadowRoots: true });

  const vocab = VOCABULARIES.get(draft.kind);
  const fieldNames = vocab ? Object.keys(vocab.fields) : [];
  const label = (f: string) =>
    f === ID_FIELD ? t(lang, "teachExternalId") : pick(lang, vocab?.fields[f]?.label ?? { zh: f, en: f });

  const adapter = buildAdapter(draft);
  // Live: what the adapter reads on the page as it is now (every render: after each pick, and as the page changes).
  const preview = adapter ? applyAdapter(adapter, dom, roots()) : undefined;
  const warnings = draftWarnings(draft);

  async function choose(field: string) {
    setStatus(null);
    setPicking(field);
    const el = await props.picker.pick();
    setPicking(null);
    if (!el) return;
    const rs = roots();
    setDraft((d) => {
      const next: Draft = { ...d, fields: { ...d.fields }, columns: { ...d.columns } };
      if (d.mode === "single") {
        const a = anchorForValue(dom, rs, el);
        if (field === ID_FIELD) next.externalId = a;
        else next.fields[field] = a;
      } else {
        const a = anchorForHeader(dom, rs, el);
        if (!a) {
          setStatus({ text: `${label(field)}：${t(lang, "teachNoneMatch")}`, outcome: "none" });
          return d;
        }
        if (field === ID_FIELD) next.idColumn = a;
        else next.columns[field] = a;
      }
      return next;
    });
    setTick((n) => n + 1);
  }

  function clear(field: string) {
    setDraft((d) => {
      const next: Draft = { ...d, fields: { ...d.fields }, columns: { ...d.columns } };
      if (field === ID_FIELD) {
        next.externalId = undefined;
        next.idColumn = undefined;
      } else {
        delete next.fields[field];
        delete next.columns[field];
      }
      return next;
    });
  }

  async function save() {
    if (!adapter) {
      setStatus({ text: t(lang, "teachNeedField"), outcome: "empty" });
      return;
    }
    try {
      const r = await props.save(adapter);
      const text =
        r.server === "saved"
          ? t(lang, "teachSavedServer")
          : r.server === "forbidden"
            ? t(lang, "teachSavedLocalOnly")
            : `${t(lang, "teachSaved")}${r.error ? `（${r.error}）` : ""}`;
      setStatus({ text, outcome: r.server });
    } catch (e) {
      setStatus({ text: (e as Error).message, outcome: "error" });
    }
  }

  const picked = (f: string) =>
    draft.mode === "single"
      ? f === ID_FIELD
        ? draft.externalId
        : draft.fields[f]
      : f === ID_FIELD
        ? draft.idColumn
        : draft.columns[f];
  const describe = (f: string): string => {
    const a = picked(f);
    if (!a) return "";
    if ("column" in a) return a.column.header ? `“${a.header}”` : `#${(a.column.index ?? 0) + 1}`;
    return a.spec.labels ? `“${a.spec.labels[0]}”` : (a.spec.selector ?? "");
  };
  const warningText = (f: string) =>
    warnings
      .filter((w) => w.field === f)
      .map((w) =>
        w.code === "none"
          ? t(lang, "teachNoneMatch")
          : w.code === "many"
            ? tf(lang, "teachManyMatch", { n: w.n ?? 0 })
            : w.code === "position"
              ? t(lang, "teachPositional")
              : t(lang, "teachNoneMatch"),
      );

  const readValues: [string, string][] = [];
  if (preview?.single)
    for (const [f, v] of Object.entries(preview.single.read ?? {})) readValues.push([label(f), v || "（空）"]);
  if (preview?.rows.length) {
    const first = preview.rows[0];
    for (const [f, v] of Object.entries(first.facts)) readValues.push([label(f), String(v)]);
  }

  return (
    <section
      class="t-panel"
      role="dialog"
      aria-label={t(lang, "teachTitle")}
      lang={lang}
      data-testid="shixian-teacher"
      data-kind={draft.kind}
      data-mode={draft.mode}
    >
      <div class="t-head">
        <h2>{t(lang, "teachTitle")}</h2>
        <button type="button" data-testid="shixian-teacher-close" onClick={trusted(() => props.onClose())}>
          {t(lang, "teachCancel")}
        </button>
      </div>
      <div class="t-body">
        <label class="t-row">
          {labelled(lang, "teachMode")}
          <select
            data-testid="shixian-teacher-mode"
            value={draft.mode}
            onChange={trusted((e: Event) => {
              const mode = (e.target as HTMLSelectElement).value === "list" ? "list" : "single";
              setDraft((d) => ({ ...emptyDraft(url, doc.title, d.kind, mode) }));
            })}
          >
            <option value="single">{t(lang, "teachSingle")}</option>
            <option value="list">{t(lang, "teachList")}</option>
          </select>
        </label>
        <label class="t-row">
          {labelled(lang, "teachKind")}
          <select
            data-testid="shixian-teacher-kind"
            value={draft.kind}
            onChange={trusted((e: Event) => {
              const kind = (e.target as HTMLSelectElement).value;
              setDraft((d) => ({ ...emptyDraft(url, doc.title, kind, d.mode) }));
            })}
          >
            {[...VOCABULARIES.keys()].map((k) => (
              <option key={k} value={k}>
                {kindName(lang, k)}
              </option>
            ))}
          </select>
        </label>
        <p class="t-meta">
          {labelled(lang, "teachUrlScope")}
          <code>
            {urlPatternFor(url)
              .replace(/^\^|\(\?:\[\?#\]\.\*\)\?\$$/g, "")
              .replace(/\\/g, "")}
          </code>
        </p>
        <p class="t-hint">{picking ? t(lang, "teachPicking") : t(lang, "teachPickHint")}</p>
        <ul class="t-fields">
          {[ID_FIELD, ...fieldNames].map((f) => {
            const w = warningText(f);
            const a = picked(f);
            return (
              <li
                key={f}
                data-testid="shixian-teacher-field"
                data-field={f}
                data-state={a ? "picked" : "empty"}
                data-anchor={describe(f)}
                data-warn={w.join("；")}
                class={picking === f ? "t-active" : ""}
              >
                <span class="t-label">{label(f)}</span>
                <button
                  type="button"
                  data-testid="shixian-teacher-pick"
                  data-field={f}
                  aria-pressed={picking === f ? "true" : "false"}
                  disabled={picking !== null && picking !== f}
                  onClick={trusted(() => (picking === f ? props.picker.cancel() : void choose(f)))}
                >
                  {picking === f ? t(lang, "teachPicking") : t(lang, "teachPick")}
                </button>
                {a ? (
                  <>
                    <span class={`t-anchor${a.quality === "position" ? " t-weak" : ""}`}>
                      {describe(f)} · {a.quality === "position" ? "⚠" : "✓"}
                    </span>
                    <button type="button" class="t-clear" onClick={trusted(() => clear(f))}>
                      {t(lang, "teachClear")}
                    </button>
                  </>
                ) : null}
                {w.length ? (
                  <span class="t-warn" role="alert">
                    ⚠ {w.join("；")}
                  </span>
                ) : null}
              </li>
            );
          })}
        </ul>
        <h3>{t(lang, "teachPreview")}</h3>
        <div
          data-testid="shixian-teacher-preview"
          data-rows={String(preview?.rows.length ?? 0)}
          data-single={preview?.single ? "1" : "0"}
          data-missing={(preview?.missing ?? []).join(",")}
          data-facts={JSON.stringify(preview?.single?.facts ?? preview?.rows[0]?.facts ?? {})}
        >
          {readValues.length ? (
            <dl class="t-preview">
              {readValues.map(([k, v]) => (
                <Fragment key={k}>
                  <dt>{k}</dt>
                  <dd>{v}</dd>
                </Fragment>
              ))}
            </dl>
          ) : (
            <p class="t-meta">{t(lang, "teachPreviewEmpty")}</p>
          )}
          {preview?.rows.length ? (
            <p class="t-meta">
              {preview.rows.length} {t(lang, "rows")}
            </p>
          ) : null}
          {preview?.missing.length ? (
            <p class="t-warn">
              ⚠ {t(lang, "teachNoneMatch")}：{preview.missing.map(label).join("、")}
            </p>
          ) : null}
        </div>
        <div class="t-actions">
          <button
            type="button"
            class="t-save"
            data-testid="shixian-teacher-save"
            disabled={!adapter || picking !== null}
            onClick={trusted(() => void save())}
          >
            {t(lang, "teachSave")}
          </button>
        </div>
        {status ? (
          <p class="t-status" role="status" data-testid="shixian-teacher-status" data-outcome={status.outcome}>
            {status.text}
          </p>
        ) : null}
      </div>
    </section>
  );
}

/** The note shown when a taught adapter no longer matches its page and there is no overlay panel to say it in. */
export function StaleNotice(props: { text: string; lang: Lang; onTeach: () => void; onClose: () => void }) {
  return (
    <div class="t-toast" role="status" data-testid="shixian-adapter-stale">
      <span>{props.text}</span>
      <button type="button" data-testid="shixian-teach" onClick={trusted(() => props.onTeach())}>
        {t(props.lang, "teach")}
      </button>
      <button type="button" onClick={trusted(() => props.onClose())}>
        {t(props.lang, "teachCancel")}
      </button>
    </div>
  );
}
