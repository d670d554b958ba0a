// Which attribute changes can show or hide part of a page — a tab switched (v-show writes style="display: none"),
// a dialog opened or closed, Bootstrap's .active pane, <dialog open>, [hidden], aria-hidden. The content script
// re-reads the page after those only: frameworks change inline styles and classes constantly (animations,
// scrollbars, hover states), and re-reading a page on each would be wasted work.

/** Attributes to observe (MutationObserver attributeFilter, with attributeOldValue). */
export const VISIBILITY_ATTRS = ["style", "class", "hidden", "open", "aria-hidden"];

const SHOWS = /(?:^|;)\s*(?:display|visibility|content-visibility)\s*:\s*([^;!]+)/gi;
/** Elements whose class changes are hover/focus/selection states, never a pane shown or hidden. */
const STATE_ONLY_TAGS = new Set([
  "tr",
  "td",
  "th",
  "li",
  "a",
  "span",
  "i",
  "em",
  "b",
  "button",
  "input",
  "label",
  "svg",
]);

function displayOf(style: string | null): string {
  if (!style) return "";
  let out = "";
  for (const m of style.matchAll(SHOWS)) out += `${m[0].split(":")[0].trim().toLowerCase()}=${m[1].trim()};`;
  return out;
}

/** True when an attribute mutation may have shown or hidden content (needs attributeOldValue). */
export function mayRevealOrHide(r: MutationRecord, now: string | null, tag: string): boolean {
  const name = r.attributeName;
  if (name === "style") return displayOf(r.oldValue) !== displayOf(now);
  if (name === "class") return !STATE_ONLY_TAGS.has(tag) && r.oldValue !== now;
  return r.oldValue !== now; // hidden, open, aria-hidden
}
