// The condition language compiler: a small typed JSON language (see Condition in ./schema.ts) compiled ONCE per
// pack to plain closures.
//
// Why our own language and not JSON Logic / json-rules-engine: rules must travel as data (no code in packs) and be
// evaluated on a hot path — a 5 000-row queue page evaluates every row on load, the API answers /api/evaluate at
// line rate. json-rules-engine is asynchronous (a Promise and an Almanac per run, operators looked up by name at
// each step); compiled closures resolve field paths, regexes, literal dates and table indexes once, then cost a few
// property reads per condition. bench/evaluate.bench.ts measures the WHOLE evaluator (normalising raw portal
// values, deadlines, findings) against json-rules-engine evaluating only the translated conditions on pre-computed
// facts, with identical fired sets: measured here (six runs, 18:20–18:35 UTC, load ≈ 4–5.5 on 2 shared cores)
// ≈ 39–43× against json-rules-engine partitioned by case kind (its most favourable setup: ours ≈ 186 000–264 000
// cases/s, the peer ≈ 4 800–6 200) and ≈ 680–1 400× against one unpartitioned engine. The target of ≥ 100× is NOT reached:
// see docs/ARCHITECTURE.md § Evaluator for where the time goes.
// A typed language also lets us check at compile time that every field a rule names exists in its case kind.
import { MASK_MIN_LENGTH, maskPersonalNumbers } from "../privacy/index.ts";
import type { Condition, Operand } from "./schema.ts";

export interface CondContext {
  facts: Record<string, unknown>;
  /** the same facts by field index of the kind (see CompileEnv.fieldIndex): monomorphic array reads */
  vals?: unknown[];
  /** bound table rows by alias ("row" unless the rule's bind says otherwise) */
  rows: Record<string, Record<string, unknown> | undefined>;
  /** evaluation time, "YYYY-MM-DDTHH:MM:SS+08:00" */
  now: string;
  /** the rule's deadline (due day and due instant), when it has one */
  dueDay?: string;
  dueAt?: string;
  overdue: boolean;
}

export type Predicate = (ctx: CondContext) => boolean;
export type Getter = (ctx: CondContext) => unknown;

export interface CompileEnv {
  /** field names of the rule's case kind; a path naming another field is a compile error */
  fields?: ReadonlySet<string>;
  /** aliases of bound table rows */
  aliases?: ReadonlySet<string>;
  /** where we are, for error messages (e.g. "rule sy-data-27-review-deadline, check rejected-without-reason") */
  where?: string;
  /** field → index into CondContext.vals; getters read the array when given (the evaluator's hot path) */
  fieldIndex?: ReadonlyMap<string, number>;
}

export class ConditionCompileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ConditionCompileError";
  }
}

/**
 * Reasons that state nothing (第二十七、三十二、三十九条 require a specific reason): blank, or only one of these stock
 * phrases after whitespace/punctuation are removed. Decision (seed-000-notes §4.1 item 7): a reason is "specific"
 * when it is not empty, not one of these phrases and at least 2 characters long; we cannot judge its content.
 */
export const STOCK_REASONS: readonly string[] = [
  "无",
  "暂无",
  "没有",
  "不同意",
  "不同意共享",
  "不同意开放",
  "不予共享",
  "不予开放",
  "不予通过",
  "不通过",
  "审核不通过",
  "驳回",
  "予以驳回",
  "退回",
  "不符合条件",
  "不符合要求",
  "不符合规定",
  "不符合",
  "条件不符",
  "不满足条件",
  "不予受理",
  "经审核不同意",
  "经研究不同意",
  "其他",
  "其它",
  "略",
  "详见附件",
  "见附件",
  "另行通知",
  "na",
  "n/a",
  "none",
  "no",
  "rejected",
  "/",
  "-",
];
const STOCK_SET = new Set(STOCK_REASONS.map((s) => squash(s)));

function squash(s: string): string {
  return s
    .normalize("NFKC")
    .replace(/[\s\p{P}\p{S}]+/gu, "")
    .toLowerCase();
}

const reasonMemo = new Map<string, boolean>();
export function isBlankReason(v: unknown): boolean {
  if (v === undefined || v === null) return true;
  const raw = String(v);
  let r = reasonMemo.get(raw);
  if (r === undefined) {
    const s = squash(raw);
    r = s.length < 2 || STOCK_SET.has(s);
    if (reasonMemo.size >= 4096) reasonMemo.clear();
    reasonMemo.set(raw, r);
  }
  return r;
}

const LITERAL_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2}|Z)?)?$/;

function isEmptyValue(v: unknown): boolean {
  return v === undefined || v === null || v === "" || (Array.isArray(v) && v.length === 0);
}

/**
 * Compares two temporal values as we store them (ISO day "YYYY-MM-DD" or instant "YYYY-MM-DDTHH:MM:SS+08:00").
 * If either is a bare day, the comparison is by day; otherwise by instant. Same-offset ISO strings order
 * lexically, so this is a string comparison. Returns NaN when either side is not a date string.
 */
export function compareTemporal(a: unknown, b: unknown): number {
  if (typeof a !== "string" || typeof b !== "string" || a.length < 10 || b.length < 10) return Number.NaN;
  if (a.length === 10 || b.length === 10) {
    const x = a.slice(0, 10);
    const y = b.slice(0, 10);
    return x < y ? -1 : x > y ? 1 : 0;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Whole days from day a to day b (b − a), both ISO days or instants (their Beijing day is used). */
export function daysBetween(a: string, b: string): number {
  return (dayNumber(b.slice(0, 10)) - dayNumber(a.slice(0, 10))) | 0;
}

/** Days since 1970-01-01 of an ISO day (civil-from-days inverse, no Date allocation). */
function dayNumber(d: string): number {
  // (char codes inline: no closure per call)
  let y = d.charCodeAt(0) * 1000 + d.charCodeAt(1) * 100 + d.charCodeAt(2) * 10 + d.charCodeAt(3) - 53328; // 48·1111
  const m = d.charCodeAt(5) * 10 + d.charCodeAt(6) - 528; // 48·11
  const day = d.charCodeAt(8) * 10 + d.charCodeAt(9) - 528;
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * Whole calendar months from a to b, counted as 民法典 第二百零二条 counts month periods: the period ends on the
 * corresponding day of the last month, or that month's last day when it has no such day.
 */
export function monthsBetween(a: string, b: string): number {
  const y1 = +a.slice(0, 4);
  const m1 = +a.slice(5, 7);
  const d1 = +a.slice(8, 10);
  const y2 = +b.slice(0, 4);
  const m2 = +b.slice(5, 7);
  const d2 = +b.slice(8, 10);
  let months = (y2 - y1) * 12 + (m2 - m1);
  const lastOfM2 = new Date(Date.UTC(y2, m2, 0)).getUTCDate();
  if (d2 < d1 && d2 !== lastOfM2) months -= 1;
  return months;
}

function compilePath(path: string, env: CompileEnv): Getter {
  if (path === "now") return (c) => c.now;
  if (path === "due") return (c) => c.dueAt;
  const dot = path.indexOf(".");
  if (dot < 0) return factGetter(path, env);
  const head = path.slice(0, dot);
  const rest = path.slice(dot + 1);
  if (head === "facts") return factGetter(rest, env);
  if (env.aliases?.has(head)) return (c) => c.rows[head]?.[rest];
  throw new ConditionCompileError(
    `${env.where ?? "condition"}: unknown path "${path}" (expected a fact field, facts.<field>, <bound row alias>.<column>, now or due)`,
  );
}

function factGetter(name: string, env: CompileEnv): Getter {
  if (env.fields && !env.fields.has(name))
    throw new ConditionCompileError(
      `${env.where ?? "condition"}: unknown fact field "${name}" (fields of this kind: ${[...env.fields].join(", ")})`,
    );
  return factRead(name, env);
}

/** Reads a fact: from the index array when the evaluator provides one, else from the facts object. */
export function factRead(name: string, env: CompileEnv): Getter {
  const i = env.fieldIndex?.get(name);
  if (i === undefined) return (c) => c.facts[name];
  return (c) => (c.vals === undefined ? c.facts[name] : c.vals[i]);
}

/** The vals index of a fact path (`x` / `facts.x`) when the evaluator provides index arrays; validates the field. */
function factIndex(path: string, env: CompileEnv): number | undefined {
  if (env.fieldIndex === undefined || path === "now" || path === "due") return undefined;
  const dot = path.indexOf(".");
  const name = dot < 0 ? path : path.slice(0, dot) === "facts" ? path.slice(dot + 1) : undefined;
  if (name === undefined) return undefined;
  factGetter(name, env); // throws for a field the kind does not have
  return env.fieldIndex.get(name);
}

function compileOperand(op: Operand, env: CompileEnv): Getter {
  if (op !== null && typeof op === "object") return compilePath(op.field, env);
  return () => op;
}

/** A before/after operand: a path, "now", "due" (compared by due day or due instant) or a literal date. */
function compileTemporal(p: string, env: CompileEnv): Getter | "due" {
  if (p === "due") return "due";
  if (LITERAL_DATE.test(p)) return () => p;
  return compilePath(p, env);
}

function ordered(a: unknown, b: unknown): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  return compareTemporal(a, b);
}

function compileCmp(op: "gt" | "gte" | "lt" | "lte"): (d: number) => boolean {
  switch (op) {
    case "gt":
      return (d) => d > 0;
    case "gte":
      return (d) => d >= 0;
    case "lt":
      return (d) => d < 0;
    case "lte":
      return (d) => d <= 0;
  }
}

const normMemo = new Map<string, string>();
function normText(s: string): string {
  let r = normMemo.get(s);
  if (r === undefined) {
    r = s
      .normalize("NFKC")
      .replace(/[\s\u00a0\u3000]+/g, "")
      .toLowerCase();
    if (normMemo.size >= 4096) normMemo.clear();
    normMemo.set(s, r);
  }
  return r;
}

/** Compiles a condition to a predicate. Throws ConditionCompileError naming the faulty part. */
export function compileCondition(c: Condition | undefined, env: CompileEnv = {}): Predicate {
  if (c === undefined) return () => true;
  const where = env.where ?? "condition";
  if (c === null || typeof c !== "object") throw new ConditionCompileError(`${where}: expected a condition object`);
  const keys = Object.keys(c);
  if (keys.length !== 1)
    throw new ConditionCompileError(`${where}: a condition has exactly one operator, got ${keys.join(", ") || "none"}`);
  const k = keys[0];
  const a = (c as Record<string, unknown>)[k] as never;
  switch (k) {
    case "all": {
      const ps = (a as Condition[]).map((x) => compileCondition(x, env));
      if (ps.length === 1) return ps[0];
      if (ps.length === 2) {
        const [p, q] = ps;
        return (ctx) => p(ctx) && q(ctx);
      }
      if (ps.length === 3) {
        const [p, q, r] = ps;
        return (ctx) => p(ctx) && q(ctx) && r(ctx);
      }
      return (ctx) => {
        for (const p of ps) if (!p(ctx)) return false;
        return true;
      };
    }
    case "any": {
      const ps = (a as Condition[]).map((x) => compileCondition(x, env));
      if (ps.length === 1) return ps[0];
      if (ps.length === 2) {
        const [p, q] = ps;
        return (ctx) => p(ctx) || q(ctx);
      }
      return (ctx) => {
        for (const p of ps) if (p(ctx)) return true;
        return false;
      };
    }
    case "not": {
      const p = compileCondition(a as Condition, env);
      return (ctx) => !p(ctx);
    }
    case "true":
      return () => true;
    // Leaves on a fact field read the evaluator's index array inline (one closure call less per leaf).
    case "present": {
      const i = factIndex(a as string, env);
      if (i !== undefined) {
        const name = (a as string).startsWith("facts.") ? (a as string).slice(6) : (a as string);
        return (ctx) => !isEmptyValue(ctx.vals === undefined ? ctx.facts[name] : ctx.vals[i]);
      }
      const g = compilePath(a as string, env);
      return (ctx) => !isEmptyValue(g(ctx));
    }
    case "empty": {
      const i = factIndex(a as string, env);
      if (i !== undefined) {
        const name = (a as string).startsWith("facts.") ? (a as string).slice(6) : (a as string);
        return (ctx) => isEmptyValue(ctx.vals === undefined ? ctx.facts[name] : ctx.vals[i]);
      }
      const g = compilePath(a as string, env);
      return (ctx) => isEmptyValue(g(ctx));
    }
    case "missingAny": {
      const gs = (a as string[]).map((p) => compilePath(p, env));
      return (ctx) => {
        for (const g of gs) if (isEmptyValue(g(ctx))) return true;
        return false;
      };
    }
    case "eq":
    case "ne": {
      const [p, o] = a as [string, Operand];
      const i = factIndex(p, env);
      if (i !== undefined && (o === null || typeof o !== "object")) {
        const name = p.startsWith("facts.") ? p.slice(6) : p;
        return k === "eq"
          ? (ctx) => (ctx.vals === undefined ? ctx.facts[name] : ctx.vals[i]) === o
          : (ctx) => (ctx.vals === undefined ? ctx.facts[name] : ctx.vals[i]) !== o;
      }
      const g = compilePath(p, env);
      const h = compileOperand(o, env);
      return k === "eq" ? (ctx) => g(ctx) === h(ctx) : (ctx) => g(ctx) !== h(ctx);
    }
    case "in": {
      const [p, list] = a as [string, unknown[]];
      const g = compilePath(p, env);
      const set = new Set(list);
      return (ctx) => {
        const v = g(ctx);
        if (Array.isArray(v)) return v.some((x) => set.has(x));
        return set.has(v);
      };
    }
    case "lt":
    case "lte":
    case "gt":
    case "gte": {
      const [p, o] = a as [string, Operand];
      const g = compilePath(p, env);
      const h = compileOperand(o, env);
      const test = compileCmp(k);
      return (ctx) => {
        const d = ordered(g(ctx), h(ctx));
        return !Number.isNaN(d) && test(d);
      };
    }
    case "before":
    case "after": {
      const [p, q] = a as [string, string];
      const g = compileTemporal(p, env);
      const h = compileTemporal(q, env);
      const sign = k === "before" ? -1 : 1;
      return (ctx) => {
        let l = g === "due" ? undefined : g(ctx);
        let r = h === "due" ? undefined : h(ctx);
        // "due": a bare day is compared with the due day, an instant with the due instant
        if (g === "due") l = typeof r === "string" && r.length === 10 ? ctx.dueDay : ctx.dueAt;
        if (h === "due") r = typeof l === "string" && l.length === 10 ? ctx.dueDay : ctx.dueAt;
        const d = compareTemporal(l, r);
        return !Number.isNaN(d) && d * sign > 0;
      };
    }
    case "overdue": {
      const want = a as boolean;
      return (ctx) => ctx.overdue === want;
    }
    case "blankReason": {
      const g = compilePath(a as string, env);
      return (ctx) => isBlankReason(g(ctx));
    }
    case "matches": {
      const [p, src] = a as [string, string];
      const g = compilePath(p, env);
      let re: RegExp;
      try {
        re = new RegExp(src, "u");
      } catch (e) {
        throw new ConditionCompileError(`${where}: invalid regex ${JSON.stringify(src)}: ${(e as Error).message}`);
      }
      return (ctx) => {
        const v = g(ctx);
        return v !== undefined && v !== null && re.test(String(v));
      };
    }
    case "contains": {
      const [p, text] = a as [string, string];
      const g = compilePath(p, env);
      const needle = normText(text);
      return (ctx) => {
        const v = g(ctx);
        if (Array.isArray(v)) return v.some((x) => normText(String(x)).includes(needle));
        return typeof v === "string" && normText(v).includes(needle);
      };
    }
    case "daysBetween": {
      const [p, q, op, n] = a as [string, string, "gt" | "gte" | "lt" | "lte", number];
      const g = compileTemporal(p, env);
      const h = compileTemporal(q, env);
      const test = compileCmp(op);
      return (ctx) => {
        const x = g === "due" ? ctx.dueDay : g(ctx);
        const y = h === "due" ? ctx.dueDay : h(ctx);
        if (typeof x !== "string" || typeof y !== "string" || x.length < 10 || y.length < 10) return false;
        return test(daysBetween(x, y) - n);
      };
    }
    case "monthsSince": {
      const [p, op, n] = a as [string, "gt" | "gte" | "lt" | "lte", number];
      const g = compilePath(p, env);
      const test = compileCmp(op);
      return (ctx) => {
        const x = g(ctx);
        if (typeof x !== "string" || x.length < 10) return false;
        return test(monthsBetween(x, ctx.now) - n);
      };
    }
    case "monthsBetween": {
      // whole calendar months from the first date to the second (民法典 第二百零二条 counting; "now" allowed)
      const [p, q, op, n] = a as [string, string, "gt" | "gte" | "lt" | "lte", number];
      const g = compilePath(p, env);
      const h = compilePath(q, env);
      const test = compileCmp(op);
      return (ctx) => {
        const x = g(ctx);
        const y = h(ctx);
        if (typeof x !== "string" || typeof y !== "string" || x.length < 10 || y.length < 10) return false;
        return test(monthsBetween(x, y) - n);
      };
    }
    default:
      throw new ConditionCompileError(`${where}: unknown operator "${k}"`);
  }
}

/** Every fact field a condition reads (for documentation and for the extension's field markers). */
export function conditionFields(c: Condition | undefined, out = new Set<string>()): Set<string> {
  if (!c || typeof c !== "object") return out;
  const [k, a] = Object.entries(c)[0] ?? [];
  const add = (p: unknown) => {
    if (typeof p !== "string" || p === "now" || p === "due" || LITERAL_DATE.test(p)) return;
    if (p.startsWith("facts.")) out.add(p.slice(6));
    else if (!p.includes(".")) out.add(p);
  };
  switch (k) {
    case "all":
    case "any":
      for (const x of a as Condition[]) conditionFields(x, out);
      break;
    case "not":
      conditionFields(a as Condition, out);
      break;
    case "present":
    case "empty":
    case "blankReason":
      add(a);
      break;
    case "missingAny":
      for (const p of a as string[]) add(p);
      break;
    case "eq":
    case "ne":
    case "lt":
    case "lte":
    case "gt":
    case "gte": {
      const [p, o] = a as [string, Operand];
      add(p);
      if (o && typeof o === "object") add(o.field);
      break;
    }
    case "before":
    case "after":
    case "daysBetween":
    case "monthsBetween":
      add((a as string[])[0]);
      add((a as string[])[1]);
      break;
    case "in":
    case "matches":
    case "contains":
    case "monthsSince":
      add((a as unknown[])[0]);
      break;
  }
  return out;
}

/** Compiles a message template with {field}, {facts.x}, {row.col}, {due}, {now} placeholders. */
export function compileTemplate(
  tpl: string,
  env: CompileEnv,
  /** for a placeholder path, a display function (e.g. an enum value → its Chinese label), resolved once */
  format?: (path: string) => ((v: unknown) => string | undefined) | undefined,
): (ctx: CondContext) => string {
  const parts: (string | Getter)[] = [];
  const re = /\{([^{}]+)\}/g;
  let last = 0;
  for (let m = re.exec(tpl); m; m = re.exec(tpl)) {
    if (m.index > last) parts.push(tpl.slice(last, m.index));
    const p = m[1].trim();
    const g: Getter = p === "due" ? (c) => c.dueDay : compilePath(p, env);
    const show = format?.(p.startsWith("facts.") ? p.slice(6) : p);
    parts.push(
      show
        ? (c) => {
            const v = g(c);
            return show(v) ?? v;
          }
        : g,
    );
    last = m.index + m[0].length;
  }
  if (last < tpl.length) parts.push(tpl.slice(last));
  if (parts.every((x) => typeof x === "string")) {
    const s = parts.join("");
    return () => s;
  }
  return (ctx) => {
    let s = "";
    for (const x of parts) {
      if (typeof x === "string") s += x;
      else {
        const v = x(ctx);
        const str = v === undefined || v === null || v === "" ? "—" : Array.isArray(v) ? v.join("、") : String(v);
        // values shown in messages never carry an unmasked 身份证号 or mobile number
        s += str.length >= MASK_MIN_LENGTH ? maskPersonalNumbers(str) : str;
      }
    }
    return s;
  };
}
