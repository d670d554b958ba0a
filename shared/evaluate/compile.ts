// Compiles rule packs once (cached by pack identity) into per-kind lists of closures: conditions, message
// templates, table indexes and field getters are all resolved here, not per case.
import type { Citation } from "../citation.ts";
import { fieldIndexOf, kindDef } from "../kinds/index.ts";
import {
  type CompileEnv,
  type CondContext,
  compileCondition,
  compileTemplate,
  factRead,
  type Getter,
  type Predicate,
} from "../rules/condition.ts";
import { buildNameIndex } from "../rules/normalize.ts";
import type { Rule, RulePack, RulePeriod, Severity } from "../rules/schema.ts";
import type { Finding } from "./types.ts";

type Template = (ctx: CondContext) => string;
export interface BiTemplate {
  zh: Template;
  en: Template;
  /** renders both languages (one shared frozen object when the text has no placeholders) */
  render: (ctx: CondContext) => { zh: string; en: string };
}

/**
 * One place findings come from (a check, a hint, a bind's no-match, a deadline's overdue / completed-late). Every
 * field of its findings but the message and the document status is fixed, so its last finding is reused (frozen and
 * shared, like fixed messages) while those two are the same objects: no allocation per finding on a queue page.
 */
export interface FindingSite {
  last: Finding | undefined;
}
const site = (): FindingSite => ({ last: undefined });

/** Citations in findings and deadlines are frozen copies of the pack's (shared by every result; one per source). */
const frozenCitations = new WeakMap<Citation, Citation>();
function frozenCitation(c: Citation): Citation {
  let f = frozenCitations.get(c);
  if (f === undefined) {
    f = Object.freeze({ ...c });
    frozenCitations.set(c, f);
  }
  return f;
}

export interface CompiledCheck {
  id: string;
  site: FindingSite;
  severity: Severity;
  when: Predicate;
  field?: string;
  message: BiTemplate;
  citation: Citation;
}

export interface CompiledDeadline {
  label: BiTemplate;
  start: Getter;
  startPath: string;
  /** fixed period, or a getter for the fixed date (dateFrom) */
  period: RulePeriod;
  dateFrom?: Getter;
  dateFromPath?: string;
  done?: Getter;
  doneField?: string;
  cutoff?: string;
  lateSeverity: Severity;
  overdueSite: FindingSite;
  lateSite: FindingSite;
}

export interface CompiledBind {
  alias: string;
  /** fact getters in the order of `match` */
  keys: { column: string; get: Getter; fuzzy: boolean; factPath: string }[];
  /** finds the row for the facts, undefined = no row */
  find: (ctx: CondContext) => Record<string, unknown> | undefined;
  onMissing?: { severity: Severity; message: BiTemplate; field?: string; site: FindingSite };
}

export interface CompiledRule {
  /** unique within the compiled set (for caches) */
  uid: number;
  rule: Rule;
  /** rule.citation, frozen (see frozenCitation) */
  citation: Citation;
  packId: string;
  docNo: string;
  from: string;
  to?: string;
  /** the date deciding the effective window; undefined → now */
  windowDate?: Getter;
  bind?: CompiledBind;
  when: Predicate;
  hint?: BiTemplate;
  hintSite: FindingSite;
  deadline?: CompiledDeadline;
  checks: CompiledCheck[];
}

export interface CompiledSet {
  byKind: Map<string, CompiledRule[]>;
  /** kinds that have calculators in some pack */
  calculatorKinds: Set<string>;
  packs: readonly RulePack[];
}

export class RuleCompileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RuleCompileError";
  }
}

let uidCounter = 0;

/** zh messages show enum values by their first Chinese alias (conditional → 有条件共享), booleans as 是/否. */
function zhFormatter(kind: string): (path: string) => ((v: unknown) => string | undefined) | undefined {
  const fields = kindDef(kind)?.fields ?? {};
  return (path) => {
    const f = fields[path];
    if (!f) return undefined;
    if (f.type === "enum") {
      const values = f.values ?? {};
      return (v) => (typeof v === "string" ? values[v]?.[0] : undefined);
    }
    if (f.type === "boolean") return (v) => (typeof v === "boolean" ? (v ? "是" : "否") : undefined);
    return undefined;
  };
}

const PLACEHOLDER = /\{[^{}]+\}/;

/** The bound-row alias when every placeholder of both texts reads that row (`{row.col}`), else undefined. */
function rowOnlyAlias(t: { zh: string; en: string }, env: CompileEnv): string | undefined {
  let alias: string | undefined;
  for (const text of [t.zh, t.en])
    for (const m of text.matchAll(/\{([^{}]+)\}/g)) {
      const p = m[1].trim();
      const dot = p.indexOf(".");
      const head = dot < 0 ? "" : p.slice(0, dot);
      if (!env.aliases?.has(head) || (alias !== undefined && alias !== head)) return undefined;
      alias = head;
    }
  return alias;
}

function bi(t: { zh: string; en: string }, env: CompileEnv, kind?: string): BiTemplate {
  const zh = compileTemplate(t.zh, env, kind ? zhFormatter(kind) : undefined);
  const en = compileTemplate(t.en, env);
  if (!PLACEHOLDER.test(t.zh) && !PLACEHOLDER.test(t.en)) {
    const fixed = Object.freeze({ zh: t.zh, en: t.en });
    return { zh, en, render: () => fixed };
  }
  const alias = rowOnlyAlias(t, env);
  if (alias !== undefined) {
    // A text made only of a table row's columns (task hints, labels, due-soon messages) is the same for every case
    // bound to that row: rendered once per row (pack data, not case data) and shared frozen, like fixed texts.
    const perRow = new WeakMap<object, { zh: string; en: string }>();
    return {
      zh,
      en,
      render: (ctx) => {
        const row = ctx.rows[alias];
        if (row === undefined) return { zh: zh(ctx), en: en(ctx) };
        let r = perRow.get(row);
        if (r === undefined) {
          r = Object.freeze({ zh: zh(ctx), en: en(ctx) });
          perRow.set(row, r);
        }
        return r;
      },
    };
  }
  return { zh, en, render: (ctx) => ({ zh: zh(ctx), en: en(ctx) }) };
}

function getterFor(path: string, env: CompileEnv): Getter {
  // the path was checked by compileCondition({ present: path }, env) where it comes from a pack
  if (path === "now") return (c) => c.now;
  const dot = path.indexOf(".");
  if (dot < 0) return factRead(path, env);
  const head = path.slice(0, dot);
  const rest = path.slice(dot + 1);
  if (head === "facts") return factRead(rest, env);
  return (c) => c.rows[head]?.[rest];
}

function compileBind(rule: Rule, pack: RulePack, env: CompileEnv): CompiledBind {
  const b = rule.bind;
  if (!b) throw new Error("unreachable");
  const alias = b.as ?? "row";
  const table = pack.tables?.[b.table];
  if (!table) throw new RuleCompileError(`rule ${rule.id}: bind.table "${b.table}" is not a table of pack ${pack.id}`);
  const fuzzy = new Set(b.fuzzy ?? []);
  const keys = Object.entries(b.match).map(([column, factPath]) => ({
    column,
    factPath,
    get: getterFor(factPath, env),
    fuzzy: fuzzy.has(column),
  }));
  for (const k of keys) {
    if (!table.some((r) => column(r, k.column) !== undefined))
      throw new RuleCompileError(`rule ${rule.id}: bind.match column "${k.column}" is not in table ${b.table}`);
    compileCondition({ present: k.factPath }, env); // checks the fact field exists in the kind
  }
  // one finder per (pack, table, match, fuzzy): the rules of a kind usually bind the same row, so they share it
  // and its memo of the last lookup
  const sig = `${b.table}|${JSON.stringify(b.match)}|${JSON.stringify(b.fuzzy ?? [])}`;
  let finders = finderCache.get(pack);
  if (!finders) {
    finders = new Map();
    finderCache.set(pack, finders);
  }
  let find = finders.get(sig);
  if (!find) {
    find = makeFinder(table, keys);
    finders.set(sig, find);
  }
  return {
    alias,
    keys,
    find,
    onMissing: b.onMissing
      ? {
          severity: b.onMissing.severity,
          message: bi(b.onMissing.message, env, rule.kind),
          field: b.onMissing.field,
          site: site(),
        }
      : undefined,
  };
}

type Finder = (ctx: CondContext) => Record<string, unknown> | undefined;
const finderCache = new WeakMap<RulePack, Map<string, Finder>>();

function makeFinder(table: Record<string, unknown>[], keys: CompiledBind["keys"]): Finder {
  const exactKeys = keys.filter((k) => !k.fuzzy);
  const fuzzyKeys = keys.filter((k) => k.fuzzy);
  const keyOf1 = (v: unknown) => (typeof v === "string" ? v.trim() : String(v));
  // exact part: one nested Map level per exact column (no joined key strings per lookup); leaves are row groups
  type Level = Map<string, Level | Record<string, unknown>[]>;
  const root: Level = new Map();
  const all: Record<string, unknown>[] = [];
  for (const row of table) {
    if (exactKeys.length === 0) {
      all.push(row);
      continue;
    }
    let level = root;
    for (let i = 0; i < exactKeys.length; i++) {
      const k = keyOf1(row[exactKeys[i].column]);
      let next = level.get(k);
      if (i === exactKeys.length - 1) {
        if (next === undefined) level.set(k, [row]);
        else (next as Record<string, unknown>[]).push(row);
      } else {
        if (next === undefined) {
          next = new Map();
          level.set(k, next);
        }
        level = next as Level;
      }
    }
  }
  const groupOf = (ctx: CondContext): Record<string, unknown>[] | undefined => {
    if (exactKeys.length === 0) return all;
    let level: Level | Record<string, unknown>[] | undefined = root;
    for (let i = 0; i < exactKeys.length && level !== undefined; i++)
      level = (level as Level).get(keyOf1(exactKeys[i].get(ctx)));
    return level as Record<string, unknown>[] | undefined;
  };
  // fuzzy part: one tolerant index per group, keyed by the normalised joined fuzzy columns
  const fuzzyIndex = new Map<Record<string, unknown>[], ReturnType<typeof buildNameIndex<Record<string, unknown>>>>();
  const lookup = (ctx: CondContext): Record<string, unknown> | undefined => {
    const group = groupOf(ctx);
    if (!group) return undefined;
    if (fuzzyKeys.length === 0) return group[0];
    let name: string;
    if (fuzzyKeys.length === 1) {
      const v = fuzzyKeys[0].get(ctx);
      if (v === undefined || v === null || v === "") return undefined;
      name = String(v);
    } else {
      const fv = fuzzyKeys.map((x) => x.get(ctx));
      if (fv.some((v) => v === undefined || v === null || v === "")) return undefined;
      name = fv.map((v) => String(v)).join(" ");
    }
    let idx = fuzzyIndex.get(group);
    if (!idx) {
      idx = buildNameIndex(group, (r) => fuzzyKeys.map((x) => String(r[x.column] ?? "")).join(" "));
      fuzzyIndex.set(group, idx);
    }
    return idx.lookup(name);
  };
  // remember the last lookup per facts object (a new object per evaluation)
  let lastFacts: unknown;
  let lastRow: Record<string, unknown> | undefined;
  return (ctx) => {
    if (ctx.facts === lastFacts) return lastRow;
    lastFacts = ctx.facts;
    lastRow = lookup(ctx);
    return lastRow;
  };
}

function column(row: Record<string, unknown>, col: string): unknown {
  return Object.hasOwn(row, col) ? row[col] : undefined;
}

export function compileRule(rule: Rule, pack: RulePack): CompiledRule {
  const kd = kindDef(rule.kind);
  if (!kd) throw new RuleCompileError(`rule ${rule.id}: unknown kind ${rule.kind}`);
  const aliases = new Set<string>();
  if (rule.bind) aliases.add(rule.bind.as ?? "row");
  const env: CompileEnv = {
    fields: new Set(Object.keys(kd.fields)),
    fieldIndex: fieldIndexOf(kd),
    aliases,
    where: `rule ${rule.id}`,
  };
  const withWhere = (where: string): CompileEnv => ({ ...env, where: `rule ${rule.id}, ${where}` });
  const bind = rule.bind ? compileBind(rule, pack, withWhere("bind")) : undefined;

  let deadline: CompiledDeadline | undefined;
  if (rule.deadline) {
    const d = rule.deadline;
    const denv = withWhere("deadline");
    compileCondition({ present: d.start }, denv);
    if (d.doneField) compileCondition({ present: d.doneField }, denv);
    const p = d.period;
    const dateFromPath = "dateFrom" in p ? p.dateFrom : undefined;
    if (dateFromPath) compileCondition({ present: dateFromPath }, denv);
    deadline = {
      label: bi(d.label, denv, rule.kind),
      start: getterFor(d.start, denv),
      startPath: d.start,
      period: p,
      dateFrom: dateFromPath ? getterFor(dateFromPath, denv) : undefined,
      dateFromPath,
      done: d.doneField ? getterFor(d.doneField, denv) : undefined,
      doneField: d.doneField,
      cutoff: d.cutoff,
      lateSeverity: d.lateSeverity ?? "violation",
      overdueSite: site(),
      lateSite: site(),
    };
  }

  const windowPath = rule.effective.dateField ?? rule.deadline?.start;
  if (rule.effective.dateField)
    compileCondition({ present: rule.effective.dateField }, withWhere("effective.dateField"));

  const checks: CompiledCheck[] = (rule.checks ?? []).map((c) => {
    const cenv = withWhere(`check ${c.id}`);
    if (c.field) compileCondition({ present: c.field }, cenv);
    return {
      id: c.id,
      site: site(),
      severity: c.severity,
      when: compileCondition(c.when, cenv),
      field: c.field,
      message: bi(c.message, cenv, rule.kind),
      citation: frozenCitation(c.citation ?? rule.citation),
    };
  });
  const ids = new Set<string>();
  for (const c of checks) {
    if (ids.has(c.id)) throw new RuleCompileError(`rule ${rule.id}: duplicate check id ${c.id}`);
    ids.add(c.id);
  }

  return {
    uid: ++uidCounter,
    rule,
    citation: frozenCitation(rule.citation),
    packId: pack.id,
    docNo: rule.citation.docNo,
    from: rule.effective.from ?? "", // "" sorts before every day: no start day known
    to: rule.effective.to,
    windowDate: windowPath ? getterFor(windowPath, env) : undefined,
    bind,
    when: compileCondition(rule.when, withWhere("when")),
    hint: rule.hint ? bi(rule.hint, withWhere("hint"), rule.kind) : undefined,
    hintSite: site(),
    deadline,
    checks,
  };
}

const packCache = new WeakMap<RulePack, CompiledRule[]>();
const setCache = new WeakMap<readonly RulePack[], CompiledSet>();

/** Compiles one pack (cached by identity). Throws RuleCompileError / ConditionCompileError naming the rule. */
export function compilePack(pack: RulePack): CompiledRule[] {
  let c = packCache.get(pack);
  if (!c) {
    const ids = new Set<string>();
    c = pack.rules.map((r) => {
      if (ids.has(r.id)) throw new RuleCompileError(`pack ${pack.id}: duplicate rule id ${r.id}`);
      ids.add(r.id);
      return compileRule(r, pack);
    });
    packCache.set(pack, c);
  }
  return c;
}

/** Compiles a pack set (cached by the array's identity, and each pack by its own identity). */
export function compilePackSet(packs: readonly RulePack[]): CompiledSet {
  let s = setCache.get(packs);
  if (!s) {
    const byKind = new Map<string, CompiledRule[]>();
    const calculatorKinds = new Set<string>();
    const seen = new Set<string>();
    for (const p of packs) {
      for (const cr of compilePack(p)) {
        if (seen.has(cr.rule.id)) throw new RuleCompileError(`rule id ${cr.rule.id} appears in two packs`);
        seen.add(cr.rule.id);
        const l = byKind.get(cr.rule.kind);
        if (l) l.push(cr);
        else byKind.set(cr.rule.kind, [cr]);
      }
      for (const calc of p.calculators ?? []) calculatorKinds.add(calc.kind);
    }
    s = { byKind, calculatorKinds, packs };
    setCache.set(packs, s);
  }
  return s;
}
