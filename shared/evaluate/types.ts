// The evaluator's public types (docs/ARCHITECTURE.md § Evaluator).
import type { Citation } from "../citation.ts";
import type { DocumentStatus } from "../documents/index.ts";
import type { DeadlineStatus, Remaining } from "../periods/index.ts";
import type { Calculation } from "../rules/calculator-schema.ts";
import type { Severity } from "../rules/schema.ts";

export type { Calculation };

export interface Finding {
  ruleId: string;
  /** the check that fired; "overdue" / "completed-late" for automatic deadline findings, "hint" for hints,
   *  "no-match" for a bind that found no table row */
  checkId?: string;
  severity: Severity;
  citation: Citation;
  message: { zh: string; en: string };
  /** the fact field the finding concerns */
  field?: string;
  /** status of the cited document as of `now`; findings from documents not in force say so in the message */
  documentStatus?: DocumentStatus;
  packId: string;
}

export interface DeadlineResult {
  ruleId: string;
  label: { zh: string; en: string };
  start: string;
  due: string;
  dueAt: string;
  /** status now (not done), or "ok"/"overdue" as it stood when the doneField was set */
  status: DeadlineStatus;
  remaining: Remaining;
  provisional: boolean;
  provisionalReasons: string[];
  citation: Citation;
  /** the doneField's value when the case says it is done */
  doneAt?: string;
  /** done on or before the due cut-off */
  met?: boolean;
  /**
   * true when the clock has stopped: the doneField is set (then `met` says whether in time), or the case says it is
   * finished (同意, 驳回, 已办结 … — shared/kinds/closure.ts) without a completion time (`met` undefined, status ok)
   */
  closed?: boolean;
  documentStatus?: DocumentStatus;
  packId: string;
}

export interface EvaluationResult {
  kind: string;
  now: string;
  /** the facts as the rules saw them: normalised, unknown fields dropped, 身份证号 masked */
  facts: Record<string, unknown>;
  findings: Finding[];
  deadlines: DeadlineResult[];
  calculations?: Calculation[];
}

export interface EvaluationIssue {
  path: string;
  message: string;
}

/** Unknown kind or malformed facts: lists every field at fault. */
export class EvaluationError extends Error {
  readonly issues: EvaluationIssue[];
  constructor(issues: EvaluationIssue[]) {
    super(`cannot evaluate: ${issues.map((i) => `${i.path}: ${i.message}`).join("; ")}`);
    this.name = "EvaluationError";
    this.issues = issues;
  }
}
