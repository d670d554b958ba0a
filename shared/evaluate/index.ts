// evaluate({ kind, facts, now }) → findings, deadlines, calculations. Pure and synchronous; runs in the extension,
// the server and the tests. Packs are compiled once per pack set (see ./compile.ts); per case we normalise the
// facts, then run each applicable rule's closures.
import { defaultCalendar, type WorkCalendar } from "../calendar/index.ts";
import type { Citation } from "../citation.ts";
import { type DocumentStatus, documentStatus, type StatusInfo, statusNote } from "../documents/index.ts";
import { caseClosed } from "../kinds/closure.ts";
import { kindDef, normalizeFacts } from "../kinds/index.ts";
import { instantToBeijing, parseDateValue } from "../kinds/values.ts";
import {
  computeDeadline,
  type Deadline,
  PeriodError,
  type PeriodSpec,
  type Remaining,
  remaining,
} from "../periods/index.ts";
import { MASK_MIN_LENGTH, maskPersonalDeep, maskPersonalNumbers } from "../privacy/index.ts";
import { type CondContext, compareTemporal } from "../rules/condition.ts";
import { allPacks } from "../rules/packs/index.ts";
import type { RulePack } from "../rules/schema.ts";
import { CalculationError, runCalculators } from "./calculate.ts";
import { type CompiledDeadline, type CompiledRule, compilePackSet, type FindingSite } from "./compile.ts";
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
// Deadlines depend only on (rule, start, fixed date, calendar revision): WorkCalendar.load() bumps `revision`, which
// drops every memoised deadline of that calendar (provisional ones included — a newly published year changes them).
// remaining() depends on the instant as well; each cached deadline keeps remaining() for the last `now` seen (a queue
// page evaluates thousands of rows at one `now`) and a small map of remaining() at completion instants (decidedAt,
// completedAt … repeat across a queue's cases). These memoise pure sub-computations of the period engine, never a
// whole evaluation.
type Text = { zh: string; en: string };
/** remaining() at a completion instant, and the completed-late text last built for it (for one label object) */
interface DoneEntry {
  rem: Remaining;
  label: Text | undefined;
  late: Text | undefined;
}
interface DeadlineEntry {
  dl: Deadline;
  now: string;
  rem: Remaining | undefined;
  /** the overdue text built for `now` and the label object it was built from */
  overdueLabel: Text | undefined;
  overdue: Text | undefined;
  dones: Map<string, DoneEntry> | undefined;
}
interface RuleMemo {
  /** by start day (YYYYMMDD as an integer) */
  byStart: Map<number, DeadlineEntry>;
  /** fixed-date rules: by start day, then by fixed day */
  byStartFixed: Map<number, Map<number, DeadlineEntry>>;
  size: number;
}
interface CalendarCache {
  revision: number;
  /** indexed by CompiledRule.uid */
  byRule: (RuleMemo | undefined)[];
}
const deadlineCache = new WeakMap<WorkCalendar, CalendarCache>();
const CACHE_MAX = 20_000;
const DONE_MAX = 512;

/** YYYYMMDD as an integer (20260930) when the first 10 characters are an ISO day's digits, else -1. No allocation. */
function dayKey(s: string): number {
  let k = 0;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    k = k * 10 + c;
  }
  return k;
}

function cachedDeadline(cal: WorkCalendar, cr: CompiledRule, start: string, fixed: unknown): DeadlineEntry {
  let cc = deadlineCache.get(cal);
  if (cc === undefined || cc.revision !== cal.revision) {
    cc = { revision: cal.revision, byRule: [] };
    deadlineCache.set(cal, cc);
  }
  let rm = cc.byRule[cr.uid];
  if (rm === undefined) {
    rm = { byStart: new Map(), byStartFixed: new Map(), size: 0 };
    cc.byRule[cr.uid] = rm;
  }
  // Without pauses a deadline depends on the start DAY only (民法典 第二百零一条: the start day is not counted, whatever
  // the hour), and the fixed date is a day: key and compute by days, so every case started on one day shares it.
  // (Deadline.startAt is then the day's midnight; the evaluator's results never show it.)
  const sk = dayKey(start);
  const fk = fixed === undefined ? 0 : dayKey(fixed as string);
  let byFixed: Map<number, DeadlineEntry> | undefined;
  if (sk >= 0 && fk >= 0) {
    if (fixed === undefined) {
      const hit = rm.byStart.get(sk);
      if (hit !== undefined) return hit;
    } else {
      byFixed = rm.byStartFixed.get(sk);
      const hit = byFixed?.get(fk);
      if (hit !== undefined) return hit;
    }
  }
  const startDay = start.slice(0, 10);
  const fixedDay = fixed === undefined ? undefined : (fixed as string).slice(0, 10);
  const d = cr.deadline as CompiledDeadline;
  const period: PeriodSpec =
    fixedDay !== undefined
      ? { unit: "date", date: fixedDay, rollOver: (d.period as { rollOver?: boolean }).rollOver }
      : (d.period as PeriodSpec);
  const dl = computeDeadline({ start: startDay, period, cutoff: d.cutoff }, cal);
  // results share the memoised deadline's parts: frozen, so that no consumer can change them for the next case
  Object.freeze(dl.provisionalReasons);
  Object.freeze(dl.citations);
  const e: DeadlineEntry = {
    dl,
    now: "",
    rem: undefined,
    overdueLabel: undefined,
    overdue: undefined,
    dones: undefined,
  };
  if (!dl.paused && sk >= 0 && fk >= 0) {
    if (rm.size >= CACHE_MAX) {
      rm.byStart.clear();
      rm.byStartFixed.clear();
      rm.size = 0;
      byFixed = undefined;
    }
    rm.size++;
    if (fixed === undefined) rm.byStart.set(sk, e);
    else {
      if (byFixed === undefined) {
        byFixed = new Map();
        rm.byStartFixed.set(sk, byFixed);
      }
      byFixed.set(fk, e);
    }
  }
  return e;
}

/** remaining() at `now`, memoised on the deadline entry for the last `now`. */
function cachedRemaining(cal: WorkCalendar, e: DeadlineEntry, now: string): Remaining {
  if (e.now === now && e.rem !== undefined) return e.rem;
  const rem = Object.freeze(remaining(e.dl, now, undefined, cal));
  e.now = now;
  e.rem = rem;
  e.overdueLabel = undefined;
  e.overdue = undefined;
  return rem;
}

/** The automatic overdue text (same for every case with this deadline, label and `now`; shared frozen). */
function overdueText(e: DeadlineEntry, label: Text, rem: Remaining): Text {
  if (e.overdueLabel === label && e.overdue !== undefined) return e.overdue;
  const due = e.dl.due;
  const n = rem.overdueWorkdays;
  const t = Object.freeze({
    zh: `${label.zh}：期限至${due}，已逾期${n > 0 ? `${n}个工作日` : ""}`,
    en: `${label.en}: was due ${due}; overdue${n > 0 ? ` by ${n} working day(s)` : ""}`,
  });
  e.overdueLabel = label;
  e.overdue = t;
  return t;
}

/** The automatic completed-late text (per completion instant and label; shared frozen). */
function lateText(e: DeadlineEntry, de: DoneEntry, label: Text, done: string): Text {
  if (de.label === label && de.late !== undefined) return de.late;
  const due = e.dl.due;
  const when = done.slice(0, 16).replace("T", " ");
  const t = Object.freeze({
    zh: `${label.zh}：期限至${due}，实际完成于${when}，已逾期`,
    en: `${label.en}: due ${due}, completed late on ${when}`,
  });
  de.label = label;
  de.late = t;
  return t;
}

/** remaining() at the completion time (for done deadlines), memoised per deadline and completion instant. */
function remainingAtDone(cal: WorkCalendar, e: DeadlineEntry, done: string): DoneEntry {
  let m = e.dones;
  if (m === undefined) {
    m = new Map();
    e.dones = m;
  } else {
    const hit = m.get(done);
    if (hit !== undefined) return hit;
  }
  const rem = Object.freeze(remaining(e.dl, done.length === 10 ? `${done}T12:00:00+08:00` : done, undefined, cal));
  if (m.size >= DONE_MAX) m.clear();
  const de: DoneEntry = { rem, label: undefined, late: undefined };
  m.set(done, de);
  return de;
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

// Document status for the current evaluation day, per document (one Map hit per finding), with its note and the
// noted versions of fixed (placeholder-free, shared) messages.
interface DocState {
  info: StatusInfo | undefined;
  note: { zh: string; en: string } | undefined;
  noted: WeakMap<object, { zh: string; en: string }> | undefined;
}
let statusDay = "";
const statusCache = new Map<string, DocState>();
let lastDocNo = "";
let lastState: DocState | undefined;
function docState(docNo: string, nowDay: string): DocState {
  // most findings of a case cite the same document: a one-entry check before the Map
  if (docNo === lastDocNo && nowDay === statusDay && lastState !== undefined) return lastState;
  if (nowDay !== statusDay) {
    statusCache.clear();
    statusDay = nowDay;
  }
  lastDocNo = docNo;
  lastState = docStateOf(docNo, nowDay);
  return lastState;
}
function docStateOf(docNo: string, nowDay: string): DocState {
  let s = statusCache.get(docNo);
  if (s === undefined) {
    const info = documentStatus(docNo, nowDay);
    const note = info === undefined || info.status === "in-force" ? undefined : statusNote(docNo, info);
    s = { info, note, noted: note ? new WeakMap() : undefined };
    statusCache.set(docNo, s);
  }
  return s;
}
function docStatus(docNo: string, nowDay: string): StatusInfo | undefined {
  return docState(docNo, nowDay).info;
}

function withStatus(msg: { zh: string; en: string }, st: DocState): { zh: string; en: string } {
  const note = st.note;
  if (note === undefined) return msg;
  if (Object.isFrozen(msg)) {
    // a fixed message (shared frozen object): its noted version is built once per document and day
    const m = st.noted as WeakMap<object, { zh: string; en: string }>;
    let r = m.get(msg);
    if (r === undefined) {
      r = Object.freeze({ zh: `${msg.zh}（注意：${note.zh}）`, en: `${msg.en} (note: ${note.en})` });
      m.set(msg, r);
    }
    return r;
  }
  return { zh: `${msg.zh}（注意：${note.zh}）`, en: `${msg.en} (note: ${note.en})` };
}

/** Starts like an ISO day (YYYY-MM-DD…); char checks instead of a regex on the hot path. */
/** cachedRemaining, with a `now` outside the calendar's range reported as the input at fault. */
function remainingNow(cal: WorkCalendar, e: DeadlineEntry, now: string): Remaining {
  try {
    return cachedRemaining(cal, e, now);
  } catch (err) {
    if (err instanceof PeriodError && err.field === "now")
      throw new EvaluationError([{ path: "now", message: err.message }]);
    throw err;
  }
}

/** remaining() of a clock stopped at an unknown time (a finished case whose page shows no completion time). */
const STOPPED: Remaining = Object.freeze({
  status: "ok",
  workdaysLeft: 0,
  hoursLeft: 0,
  overdueWorkdays: 0,
  overdueHours: 0,
  provisional: false,
  paused: false,
});

function isDay(v: unknown): v is string {
  if (typeof v !== "string" || v.length < 10) return false;
  const c4 = v.charCodeAt(4);
  const c7 = v.charCodeAt(7);
  return c4 === 45 && c7 === 45 && v.charCodeAt(0) >= 48 && v.charCodeAt(0) <= 57;
}

function addFinding(
  findings: Finding[],
  site: FindingSite,
  packId: string,
  nowDay: string,
  ruleId: string,
  checkId: string | undefined,
  severity: Finding["severity"],
  citation: Citation,
  message: { zh: string; en: string },
  field: string | undefined,
): void {
  const st = docState(citation.docNo, nowDay);
  const msg = withStatus(message, st);
  const status = st.info?.status as DocumentStatus | undefined;
  // a site's findings differ only by message and document status: reuse its last (frozen) finding when both match
  const last = site.last;
  if (last !== undefined && last.message === msg && last.documentStatus === status) {
    findings.push(last);
    return;
  }
  const f: Finding = { ruleId, checkId, severity, citation, message: msg, field, documentStatus: status, packId };
  if (Object.isFrozen(msg)) site.last = Object.freeze(f);
  findings.push(f);
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
  const { facts, issues, vals, mayMask } = normalizeFacts(typeof kind === "string" ? kind : "", input.facts);
  if (issues.length) throw new EvaluationError(issues);
  const packs = opts.packs ?? allPacks();
  const cal = opts.calendar ?? defaultCalendar();
  const set = compilePackSet(packs);
  const rules = set.byKind.get(kind) ?? [];
  const nowDay = now.slice(0, 10);

  const findings: Finding[] = [];
  const deadlines: DeadlineResult[] = [];
  const rows: CondContext["rows"] = {};
  const ctx: CondContext = { facts, vals, rows, now, dueDay: undefined, dueAt: undefined, overdue: false };
  let dlIssues: { path: string; message: string }[] | undefined;

  for (let ri = 0; ri < rules.length; ri++) {
    const cr = rules[ri];
    ctx.overdue = false;
    ctx.dueDay = undefined;
    ctx.dueAt = undefined;
    // effective window: the case's relevant date (or now) must fall in [from, to]
    const wd = cr.windowDate?.(ctx);
    const day = isDay(wd) ? (wd.length === 10 ? wd : wd.slice(0, 10)) : nowDay;
    if (day < cr.from || (cr.to !== undefined && day > cr.to)) continue;
    const ruleId = cr.rule.id;

    if (cr.bind) {
      const b = cr.bind;
      rows[b.alias] = undefined;
      let present = true;
      for (const k of b.keys) {
        const v = k.get(ctx);
        if (v === undefined || v === null || v === "") {
          present = false;
          break;
        }
      }
      if (!present) continue;
      const row = b.find(ctx);
      if (!row) {
        if (b.onMissing)
          addFinding(
            findings,
            b.onMissing.site,
            cr.packId,
            nowDay,
            ruleId,
            "no-match",
            b.onMissing.severity,
            cr.citation,
            b.onMissing.message.render(ctx),
            b.onMissing.field,
          );
        continue;
      }
      rows[b.alias] = row;
    }

    if (!cr.when(ctx)) continue;

    if (cr.deadline) {
      const d = cr.deadline;
      const start = d.start(ctx);
      const fixed = d.dateFrom?.(ctx);
      if (isDay(start) && (d.dateFrom === undefined || isDay(fixed))) {
        let ent: DeadlineEntry;
        try {
          ent = cachedDeadline(cal, cr, start, fixed);
        } catch (e) {
          if (e instanceof PeriodError) {
            // a bad start or fixed date comes from the case; anything else is a pack authoring error
            const fromCase =
              e.field === "start" ? d.startPath : e.field.startsWith("period.date") ? d.dateFromPath : undefined;
            if (fromCase === undefined) throw new Error(`rule ${ruleId}: ${e.message}`);
            if (!dlIssues) dlIssues = [];
            dlIssues.push({
              path: fromCase.includes(".") ? fromCase : `facts.${fromCase}`,
              message: e.message,
            });
            continue;
          }
          throw e;
        }
        const dl = ent.dl;
        ctx.dueDay = dl.due;
        ctx.dueAt = dl.dueAt;
        const done = d.done?.(ctx);
        const label = d.label.render(ctx);
        const citation: Citation = cr.citation;
        let rem: Remaining;
        let met: boolean | undefined;
        // the case says it is finished (同意, 驳回, 已办结 …) though no completion time is shown
        const closed = !isDay(done) && caseClosed(kind, facts, d.doneField);
        let st: DeadlineResult["status"];
        if (isDay(done)) {
          // done: compare by day when the completion is a bare day, else by instant
          const cmp = done.length === 10 ? compareTemporal(done, dl.due) : compareTemporal(done, dl.dueAt);
          met = cmp <= 0;
          let de: DoneEntry;
          try {
            de = remainingAtDone(cal, ent, done);
          } catch (err) {
            // a completion date outside the calendar's range comes from the case: name its field
            if (err instanceof PeriodError)
              throw new EvaluationError([{ path: `facts.${d.doneField}`, message: err.message }]);
            throw err;
          }
          rem = de.rem;
          st = met ? "ok" : "overdue";
          if (!met)
            addFinding(
              findings,
              d.lateSite,
              cr.packId,
              nowDay,
              ruleId,
              "completed-late",
              d.lateSeverity,
              citation,
              lateText(ent, de, label, done),
              d.doneField,
            );
        } else if (closed) {
          // finished without a completion time on the page: the clock stopped at an unknown time — never overdue,
          // and whether it was in time cannot be told (met stays undefined)
          rem = STOPPED;
          st = "ok";
        } else {
          rem = remainingNow(cal, ent, now);
          st = rem.status;
          ctx.overdue = st === "overdue";
          if (ctx.overdue)
            addFinding(
              findings,
              d.overdueSite,
              cr.packId,
              nowDay,
              ruleId,
              "overdue",
              d.lateSeverity,
              citation,
              overdueText(ent, label, rem),
              d.doneField,
            );
        }
        deadlines.push({
          ruleId,
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
          ...(met !== undefined || closed ? { closed: true } : {}),
          documentStatus: docStatus(cr.docNo, nowDay)?.status,
          packId: cr.packId,
        });
      }
    }

    for (let ci = 0; ci < cr.checks.length; ci++) {
      const c = cr.checks[ci];
      if (!c.when(ctx)) continue;
      addFinding(
        findings,
        c.site,
        cr.packId,
        nowDay,
        ruleId,
        c.id,
        c.severity,
        c.citation,
        c.message.render(ctx),
        c.field,
      );
    }

    if (cr.hint)
      addFinding(
        findings,
        cr.hintSite,
        cr.packId,
        nowDay,
        ruleId,
        "hint",
        "info",
        cr.citation,
        cr.hint.render(ctx),
        undefined,
      );
  }
  if (dlIssues) throw new EvaluationError(dlIssues);

  let calculations: EvaluationResult["calculations"];
  if (set.calculatorKinds.has(kind)) {
    try {
      calculations = runCalculators(packs, kind, facts, now);
      // a calculation's findings (exclusions, over-entitlement, cap reached …) are findings of the case too
      for (const c of calculations)
        for (const f of c.findings) {
          const st = docState(f.citation.docNo, nowDay);
          findings.push({
            ...f,
            message: withStatus(f.message, st),
            documentStatus: st.info?.status as DocumentStatus | undefined,
            packId: c.packId,
          });
        }
    } catch (e) {
      if (e instanceof CalculationError) throw new EvaluationError(e.issues);
      throw e;
    }
  }

  // (no text/list/PII value long enough to hold a personal number → nothing to mask: the facts object as it is)
  return { kind, now, facts: mayMask === false ? facts : storedFacts(kind, facts), findings, deadlines, calculations };
}

/**
 * The facts to return: with 身份证号 and mobile numbers masked in text and list fields (dates, enums and numbers cannot hold one).
 * The normalised facts object is new for every evaluation, holds no undefined values and is not kept by the
 * evaluator afterwards, so it is returned as it is unless something must be masked (then a masked copy).
 */
function storedFacts(kind: string, facts: Record<string, unknown>): Record<string, unknown> {
  let names = textFields.get(kind);
  if (!names) {
    names = new Set(
      Object.entries(kindDef(kind)?.fields ?? {})
        .filter(([, f]) => f.type === "text" || f.type === "list" || f.pii !== undefined)
        .map(([n]) => n),
    );
    textFields.set(kind, names);
  }
  let out: Record<string, unknown> | undefined;
  for (const k in facts) {
    const v = facts[k];
    let m = v;
    if (typeof v === "string") {
      if (v.length >= MASK_MIN_LENGTH && names.has(k)) m = maskPersonalNumbers(v);
    } else if (Array.isArray(v) && names.has(k) && v.some((x) => typeof x === "string" && x.length >= MASK_MIN_LENGTH))
      m = maskPersonalDeep(v);
    if (m !== v && out === undefined) out = { ...facts };
    if (out !== undefined && m !== v) out[k] = m;
  }
  return out ?? facts;
}
const textFields = new Map<string, Set<string>>();
