// Benchmark `evaluate`: 10 000 mixed cases evaluated by our evaluator against ALL bundled packs, next to
// json-rules-engine running the equivalent conditions for the same cases in the same run.
//
// Ours (timed): the full evaluate() — normalising the raw portal facts (Chinese values, date spellings), effective
// windows, table binding, deadlines via the period engine, remaining(), checks, message rendering.
// Peer (timed): json-rules-engine 7 with one Engine per case kind holding, for every rule, one JRE rule per check
// (conditions = rule.when ∧ check.when) and one per hint, translated mechanically from our condition language
// (custom operators for the date/reason/list operators). It is given, untimed, what it cannot compute itself:
// the normalised facts, the bound table row (flattened to "row.col" facts) and the deadline (due, overdue). So the
// peer does strictly less work than ours; the ratio is conservative. The fired (rule, check) sets of both engines
// are compared on every case and the mismatch count is printed (must be 0).
// Unit: cases/s; ratio = ours / peer; target ≥ 100.
//
// Method: each engine runs in its own worker thread, i.e. its own V8 isolate with its own JIT type feedback and
// heap, so that neither is measured with code the other one de-optimised (both call the date helpers of
// shared/rules/condition.ts) or in a heap full of the other's garbage: measured in one isolate, whichever engine
// warmed up second came out up to 1.4× slower. Each is warmed up for about a second, then short timed phases
// alternate (ours: all 10 000 cases; the peer: the next 1 000) so that load from other processes on this shared
// 2-core machine hits both alike. Each side's throughput is its cases over its own time.
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { Engine, type TopLevelCondition } from "json-rules-engine";
import { type EvaluationResult, evaluate } from "../shared/evaluate/index.ts";
import { compareTemporal, isBlankReason, monthsBetween } from "../shared/rules/condition.ts";
import { allPacks } from "../shared/rules/packs/index.ts";
import type { Condition, Operand, Rule } from "../shared/rules/schema.ts";
import type { BenchResult } from "./result.ts";

const N = 10_000;
const NOW = "2026-10-12T10:00:00+08:00";

// ---- deterministic case generator ------------------------------------------------------------------------------
let seed = 20260211;
function rnd(): number {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  return seed / 2 ** 32;
}
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
const maybe = <T>(p: number, v: T): T | undefined => (rnd() < p ? v : undefined);

function day(offsetFromSep1: number): string {
  const t = new Date(Date.UTC(2026, 8, 1) + offsetFromSep1 * 86_400_000);
  return t.toISOString().slice(0, 10);
}
function portalDate(d: string): string {
  const [y, m, dd] = d.split("-").map(Number);
  return pick([
    d,
    `${y}/${m}/${dd}`,
    `${y}年${m}月${dd}日 ${8 + Math.floor(rnd() * 9)}时${Math.floor(rnd() * 60)}分`,
    `${d} 15:20`,
  ]);
}

const packs = allPacks();
const table = (packId: string, name: string) => packs.find((p) => p.id === packId)?.tables?.[name] ?? [];
const approvalNames = table("sy-approval-items-2017", "approvalItems").map((r) => String(r.name));
const ftzNames = table("mdj-ftz-powers-2022", "ftzPowers").map((r) => String(r.name));
const tasks = table("sy-tasks-2026", "tasks");

type Case = { kind: string; facts: Record<string, unknown> };

function makeCase(i: number): Case {
  const received = day(Math.floor(rnd() * 45));
  const r = rnd();
  const decision = pick(["待审核", "同意", "不同意", "驳回", undefined]);
  const decided = decision && decision !== "待审核" ? maybe(0.8, portalDate(day(Math.floor(rnd() * 45)))) : undefined;
  const reason =
    decision === "不同意" || decision === "驳回"
      ? pick(["", "不符合条件", "无", "申请范围超出目录列明的用途"])
      : undefined;
  switch (i % 14) {
    case 0:
    case 1:
      return {
        kind: "data-share-request",
        facts: {
          receivedAt: portalDate(received),
          shareClass: pick(["有条件共享", "无条件共享", "不予共享"]),
          scenario: maybe(0.8, "低保资格核验"),
          method: maybe(0.8, "接口服务"),
          scope: maybe(0.8, "市民政局"),
          basis: maybe(0.7, "《社会救助暂行办法》"),
          decision,
          decidedAt: decided,
          reason,
        },
      };
    case 2:
      return {
        kind: "data-demand",
        facts: {
          receivedAt: portalDate(received),
          provider: maybe(0.8, "市市场监管局"),
          dataItems: maybe(0.8, "企业名称、统一社会信用代码"),
          scenario: maybe(0.8, "招商服务"),
          basis: maybe(0.8, "部门职责"),
          decision,
          decidedAt: decided,
          reason,
          cataloged: pick(["是", "否"]),
          extendedUse: maybe(0.2, "是"),
          thirdParty: maybe(0.1, "某科技有限公司"),
        },
      };
    case 3:
      return {
        kind: "data-correction",
        facts: { receivedAt: portalDate(received), resolvedAt: maybe(0.5, day(20)), feedbackAt: maybe(0.4, day(25)) },
      };
    case 4:
      return {
        kind: "open-data-request",
        facts: {
          receivedAt: portalDate(received),
          decision,
          decidedAt: decided,
          reason,
          basis: maybe(0.5, "第三十七条"),
        },
      };
    case 5:
      return {
        kind: "open-data-objection",
        facts: {
          receivedAt: portalDate(received),
          evidence: pick(["是", "否"]),
          datasetOpen: pick(["是", "否"]),
          suspendedAt: maybe(0.4, received),
        },
      };
    case 6:
      return {
        kind: "catalog-update",
        facts: {
          changedAt: maybe(0.8, portalDate(received)),
          submittedAt: maybe(0.5, day(40)),
          resourceName: maybe(0.7, "户籍人口基本信息"),
          shareClass: pick(["有条件共享", "无条件共享", "不予共享", undefined]),
          previousShareClass: maybe(0.3, "无条件共享"),
          basis: maybe(0.5, "《户口登记条例》"),
          scope: maybe(0.5, "市直部门"),
        },
      };
    case 7:
      return {
        kind: "data-grant",
        facts: {
          lastCalledAt: maybe(0.8, day(-Math.floor(rnd() * 150))),
          grantedAt: day(-200),
          logRetentionYears: pick([1, 3, 5]),
          logItems: maybe(0.6, "应用场景、使用过程、存储情况"),
          outOfScopeCalls: pick(["是", "否"]),
        },
      };
    case 8:
    case 9:
    case 10: {
      const t = pick(tasks);
      return {
        kind: "supervision-task",
        facts: { list: t.list, taskNo: t.taskNo, completedAt: maybe(0.3, day(Math.floor(rnd() * 60))) },
      };
    }
    case 11:
      return { kind: "approval-application", facts: { itemName: r < 0.9 ? pick(approvalNames) : "不存在的事项名称" } };
    case 12:
      return {
        kind: "ftz-power-request",
        facts: { itemName: pick(ftzNames), filedWith: pick(["市商务局", "绥芬河自贸片区管委会"]) },
      };
    default:
      return {
        kind: pick(["provident-fund-withdrawal", "provident-fund-loan"]),
        facts: { appliedAt: portalDate(day(-Math.floor(rnd() * 60))) },
      };
  }
}

// ---- json-rules-engine equivalent ------------------------------------------------------------------------------
type JreCond = Record<string, unknown>;

function operand(op: Operand): unknown {
  return op !== null && typeof op === "object" ? { fact: op.field.replace(/^facts\./, "") } : op;
}
const fact = (p: string) => p.replace(/^facts\./, "");
const LITERAL = /^\d{4}-\d{2}-\d{2}/;
const temporalValue = (p: string) => (p === "now" || p === "due" || !LITERAL.test(p) ? { fact: fact(p) } : p);

function toJre(c: Condition): JreCond {
  const [k, a] = Object.entries(c)[0] as [string, never];
  const arr = a as unknown[];
  switch (k) {
    case "all":
      return { all: (a as Condition[]).map(toJre) };
    case "any":
      return { any: (a as Condition[]).map(toJre) };
    case "not":
      return { not: toJre(a) };
    case "true":
      return { fact: "now", operator: "present", value: true };
    case "present":
    case "empty":
      return { fact: fact(a), operator: k, value: true };
    case "missingAny":
      return { any: (a as string[]).map((p) => ({ fact: fact(p), operator: "empty", value: true })) };
    case "eq":
      return { fact: fact(arr[0] as string), operator: "equal", value: operand(arr[1] as Operand) };
    case "ne":
      return { fact: fact(arr[0] as string), operator: "notEqual", value: operand(arr[1] as Operand) };
    case "in":
      return { fact: fact(arr[0] as string), operator: "inList", value: arr[1] };
    case "lt":
    case "lte":
    case "gt":
    case "gte":
      return { fact: fact(arr[0] as string), operator: `ord_${k}`, value: operand(arr[1] as Operand) };
    case "before":
    case "after": {
      // a "due" left operand: swap sides so the fact is a real fact
      return { fact: fact(arr[0] as string), operator: k, value: temporalValue(arr[1] as string) };
    }
    case "overdue":
      return { fact: "overdue", operator: "equal", value: a };
    case "blankReason":
      return { fact: fact(a), operator: "blankReason", value: true };
    case "matches":
      return { fact: fact(arr[0] as string), operator: "matches", value: arr[1] };
    case "contains":
      return { fact: fact(arr[0] as string), operator: "containsText", value: arr[1] };
    case "daysBetween":
      return {
        fact: fact(arr[0] as string),
        operator: `days_${arr[2]}_${arr[3]}`,
        value: temporalValue(arr[1] as string),
      };
    case "monthsSince":
      return { fact: fact(arr[0] as string), operator: `months_${arr[1]}_${arr[2]}`, value: { fact: "now" } };
    case "monthsBetween":
      return {
        fact: fact(arr[0] as string),
        operator: `months_${arr[2]}_${arr[3]}`,
        value: temporalValue(arr[1] as string),
      };
    default:
      throw new Error(`no JRE translation for ${k}`);
  }
}

const isEmpty = (v: unknown) => v === undefined || v === null || v === "" || (Array.isArray(v) && v.length === 0);
const cmp = (op: string, d: number) => (op === "gt" ? d > 0 : op === "gte" ? d >= 0 : op === "lt" ? d < 0 : d <= 0);
const ordered = (a: unknown, b: unknown) =>
  typeof a === "number" && typeof b === "number" ? a - b : compareTemporal(a, b);
const dayNo = (d: string) => Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10)) / 86_400_000;

function buildEngines(): Map<string, Engine> {
  const engines = new Map<string, Engine>();
  const ops = new Set<string>();
  const regexes = new Map<string, RegExp>();
  const norm = (s: string) =>
    s
      .normalize("NFKC")
      .replace(/[\s\u00a0\u3000]+/g, "")
      .toLowerCase();
  const addOps = (e: Engine) => {
    e.addOperator("present", (v: unknown) => !isEmpty(v));
    e.addOperator("empty", (v: unknown) => isEmpty(v));
    e.addOperator("inList", (v: unknown, list: unknown[]) =>
      Array.isArray(v) ? v.some((x) => list.includes(x)) : list.includes(v),
    );
    for (const o of ["lt", "lte", "gt", "gte"])
      e.addOperator(`ord_${o}`, (v: unknown, w: unknown) => {
        const d = ordered(v, w);
        return !Number.isNaN(d) && cmp(o, d);
      });
    e.addOperator("before", (v: unknown, w: unknown) => compareTemporal(v, w) < 0);
    e.addOperator("after", (v: unknown, w: unknown) => compareTemporal(v, w) > 0);
    e.addOperator("blankReason", (v: unknown) => isBlankReason(v));
    e.addOperator("matches", (v: unknown, src: string) => {
      let re = regexes.get(src);
      if (!re) {
        re = new RegExp(src, "u");
        regexes.set(src, re);
      }
      return v !== undefined && v !== null && re.test(String(v));
    });
    e.addOperator("containsText", (v: unknown, t: string) =>
      Array.isArray(v)
        ? v.some((x) => norm(String(x)).includes(norm(t)))
        : typeof v === "string" && norm(v).includes(norm(t)),
    );
    for (const o of ops) {
      const [kind, op, n] = o.split("_");
      if (kind === "win")
        e.addOperator(o, (v: unknown, now: unknown) => {
          const d = (typeof v === "string" && LITERAL.test(v) ? v : String(now)).slice(0, 10);
          return d >= op && d <= n;
        });
      if (kind === "days")
        e.addOperator(o, (v: unknown, w: unknown) =>
          typeof v === "string" && typeof w === "string" ? cmp(op, dayNo(w) - dayNo(v) - Number(n)) : false,
        );
      if (kind === "months")
        e.addOperator(o, (v: unknown, w: unknown) =>
          typeof v === "string" && typeof w === "string" ? cmp(op, monthsBetween(v, w) - Number(n)) : false,
        );
    }
  };
  const byKind = new Map<string, { name: string; cond: JreCond }[]>();
  const add = (r: Rule, name: string, c: Condition, pre: JreCond[]) => {
    const walk = (x: Condition) => {
      const [k, a] = Object.entries(x)[0] as [string, unknown[]];
      if (k === "daysBetween") ops.add(`days_${a[2]}_${a[3]}`);
      if (k === "monthsSince") ops.add(`months_${a[1]}_${a[2]}`);
      if (k === "monthsBetween") ops.add(`months_${a[2]}_${a[3]}`);
      if (k === "all" || k === "any") for (const y of a as Condition[]) walk(y);
      if (k === "not") walk(a as unknown as Condition);
    };
    walk(c);
    const l = byKind.get(r.kind) ?? [];
    l.push({ name, cond: { all: [...pre, toJre(c)] } });
    byKind.set(r.kind, l);
  };
  for (const p of packs)
    for (const r of p.rules) {
      // the effective window and the table binding become conditions too
      const windowFact = r.effective.dateField ?? r.deadline?.start ?? "now";
      const win = `win_${r.effective.from ?? "0000-01-01"}_${r.effective.to ?? "9999-12-31"}`;
      ops.add(win);
      const pre: JreCond[] = [{ fact: fact(windowFact), operator: win, value: { fact: "now" } }];
      if (r.bind)
        pre.push({ fact: `${r.bind.as ?? "row"}.${Object.keys(r.bind.match)[0]}`, operator: "present", value: true });
      const base: Condition[] = r.when ? [r.when] : [];
      for (const c of r.checks ?? []) add(r, `${r.id}/${c.id}`, { all: [...base, c.when] }, pre);
      if (r.hint) add(r, `${r.id}/hint`, { all: base.length ? base : [{ true: true }] }, pre);
    }
  for (const [kind, rules] of byKind) {
    const e = new Engine([], { allowUndefinedFacts: true });
    addOps(e);
    for (const r of rules) e.addRule({ conditions: r.cond as unknown as TopLevelCondition, event: { type: r.name } });
    engines.set(kind, e);
  }
  // the unpartitioned setup (supplementary figure): one engine with every rule, the case kind a condition
  const all = new Engine([], { allowUndefinedFacts: true });
  addOps(all);
  for (const [kind, rules] of byKind)
    for (const r of rules)
      all.addRule({
        conditions: { all: [{ fact: "kind", operator: "equal", value: kind }, r.cond] } as unknown as TopLevelCondition,
        event: { type: r.name },
      });
  engines.set("*", all);
  return engines;
}

/** What JRE is given (untimed): normalised facts, flattened bound row, deadline state — per rule. */
function jreFacts(res: EvaluationResult): Record<string, unknown> {
  const out: Record<string, unknown> = { ...res.facts, now: res.now };
  const d = res.deadlines[0];
  if (d) {
    out.due = d.dueAt;
    out.overdue = d.status === "overdue" && d.doneAt === undefined;
  } else out.overdue = false;
  return out;
}

/** The benchmark's 10 000 distinct mixed cases (deterministic; also used for profiling). */
export function makeCases(): Case[] {
  seed = 20260211;
  return Array.from({ length: N }, (_, i) => makeCase(i));
}

/** JRE's facts per case (untimed preparation): rows for bound rules are taken from our binding. Rules are per kind,
 *  so the per-rule deadline/row facts are set for the rule that has them (one deadline rule per case kind in the
 *  mix is the common case; for several, JRE sees the first). */
function peerFacts(cases: Case[], results: EvaluationResult[]): Record<string, unknown>[] {
  return cases.map((c, i) => {
    const f = jreFacts(results[i]);
    const rowRule = packs.flatMap((p) => p.rules).find((r) => r.kind === c.kind && r.bind);
    if (rowRule?.bind) {
      const p = packs.find((x) => x.rules.includes(rowRule));
      const rows = p?.tables?.[rowRule.bind.table] ?? [];
      const alias = rowRule.bind.as ?? "row";
      const match = Object.entries(rowRule.bind.match);
      const row = rows.find((rw) => match.every(([col, fld]) => String(rw[col]) === String(results[i].facts[fld])));
      if (row) for (const [k, v] of Object.entries(row)) f[`${alias}.${k}`] = v;
    }
    return f;
  });
}

type Role = "ours" | "peer";
type Request = { cmd: "warm"; ms: number } | { cmd: "run"; from: number; count: number };

/** Worker side: one engine, answering "warm" and "run" requests with its own timings. */
async function serveRole(role: Role): Promise<void> {
  const port = parentPort;
  if (!port) return;
  const cases = makeCases();
  let sink = 0;
  let runOne: (i: number) => number | Promise<number>;
  if (role === "ours") {
    runOne = (i) => evaluate({ kind: cases[i].kind, facts: cases[i].facts, now: NOW }).findings.length;
  } else {
    const results = cases.map((c) => evaluate({ kind: c.kind, facts: c.facts, now: NOW }));
    const facts = peerFacts(cases, results);
    const engines = buildEngines();
    runOne = async (i) => {
      const e = engines.get(cases[i].kind);
      return e ? (await e.run(facts[i])).events.length : 0;
    };
  }
  const sync = role === "ours";
  port.on("message", async (m: Request) => {
    if (m.cmd === "warm") {
      let done = 0;
      for (const t0 = performance.now(); performance.now() - t0 < m.ms; done++)
        sink += sync ? (runOne(done % N) as number) : await runOne(done % N);
      port.postMessage({ done, sink: sink % 7 });
    } else {
      const t = performance.now();
      if (sync) for (let i = m.from; i < m.from + m.count; i++) sink += runOne(i % N) as number;
      else for (let i = m.from; i < m.from + m.count; i++) sink += await runOne(i % N);
      port.postMessage({ ms: performance.now() - t, sink: sink % 7 });
    }
  });
  port.postMessage({ ready: true });
}

if (!isMainThread && (workerData as { evaluateBench?: Role } | null)?.evaluateBench)
  void serveRole((workerData as { evaluateBench: Role }).evaluateBench);

/** A worker running this module in one role (tsx's loader registered inside it: workers do not inherit it). */
function startWorker(role: Role): Promise<{ ask: (m: Request) => Promise<{ ms?: number }>; stop: () => void }> {
  const boot = `import("tsx/esm/api").then((m) => { m.register(); return import(${JSON.stringify(import.meta.url)}); });`;
  const w = new Worker(boot, { eval: true, workerData: { evaluateBench: role } });
  let pending: ((v: { ms?: number }) => void) | undefined;
  return new Promise((ready, fail) => {
    w.once("error", fail);
    w.on("message", (m: { ready?: boolean; ms?: number }) => {
      if (m.ready) ready({ ask, stop: () => void w.terminate() });
      else pending?.(m);
    });
  });
  function ask(m: Request): Promise<{ ms?: number }> {
    return new Promise((ok) => {
      pending = ok;
      w.postMessage(m);
    });
  }
}

export async function run(): Promise<BenchResult[]> {
  const cases = makeCases();
  // the reference results (also checks that every generated case is valid) and the equivalence check, untimed:
  // the same (rule, check) pairs fire in both engines for every case (ours minus the evaluator's automatic
  // deadline/bind findings, which JRE has no notion of)
  const results = cases.map((c) => evaluate({ kind: c.kind, facts: c.facts, now: NOW }));
  const engines = buildEngines();
  const rowFacts = peerFacts(cases, results);
  const auto = new Set(["overdue", "completed-late", "no-match"]);
  let mismatches = 0;
  for (let i = 0; i < N; i++) {
    const e = engines.get(cases[i].kind);
    const theirs = e ? (await e.run(rowFacts[i])).events.map((ev) => ev.type) : [];
    const mine = results[i].findings.filter((f) => !auto.has(f.checkId ?? "")).map((f) => `${f.ruleId}/${f.checkId}`);
    if (JSON.stringify([...new Set(mine)].sort()) !== JSON.stringify([...new Set(theirs)].sort())) mismatches++;
  }

  // timing, each engine in its own worker (see the header)
  const ours = await startWorker("ours");
  const peer = await startWorker("peer");
  let oursCases = 0;
  let oursMs = 0;
  let peerCases = 0;
  let peerMs = 0;
  try {
    await ours.ask({ cmd: "warm", ms: 1000 });
    await peer.ask({ cmd: "warm", ms: 1000 });
    const ROUNDS = 10;
    const PEER_SLICE = 1000;
    for (let round = 0; round < ROUNDS; round++) {
      oursMs += (await ours.ask({ cmd: "run", from: 0, count: N })).ms ?? Number.NaN;
      oursCases += N;
      peerMs += (await peer.ask({ cmd: "run", from: round * PEER_SLICE, count: PEER_SLICE })).ms ?? Number.NaN;
      peerCases += PEER_SLICE;
    }
  } finally {
    ours.stop();
    peer.stop();
  }
  const oursRate = (oursCases * 1000) / oursMs;
  const peerRate = (peerCases * 1000) / peerMs;

  // supplementary, in this thread: the same peer without partitioning by kind (not the reported row)
  let sink = 0;
  const single = engines.get("*") as Engine;
  let t1 = performance.now();
  for (let i = 0; i < 300; i++) sink += (await single.run({ ...rowFacts[i], kind: cases[i].kind })).events.length;
  const singleRate = (300 * 1000) / (performance.now() - t1);
  t1 = performance.now();
  for (let i = 0; i < 3000; i++)
    sink += evaluate({ kind: cases[i].kind, facts: cases[i].facts, now: NOW }).findings.length;
  const oursNow = (3000 * 1000) / (performance.now() - t1);
  console.log(
    `  evaluate: ${N} cases, ${oursCases} evaluations, ${results.reduce((s, r) => s + r.findings.length, 0)} findings and ` +
      `${results.reduce((s, r) => s + r.deadlines.length, 0)} deadlines per pass (sink ${sink % 7}); ` +
      `json-rules-engine ${peerCases} runs; fired-set mismatches ${mismatches}/${N}`,
  );
  console.log(
    `  supplementary: json-rules-engine as ONE engine with every rule (kind as a condition) ${Math.round(singleRate)} ` +
      `cases/s vs ours ${Math.round(oursNow)} cases/s right after → ${(oursNow / singleRate).toFixed(0)}× (not the reported row)`,
  );
  return [{ name: "evaluate", ours: oursRate, peer: peerRate, unit: "cases/s", ratio: oursRate / peerRate }];
}
