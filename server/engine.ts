// The server's view of the shared engine: one calendar per app (published years + those loaded with
// PUT /api/calendar/:year), the bundled rule packs indexed by rule id, the evaluator, facts normalisation and
// masking. Routes call this; it never touches the database.
import { createHash } from "node:crypto";
import { createCalendar, type WorkCalendar, type YearArrangement } from "../shared/calendar/index.ts";
import { type EvaluationResult, evaluate } from "../shared/evaluate/index.ts";
import { normalizeFacts } from "../shared/kinds/index.ts";
import { computeDeadline, type DeadlineInput, remaining } from "../shared/periods/index.ts";
import { maskPersonalDeep } from "../shared/privacy/index.ts";
import { rulePackBundle } from "../shared/rules/packs/index.ts";
import type { Rule, RulePack } from "../shared/rules/schema.ts";
import { ApiError, notFound } from "./errors.ts";
import type { CaseEvaluation } from "./store/cases.ts";
import { toBeijingInstant } from "./time.ts";

export type Severity = "violation" | "warning" | "info";
const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, violation: 2 };

export interface RuleSummary {
  id: string;
  title: { zh: string; en: string };
  kind: string;
  citation: Rule["citation"];
  /** The most severe check of the rule ("info" for rules that only hint or count a deadline). */
  severity: Severity;
  effective: Rule["effective"];
  hasDeadline: boolean;
  pack: { id: string; version: string };
}

export class Engine {
  readonly calendar: WorkCalendar;
  readonly bundle: ReturnType<typeof rulePackBundle>;
  /** The bundle serialised once, and its sha256 as a strong ETag. */
  readonly bundleJson: string;
  readonly bundleEtag: string;
  private readonly rules = new Map<string, { rule: Rule; pack: RulePack }>();
  readonly ruleSummaries: RuleSummary[] = [];

  constructor(arrangements: YearArrangement[] = []) {
    this.calendar = createCalendar(arrangements);
    this.bundle = rulePackBundle();
    this.bundleJson = JSON.stringify(this.bundle);
    this.bundleEtag = `"${createHash("sha256").update(this.bundleJson).digest("hex").slice(0, 32)}"`;
    for (const pack of this.bundle.packs) {
      for (const rule of pack.rules) {
        this.rules.set(rule.id, { rule, pack });
        const sev = (rule.checks ?? []).reduce<Severity>(
          (s, c) => (SEVERITY_RANK[c.severity] > SEVERITY_RANK[s] ? c.severity : s),
          "info",
        );
        this.ruleSummaries.push({
          id: rule.id,
          title: rule.title,
          kind: rule.kind,
          citation: rule.citation,
          severity: sev,
          effective: rule.effective,
          hasDeadline: rule.deadline !== undefined,
          pack: { id: pack.id, version: pack.version },
        });
      }
    }
  }

  /** A newly published year: later answers for it stop being provisional. */
  loadYear(arr: YearArrangement): void {
    this.calendar.load(arr);
  }

  rule(id: string): { rule: Rule; pack: RulePack } {
    const r = this.rules.get(id);
    if (!r) throw notFound(`rule ${id}`);
    return r;
  }

  hasRule(id: string): boolean {
    return this.rules.has(id);
  }

  evaluate(kind: string, facts: Record<string, unknown>, now?: string): EvaluationResult {
    return evaluate({ kind, facts, now: now ?? toBeijingInstant() }, { calendar: this.calendar });
  }

  /** Facts normalised to the kind's vocabulary (unknown fields dropped) with 身份证号 masked; 400 on faults. */
  storableFacts(kind: string, facts: Record<string, unknown>): Record<string, unknown> {
    const n = normalizeFacts(kind, facts);
    if (n.issues.length) throw new ApiError(400, "invalid facts", n.issues);
    return maskPersonalDeep(n.facts);
  }

  /** What a tracked case stores: masked facts and the evaluator's deadlines and findings. */
  evaluateCase = (kind: string, facts: Record<string, unknown>, now?: string): CaseEvaluation => {
    const stored = this.storableFacts(kind, facts);
    const r = this.evaluate(kind, facts, now);
    return { facts: stored, deadlines: r.deadlines, findings: r.findings };
  };

  maskEvidence = (evidence: Record<string, unknown>): Record<string, unknown> => maskPersonalDeep(evidence);

  assertRule = (ruleId: string): void => {
    if (!this.rules.has(ruleId)) throw notFound(`rule ${ruleId}`);
  };

  /** POST /api/deadlines: a period given directly or taken from a rule's deadline. */
  deadline(req: {
    start: string;
    period?: DeadlineInput["period"];
    ruleId?: string;
    pauses?: DeadlineInput["pauses"];
    extensions?: DeadlineInput["extensions"];
    cutoff?: string;
    now?: string;
  }) {
    let period = req.period;
    let cutoff = req.cutoff;
    const citations: Rule["citation"][] = [];
    if (req.ruleId) {
      const { rule } = this.rule(req.ruleId);
      const spec = rule.deadline;
      if (!spec)
        throw new ApiError(400, `rule ${req.ruleId} has no deadline`, [
          { path: "ruleId", message: "rule has no deadline" },
        ]);
      if ("dateFrom" in spec.period)
        throw new ApiError(400, `rule ${req.ruleId}'s due date comes from case data; use POST /api/evaluate`, [
          { path: "ruleId", message: "deadline depends on case facts or a table row" },
        ]);
      period = spec.period;
      cutoff ??= spec.cutoff;
      citations.push(rule.citation);
    }
    if (!period) throw new ApiError(400, "give period or ruleId", [{ path: "period", message: "required" }]);
    const d = computeDeadline(
      {
        start: req.start,
        period,
        pauses: req.pauses,
        extensions: req.extensions,
        cutoff: cutoff as DeadlineInput["cutoff"],
      },
      this.calendar,
    );
    const out = {
      start: d.start,
      due: d.due,
      dueAt: d.dueAt,
      provisional: d.provisional,
      provisionalReasons: d.provisionalReasons,
      paused: d.paused,
      citations: [...citations, ...d.citations],
    };
    if (!req.now) return out;
    const r = remaining(d, req.now, undefined, this.calendar);
    return { ...out, status: r.status, remaining: r };
  }
}
