// The background's rule engine: the shared evaluator over rule packs bundled at build time, replaced by newer
// packs from GET /api/rulepacks (ETag) and calendar years from GET /api/calendar/:year when the server has them.
import { createCalendar, type WorkCalendar, type YearArrangement } from "../../shared/calendar/index.ts";
import { type DeadlineParts, deadlineParts, evaluateHonestly } from "../../shared/evaluate/honest.ts";
import { evaluate } from "../../shared/evaluate/index.ts";
import { rulePackBundle } from "../../shared/rules/packs/index.ts";
import type { RulePack } from "../../shared/rules/schema.ts";
import { getMeta, type ShiXianDB, setMeta } from "./db.ts";
import type {
  CounterStatus,
  Facts,
  RowDeadline,
  ViewCalculation,
  ViewDeadline,
  ViewFinding,
  ViewResult,
} from "./messages.ts";

interface Bundle {
  version: string;
  packs: RulePack[];
}

type EvalResult = ReturnType<typeof evaluate>;
type EvalDeadline = EvalResult["deadlines"][number];

export class Engine {
  packs: RulePack[];
  version: string;
  calendar: WorkCalendar;
  years: YearArrangement[] = [];

  constructor(bundle: Bundle = rulePackBundle() as Bundle) {
    this.packs = bundle.packs;
    this.version = bundle.version;
    this.calendar = createCalendar();
  }

  /** Restores packs and calendar years saved from earlier API refreshes. */
  async load(db: ShiXianDB): Promise<void> {
    const saved = await getMeta<{ etag: string; bundle: Bundle }>(db, "rulepacks");
    if (saved?.bundle?.packs?.length) {
      this.packs = saved.bundle.packs;
      this.version = saved.bundle.version;
    }
    const years = (await getMeta<YearArrangement[]>(db, "calendarYears")) ?? [];
    this.years = years;
    if (years.length) this.calendar = createCalendar(years);
  }

  /** GET /api/rulepacks with If-None-Match; 304 keeps what we have. Returns true when packs changed. */
  async refreshRulePacks(db: ShiXianDB, apiUrl: string, doFetch: typeof fetch = fetch): Promise<boolean> {
    const saved = await getMeta<{ etag: string; bundle: Bundle }>(db, "rulepacks");
    const res = await doFetch(`${apiUrl.replace(/\/+$/, "")}/api/rulepacks`, {
      headers: saved?.etag ? { "if-none-match": saved.etag } : {},
    });
    if (res.status === 304) return false;
    if (!res.ok) throw new Error(`GET /api/rulepacks → ${res.status}`);
    const bundle = (await res.json()) as Bundle;
    if (!bundle || !Array.isArray(bundle.packs) || typeof bundle.version !== "string")
      throw new Error("GET /api/rulepacks: expected { version, packs[] }");
    await setMeta(db, "rulepacks", { etag: res.headers.get("etag") ?? "", bundle });
    this.packs = bundle.packs;
    this.version = bundle.version;
    return true;
  }

  /**
   * For years the bundled calendar only knows provisionally, asks the server whether the State Council
   * arrangement has been loaded there (PUT /api/calendar/:year) and, if so, adopts it.
   */
  async refreshCalendar(db: ShiXianDB, apiUrl: string, years: number[], doFetch: typeof fetch = fetch) {
    let changed = false;
    for (const year of years) {
      if (!this.calendar.isProvisional(year)) continue;
      const res = await doFetch(`${apiUrl.replace(/\/+$/, "")}/api/calendar/${year}`);
      if (!res.ok) continue;
      const arr = arrangementFromCalendarJson(year, await res.json());
      if (!arr) continue;
      this.years = [...this.years.filter((y) => y.year !== year), arr];
      changed = true;
    }
    if (changed) {
      this.calendar = createCalendar(this.years);
      await setMeta(db, "calendarYears", this.years);
    }
    return changed;
  }

  /**
   * One case as a page showed it. Honest about what it cannot know (shared/evaluate/honest.ts): a deadline whose
   * facts are missing or unreadable, or whose case kind the recogniser is unsure of, comes back in `uncertain`
   * (with the value found) instead of as a counter; every counter and finding says what it read and how.
   */
  evaluate(
    kind: string,
    facts: Facts,
    now: string,
    opts: { kindUncertain?: { alternatives: string[] } } = {},
  ): ViewResult {
    try {
      const h = evaluateHonestly(
        { kind, facts, now, kindUncertain: opts.kindUncertain },
        { packs: this.packs, calendar: this.calendar },
      );
      const r = h.result;
      return {
        kind,
        deadlines: r.deadlines.map((d) => ({ ...toViewDeadline(d), explain: h.explainDeadline.get(d.ruleId) })),
        ...(h.uncertain.length ? { uncertain: h.uncertain } : {}),
        ...(h.unreadable.length ? { unreadable: h.unreadable } : {}),
        findings: r.findings.map(
          (f, i): ViewFinding => ({
            ruleId: f.ruleId,
            checkId: f.checkId,
            severity: f.severity,
            citation: f.citation,
            message: f.message,
            field: f.field,
            documentStatus: f.documentStatus,
            explain: h.explainFinding[i],
          }),
        ),
        ...(r.calculations?.length
          ? {
              calculations: r.calculations.map(
                (c): ViewCalculation => ({
                  id: c.calculatorId,
                  title: c.title,
                  status: c.status,
                  amount: c.amount,
                  display: c.display,
                  capped: c.capped,
                  steps: c.steps.map((st) => ({
                    label: st.label,
                    display: st.display,
                    formula: st.formula,
                    cite: [st.citation.docNo, st.citation.article].filter(Boolean).join(" "),
                  })),
                }),
              ),
            }
          : {}),
      };
    } catch (err) {
      return { kind, deadlines: [], findings: [], error: describeError(err) };
    }
  }

  /** For queue rows: per rule, what its counter read and how it counts ("收件时间 … → 1个工作日 → 截止 …"). */
  rowExplain(kind: string, ruleIds: string[]): Record<string, DeadlineParts> {
    const out: Record<string, DeadlineParts> = {};
    for (const p of this.packs)
      for (const r of p.rules)
        if (r.kind === kind && ruleIds.includes(r.id)) {
          const parts = deadlineParts(kind, r);
          if (parts) out[r.id] = parts;
        }
    return out;
  }

  /**
   * Queue pages: one compact list of counters per row. A row whose deadline cannot be computed — a fact it needs is
   * missing or unreadable in the row (收件时间 "待补录") — gets an `uncertain` counter saying what and why, never a
   * guessed one and never silence. The honest evaluation (counterfactual trials) runs only for rows that the plain
   * evaluation rejects or gives no deadline, so a 5 000-row queue costs one evaluation per row as before.
   */
  evaluateRows(kind: string, rows: Facts[], now: string): RowDeadline[][] {
    const opts = { packs: this.packs, calendar: this.calendar };
    return rows.map((facts) => {
      let plain: ReturnType<typeof evaluate> | undefined;
      try {
        plain = evaluate({ kind, facts, now } as Parameters<typeof evaluate>[0], opts);
      } catch {
        plain = undefined;
      }
      if (plain?.deadlines.length) return plain.deadlines.map(toRowDeadline);
      try {
        const h = evaluateHonestly({ kind, facts, now }, opts);
        return [
          ...h.result.deadlines.map(toRowDeadline),
          ...h.uncertain.map(
            (u): RowDeadline => ({ r: u.ruleId, d: "", a: "", s: "uncertain", p: false, w: 0, u: u.message }),
          ),
        ];
      } catch {
        return [];
      }
    });
  }
}

function toRowDeadline(d: EvalDeadline): RowDeadline {
  return {
    r: d.ruleId,
    d: d.due,
    a: d.dueAt,
    s: counterStatus(d),
    p: d.provisional,
    w: d.status === "overdue" ? d.remaining.overdueWorkdays : d.remaining.workdaysLeft,
    ...(d.met !== undefined ? { m: d.met } : {}),
  };
}

/** A stopped clock (completion time, or a finished status such as 已办结) is `done`, never `overdue`. */
export function counterStatus(d: EvalDeadline): CounterStatus {
  return d.closed || d.met !== undefined ? "done" : d.status;
}

function toViewDeadline(d: EvalDeadline): ViewDeadline {
  return {
    ruleId: d.ruleId,
    label: d.label,
    start: d.start,
    due: d.due,
    dueAt: d.dueAt,
    status: counterStatus(d),
    provisional: d.provisional,
    workdaysLeft: d.remaining.workdaysLeft,
    overdueWorkdays: d.remaining.overdueWorkdays,
    hoursLeft: d.remaining.hoursLeft,
    citation: d.citation,
    met: d.met,
    doneAt: d.doneAt,
  };
}

function describeError(err: unknown): string {
  const e = err as { message?: string; issues?: { path: string; message: string }[] };
  if (Array.isArray(e.issues) && e.issues.length) return e.issues.map((i) => `${i.path}: ${i.message}`).join("; ");
  return e.message ?? String(err);
}

interface CalendarJsonDay {
  date: string;
  kind?: string;
  status?: string;
  holidayName?: string;
  name?: string;
  provisional?: boolean;
}

/** Turns GET /api/calendar/:year (every day's status) into a YearArrangement, or undefined if still provisional. */
export function arrangementFromCalendarJson(year: number, json: unknown): YearArrangement | undefined {
  const j = json as { provisional?: boolean; source?: string; days?: CalendarJsonDay[] };
  if (!j || !Array.isArray(j.days) || j.provisional) return undefined;
  if (j.days.some((d) => d.provisional)) return undefined;
  const holidays: YearArrangement["holidays"] = [];
  const makeupWorkdays: YearArrangement["makeupWorkdays"] = [];
  for (const d of j.days) {
    const kind = d.kind ?? d.status;
    const dow = new Date(`${d.date}T12:00:00Z`).getUTCDay();
    const weekend = dow === 0 || dow === 6;
    const name = d.holidayName ?? d.name ?? "";
    if (kind === "work" && weekend) makeupWorkdays.push({ date: d.date, name: name || "调休" });
    else if (kind !== "work" && !weekend) holidays.push({ date: d.date, name: name || "休息" });
    else if (kind === "holiday" && weekend) holidays.push({ date: d.date, name: name || "休息" });
  }
  return { year, source: j.source ?? "server", holidays, makeupWorkdays };
}
