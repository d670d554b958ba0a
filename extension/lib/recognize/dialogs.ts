// Dialogs over a page: a modal showing a case over a list is what the clerk looks at. Recognised by what the
// platform and ARIA say an element is (<dialog>, role="dialog"/"alertdialog", aria-modal="true"), which every
// component library writes (Element UI/Plus el-dialog, Ant Design modal, Bootstrap modal), never by class names.
import type { Dom } from "./pristine.ts";

const DIALOG_ROLES = new Set(["dialog", "alertdialog"]);
/** Deeper than any real dialog body; bounds the walk up from a label. */
const MAX_DEPTH = 60;

function isDialog(dom: Dom, el: Element): boolean {
  if (dom.tag(el) === "dialog") return true;
  const role = dom.attr(el, "role");
  return (role !== null && DIALOG_ROLES.has(role)) || dom.attr(el, "aria-modal") === "true";
}

/** The outermost dialog element around el, or undefined. */
export function dialogOf(dom: Dom, el: Element): Element | undefined {
  let found: Element | undefined;
  let e: Element | null = el;
  for (let depth = 0; e && depth < MAX_DEPTH; depth++, e = dom.parent(e)) if (isDialog(dom, e)) found = e;
  return found;
}

/** A dialog's title: aria-label, the elements aria-labelledby names, headings and title-styled elements in it. */
export function dialogTitles(dom: Dom, dialog: Element): string[] {
  const out: string[] = [];
  const label = dom.attr(dialog, "aria-label");
  if (label) out.push(label);
  const ids = new Set((dom.attr(dialog, "aria-labelledby") ?? "").split(/\s+/).filter(Boolean));
  dom.walk(dialog, (el) => {
    const t = dom.tag(el);
    const id = dom.attr(el, "id");
    const cls = dom.attr(el, "class") ?? "";
    if ((id && ids.has(id)) || /^h[1-4]$/.test(t) || /title/i.test(cls)) {
      const text = dom.text(el).trim();
      if (text && text.length <= 60) out.push(text);
      return "prune";
    }
    return "pass";
  });
  return out;
}
