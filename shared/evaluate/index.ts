// evaluate({ kind, facts, now }) → findings, deadlines, calculations. Pure and synchronous; runs in the extension,
// the server and the tests. Packs are compiled once per pack set (see ./compile.ts); per case we normalise the
// facts, then run each applicable rule's closures.
import { defaultCalendar, type WorkCalendar } from "../calendar/index.ts";
import type { Citation } from "../citation.ts";
import { type DocumentStatus, documentStatus, type StatusInfo, statusNote } from "../documents/index.ts";
import { kindDef, normalizeFacts } from "../kinds/index.ts";
import { instantToBeijing, parseDateValue } from "../kinds/values.ts";
import { computeDeadline, type Deadline, PeriodError, type Remaining, remaining } from "../periods/index.ts";
import { maskFacts } from "../privacy/index.ts";
import { type CondContext, compareTemporal } from "../rules/condition.ts";
import { allPacks } from "../rules/packs/index.ts";
import type { RulePack } from "../rules/schema.ts";
import { CalculationError, runCalculators } from "./calculate.ts";
import { compilePackSet } from "./compile.ts";
import { type DeadlineResult, EvaluationError, type EvaluationResult, type Finding } from "./types.ts";

export { compilePack, compilePackSet, RuleCompileError } from "./compile.ts";
export * from "./types.ts";

export interface EvaluateInput {
  kind: string;
  facts: unknown;
  /** evaluation time (instant or day; default: the current time) */
  now?: string | Date;
}

export interface EvaluateOptions {
  packs?: readonly RulePack[];
  calendar?: WorkCalendar;
}

// ---- caches (hot path) -----------------------------------------------------------------------------------------
// Deadlines depend only on (rule, start, fixed date, calendar). Only non-provisional ones are cached: loading a
// newly published year (WorkCalendar.load) changes exactly the provisional answers. Remaining() depends on now as
// well; it is cached for the current `now` only (a queue page evaluates thousands of rows at one `now`).
const deadlineCache = new WeakMap<WorkCalendar, Map<string, Deadline>>();
const remainingCache = new WeakMap<WorkCalendar, { now: string; map: Map<string, Remaining> }>();
const CACHE_MAX = 50_000;

function cachedDeadline(cal: WorkCalendar, key: string, compute: () => Deadline): Deadline {
  let m = deadlineCache.get(cal);
  if (!m) {
    m = new Map();
    deadlineCache.set(cal, m);
  }
  const hit = m.get(key);
  if (hit) return hit;
  const d = compute();
  if (!d.provisional) {
    if (m.size >= CACHE_MAX) m.clear();
    m.set(key, d);
  }
  return d;
}

function cachedRemaining(cal: WorkCalendar, d: Deadline, now: string): Remaining {
  if (d.provisional || d.paused) return remaining(d, now, undefined, cal);
  let c = remainingCache.get(cal);
  if (!c || c.now !== now) {
    c = { now, map: new Map() };
    remainingCache.set(cal, c);
  }
  const key = `${d.start}|${d.dueAt}|${d.unit}`;
  const hit = c.map.get(key);
  if (hit) return hit;
  const r = remaining(d, now, undefined, cal);
  if (c.map.size >= CACHE_MAX) c.map.clear();
  if (!r.provisional) c.map.set(key, r);
  return r;
}

let lastNowIn: unknown;
let lastNowOut = "";

function parseNow(now: string | Date | undefined): string {
  if (now === undefined) return instantToBeijing(Date.now());
  if (now === lastNowIn) return lastNowOut;
  const p = parseDateValue(now);
  if (!p.ok) throw new EvaluationError([{ path: "now", message: `expected ${p.expected}` }]);
  const v = p.value.length === 10 ? `${p.value}T00:00:00+08:00` : p.value;
  lastNowIn = now;
  lastNowOut = v;
  return v;
}

const statusCache = new Map<string, StatusInfo | undefined>();
function docStatus(docNo: string, nowDay: string): StatusInfo | undefined {
  const key = `${docNo}|${nowDay}`;
  if (statusCache.has(key)) return statusCache.get(key);
  const s = documentStatus(docNo, nowDay);
  if (statusCache.size > 10_000) statusCache.clear();
  statusCache.set(key, s);
  return s;
}

function withStatus(
  msg: { zh: string; en: string },
  docNo: string,
  info: StatusInfo | undefined,
): { zh: string; en: string } {
  const note = statusNote(docNo, info);
  if (!note) return msg;
  return { zh: `${msg.zh}（注意：${note.zh}）`, en: `${msg.en} (note: ${note.en})` };
}

function isDay(v: unknown): v is string {
  return typeof v === "string" && v.length >= 10 && /^\d{4}-\d{2}-\d{2}/.test(v);
}

/**
 * Evaluates one case against the packs (default: the bundled packs). Throws EvaluationError listing every field at
 * fault for an unknown kind, malformed facts or a bad `now`; never a raw exception from inside.
 */
export function evaluate(input: EvaluateInput, opts: EvaluateOptions = {}): EvaluationResult {
  if (input === null || typeof input !== "object")
    throw new EvaluationError([{ path: "(root)", message: "expected { kind, facts, now? }" }]);
  const kind = input.kind;
  const now = parseNow(input.now);
  const { facts, issues } = normalizeFacts(typeof kind === "string" ? kind : "", input.facts);
  if (issues.length) throw new EvaluationError(issues);
  const packs = opts.packs ?? allPacks();
  const cal = opts.calendar ?? defaultCalendar();
  const set = compilePackSet(packs);
  const rules = set.byKind.get(kind) ?? [];
  const nowDay = now.slice(0, 10);

  const findings: Finding[] = [];
  const deadlines: DeadlineResult[] = [];
  const ctx: CondContext = { facts, rows: {}, now, overdue: false };
  const dlIssues: { path: string; message: string }[] = [];

  for (const cr of rules) {
    ctx.rows = {};
    ctx.overdue = false;
    ctx.dueDay = undefined;
    ctx.dueAt = undefined;
    // effective window: the case's relevant date (or now) must fall in [from, to]
    const wd = cr.windowDate?.(ctx);
    const day = isDay(wd) ? wd.slice(0, 10) : nowDay;
    if (day < cr.from || (cr.to !== undefined && day > cr.to)) continue;

    let info: StatusInfo | undefined;
    let infoDone = false;
    const status = (): StatusInfo | undefined => {
      if (!infoDone) {
        info = docStatus(cr.docNo, nowDay);
        infoDone = true;
      }
      return info;
    };
    const push = (f: Omit<Finding, "documentStatus" | "packId">) => {
      const s = status();
      const docNo = f.citation.docNo;
      const si = docNo === cr.docNo ? s : docStatus(docNo, nowDay);
      findings.push({
        ...f,
        message: withStatus(f.message, docNo, si),
        documentStatus: si?.status as DocumentStatus | undefined,
        packId: cr.packId,
      });
    };

    if (cr.bind) {
      const b = cr.bind;
      const present = b.keys.every((k) => {
        const v = k.get(ctx);
        return v !== undefined && v !== null && v !== "";
      });
      if (!present) continue;
      const row = b.find(ctx);
      if (!row) {
        if (b.onMissing)
          push({
            ruleId: cr.rule.id,
            checkId: "no-match",
            severity: b.onMissing.severity,
            citation: cr.rule.citation,
            message: { zh: b.onMissing.message.zh(ctx), en: b.onMissing.message.en(ctx) },
            field: b.onMissing.field,
          });
        continue;
      }
      ctx.rows[b.alias] = row;
    }

    if (!cr.when(ctx)) continue;

    if (cr.deadline) {
      const d = cr.deadline;
      const start = d.start(ctx);
      const fixed = d.dateFrom?.(ctx);
      if (isDay(start) && (d.dateFrom === undefined || isDay(fixed))) {
        let dl: Deadline | undefined;
        try {
          const period =
            d.dateFrom !== undefined
              ? {
                  unit: "date" as const,
                  date: (fixed as string).slice(0, 10),
                  rollOver: (d.period as { rollOver?: boolean }).rollOver,
                }
              : (d.period as Exclude<typeof d.period, { dateFrom: string }>);
          dl = cachedDeadline(cal, `${cr.uid}|${start}|${fixed ?? ""}`, () =>
            computeDeadline({ start: start as string, period, cutoff: d.cutoff }, cal),
          );
        } catch (e) {
          if (e instanceof PeriodError) {
            // a bad start or fixed date comes from the case; anything else is a pack authoring error
            const fromCase =
              e.field === "start" ? d.startPath : e.field.startsWith("period.date") ? d.dateFromPath : undefined;
            if (fromCase === undefined) throw new Error(`rule ${cr.rule.id}: ${e.message}`);
            dlIssues.push({ path: fromCase.includes(".") ? fromCase : `facts.${fromCase}`, message: e.message });
            continue;
          }
          throw e;
        }
        ctx.dueDay = dl.due;
        ctx.dueAt = dl.dueAt;
        const done = d.done?.(ctx);
        const label = { zh: d.label.zh(ctx), en: d.label.en(ctx) };
        const citation: Citation = cr.rule.citation;
        let rem: Remaining;
        let met: boolean | undefined;
        let st: DeadlineResult["status"];
        if (isDay(done)) {
          // done: compare by day when the completion is a bare day, else by instant
          const cmp = done.length === 10 ? compareTemporal(done, dl.due) : compareTemporal(done, dl.dueAt);
          met = cmp <= 0;
          rem = remaining(dl, done.length === 10 ? `${done}T12:00:00+08:00` : done, undefined, cal);
          st = met ? "ok" : "overdue";
          if (!met)
            push({
              ruleId: cr.rule.id,
              checkId: "completed-late",
              severity: d.lateSeverity,
              citation,
              field: d.doneField,
              message: {
                zh: `${label.zh}：期限至${dl.due}，实际完成于${done.slice(0, 16).replace("T", " ")}，已逾期`,
                en: `${label.en}: due ${dl.due}, completed late on ${done.slice(0, 16).replace("T", " ")}`,
              },
            });
        } else {
          rem = cachedRemaining(cal, dl, now);
          st = rem.status;
          ctx.overdue = st === "overdue";
          if (ctx.overdue)
            push({
              ruleId: cr.rule.id,
              checkId: "overdue",
              severity: d.lateSeverity,
              citation,
              field: d.doneField,
              message: {
                zh: `${label.zh}：期限至${dl.due}，已逾期${rem.overdueWorkdays > 0 ? `${rem.overdueWorkdays}个工作日` : ""}`,
                en: `${label.en}: was due ${dl.due}; overdue${rem.overdueWorkdays > 0 ? ` by ${rem.overdueWorkdays} working day(s)` : ""}`,
              },
            });
        }
        const s = status();
        deadlines.push({
          ruleId: cr.rule.id,
          label,
          start: dl.start,
          due: dl.due,
          dueAt: dl.dueAt,
          status: st,
          remaining: rem,
          provisional: dl.provisional || rem.provisional,
          provisionalReasons: dl.provisionalReasons,
          citation,
          doneAt: isDay(done) ? done : undefined,
          met,
          documentStatus: s?.status,
          packId: cr.packId,
        });
      }
    }

    for (const c of cr.checks) {
      if (!c.when(ctx)) continue;
      push({
        ruleId: cr.rule.id,
        checkId: c.id,
        severity: c.severity,
        citation: c.citation,
        message: { zh: c.message.zh(ctx), en: c.message.en(ctx) },
        field: c.field,
      });
    }

    if (cr.hint)
      push({
        ruleId: cr.rule.id,
        checkId: "hint",
        severity: "info",
        citation: cr.rule.citation,
        message: { zh: cr.hint.zh(ctx), en: cr.hint.en(ctx) },
      });
  }
  if (dlIssues.length) throw new EvaluationError(dlIssues);

  let calculations: EvaluationResult["calculations"];
  if (set.calculatorKinds.has(kind)) {
    try {
      calculations = runCalculators(packs, kind, facts, now);
      // a calculation's findings (exclusions, over-entitlement, cap reached …) are findings of the case too
      for (const c of calculations)
        for (const f of c.findings) {
          const si = docStatus(f.citation.docNo, nowDay);
          findings.push({
            ...f,
            message: withStatus(f.message, f.citation.docNo, si),
            documentStatus: si?.status as DocumentStatus | undefined,
            packId: c.packId,
          });
        }
    } catch (e) {
      if (e instanceof CalculationError) throw new EvaluationError(e.issues);
      throw e;
    }
  }

  return { kind, now, facts: hasPii(kind) ? maskFacts(facts) : facts, findings, deadlines, calculations };
}

const piiKinds = new Map<string, boolean>();
function hasPii(kind: string): boolean {
  let v = piiKinds.get(kind);
  if (v === undefined) {
    v = Object.values(kindDef(kind)?.fields ?? {}).some((f) => f.pii !== undefined || f.type === "text");
    piiKinds.set(kind, v);
  }
  return v;
}
