// Messages between the content script / popup / options and the background service worker.
// The content script never touches IndexedDB or the network: it asks the background (ARCHITECTURE.md).
import type { DeadlineResult, Finding } from "../../shared/evaluate/types.ts";
import type { DeadlineStatus } from "../../shared/periods/types.ts";
import type { Severity } from "../../shared/rules/schema.ts";

export type Lang = "zh-CN" | "en";

export type { DeadlineStatus, Severity };

/**
 * What a counter shows: the evaluator's status while the clock runs, `done` once it stopped (a completion time
 * on the page — then `met` says whether in time — or a finished status such as 已办结 / 同意 / 驳回). A finished case
 * is never `overdue`.
 */
export type CounterStatus = DeadlineStatus | "done";
export type FactValue = string | boolean | string[];
export type Facts = Record<string, FactValue>;

/** A deadline as the overlay needs it (a compact copy of the evaluator's DeadlineResult). */
export type ViewDeadline = Pick<
  DeadlineResult,
  "ruleId" | "label" | "start" | "due" | "dueAt" | "provisional" | "citation" | "met" | "doneAt"
> & {
  status: CounterStatus;
  workdaysLeft: number;
  overdueWorkdays: number;
  hoursLeft: number;
};

/** A finding as the overlay needs it (the evaluator's Finding without its pack id). */
export type ViewFinding = Omit<Finding, "packId">;

/** A calculator's result (e.g. 医疗补助 amounts), each step with its arithmetic and article. */
export interface ViewCalculation {
  id: string;
  title: { zh: string; en: string };
  status: "ok" | "excluded" | "undefined";
  amount: string | null;
  display: { zh: string; en: string };
  capped: boolean;
  steps: { label: { zh: string; en: string }; display: { zh: string; en: string }; formula: string; cite: string }[];
}

export interface ViewResult {
  kind: string;
  deadlines: ViewDeadline[];
  findings: ViewFinding[];
  calculations?: ViewCalculation[];
  /** Set when the evaluator rejected the facts (names the field and what was expected). */
  error?: string;
  /** Id of the tracked case in the extension's store (single-case pages). */
  caseId?: string;
}

/** One queue row's counters: only what the row counter needs. */
export interface RowDeadline {
  r: string; // ruleId
  d: string; // due YYYY-MM-DD
  a: string; // dueAt
  s: CounterStatus;
  p: boolean; // provisional
  w: number; // workdays left (≥0) or overdue workdays (when s = overdue, or done late)
  m?: boolean; // met (clock stopped)
}

/** A clerk's flag on a rule or finding, as the pages send it (stored as a FlagRow in lib/db.ts). */
export interface FlagRequest {
  caseId?: string;
  kind: string;
  externalId?: string;
  url: string;
  ruleId: string;
  checkId?: string;
  note?: string;
  evidence: { facts: Facts; finding?: ViewFinding };
}

export type Request =
  | { type: "evaluate"; kind: string; facts: Facts; url: string; externalId?: string; now?: string }
  /** rows: the facts of each row as one JSON string (lib/row-codec.ts) */
  | { type: "evaluateRows"; kind: string; rows: string; now?: string }
  | ({ type: "flag" } & FlagRequest)
  | { type: "article"; docNo: string; article?: string }
  | { type: "syncNow" }
  | { type: "status" }
  | { type: "refreshRules" };

export interface ArticleText {
  docNo: string;
  article?: string;
  title?: string;
  text: string;
  source: "api" | "bundled";
}

export interface SyncState {
  state: "idle" | "syncing" | "offline" | "error" | "unconfigured";
  pending: number;
  lastSyncAt?: string;
  lastError?: string;
  nextAttemptAt?: string;
}

export interface StatusReply {
  sync: SyncState;
  openFlags: number;
  rulePackVersion: string;
  /** The API the background talks to (settings, possibly set by IT policy). */
  apiUrl: string;
}

export type Reply<T extends Request["type"]> = T extends "evaluate"
  ? ViewResult
  : T extends "evaluateRows"
    ? { rules: string[]; rows: string; error?: string }
    : T extends "flag"
      ? { flagId: string }
      : T extends "article"
        ? ArticleText
        : T extends "syncNow" | "status" | "refreshRules"
          ? StatusReply
          : never;
