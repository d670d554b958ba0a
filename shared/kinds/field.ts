// The field vocabulary of a case kind as data: type, bilingual label, the labels portals use (synonyms for the
// recogniser), Chinese value aliases. From one definition we derive both the fast normaliser used by the
// evaluator (hot path) and the zod schema used by the API / OpenAPI (./facts-schema.ts) — both call the same parse
// functions. No zod here: the content script imports the vocabulary.
import { MASK_MIN_LENGTH } from "../privacy/index.ts";
import {
  compactToken,
  type ParseResult,
  parseBooleanValue,
  parseDateValue,
  parseListValue,
  parseNumberValue,
  parseTextValue,
} from "./values.ts";

export type FieldType = "date" | "text" | "boolean" | "number" | "money" | "list" | "enum";

export interface FieldDef {
  type: FieldType;
  label: { zh: string; en: string };
  /** Labels this field goes by on portals (收件日期, 受理日期 …), for page recognisers. */
  synonyms?: string[];
  required?: boolean;
  /** enum only: canonical value → Chinese/English aliases (the canonical value itself is always accepted). */
  values?: Record<string, string[]>;
  /** Personal data that must be masked before storage (e.g. 身份证号). */
  pii?: "id-number";
  /** enum only: the canonical value any other non-blank text stands for (a status column naming a step). */
  other?: string;
  /**
   * enum only: canonical values that mean the case is finished (同意, 驳回, 已办结 …). A finished case stops every
   * clock of its kind: see caseClosed() in ./closure.ts and the evaluator. An entry `{ value, only }` stops only the
   * deadlines done by those fields (a status column saying 同意 ends the review, not the mounting that follows it).
   */
  closes?: (string | { value: string; only: string[] })[];
  /**
   * With `closes`: only the deadlines whose done field is one of these stop (a decision ends the review, not the
   * mounting of the data that follows it). Without it every deadline of the case stops (已办结).
   */
  closesOnly?: string[];
  /**
   * enum only: the value classifies the case, so a page may state it once for a whole list instead of in a column
   * of its own — in a type column (业务类型 有条件共享申请) or in the heading of the list (民生实事 督办台账).
   */
  facet?: boolean;
}

export interface KindDef<K extends string = string> {
  kind: K;
  title: { zh: string; en: string };
  /** Documents whose rules apply to this kind (文号). */
  docNos: string[];
  fields: Record<string, FieldDef>;
}

export function defineKind<const K extends string>(def: KindDef<K>): KindDef<K> {
  return def;
}

export interface FactIssue {
  path: string;
  message: string;
}

/** One field's parser: raw value → normalised value, or what was expected. Compiled once per field. */
export type FieldParser = (v: unknown) => ParseResult<unknown>;

/**
 * Memoises a parser on its string input (portal pages repeat the same values — dates, 是/否, 同意 — thousands of
 * times on a queue page). Only for parsers whose results are immutable primitives wrapped in a frozen result.
 */
function memo(parse: FieldParser): FieldParser {
  const cache = new Map<string, ParseResult<unknown>>();
  return (v) => {
    if (typeof v !== "string") return parse(v);
    let r = cache.get(v);
    if (r === undefined) {
      r = Object.freeze(parse(v));
      if (cache.size >= 4096) cache.clear();
      cache.set(v, r);
    }
    return r;
  };
}

/** Memoises a list parser on its string input; every caller gets its own copy of the (mutable) array. */
function memoList(parse: FieldParser): FieldParser {
  const cache = new Map<string, ParseResult<unknown>>();
  return (v) => {
    if (typeof v !== "string") return parse(v);
    let r = cache.get(v);
    if (r === undefined) {
      r = parse(v);
      if (cache.size >= 4096) cache.clear();
      cache.set(v, r);
    }
    return r.ok ? { ok: true, value: (r.value as unknown[]).slice() } : r;
  };
}

const MEMO_TYPES: ReadonlySet<FieldType> = new Set<FieldType>(["date", "enum", "boolean", "number", "money"]);

export function fieldParser(def: FieldDef): FieldParser {
  const p = rawFieldParser(def);
  if (def.type === "list") return memoList(p);
  return MEMO_TYPES.has(def.type) ? memo(p) : p;
}

function rawFieldParser(def: FieldDef): FieldParser {
  switch (def.type) {
    case "date":
      return parseDateValue;
    case "boolean":
      return parseBooleanValue;
    case "number":
      return parseNumberValue;
    case "money":
      // an amount in 元: ≥ 0, at most 2 decimals (calculators compute in integer 分)
      return (v) => {
        const n = parseNumberValue(v);
        if (n.ok && n.value >= 0 && Math.abs(n.value * 100 - Math.round(n.value * 100)) < 1e-6) return n;
        return { ok: false, expected: "an amount in 元 ≥ 0 with at most 2 decimals (e.g. 1200 or 1,200.50元)" };
      };
    case "list":
      return parseListValue;
    case "text":
      return parseTextValue;
    case "enum": {
      const aliases = new Map<string, string>();
      for (const [canon, names] of Object.entries(def.values ?? {})) {
        aliases.set(compactToken(canon), canon);
        for (const n of names) aliases.set(compactToken(n), canon);
      }
      const expected = `one of ${Object.entries(def.values ?? {})
        .map(([c, n]) => (n.length ? `${c} (${n.join("/")})` : c))
        .join(", ")}`;
      const other = def.other;
      return (v) => {
        if (typeof v === "string") {
          const c = aliases.get(compactToken(v));
          if (c !== undefined) return { ok: true, value: c };
          if (other !== undefined) return { ok: true, value: other };
        }
        return { ok: false, expected };
      };
    }
  }
}

/** Blank portal cells (null, "", "—", "/", "无数据") count as absent, not as a value. */
export function isBlank(v: unknown): boolean {
  if (v === undefined || v === null) return true;
  if (typeof v === "string") {
    if (v.length > 2 && v.charCodeAt(0) > 0x20 && v.charCodeAt(0) !== 0x3000 && v.charCodeAt(0) !== 0xa0) return false;
    const t = v.replace(/[\s\u00a0\u3000]/g, "");
    return t === "" || t === "-" || t === "—" || t === "--" || t === "/";
  }
  return false;
}

export type FactsNormalizer = (raw: unknown) => {
  facts: Record<string, unknown>;
  issues: FactIssue[];
  /** the same values by field position (definition order), for the evaluator's compiled getters */
  vals: unknown[];
  /** true when a text/list/PII value is long enough (≥ MASK_MIN_LENGTH characters) to hold a personal number that must be masked */
  mayMask?: boolean;
};

/**
 * Compiles a kind's normaliser: unknown fields are dropped (keep only what rules need), blank values are absent,
 * every value is parsed by its field's parser, and every fault is listed (not just the first).
 */
export function compileNormalizer(def: KindDef): FactsNormalizer {
  const entries = Object.entries(def.fields).map(([name, f], index) => ({
    name,
    index,
    def: f,
    parse: fieldParser(f),
    /** text fields: a string is trimmed in place (parseTextValue without its result object) */
    text: f.type === "text",
    /** values of this field are masked before they are returned or stored */
    maskable: f.type === "text" || f.type === "list" || f.pii !== undefined,
    /** memoised types: the memo is read inline (one call less per field) */
    memo: MEMO_TYPES.has(f.type) ? new Map<string, ParseResult<unknown>>() : undefined,
    raw: rawFieldParser(f),
  }));
  const n = entries.length;
  const byName = new Map(entries.map((e) => [e.name, e]));
  const required = entries.filter((e) => e.def.required);
  const order = new Map(entries.map((e, i) => [`facts.${e.name}`, i]));
  return (raw) => {
    const issues: FactIssue[] = [];
    // (a "dense" object with every field of the kind preset to undefined keeps getters monomorphic but cloning
    // it costs more than it saves: measured, so facts stay sparse)
    const facts: Record<string, unknown> = {};
    const vals: unknown[] = new Array(n);
    if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
      issues.push({ path: "facts", message: "expected an object of field values" });
      return { facts, issues, vals };
    }
    const r = raw as Record<string, unknown>;
    let mayMask = false;
    // walk the raw object's own keys (a page shows a handful of fields; a kind may define dozens)
    for (const name in r) {
      const e = byName.get(name);
      if (e === undefined || !Object.hasOwn(r, name)) continue;
      const v = r[name];
      if (isBlank(v)) continue;
      if (e.text && typeof v === "string") {
        const t = (v.includes("\u00a0") ? v.replace(/\u00a0/g, " ") : v).trim();
        facts[name] = t;
        vals[e.index] = t;
        if (t.length >= MASK_MIN_LENGTH) mayMask = true;
        continue;
      }
      let p: ParseResult<unknown>;
      const memo = e.memo;
      if (memo !== undefined && typeof v === "string") {
        const hit = memo.get(v);
        if (hit !== undefined) p = hit;
        else {
          p = Object.freeze(e.raw(v));
          if (memo.size >= 4096) memo.clear();
          memo.set(v, p);
        }
      } else p = e.parse(v);
      if (p.ok) {
        const x = p.value;
        facts[name] = x;
        vals[e.index] = x;
        if (e.maskable && !mayMask)
          mayMask =
            typeof x === "string"
              ? x.length >= MASK_MIN_LENGTH
              : Array.isArray(x) && x.some((y) => typeof y === "string" && y.length >= MASK_MIN_LENGTH);
      } else
        issues.push({
          path: `facts.${name}`,
          message: `expected ${p.expected}; got ${JSON.stringify(v)?.slice(0, 80)}`,
        });
    }
    for (const e of required)
      if (facts[e.name] === undefined && !issues.some((i) => i.path === `facts.${e.name}`))
        issues.push({ path: `facts.${e.name}`, message: `required (${e.def.label.zh} / ${e.def.label.en})` });
    if (issues.length > 1) issues.sort((a, b) => (order.get(a.path) ?? 0) - (order.get(b.path) ?? 0));
    return { facts, issues, vals, mayMask };
  };
}
