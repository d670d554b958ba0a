// Whether a case is finished, from what its page or row says about it (同意, 驳回, 已办结 …): the fields whose
// definition lists `closes` values (shared/kinds/common-fields.ts: decision, caseStatus). A finished case stops
// its clocks — without a completion time the evaluator reports such a deadline closed, never overdue.
import { KINDS } from "./index.ts";

interface Closer {
  field: string;
  values: ReadonlySet<string>;
  /** Only deadlines done by one of these fields stop (undefined: every deadline). */
  only?: ReadonlySet<string>;
}

const closers = new Map<string, Closer[]>();

function closersOf(kind: string): Closer[] {
  let c = closers.get(kind);
  if (!c) {
    c = [];
    for (const [field, f] of Object.entries(KINDS.get(kind)?.fields ?? {}))
      for (const entry of f.type === "enum" ? (f.closes ?? []) : [])
        if (typeof entry === "string")
          c.push({ field, values: new Set([entry]), only: f.closesOnly ? new Set(f.closesOnly) : undefined });
        else c.push({ field, values: new Set([entry.value]), only: new Set(entry.only) });
    closers.set(kind, c);
  }
  return c;
}

/**
 * True when a normalised fact of the case says it is finished as far as a deadline done by `doneField` is
 * concerned (no doneField: only whole-case closers such as 已办结 count).
 */
export function caseClosed(kind: string, facts: Record<string, unknown>, doneField?: string): boolean {
  for (const c of closersOf(kind)) {
    const v = facts[c.field];
    if (typeof v !== "string" || !c.values.has(v)) continue;
    if (c.only === undefined || (doneField !== undefined && c.only.has(doneField))) return true;
  }
  return false;
}
