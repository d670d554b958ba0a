// Enum values a page states outside a column of their own, and cells that two enum fields share.
// - A facet (FieldDef.facet: the share class, the task list) may be stated once for a row in its type column
//   (业务类型 "有条件共享申请") or once for a whole list in its heading ("2026年市政府20件民生实事督办台账").
// - A status cell (审核状态, 办理结果) is offered to every enum field claiming its label (decision, caseStatus):
//   each keeps the value only if the text names one of its own values.
// Generic over the vocabulary (shared/kinds): no per-string cases here.
import type { FieldDef } from "../../../shared/kinds/index.ts";
import { compactToken } from "../../../shared/kinds/values.ts";
import { maskPersonalNumbers } from "../privacy.ts";
import { cleanText } from "./text.ts";
import type { FactValue } from "./values.ts";
import type { FieldInfo } from "./vocabulary.ts";

interface Alias {
  key: string;
  alias: string;
  canon: string;
}

const aliasCache = new WeakMap<FieldDef, Alias[]>();

/** Every alias of an enum field (the canonical value included), longest first (不同意 before 同意). */
function aliasesOf(def: FieldDef): Alias[] {
  let a = aliasCache.get(def);
  if (!a) {
    a = [];
    for (const [canon, names] of Object.entries(def.values ?? {})) {
      a.push({ key: compactToken(canon), alias: canon, canon });
      for (const n of names) a.push({ key: compactToken(n), alias: n, canon });
    }
    a.sort((x, y) => y.key.length - x.key.length);
    aliasCache.set(def, a);
  }
  return a;
}

/** The alias the text is, or else the longest alias (≥ 2 characters) it contains; undefined when none. */
export function aliasIn(text: string, def: FieldDef): string | undefined {
  const t = compactToken(text);
  if (t === "") return undefined;
  const list = aliasesOf(def);
  for (const a of list) if (a.key === t) return a.alias;
  for (const a of list) if (a.key.length >= 2 && t.includes(a.key)) return a.alias;
  return undefined;
}

/**
 * The alias of the one value a context text names (a heading, a type cell), or undefined when it names none or
 * several (a page title "重点工作和民生实事督办" decides nothing).
 */
export function facetIn(text: string, def: FieldDef): string | undefined {
  const t = compactToken(text);
  if (t === "") return undefined;
  let found: Alias | undefined;
  for (const a of aliasesOf(def)) {
    if (a.key.length < 2 || !t.includes(a.key)) continue;
    if (found && found.canon !== a.canon) return undefined;
    found ??= a;
  }
  return found?.alias;
}

/**
 * A cell whose label names `primary` (an enum field) and `companions` (other enum fields with the same label):
 * each field gets the alias the text names. When none does, the primary keeps the text as printed (the evaluator
 * then names the field and what it expected), unless a companion takes any text (FieldDef.other).
 */
export function sharedEnumCell(
  text: string,
  primary: FieldInfo,
  companions: readonly FieldInfo[],
  facts: Record<string, FactValue>,
): void {
  let any = false;
  const p = aliasIn(text, primary.def);
  if (p !== undefined) {
    facts[primary.field] = p;
    any = true;
  }
  for (const c of companions) {
    if (facts[c.field] !== undefined) continue; // its own column wins
    const v = aliasIn(text, c.def);
    if (v !== undefined) {
      facts[c.field] = v;
      any = true;
    } else if (c.def.other !== undefined && cleanText(text) !== "") {
      facts[c.field] = maskPersonalNumbers(cleanText(text));
      any = true;
    }
  }
  if (!any) facts[primary.field] = maskPersonalNumbers(cleanText(text));
}
