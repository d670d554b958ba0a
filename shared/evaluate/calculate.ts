// The calculator engine: runs the calculators of the rule packs (shared/rules/calculator-schema.ts) on one case.
// Pure (no DOM, no Node APIs). Money is integer 分 (fen) throughout; rates are integer basis points; every step
// records its value, the arithmetic with its operands and the article it applies, so a clerk can check the sum.
//
// Each calculator is compiled once (cached by object identity): references, variable types and tables are checked
// when it is compiled, so a malformed calculator fails at pack load with a message naming the step, never half-way
// through a case.
import type {
  CalcCondition,
  CalcStep,
  Calculation,
  CalculationFinding,
  CalculationStep,
  Calculator,
  CalcValueType,
} from "../rules/calculator-schema.ts";

export type { Calculation, CalculationFinding, CalculationStep, Calculator } from "../rules/calculator-schema.ts";

// ---- money and rates ------------------------------------------------------------------------------------------

const MONEY_RE = /^\d+(\.\d{1,2})?$/;

/**
 * 元 → 分, exactly: 1234.5 → 123450. A number may carry binary float noise (0.1 + 0.2, 164.17000000000002) and is
 * rounded to the nearest 分 when it is within 1e-6 分 of it; a string must be written with at most 2 decimals.
 * Throws on negatives, NaN, or real sub-分 amounts (12.345).
 */
export function yuanToFen(yuan: number | string): number {
  if (typeof yuan === "number") {
    if (!Number.isFinite(yuan) || yuan < 0) throw new RangeError(`not an amount in 元 ≥ 0: ${yuan}`);
    const x = yuan * 100;
    const fen = Math.round(x);
    if (Math.abs(x - fen) > 1e-6 + Math.abs(x) * 4 * Number.EPSILON)
      throw new RangeError(`not an amount in 元 with at most 2 decimals: ${yuan}`);
    if (!Number.isSafeInteger(fen)) throw new RangeError(`amount too large: ${yuan}`);
    return fen;
  }
  const t = yuan.replace(/[\s,，]/g, "").replace(/元$/, "");
  if (!MONEY_RE.test(t)) throw new RangeError(`not an amount in 元 ≥ 0 with at most 2 decimals: ${yuan}`);
  const [int, dec = ""] = t.split(".");
  const fen = Number(int) * 100 + Number(`${dec}00`.slice(0, 2));
  if (!Number.isSafeInteger(fen)) throw new RangeError(`amount too large: ${yuan}`);
  return fen;
}

/** 分 → "1,234.56" (thousands separators, 2 decimals). Hot path: no regex. */
export function formatFen(fen: number): string {
  const neg = fen < 0;
  const a = neg ? -fen : fen;
  const rest = a % 100;
  let int = String((a - rest) / 100);
  if (int.length > 3) {
    let out = "";
    let i = int.length % 3 || 3;
    out = int.slice(0, i);
    for (; i < int.length; i += 3) out += `,${int.slice(i, i + 3)}`;
    int = out;
  }
  return `${neg ? "-" : ""}${int}.${rest < 10 ? "0" : ""}${rest}`;
}

/** 分 → "1234.56" (plain, for JSON). */
export function fenToYuanString(fen: number): string {
  return `${Math.floor(fen / 100)}.${(fen % 100).toString().padStart(2, "0")}`;
}

/** basis points → "70%", "70.5%". */
export function formatRate(bp: number): string {
  return `${Number((bp / 100).toFixed(2))}%`;
}

/** fen × bp / 10000 rounded half-up to the 分, in integers. */
export function applyRate(fen: number, bp: number): number {
  return Math.floor((fen * bp + 5000) / 10000);
}

const percentToBp = (p: number) => Math.round(p * 100);

// ---- errors ---------------------------------------------------------------------------------------------------

/** Bad facts for a calculation: names every field at fault and what was expected (same shape as EvaluationError). */
export class CalculationError extends Error {
  readonly field: string;
  readonly issues: { path: string; message: string }[];
  constructor(issues: { path: string; message: string }[]) {
    super(`invalid facts for the calculation: ${issues.map((i) => `${i.path}: ${i.message}`).join("; ")}`);
    this.name = "CalculationError";
    this.issues = issues;
    this.field = issues[0]?.path.replace(/^facts\./, "") ?? "facts";
  }
}

/** A calculator that cannot be compiled (unknown variable, wrong type, missing table): a pack authoring error. */
export class CalculatorDefinitionError extends Error {
  constructor(calculatorId: string, where: string, message: string) {
    super(`calculator ${calculatorId}, ${where}: ${message}`);
    this.name = "CalculatorDefinitionError";
  }
}

// ---- compilation ----------------------------------------------------------------------------------------------

type Value = number | string;
interface Env {
  facts: Record<string, unknown>;
  vars: Map<string, { type: CalcValueType | "number"; value: Value }>;
  capped: Set<string>;
  nowDay: string;
  /** fen values of the money input fields (for conditions comparing money facts) */
  moneyFacts: Map<string, number>;
}
type Pred = (env: Env) => boolean;

interface CompiledStep {
  step: CalcStep;
  when: Pred | null;
  type: CalcValueType;
  refs: string[];
  run: (env: Env) => { value: Value; formula: string; capped?: boolean } | { missing: string };
}

interface Compiled {
  calc: Calculator;
  when: Pred | null;
  dateField: string;
  inputFields: { field: string; hasDefault: boolean }[];
  exclusions: { ex: NonNullable<Calculator["exclusions"]>[number]; when: Pred }[];
  steps: CompiledStep[];
  checks: { check: NonNullable<Calculator["checks"]>[number]; when: Pred }[];
  resultType: CalcValueType;
}

const cache = new WeakMap<Calculator, Compiled>();

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/** The Asia/Shanghai civil day of an ISO day, an instant (any offset; none = Beijing time) or a Date; else null. */
function dayOf(v: unknown): string | null {
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) return null;
    return new Date(v.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
  }
  if (typeof v !== "string") return null;
  const m = DATE_RE.exec(v);
  if (!m) return null;
  const [y, mo, d] = [+m[1], +m[2], +m[3]];
  const probe = new Date(Date.UTC(y, mo - 1, d));
  if (probe.getUTCFullYear() !== y || probe.getUTCMonth() !== mo - 1 || probe.getUTCDate() !== d) return null;
  const off = m[7];
  if (off === undefined || off === "+08:00") return v.slice(0, 10);
  const ms = Date.parse(v);
  return Number.isNaN(ms) ? null : new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);
}

export function compileCalculator(calc: Calculator): Compiled {
  const hit = cache.get(calc);
  if (hit) return hit;
  const types = new Map<string, CalcValueType | "number">([["year", "number"]]);
  const moneyInputFields = new Set(
    calc.steps.filter((s) => s.op === "input").map((s) => (s as { field: string }).field),
  );
  const fail = (where: string, msg: string): never => {
    throw new CalculatorDefinitionError(calc.id, where, msg);
  };

  const refType = (ref: string, where: string): CalcValueType | "number" | "fact" => {
    if (ref.startsWith("$")) {
      const t = types.get(ref.slice(1));
      if (!t) fail(where, `${ref} is not defined by an earlier step`);
      return t as CalcValueType | "number";
    }
    return moneyInputFields.has(ref) ? "money" : "fact";
  };

  const read = (ref: string) => {
    if (ref.startsWith("$")) {
      const name = ref.slice(1);
      return (env: Env) => env.vars.get(name)?.value;
    }
    if (moneyInputFields.has(ref)) return (env: Env) => env.moneyFacts.get(ref);
    return (env: Env) => env.facts[ref];
  };

  const compileCond = (c: CalcCondition, where: string): Pred => {
    if ("all" in c) {
      const ps = c.all.map((x, i) => compileCond(x, `${where}.all[${i}]`));
      return (env) => ps.every((p) => p(env));
    }
    if ("any" in c) {
      const ps = c.any.map((x, i) => compileCond(x, `${where}.any[${i}]`));
      return (env) => ps.some((p) => p(env));
    }
    if ("not" in c) {
      const p = compileCond(c.not, `${where}.not`);
      return (env) => !p(env);
    }
    if ("present" in c || "empty" in c) {
      const ref = "present" in c ? c.present : c.empty;
      refType(ref, where);
      const r = read(ref);
      const isPresent = (env: Env) => {
        const v = r(env);
        return v !== undefined && v !== null && v !== "" && !(Array.isArray(v) && v.length === 0);
      };
      return "present" in c ? isPresent : (env) => !isPresent(env);
    }
    if ("capped" in c) {
      const id = c.capped;
      if (!calc.steps.some((s) => s.id === id && s.op === "cap")) fail(where, `capped: no cap step "${id}"`);
      return (env) => env.capped.has(id);
    }
    if ("eq" in c || "ne" in c || "in" in c) {
      const [ref, rhs] = "eq" in c ? c.eq : "ne" in c ? c.ne : c.in;
      const t = refType(ref, where);
      const r = read(ref);
      const conv = (v: string | number | boolean) =>
        typeof v === "number" && t === "money"
          ? yuanToFen(v)
          : typeof v === "number" && t === "rate"
            ? percentToBp(v)
            : v;
      if ("in" in c) {
        const set = new Set((rhs as (string | number | boolean)[]).map(conv));
        return (env) => set.has(r(env) as string);
      }
      const want = conv(rhs as string | number | boolean);
      return "eq" in c ? (env) => r(env) === want : (env) => r(env) !== undefined && r(env) !== want;
    }
    if ("before" in c || "after" in c) {
      const [ref, rhs] = "before" in c ? c.before : c.after;
      const r = read(ref);
      const other: (env: Env) => string | null =
        rhs === "now"
          ? (env) => env.nowDay
          : /^\d{4}-\d{2}-\d{2}$/.test(rhs)
            ? () => rhs
            : (
                (rr) => (env: Env) =>
                  dayOf(rr(env))
              )(read(rhs));
      const before = "before" in c;
      return (env) => {
        const a = dayOf(r(env));
        const b = other(env);
        if (a === null || b === null) return false;
        return before ? a < b : a > b;
      };
    }
    const [op, pair] = Object.entries(c)[0] as ["lt" | "lte" | "gt" | "gte", [string, number | string]];
    const [ref, rhs] = pair;
    const t = refType(ref, where);
    const r = read(ref);
    let other: (env: Env) => unknown;
    if (typeof rhs === "number") {
      const k = t === "money" ? yuanToFen(rhs) : t === "rate" ? percentToBp(rhs) : rhs;
      other = () => k;
    } else {
      const t2 = refType(rhs, where);
      const unit = (x: string) => (x === "money" || x === "rate" ? x : "plain");
      if (unit(t) !== unit(t2)) fail(where, `cannot compare ${ref} (${t}) with ${rhs} (${t2})`);
      other = read(rhs);
    }
    const cmp =
      op === "lt"
        ? (a: number, b: number) => a < b
        : op === "lte"
          ? (a: number, b: number) => a <= b
          : op === "gt"
            ? (a: number, b: number) => a > b
            : (a: number, b: number) => a >= b;
    return (env) => {
      const a = r(env);
      const b = other(env);
      return typeof a === "number" && typeof b === "number" && cmp(a, b);
    };
  };

  // The calculator's `when` and its exclusions run before any step: they see facts and $year only.
  const calcWhen = calc.when ? compileCond(calc.when, "when") : null;
  const exclusions = (calc.exclusions ?? []).map((ex, i) => ({ ex, when: compileCond(ex.when, `exclusions[${i}]`) }));

  const tables = calc.tables ?? {};
  const steps: CompiledStep[] = calc.steps.map((s, i) => {
    const where = `steps[${i}] (${s.id})`;
    const when = s.when ? compileCond(s.when, `${where}.when`) : null;
    const needVar = (ref: string, want: CalcValueType) => {
      const t = refType(ref, where);
      if (!ref.startsWith("$")) fail(where, `${ref}: arithmetic takes $variables (read facts with an input step)`);
      if (t !== want) fail(where, `${ref} must be ${want}, is ${t}`);
      return read(ref);
    };
    let type: CalcValueType;
    let refs: string[] = [];
    let run: CompiledStep["run"];
    switch (s.op) {
      case "input": {
        type = "money";
        const f = s.field;
        const def = s.default === undefined ? undefined : yuanToFen(s.default);
        run = (env) => {
          const v = env.moneyFacts.get(f);
          if (v !== undefined) return { value: v, formula: `${f} = ${formatFen(v)}` };
          if (def !== undefined) return { value: def, formula: `${f} 未填 / not given → ${formatFen(def)}` };
          return { missing: f };
        };
        break;
      }
      case "amount": {
        type = "money";
        const v = yuanToFen(s.yuan);
        run = () => ({ value: v, formula: formatFen(v) });
        break;
      }
      case "rate": {
        type = "rate";
        const v = percentToBp(s.percent);
        run = () => ({ value: v, formula: formatRate(v) });
        break;
      }
      case "lookup": {
        type = s.type;
        const rows = tables[s.table];
        if (!rows) fail(where, `no table "${s.table}"`);
        const keys = Object.entries(s.match).map(([col, ref]) => ({ col, ref, r: read(ref) }));
        for (const k of keys) refType(k.ref, where);
        for (const [j, row] of rows.entries()) {
          if (!(s.column in row)) fail(where, `table ${s.table} row ${j} has no column "${s.column}"`);
          const cell = row[s.column];
          if (s.type !== "label" && typeof cell !== "number")
            fail(where, `table ${s.table} row ${j}: ${s.column} must be a number`);
        }
        const conv = (cell: string | number | boolean): Value =>
          s.type === "money"
            ? yuanToFen(cell as number)
            : s.type === "rate"
              ? percentToBp(cell as number)
              : String(cell);
        const prepared = rows.map((row) => ({
          match: keys.map((k) => (row[k.col] === undefined ? "*" : String(row[k.col]))),
          value: conv(row[s.column]),
        }));
        const show = (v: Value) =>
          s.type === "money" ? formatFen(v as number) : s.type === "rate" ? formatRate(v as number) : String(v);
        run = (env) => {
          const got = keys.map((k) => {
            const v = k.r(env);
            return v === undefined || v === null ? undefined : String(v);
          });
          const desc = keys.map((k, j) => `${k.col}=${got[j] ?? "—"}`).join(", ");
          for (const p of prepared) {
            if (p.match.every((m, j) => m === "*" || m === got[j]))
              return { value: p.value, formula: `${s.table}[${desc}] → ${show(p.value)}` };
          }
          return { missing: `${s.table}[${desc}]` };
        };
        refs = keys.map((k) => k.ref);
        break;
      }
      case "add":
      case "min":
      case "max": {
        type = "money";
        const rs = s.of.map((ref) => needVar(ref, "money"));
        refs = s.of;
        const fn =
          s.op === "add"
            ? (xs: number[]) => xs.reduce((a, b) => a + b, 0)
            : s.op === "min"
              ? (xs: number[]) => Math.min(...xs)
              : (xs: number[]) => Math.max(...xs);
        run = (env) => {
          const xs = rs.map((r) => r(env) as number);
          const v = fn(xs);
          const shown = xs.map(formatFen);
          return {
            value: v,
            formula:
              s.op === "add"
                ? `${shown.join(" + ")} = ${formatFen(v)}`
                : `${s.op}(${shown.join(", ")}) = ${formatFen(v)}`,
          };
        };
        break;
      }
      case "subtract": {
        type = "money";
        const a = needVar(s.from, "money");
        const bs = s.minus.map((ref) => needVar(ref, "money"));
        refs = [s.from, ...s.minus];
        run = (env) => {
          const x = a(env) as number;
          const ys = bs.map((b) => b(env) as number);
          const v = Math.max(
            0,
            ys.reduce((acc, y) => acc - y, x),
          );
          return { value: v, formula: `max(0, ${[x, ...ys].map(formatFen).join(" − ")}) = ${formatFen(v)}` };
        };
        break;
      }
      case "add-points": {
        type = "rate";
        const r = needVar(s.rate, "rate");
        refs = [s.rate];
        const pts = percentToBp(s.points);
        run = (env) => {
          const x = r(env) as number;
          const v = Math.max(0, Math.min(10000, x + pts));
          return { value: v, formula: `${formatRate(x)} + ${s.points} 个百分点 / points = ${formatRate(v)}` };
        };
        break;
      }
      case "multiply": {
        type = "money";
        const a = needVar(s.amount, "money");
        const r = needVar(s.rate, "rate");
        refs = [s.amount, s.rate];
        run = (env) => {
          const x = a(env) as number;
          const bp = r(env) as number;
          const v = applyRate(x, bp);
          return { value: v, formula: `${formatFen(x)} × ${formatRate(bp)} = ${formatFen(v)}` };
        };
        break;
      }
      case "per-each": {
        type = "money";
        const a = needVar(s.amount, "money");
        if (refType(s.count, where) !== "fact") fail(where, `${s.count}: the count must be a fact field`);
        const field = s.count;
        const above = s.above ?? 0;
        refs = [s.amount];
        run = (env) => {
          const n = env.facts[field];
          if (typeof n !== "number" || !Number.isInteger(n) || n < 0) return { missing: field };
          const x = a(env) as number;
          const times = Math.max(0, n - above);
          const v = x * times;
          const shown = above > 0 ? `max(0, ${n} − ${above})` : String(n);
          return { value: v, formula: `${formatFen(x)} × ${shown} = ${formatFen(v)}` };
        };
        break;
      }
      case "cap": {
        type = "money";
        const a = needVar(s.amount, "money");
        const c = needVar(s.cap, "money");
        const u = needVar(s.used, "money");
        refs = [s.amount, s.cap, s.used];
        run = (env) => {
          const x = a(env) as number;
          const cap = c(env) as number;
          const used = u(env) as number;
          const left = Math.max(0, cap - used);
          const v = Math.min(x, left);
          return {
            value: v,
            capped: x > left,
            formula: `min(${formatFen(x)}, max(0, ${formatFen(cap)} − ${formatFen(used)})) = ${formatFen(v)}`,
          };
        };
        break;
      }
    }
    const prev = types.get(s.id);
    if (prev !== undefined && prev !== type) fail(where, `redefines $${s.id} as ${type}, was ${prev}`);
    types.set(s.id, type);
    return { step: s, when, type, refs: refs.filter((x) => x.startsWith("$")).map((x) => x.slice(1)), run };
  });

  const resultType = types.get(calc.result);
  if (resultType !== "money") fail("result", `$${calc.result} must be a money variable defined by a step`);

  const compiled: Compiled = {
    calc,
    when: calcWhen,
    dateField: calc.effective.field,
    inputFields: calc.steps
      .filter((s): s is Extract<CalcStep, { op: "input" }> => s.op === "input")
      .map((s) => ({ field: s.field, hasDefault: s.default !== undefined })),
    exclusions,
    steps,
    // checks run after the steps and may use every variable
    checks: (calc.checks ?? []).map((check, i) => ({ check, when: compileCond(check.when, `checks[${i}]`) })),
    resultType: "money",
  };
  cache.set(calc, compiled);
  return compiled;
}

// ---- running --------------------------------------------------------------------------------------------------

function fill(text: string, env: Env): string {
  return text.replace(/\{(\$?[A-Za-z][A-Za-z0-9_]*)\}/g, (all, ref: string) => {
    if (ref.startsWith("$")) {
      const v = env.vars.get(ref.slice(1));
      if (!v) return all;
      return v.type === "money"
        ? formatFen(v.value as number)
        : v.type === "rate"
          ? formatRate(v.value as number)
          : String(v.value);
    }
    const m = env.moneyFacts.get(ref);
    if (m !== undefined) return formatFen(m);
    const f = env.facts[ref];
    return f === undefined || f === null ? "—" : Array.isArray(f) ? f.join("、") : String(f);
  });
}

function display(type: CalcValueType, value: Value): { zh: string; en: string } {
  if (type === "money") return { zh: `${formatFen(value as number)} 元`, en: `CNY ${formatFen(value as number)}` };
  if (type === "rate") return { zh: formatRate(value as number), en: formatRate(value as number) };
  return { zh: String(value), en: String(value) };
}

/** Reads and checks the money facts a calculator uses: all faults at once, each naming the field. */
function readMoneyFacts(
  c: Compiled,
  facts: Record<string, unknown>,
): { money: Map<string, number>; issues: { path: string; message: string }[] } {
  const money = new Map<string, number>();
  const issues: { path: string; message: string }[] = [];
  for (const { field } of c.inputFields) {
    if (money.has(field)) continue;
    const v = facts[field];
    if (v === undefined || v === null || v === "") continue;
    if (typeof v === "number" && v < 0) {
      issues.push({ path: `facts.${field}`, message: `expected an amount in 元 ≥ 0; got ${v}` });
      continue;
    }
    if (typeof v === "string" && /^\s*-/.test(v)) {
      issues.push({ path: `facts.${field}`, message: `expected an amount in 元 ≥ 0; got ${JSON.stringify(v)}` });
      continue;
    }
    try {
      money.set(field, yuanToFen(v as number | string));
    } catch {
      issues.push({
        path: `facts.${field}`,
        message: `expected an amount in 元 ≥ 0 with at most 2 decimals (e.g. 1200 or 1,200.50); got ${JSON.stringify(v)}`,
      });
    }
  }
  return { money, issues };
}

const NOT_PAYABLE = { zh: "不予支付", en: "not payable" };
const NOT_DEFINED = { zh: "条文未规定", en: "not defined by the text" };

/** Runs one calculator on one case. Returns null when the calculator does not apply (its `when` is false). */
export function runCalculator(
  calc: Calculator,
  packId: string,
  facts: Record<string, unknown>,
  now: string | Date,
): Calculation | null {
  const c = compileCalculator(calc);
  const issues: { path: string; message: string }[] = [];
  const rawDate = facts[c.dateField];
  const day = dayOf(rawDate);
  if (day === null)
    issues.push({
      path: `facts.${c.dateField}`,
      message:
        rawDate === undefined || rawDate === null || rawDate === ""
          ? "required: the date that decides the natural year and the effective date (YYYY-MM-DD)"
          : `expected a date YYYY-MM-DD; got ${JSON.stringify(rawDate)}`,
    });
  const { money, issues: moneyIssues } = readMoneyFacts(c, facts);
  issues.push(...moneyIssues);
  const nowDay = dayOf(now);
  if (nowDay === null) issues.push({ path: "now", message: `expected a date or instant; got ${JSON.stringify(now)}` });
  if (issues.length) throw new CalculationError(issues);

  const year = Number((day as string).slice(0, 4));
  const env: Env = {
    facts,
    vars: new Map([["year", { type: "number", value: year }]]),
    capped: new Set(),
    nowDay: nowDay as string,
    moneyFacts: money,
  };
  if (c.when && !c.when(env)) return null;

  const base = {
    calculatorId: calc.id,
    packId,
    kind: calc.kind,
    title: calc.title,
    citation: calc.citation,
    year,
  };
  const findings: CalculationFinding[] = [];
  const finding = (m: {
    id: string;
    severity: CalculationFinding["severity"];
    field?: string;
    message: { zh: string; en: string };
    citation: Calculation["citation"];
    decision?: string;
  }) => {
    const f: CalculationFinding = {
      ruleId: calc.id,
      checkId: m.id,
      severity: m.severity,
      citation: m.citation,
      message: { zh: fill(m.message.zh, env), en: fill(m.message.en, env) },
    };
    if (m.field) f.field = m.field;
    if (m.decision) f.decision = m.decision;
    findings.push(f);
  };

  // effective window (施行日期)
  const eff = calc.effective;
  const d = day as string;
  if (d < eff.from || (eff.to !== undefined && d > eff.to)) {
    finding({
      id: "effective-date",
      severity: "violation",
      field: eff.field,
      citation: eff.citation,
      message:
        d < eff.from
          ? {
              zh: `日期 ${d} 早于施行日期 ${eff.from}，不属于本办法支付范围`,
              en: `the date ${d} is before the effective date ${eff.from}; not payable under this document`,
            }
          : {
              zh: `日期 ${d} 晚于有效期截止日 ${eff.to}，不属于本办法支付范围`,
              en: `the date ${d} is after the end of validity ${eff.to}; not payable under this document`,
            },
    });
    return {
      ...base,
      status: "excluded",
      amountFen: 0,
      amount: "0.00",
      display: NOT_PAYABLE,
      capped: false,
      steps: [],
      findings,
    };
  }

  let status: Calculation["status"] = "ok";
  for (const { ex, when } of c.exclusions) {
    if (!when(env)) continue;
    finding(ex);
    if (ex.outcome === "excluded") status = "excluded";
    else if (status === "ok") status = "undefined";
  }
  if (status === "excluded")
    return { ...base, status, amountFen: 0, amount: "0.00", display: NOT_PAYABLE, capped: false, steps: [], findings };
  if (status === "undefined")
    return { ...base, status, amountFen: null, amount: null, display: NOT_DEFINED, capped: false, steps: [], findings };

  const steps: CalculationStep[] = [];
  const missingInputs: string[] = [];
  let undefinedAt: { step: CalcStep; what: string } | null = null;
  for (const cs of c.steps) {
    if (cs.when && !cs.when(env)) continue;
    const gap = cs.refs.find((r) => !env.vars.has(r));
    if (gap !== undefined) {
      undefinedAt ??= { step: cs.step, what: `$${gap}` };
      continue;
    }
    const out = cs.run(env);
    if ("missing" in out) {
      if (cs.step.op === "input") missingInputs.push(out.missing);
      else undefinedAt ??= { step: cs.step, what: out.missing };
      continue;
    }
    env.vars.set(cs.step.id, { type: cs.type, value: out.value });
    if (out.capped) env.capped.add(cs.step.id);
    else env.capped.delete(cs.step.id);
    const st: CalculationStep = {
      id: cs.step.id,
      op: cs.step.op,
      label: cs.step.label,
      type: cs.type,
      value: out.value,
      display: display(cs.type, out.value),
      formula: out.formula,
      citation: cs.step.citation,
    };
    if (cs.step.decision) st.decision = cs.step.decision;
    if (out.capped !== undefined) st.capped = out.capped;
    steps.push(st);
  }
  if (missingInputs.length)
    throw new CalculationError(
      missingInputs.map((f) => ({ path: `facts.${f}`, message: `required for ${calc.id}: an amount in 元 ≥ 0` })),
    );
  const result = env.vars.get(calc.result);
  if (undefinedAt || !result) {
    const at = undefinedAt?.step;
    finding({
      id: "not-defined",
      severity: "warning",
      citation: at?.citation ?? calc.citation,
      message: {
        zh: `条文未规定此情形（${at ? `${at.label.zh}：` : ""}${undefinedAt?.what ?? calc.result}），需人工认定`,
        en: `the text gives no rule for this case (${at ? `${at.label.en}: ` : ""}${undefinedAt?.what ?? calc.result}); needs a ruling`,
      },
    });
    return {
      ...base,
      status: "undefined",
      amountFen: null,
      amount: null,
      display: NOT_DEFINED,
      capped: false,
      steps,
      findings,
    };
  }
  for (const { check, when } of c.checks) if (when(env)) finding(check);
  const fen = result.value as number;
  return {
    ...base,
    status: "ok",
    amountFen: fen,
    amount: fenToYuanString(fen),
    display: display("money", fen),
    capped: steps.some((s) => s.capped === true),
    steps,
    findings,
  };
}

/** Minimal structural view of a rule pack (shared/rules/schema.ts RulePack). */
export interface PackWithCalculators {
  id: string;
  calculators?: readonly Calculator[];
}

/**
 * Runs every calculator of `kind` in `packs` on the case. `facts` are the normalised facts (money in 元 as numbers
 * or numeric strings, dates as ISO days or instants). Throws CalculationError naming each bad field.
 */
export function runCalculators(
  packs: readonly PackWithCalculators[],
  kind: string,
  facts: Record<string, unknown>,
  now: string | Date,
): Calculation[] {
  const out: Calculation[] = [];
  for (const p of packs) {
    if (!p.calculators) continue;
    for (const calc of p.calculators) {
      if (calc.kind !== kind) continue;
      const r = runCalculator(calc, p.id, facts, now);
      if (r) out.push(r);
    }
  }
  return out;
}
