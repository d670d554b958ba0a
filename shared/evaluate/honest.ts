// Honest uncertainty: evaluate a case read from a page, and say which deadlines cannot be computed — because a fact
// they need is missing or unreadable, or the case kind itself is uncertain — instead of guessing or failing whole.
// Also explains every deadline and finding: what was read and how it was computed
// ("收件时间 2026-11-18 10:25 → 1个工作日 → 截止 2026-11-19").
//
// Deciding whether a missing fact matters is done with the evaluator itself (no second reading of the rule
// language): the rule's deadline is computed again with the missing facts given each value they could take (enum
// values, true/false, a date); if some value makes the deadline appear, the deadline depends on the missing fact.
import { type FieldDef, kindDef } from "../kinds/index.ts";
import { allPacks } from "../rules/packs/index.ts";
import type { Condition, Rule, RulePack } from "../rules/schema.ts";
import { type EvaluateOptions, evaluate } from "./index.ts";
import { type DeadlineResult, EvaluationError, type EvaluationResult, type Finding } from "./types.ts";

type Text = { zh: string; en: string };

/** A deadline rule that applies, or may apply, but whose deadline cannot be computed from what the page shows. */
export interface UncertainDeadline {
  ruleId: string;
  label: Text;
  reason: "missing" | "unreadable" | "kind";
  /** The facts it needs that the page did not give (or gave unreadably); empty for reason "kind". */
  fields: { field: string; label: Text; found?: string }[];
  /** "未能确定共享类型：无法计算有条件共享审核时限（1个工作日）（页面上未找到该项）" */
  message: Text;
}

/** A value the page showed that is not a valid value of its field. */
export interface UnreadableFact {
  field: string;
  label: Text;
  found: string;
  message: string;
}

export interface HonestResult {
  result: EvaluationResult;
  uncertain: UncertainDeadline[];
  unreadable: UnreadableFact[];
  /** Per deadline (by ruleId) and per finding (by index in result.findings): what was read, how it was computed. */
  explainDeadline: Map<string, Text>;
  explainFinding: Text[];
}

export interface HonestInput {
  kind: string;
  facts: Record<string, unknown>;
  now: string;
  /** The recogniser is not sure of the kind: hold back every deadline (say so) instead of guessing. */
  kindUncertain?: { alternatives: string[] };
}

/** Limits the counterfactual search (missing fields × values tried) so a pathological pack cannot stall a page. */
const MAX_TRIALS = 64;

const blank = (v: unknown) => v === undefined || v === null || (typeof v === "string" && v.trim() === "");

/** Fact fields a condition reads (not row.*, now, due). */
export function conditionFields(c: Condition | undefined, out: Set<string> = new Set()): Set<string> {
  if (!c || typeof c !== "object") return out;
  const add = (p: unknown) => {
    if (typeof p !== "string") return;
    const f = p.startsWith("facts.") ? p.slice(6) : p;
    if (f && !f.startsWith("row.") && f !== "now" && f !== "due" && !f.includes(".")) out.add(f);
  };
  for (const [op, arg] of Object.entries(c)) {
    if (op === "all" || op === "any") for (const x of arg as Condition[]) conditionFields(x, out);
    else if (op === "not") conditionFields(arg as Condition, out);
    else if (op === "present" || op === "empty" || op === "blankReason") add(arg);
    else if (op === "missingAny") for (const f of arg as string[]) add(f);
    else if (op === "before" || op === "after" || op === "daysBetween" || op === "monthsBetween") {
      add((arg as unknown[])[0]);
      const g = (arg as unknown[])[1];
      if (typeof g === "string" && !/^\d{4}-\d\d-\d\d/.test(g)) add(g);
    } else if (Array.isArray(arg)) {
      add(arg[0]);
      const o = arg[1] as unknown;
      if (o && typeof o === "object" && "field" in (o as object)) add((o as { field: string }).field);
    }
  }
  return out;
}

function fieldLabel(kind: string, field: string): Text {
  const def = kindDef(kind)?.fields[field];
  return def ? def.label : { zh: field, en: field };
}

/** Values a missing field could take, to try. */
function trialValues(def: FieldDef | undefined, nowDay: string): unknown[] {
  if (!def) return [];
  switch (def.type) {
    case "enum":
      return Object.keys(def.values ?? {});
    case "boolean":
      return [true, false];
    case "date":
      return [nowDay];
    case "text":
      return ["—"];
    case "list":
      return [["—"]];
    case "number":
    case "money":
      return [1];
  }
}

/** The fields a deadline rule reads to decide whether it applies and when it starts. */
function deadlineInputs(rule: Rule): string[] {
  const s = conditionFields(rule.when);
  const d = rule.deadline;
  if (d) {
    if (!d.start.includes(".")) s.add(d.start);
    const from = (d.period as { dateFrom?: string }).dateFrom;
    if (from && !from.includes(".")) s.add(from);
  }
  for (const f of Object.values(rule.bind?.match ?? {})) if (!f.includes(".")) s.add(f);
  return [...s];
}

function tryEvaluate(input: HonestInput, facts: Record<string, unknown>, opts: EvaluateOptions) {
  try {
    return evaluate({ kind: input.kind, facts, now: input.now }, opts);
  } catch {
    return undefined;
  }
}

function show(v: unknown): string {
  if (typeof v === "boolean") return v ? "是" : "否";
  if (Array.isArray(v)) return v.join("、");
  const s = String(v ?? "");
  // an ISO instant as a clerk writes it: 2026-11-18T10:25:00+08:00 → 2026-11-18 10:25
  const m = /^(\d{4}-\d\d-\d\d)T(\d\d:\d\d)(?::\d\d(?:\.\d+)?)?\+08:00$/.exec(s);
  return m ? `${m[1]} ${m[2]}` : s;
}

function periodText(rule: Rule, facts: Record<string, unknown>, kind: string): Text {
  const p = rule.deadline?.period as { unit: string; amount?: number; date?: string; dateFrom?: string };
  switch (p.unit) {
    case "workday":
      return { zh: `${p.amount}个工作日`, en: `${p.amount} working day(s)` };
    case "day":
      return { zh: `${p.amount}日`, en: `${p.amount} day(s)` };
    case "month":
      return { zh: `${p.amount}个月`, en: `${p.amount} month(s)` };
    case "year":
      return { zh: `${p.amount}年`, en: `${p.amount} year(s)` };
    default: {
      if (p.dateFrom && !p.dateFrom.includes(".")) {
        const l = fieldLabel(kind, p.dateFrom);
        const v = show(facts[p.dateFrom]);
        return { zh: `${l.zh} ${v}`, en: `${l.en} ${v}` };
      }
      return p.date ? { zh: `期日 ${p.date}`, en: `fixed date ${p.date}` } : { zh: "期日", en: "fixed date" };
    }
  }
}

/** "收件时间 2026-11-18 10:25 → 1个工作日 → 截止 2026-11-19" (+ when it was done). */
function explainDeadline(kind: string, rule: Rule, d: DeadlineResult, facts: Record<string, unknown>): Text {
  const start = rule.deadline?.start ?? "";
  const l = start.includes(".") ? { zh: start, en: start } : fieldLabel(kind, start);
  const v = start.includes(".") ? d.start : show(facts[start] ?? d.start);
  const p = periodText(rule, facts, kind);
  const prov = d.provisional
    ? { zh: "（放假安排未发布，暂按推算）", en: " (holiday arrangement not yet published)" }
    : undefined;
  let zh = `${l.zh} ${v} → ${p.zh} → 截止 ${d.due}${prov?.zh ?? ""}`;
  let en = `${l.en} ${v} → ${p.en} → due ${d.due}${prov?.en ?? ""}`;
  if (d.doneAt !== undefined) {
    const done = rule.deadline?.doneField ? fieldLabel(kind, rule.deadline.doneField) : { zh: "完成", en: "done" };
    zh += `；${done.zh} ${show(d.doneAt)}（${d.met ? "按期" : "逾期"}）`;
    en += `; ${done.en} ${show(d.doneAt)} (${d.met ? "in time" : "late"})`;
  }
  return { zh, en };
}

/** "读取：共享类型 有条件共享；不予共享理由 （空）" — the values the finding's rule and check read. */
function explainFinding(
  kind: string,
  rule: Rule | undefined,
  f: Finding,
  facts: Record<string, unknown>,
  deadlines: Map<string, Text>,
): Text {
  if ((f.checkId === "overdue" || f.checkId === "completed-late") && deadlines.has(f.ruleId))
    return deadlines.get(f.ruleId) as Text;
  const fields = new Set<string>();
  if (f.field) fields.add(f.field);
  const check = rule?.checks?.find((c) => c.id === f.checkId);
  conditionFields(check?.when, fields);
  conditionFields(rule?.when, fields);
  for (const v of Object.values(rule?.bind?.match ?? {})) if (!v.includes(".")) fields.add(v);
  const def = kindDef(kind);
  const parts = [...fields].filter((x) => def?.fields[x]);
  if (!parts.length) return { zh: "依据规则直接提示", en: "shown whenever the rule applies" };
  const zh = parts.map((x) => `${fieldLabel(kind, x).zh} ${blank(facts[x]) ? "（空）" : show(facts[x])}`).join("；");
  const en = parts.map((x) => `${fieldLabel(kind, x).en} ${blank(facts[x]) ? "(empty)" : show(facts[x])}`).join("; ");
  return { zh: `读取：${zh}`, en: `Read: ${en}` };
}

function fieldPathOf(path: string): string | undefined {
  const m = /^facts\.([^.]+)/.exec(path);
  return m?.[1];
}

/**
 * Evaluates what a page showed. Unreadable facts are set aside (and reported with the value found) instead of
 * failing the whole case; deadlines that depend on a missing/unreadable fact, or on an uncertain kind, come back in
 * `uncertain` and not in `result.deadlines` — never as a guessed counter.
 */
export function evaluateHonestly(input: HonestInput, opts: EvaluateOptions = {}): HonestResult {
  const kind = input.kind;
  const def = kindDef(kind);
  const nowDay = input.now.slice(0, 10);
  const facts: Record<string, unknown> = { ...input.facts };
  const unreadable: UnreadableFact[] = [];
  // Required facts the page did not give (or gave unreadably): evaluated with a stand-in value so the rest of the
  // case can be checked; everything that reads them is then held back below.
  const standIns = new Set<string>();
  let result: EvaluationResult | undefined;
  for (let attempt = 0; ; attempt++) {
    try {
      result = evaluate({ kind, facts, now: input.now }, opts);
      break;
    } catch (e) {
      if (!(e instanceof EvaluationError) || attempt > 20) throw e;
      let changed = false;
      for (const i of e.issues) {
        const f = fieldPathOf(i.path);
        if (f === undefined || !def?.fields[f]) continue;
        if (f in facts && !standIns.has(f)) {
          unreadable.push({ field: f, label: fieldLabel(kind, f), found: show(facts[f]), message: i.message });
          delete facts[f];
          changed = true;
        } else if (!standIns.has(f) && /^required/.test(i.message)) {
          const v = trialValues(def.fields[f], nowDay)[0];
          if (v === undefined) continue;
          facts[f] = v;
          standIns.add(f);
          changed = true;
        }
      }
      if (!changed) throw e;
    }
  }

  const packs = opts.packs ?? allPacks();
  const rules = new Map<string, Rule>();
  for (const p of packs as readonly RulePack[]) for (const r of p.rules) if (r.kind === kind) rules.set(r.id, r);
  const uncertain: UncertainDeadline[] = [];
  const unreadableBy = new Map(unreadable.map((u) => [u.field, u]));

  if (input.kindUncertain) {
    // The kind is a guess: no deadline of it is shown as a counter.
    const alt = input.kindUncertain.alternatives
      .map((k) => kindDef(k)?.title)
      .filter((t): t is Text => t !== undefined);
    const guess = def?.title ?? { zh: kind, en: kind };
    for (const d of result.deadlines)
      uncertain.push({
        ruleId: d.ruleId,
        label: d.label,
        reason: "kind",
        fields: [],
        message: {
          zh: `未能确定业务类型（识别为“${guess.zh}”${alt.length ? `，也可能是“${alt.map((a) => a.zh).join("”“")}”` : ""}）：无法计算${d.label.zh}`,
          en: `Case type uncertain (read as "${guess.en}"${alt.length ? `, could be "${alt.map((a) => a.en).join('", "')}"` : ""}): cannot compute ${d.label.en}`,
        },
      });
    const held = new Set(result.deadlines.map((d) => d.ruleId));
    result = {
      ...result,
      deadlines: [],
      findings: result.findings.filter(
        (f) => !(held.has(f.ruleId) && (f.checkId === "overdue" || f.checkId === "completed-late")),
      ),
    };
  } else {
    // Deadlines computed from a stand-in value are not deadlines: held back, and so is what was derived from them.
    const reads = (rule: Rule | undefined, f: Finding | undefined) => {
      if (!rule) return false;
      const used = new Set(deadlineInputs(rule));
      if (f) {
        if (f.field) used.add(f.field);
        conditionFields(rule.checks?.find((c) => c.id === f.checkId)?.when, used);
      }
      return [...standIns].some((x) => used.has(x));
    };
    const heldBack = new Set<string>();
    if (standIns.size) {
      for (const d of result.deadlines) if (reads(rules.get(d.ruleId), undefined)) heldBack.add(d.ruleId);
      result = {
        ...result,
        deadlines: result.deadlines.filter((d) => !heldBack.has(d.ruleId)),
        findings: result.findings.filter((f) => !heldBack.has(f.ruleId) && !reads(rules.get(f.ruleId), f)),
      };
    }
    const have = new Set(result.deadlines.map((d) => d.ruleId));
    for (const rule of rules.values()) {
      if (!rule.deadline || have.has(rule.id)) continue;
      const inputs = deadlineInputs(rule);
      const missing = inputs.filter((f) => def?.fields[f] && blank(facts[f]));
      const stood = inputs.filter((f) => standIns.has(f));
      let hit: string[] | undefined = heldBack.has(rule.id) ? [] : undefined;
      if (missing.length) hit = findValuesThatApply(input, facts, missing, rule.id, nowDay, opts) ?? hit;
      if (!hit) continue;
      hit = [...new Set([...stood, ...hit])];
      if (!hit.length) continue;
      const fields = hit.map((f) => ({
        field: f,
        label: fieldLabel(kind, f),
        ...(unreadableBy.has(f) ? { found: unreadableBy.get(f)?.found } : {}),
      }));
      const label = rule.deadline.label;
      const zhWhat = fields.map((f) => f.label.zh).join("、");
      const enWhat = fields.map((f) => f.label.en).join(", ");
      const zhFound = fields
        .map((f) => (f.found !== undefined ? `页面显示“${f.found}”` : `页面上未找到${f.label.zh}`))
        .join("；");
      const enFound = fields
        .map((f) => (f.found !== undefined ? `the page shows "${f.found}"` : `no ${f.label.en} on the page`))
        .join("; ");
      uncertain.push({
        ruleId: rule.id,
        label,
        reason: fields.some((f) => f.found !== undefined) ? "unreadable" : "missing",
        fields,
        message: {
          zh: `未能确定${zhWhat}：无法计算${label.zh}（${zhFound}）`,
          en: `Cannot determine ${enWhat}: ${label.en} not computed (${enFound})`,
        },
      });
    }
  }

  const explainD = new Map<string, Text>();
  for (const d of result.deadlines) {
    const rule = rules.get(d.ruleId);
    if (rule) explainD.set(d.ruleId, explainDeadline(kind, rule, d, facts));
  }
  const explainF = result.findings.map((f) => explainFinding(kind, rules.get(f.ruleId), f, facts, explainD));
  return { result, uncertain, unreadable, explainDeadline: explainD, explainFinding: explainF };
}

/**
 * The smallest set of the missing fields that, given some values, makes the rule's deadline appear; undefined when
 * no tried values do (then the rule does not apply to this case whatever the missing facts say).
 */
function findValuesThatApply(
  input: HonestInput,
  facts: Record<string, unknown>,
  missing: string[],
  ruleId: string,
  nowDay: string,
  opts: EvaluateOptions,
): string[] | undefined {
  const def = kindDef(input.kind);
  const options = missing.map((f) => trialValues(def?.fields[f], nowDay));
  let trials = 0;
  const yields = (assign: Record<string, unknown>) => {
    trials++;
    const r = tryEvaluate(input, { ...facts, ...assign }, opts);
    return r?.deadlines.some((d) => d.ruleId === ruleId) === true;
  };
  // every combination of the missing fields' values (bounded)
  const search = (i: number, assign: Record<string, unknown>): Record<string, unknown> | undefined => {
    if (trials >= MAX_TRIALS) return undefined;
    if (i === missing.length) return yields(assign) ? assign : undefined;
    for (const v of options[i]) {
      const hit = search(i + 1, { ...assign, [missing[i]]: v });
      if (hit) return hit;
    }
    return options[i].length ? undefined : search(i + 1, assign);
  };
  const hit = search(0, {});
  if (!hit) return undefined;
  // keep only the fields the deadline really waits for
  const needed = { ...hit };
  for (const f of Object.keys(hit)) {
    const { [f]: _drop, ...rest } = needed;
    if (yields(rest)) delete needed[f];
  }
  return Object.keys(needed);
}

/** What a queue row's counter needs to explain itself: the start fact, its label and the period in words. */
export interface DeadlineParts {
  field: string;
  label: Text;
  period: Text;
}

/** The parts of a deadline rule's explanation that do not depend on the case (for queue rows). */
export function deadlineParts(kind: string, rule: Rule): DeadlineParts | undefined {
  const start = rule.deadline?.start;
  if (!start || start.includes(".")) return undefined;
  return { field: start, label: fieldLabel(kind, start), period: periodText(rule, {}, kind) };
}
