// Inline markers next to the page's own fields that a finding concerns (e.g. the empty 理由 cell).
import { pick, SEVERITY_ICON, severityName } from "../i18n.ts";
import type { Lang, ViewFinding } from "../messages.ts";
import { ensurePageStyle } from "./styles.ts";
import { trusted } from "./trusted.ts";

export const MARKER_ATTR = "data-shixian-marker";

export function clearMarkers(doc: Document): void {
  for (const m of Array.from(doc.querySelectorAll(`[${MARKER_ATTR}]`))) m.remove();
}

export function placeMarkers(
  doc: Document,
  findings: ViewFinding[],
  anchors: Record<string, Element>,
  lang: Lang,
  onClick: (f: ViewFinding) => void,
): number {
  clearMarkers(doc);
  ensurePageStyle(doc);
  let n = 0;
  for (const f of findings) {
    const anchor = f.field ? anchors[f.field] : undefined;
    if (!anchor?.isConnected) continue;
    const m = doc.createElement("span");
    m.setAttribute(MARKER_ATTR, f.severity);
    m.setAttribute("role", "note");
    m.setAttribute("tabindex", "0");
    const text = `${severityName(lang, f.severity)}：${pick(lang, f.message)}`;
    m.setAttribute("aria-label", text);
    m.title = text;
    m.textContent = `${SEVERITY_ICON[f.severity]} ${severityName(lang, f.severity)}`;
    // Markers sit in the portal's own DOM (next to its field): only a real user's click or Enter acts.
    m.addEventListener(
      "click",
      trusted(() => onClick(f)),
    );
    m.addEventListener(
      "keydown",
      trusted((e: KeyboardEvent) => {
        if (e.key === "Enter") onClick(f);
      }),
    );
    if (/^(INPUT|SELECT|TEXTAREA|IMG)$/.test(anchor.tagName)) anchor.after(m);
    else anchor.appendChild(m);
    n++;
  }
  return n;
}
